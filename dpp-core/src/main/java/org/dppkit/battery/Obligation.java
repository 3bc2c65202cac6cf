package org.dppkit.battery;

/**
 * Whether a field must be filled for a battery category (catalogue columns {@code ev},
 * {@code lmt}, {@code industrial}), from the field's
 * {@linkplain BatteryField#applicableFrom() applicable-from date}.
 */
public enum Obligation {
    /** Must be present. */
    MANDATORY("mandatory"),
    /**
     * Must be present only when its {@link Condition}s hold (if applicable, where possible, if
     * available, substance present); see
     * {@link BatteryField#obligation(BatteryCategory, IndustrialSubCategory)}.
     */
    CONDITIONAL("conditional"),
    /**
     * Asked for by the Commission's guidance but without a provision of the Regulation behind
     * it: a missing value is a warning, not an error (used in
     * {@link BatteryField#obligation(BatteryCategory, IndustrialSubCategory)} only).
     */
    RECOMMENDED("recommended"),
    /** Voluntary (Battery Pass / DIN DKE SPEC 99100 field). */
    OPTIONAL("optional"),
    /** Does not apply to the category. */
    NOT_APPLICABLE("n/a");

    private final String catalogueValue;

    Obligation(String catalogueValue) {
        this.catalogueValue = catalogueValue;
    }

    /**
     * Returns the value as written in the catalogue CSV.
     *
     * @return {@code mandatory}, {@code conditional}, {@code recommended}, {@code optional} or
     *     {@code n/a}
     */
    public String catalogueValue() {
        return catalogueValue;
    }

    static Obligation fromCatalogue(String value) {
        for (Obligation o : values()) {
            if (o.catalogueValue.equals(value)) {
                return o;
            }
        }
        throw new IllegalStateException("unknown obligation '" + value + "' in field catalogue");
    }
}
