package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;

/**
 * A chemical symbol printed under the separate-collection symbol when cadmium or lead exceed the
 * thresholds of Art. 13(5) ({@code conformity.cadmiumLeadSymbols}).
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum CadmiumLeadSymbol {
    /** Cadmium, more than 0.002 % by weight. */
    CD("Cd"),
    /** Lead, more than 0.004 % by weight. */
    PB("Pb");

    private final String value;

    CadmiumLeadSymbol(String value) {
        this.value = value;
    }

    /**
     * Returns the chemical symbol as spelt in the catalogue.
     *
     * @return {@code Cd} or {@code Pb}
     */
    public String value() {
        return value;
    }

    /**
     * Returns the constant with the given catalogue spelling.
     *
     * @param value {@code Cd} or {@code Pb}, case-sensitive, not null
     * @return the constant, or empty
     * @throws NullPointerException if the argument is null
     */
    public static Optional<CadmiumLeadSymbol> fromValue(String value) {
        Objects.requireNonNull(value, "value");
        for (CadmiumLeadSymbol s : values()) {
            if (s.value.equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
