package org.dppkit.core;

/**
 * Who may read a passport field: the access groups of Regulation (EU) 2023/1542, Art. 77(2), one
 * per point of Annex XIII.
 *
 * <p>The groups are <em>not</em> an ordered scale: an authority reads points 1 to 3 but not
 * point 4; a person with a legitimate interest reads points 1, 2 and 4 but not point 3. Use
 * {@link Audience#mayRead(AccessGroup)} to decide what a reader sees.
 *
 * <table>
 * <caption>Access groups</caption>
 * <tr><th>Group</th><th>Annex XIII point</th><th>Readers</th></tr>
 * <tr><td>{@link #PUBLIC}</td><td>1 (and fields outside Annex XIII)</td><td>everyone</td></tr>
 * <tr><td>{@link #LEGITIMATE_INTEREST_AND_AUTHORITIES}</td><td>2</td>
 *     <td>persons with a legitimate interest, the Commission, notified bodies, market
 *     surveillance authorities</td></tr>
 * <tr><td>{@link #AUTHORITIES}</td><td>3</td>
 *     <td>notified bodies, market surveillance authorities, the Commission</td></tr>
 * <tr><td>{@link #LEGITIMATE_INTEREST}</td><td>4</td><td>persons with a legitimate interest</td></tr>
 * </table>
 */
public enum AccessGroup {
    /** Annex XIII point 1, open to the public (Art. 77(2)(a)). */
    PUBLIC(1),
    /** Annex XIII point 2: legitimate interest, the Commission, notified bodies and MSAs. */
    LEGITIMATE_INTEREST_AND_AUTHORITIES(2),
    /** Annex XIII point 3: notified bodies, market surveillance authorities and the Commission. */
    AUTHORITIES(3),
    /** Annex XIII point 4: persons with a legitimate interest only (Art. 77(2)(c)). */
    LEGITIMATE_INTEREST(4);

    private final int annexXiiiPoint;

    AccessGroup(int annexXiiiPoint) {
        this.annexXiiiPoint = annexXiiiPoint;
    }

    /**
     * Returns the Annex XIII point this group stands for.
     *
     * @return 1 to 4; fields outside Annex XIII that are public report 1
     */
    public int annexXiiiPoint() {
        return annexXiiiPoint;
    }
}
