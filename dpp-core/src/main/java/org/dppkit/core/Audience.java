package org.dppkit.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of reader of a passport, deciding which {@linkplain AccessGroup access groups} it may
 * read (Regulation (EU) 2023/1542, Art. 77(2)).
 *
 * <table>
 * <caption>What each audience reads</caption>
 * <tr><th>Audience</th><th>Reads</th></tr>
 * <tr><td>{@link #PUBLIC}</td><td>{@link AccessGroup#PUBLIC}</td></tr>
 * <tr><td>{@link #LEGITIMATE_INTEREST}</td><td>PUBLIC, LEGITIMATE_INTEREST_AND_AUTHORITIES,
 *     LEGITIMATE_INTEREST (points 1, 2, 4)</td></tr>
 * <tr><td>{@link #AUTHORITIES}</td><td>PUBLIC, LEGITIMATE_INTEREST_AND_AUTHORITIES, AUTHORITIES
 *     (points 1, 2, 3)</td></tr>
 * <tr><td>{@link #ISSUER}</td><td>every group</td></tr>
 * </table>
 * Who counts as a person with a legitimate interest is left to the Art. 77(9) implementing act;
 * the caller decides which audience a reader belongs to.
 */
public enum Audience {
    /** Anyone: the public part of the passport (Annex XIII point 1). */
    PUBLIC(EnumSet.of(AccessGroup.PUBLIC)),
    /** Persons with a legitimate interest (Art. 77(2)(c)): points 1, 2 and 4. */
    LEGITIMATE_INTEREST(EnumSet.of(AccessGroup.PUBLIC,
            AccessGroup.LEGITIMATE_INTEREST_AND_AUTHORITIES, AccessGroup.LEGITIMATE_INTEREST)),
    /**
     * Notified bodies, market surveillance authorities and the Commission (Art. 77(2)(b)):
     * points 1, 2 and 3.
     */
    AUTHORITIES(EnumSet.of(AccessGroup.PUBLIC, AccessGroup.LEGITIMATE_INTEREST_AND_AUTHORITIES,
            AccessGroup.AUTHORITIES)),
    /** The economic operator that issues and maintains the passport: every field. */
    ISSUER(EnumSet.allOf(AccessGroup.class));

    private final Set<AccessGroup> readable;

    Audience(EnumSet<AccessGroup> readable) {
        this.readable = Collections.unmodifiableSet(readable);
    }

    /**
     * Tells whether this audience may read fields of the given access group.
     *
     * @param group the access group, not null
     * @return true if readable
     */
    public boolean mayRead(AccessGroup group) {
        return readable.contains(Objects.requireNonNull(group, "group"));
    }

    /**
     * Returns the access groups this audience may read.
     *
     * @return an unmodifiable set, not null
     */
    public Set<AccessGroup> readableGroups() {
        return readable;
    }
}
