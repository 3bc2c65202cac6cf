package org.dppkit.battery;

/**
 * The closed set of conditions on which a passport field's obligation may depend (catalogue
 * resource {@code battery-passport-obligations.csv}, read through
 * {@link BatteryField#obligation(BatteryCategory, IndustrialSubCategory)}).
 *
 * <p>The category, the industrial sub-category and the 2 kWh threshold are not conditions: they
 * select the catalogue column (sub-category) or decide whether a passport is needed at all
 * (2 kWh). Each condition is either derived from the passport's own data (chemistry, detailed
 * composition, status, usage data) or, where the passport cannot show it, a fact the economic
 * operator declares; a declaration always decides a condition the data leaves open. The
 * validator reports a condition that holds as making the field mandatory, one that does not hold
 * as making it not applicable, and one that neither the data nor a declaration decides as a
 * {@code WARNING} naming the fact to state. The bundled catalogue README documents how each one
 * is derived.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum Condition {
    /** The battery contains cobalt in its active materials (Art. 8(1)); derived from the
     *  chemistry and the detailed composition. */
    CONTAINS_COBALT(Kind.SUBSTANCE, "Art. 8(1)"),
    /** The battery contains lithium in its active materials (Art. 8(1)). */
    CONTAINS_LITHIUM(Kind.SUBSTANCE, "Art. 8(1)"),
    /** The battery contains nickel in its active materials (Art. 8(1)). */
    CONTAINS_NICKEL(Kind.SUBSTANCE, "Art. 8(1)"),
    /** The battery contains lead in its active materials (Art. 8(1)). */
    CONTAINS_LEAD(Kind.SUBSTANCE, "Art. 8(1)"),
    /** The battery contains more than 0.002 % cadmium or more than 0.004 % lead by weight, so
     *  the Cd or Pb symbol is required (Art. 13(5)). */
    CADMIUM_OR_LEAD_MARKING(Kind.SUBSTANCE, "Art. 13(5)"),
    /** The battery is rechargeable (Art. 7(1), Art. 10(1) for industrial batteries); EV and LMT
     *  batteries always are. */
    RECHARGEABLE(Kind.TECHNICAL, "Art. 7(1); Art. 10(1)"),
    /** The battery's lifetime can be expressed in cycles, i.e. it is not used in a non-cycle
     *  application (Annex IV Part A(5)); a stationary BESS is a cycle application. */
    CYCLE_APPLICATION(Kind.TECHNICAL, "Annex IV Part A(5)"),
    /** The battery is repurposed, remanufactured or re-used, so its passport links to the
     *  original passport(s) (Art. 77(7)); derived from the status. */
    SECOND_LIFE(Kind.STATUS, "Art. 77(7)"),
    /** The battery has been put into service, so data resulting from its use exist (Annex XIII
     *  4(d), Annex VII Part B); derived from the putting-into-service date, a recorded negative
     *  event or a status other than original (cycle counts are not enough: batteries are cycled
     *  at end-of-line formation), else declared. */
    PUT_INTO_SERVICE(Kind.USE, "Annex XIII 4(d); Annex VII Part B"),
    /** A negative event such as an accident has happened (Annex XIII 4(d)); an absent list of
     *  negative events records that none has. */
    NEGATIVE_EVENT(Kind.USE, "Annex XIII 4(d)"),
    /** A commercial warranty for the calendar life is offered (Annex XIII 1(m)); declared. */
    COMMERCIAL_WARRANTY(Kind.DECLARED, "Annex XIII 1(m)"),
    /** The manufacturer has a website (Annex VI Part A(1), "if available"); declared. */
    MANUFACTURER_WEBSITE(Kind.DECLARED, "Annex VI Part A(1)"),
    /** The manufacturer has an e-mail address (Annex VI Part A(1), "if available"); declared. */
    MANUFACTURER_EMAIL(Kind.DECLARED, "Annex VI Part A(1)"),
    /** The operator placing the battery on the market is subject to the due-diligence
     *  obligations (Art. 47 to 53; not exempt, e.g. by a net turnover below EUR 40 million,
     *  Art. 47(1)); declared. */
    DUE_DILIGENCE_APPLIES(Kind.DECLARED, "Art. 47(1); Art. 48"),
    /** The battery management system can determine the remaining power capability (Annex VII
     *  Part A(2), "where possible"); declared. */
    BMS_REMAINING_POWER_CAPABILITY(Kind.DECLARED, "Annex VII Part A(2)"),
    /** The battery management system can determine the remaining round-trip efficiency (Annex
     *  VII Part A(3), "where possible"); declared. */
    BMS_REMAINING_ROUND_TRIP_EFFICIENCY(Kind.DECLARED, "Annex VII Part A(3)"),
    /** The battery management system can determine the ohmic resistance (Annex VII Part A(5),
     *  "where possible"); declared. */
    BMS_OHMIC_RESISTANCE(Kind.DECLARED, "Annex VII Part A(5)");

    /** Where a condition's outcome comes from. */
    public enum Kind {
        /** A substance in the battery: derived from chemistry and composition, or declared. */
        SUBSTANCE,
        /** A technical property: derived from category, chemistry and data, or declared. */
        TECHNICAL,
        /** The battery status: derived from the status field. */
        STATUS,
        /** The battery's use: derived from usage data, or declared. */
        USE,
        /** Only the economic operator can state it: declared. */
        DECLARED
    }

    private final Kind kind;
    private final String legalReference;

    Condition(Kind kind, String legalReference) {
        this.kind = kind;
        this.legalReference = legalReference;
    }

    /**
     * Returns where the condition's outcome comes from.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the provision that makes the obligation conditional.
     *
     * @return the reference, for example {@code Art. 8(1)}, not null
     */
    public String legalReference() {
        return legalReference;
    }
}
