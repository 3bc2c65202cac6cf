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
     * Must be present only when a stated condition holds (if applicable, where possible, if
     * available, sub-category, substance present); see {@link BatteryField#notes()}.
     */
    CONDITIONAL("conditional"),
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
     * @return {@code mandatory}, {@code conditional}, {@code optional} or {@code n/a}
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
