package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;

/**
 * Units of measure used by the battery passport field catalogue, identified by their UN/CEFACT
 * Recommendation 20 common codes.
 *
 * <p>One unit has no Rec 20 code: kilograms of CO2 equivalent per kilowatt hour (the carbon
 * footprint per functional unit). dppkit gives it the code {@code KGCO2E-PER-KWH}, which
 * cannot clash with a Rec 20 code (those have no hyphen).
 */
public enum Unit {
    /** Kilogram ({@code KGM}); also kilograms of CO2 equivalent for an absolute footprint. */
    KILOGRAM("KGM", "kg"),
    /** Month ({@code MON}). */
    MONTH("MON", "mo"),
    /** Ampere hour ({@code AMH}). */
    AMPERE_HOUR("AMH", "Ah"),
    /** Volt ({@code VLT}). */
    VOLT("VLT", "V"),
    /** Watt ({@code WTT}). */
    WATT("WTT", "W"),
    /** Cycle ({@code B7}). */
    CYCLE("B7", "cycles"),
    /** Reciprocal hour ({@code H10}): C-rate, or watts per watt hour. */
    RECIPROCAL_HOUR("H10", "1/h"),
    /** Percent ({@code P1}). */
    PERCENT("P1", "%"),
    /** Degree Celsius ({@code CEL}). */
    DEGREE_CELSIUS("CEL", "°C"),
    /** Ohm ({@code OHM}). */
    OHM("OHM", "Ω"),
    /** Kilowatt hour ({@code KWH}). */
    KILOWATT_HOUR("KWH", "kWh"),
    /** Percent per month ({@code H71}). */
    PERCENT_PER_MONTH("H71", "%/mo"),
    /** Year ({@code ANN}). */
    YEAR("ANN", "a"),
    /** Minute ({@code MIN}). */
    MINUTE("MIN", "min"),
    /** One, a count ({@code C62}). */
    ONE("C62", "1"),
    /** Kilogram CO2 equivalent per kilowatt hour; no Rec 20 code exists (dppkit code). */
    KILOGRAM_CO2E_PER_KILOWATT_HOUR("KGCO2E-PER-KWH", "kg CO2e/kWh");

    private final String code;
    private final String symbol;

    Unit(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /**
     * Returns the UN/CEFACT Rec 20 common code, or dppkit's code where Rec 20 has none.
     *
     * @return the code, for example {@code VLT}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns a short human symbol for display, for example {@code Ah}.
     *
     * @return the symbol, not null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the unit with the given code.
     *
     * @param code the code, case-sensitive, not null
     * @return the unit, or empty if no unit has that code
     */
    public static Optional<Unit> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
