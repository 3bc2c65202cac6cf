package org.dppkit.core;

/**
 * The level at which a passport is created, locked for the passport's life.
 *
 * <p>The level decides the structure of the passport's GS1 Digital Link identifier:
 * <table>
 * <caption>Levels and identifiers</caption>
 * <tr><th>Level</th><th>Covers</th><th>Digital Link path</th></tr>
 * <tr><td>{@link #MODEL}</td><td>every unit of a product model</td><td>{@code /01/{gtin}}</td></tr>
 * <tr><td>{@link #BATCH}</td><td>one production run</td><td>{@code /01/{gtin}/10/{lot}}</td></tr>
 * <tr><td>{@link #ITEM}</td><td>one physical battery</td>
 *     <td>{@code /01/{gtin}/21/{serial}} or {@code /01/{gtin}/10/{lot}/21/{serial}}</td></tr>
 * </table>
 * The constants are declared from the broadest to the narrowest level; a field's scope is also a
 * level (the broadest level at which its value may be set).
 */
public enum PassportLevel {
    /** One passport for every unit of a product model. */
    MODEL,
    /** One passport per production run (batch, lot). */
    BATCH,
    /** One passport per physical battery. */
    ITEM;

    /**
     * Tells whether this level is broader than the other one ({@code MODEL} is broader than
     * {@code BATCH}, which is broader than {@code ITEM}).
     *
     * @param other the other level, not null
     * @return true if this level is strictly broader
     */
    public boolean isBroaderThan(PassportLevel other) {
        return ordinal() < other.ordinal();
    }
}
