package org.dppkit.store;

import java.time.Instant;
import java.util.Objects;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * The answer to {@link PassportStore#resolve(DigitalLink)}: the requested link, the latest
 * version of the most specific stored passport, and the level that answered.
 *
 * <pre>{@code
 * // stored: the model 09506000134352 and its batch L1, no item SN9
 * Resolution r = store.resolve(DigitalLink.parse(
 *         "http://localhost:8080/01/09506000134352/10/L1/21/SN9")).orElseThrow();
 * r.level();        // BATCH
 * r.isExact();      // false: the link names an item
 * r.passport().id() // https://id.gs1.org/01/09506000134352/10/L1
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Resolution {

    private final DigitalLink link;
    private final StoredPassport stored;

    private Resolution(DigitalLink link, StoredPassport stored) {
        this.link = link;
        this.stored = stored;
    }

    /**
     * Returns a resolution.
     *
     * @param link the requested link, not null
     * @param stored the answering stored version, not null
     * @return the resolution, not null
     * @throws NullPointerException if an argument is null
     */
    public static Resolution of(DigitalLink link, StoredPassport stored) {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(stored, "stored");
        return new Resolution(link, stored);
    }

    /**
     * Returns the link that was resolved, as requested (domain, link type and attributes kept).
     *
     * @return the link, not null
     */
    public DigitalLink link() {
        return link;
    }

    /**
     * Returns the answering passport: the latest version of the most specific stored passport.
     *
     * @return the passport, not null
     */
    public BatteryPassport passport() {
        return stored.passport();
    }

    /**
     * Returns the answering passport with its store time and hash.
     *
     * @return the stored version, not null
     */
    public StoredPassport stored() {
        return stored;
    }

    /**
     * Returns the level that answered: ITEM, BATCH or MODEL.
     *
     * @return the level, not null
     */
    public PassportLevel level() {
        return stored.level();
    }

    /**
     * Tells whether the answering passport is at the level the link names (an item link answered
     * by the item, a batch link by the batch, a GTIN-only link by the model), rather than a level
     * found by walking up.
     *
     * @return true for an exact match
     */
    public boolean isExact() {
        return linkLevel(link) == stored.level();
    }

    /** The level a link names by its qualifiers. */
    static PassportLevel linkLevel(DigitalLink link) {
        if (link.serial().isPresent()) {
            return PassportLevel.ITEM;
        }
        return link.lot().isPresent() ? PassportLevel.BATCH : PassportLevel.MODEL;
    }

    /**
     * Compares link and answer.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Resolution)) {
            return false;
        }
        Resolution o = (Resolution) obj;
        return link.equals(o.link) && stored.equals(o.stored);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return link.hashCode() * 31 + stored.hashCode();
    }

    /**
     * Returns the link, the answering level and passport identifier and version.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "Resolution[" + link + " -> " + stored.level() + " " + stored.id() + " v" + stored.version()
                + "]";
    }
}
