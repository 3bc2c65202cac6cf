package org.dppkit.battery.internal;

import java.util.Objects;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Unit;
import org.dppkit.core.PassportLevel;

/**
 * The range a number of a catalogue field must lie in: the one definition that the builders
 * (which reject a value outside it) and the validator's Bean Validation layer (which reports a
 * design value of 0) both read.
 *
 * <p>A rule depends on the field and on the unit of the number, because an object value holds
 * numbers in several units (a power capability: a state of charge in percent and a power in
 * watt). Whole numbers are a separate rule: the catalogue type {@code integer}.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum NumberRule {
    /** Any value, negative ones included (temperatures in degree Celsius). */
    ANY,
    /** At least 0: the builders reject a negative value. */
    NON_NEGATIVE,
    /** From 0 to 100 %: the builders reject a negative value and one above 100. */
    PERCENT,
    /**
     * Greater than 0, for design values (mass, capacity, voltage, power, energy, resistance,
     * cycles, C-rate, lifetime, warranty): the builders reject a negative value and the
     * validator reports 0 as {@code VALUE_NOT_POSITIVE}.
     */
    POSITIVE;

    /**
     * Returns the rule for a number of a field in a unit.
     *
     * @param field the field, not null
     * @param unit the unit of the number (the field's own unit for a plain quantity), not null
     * @return the rule, not null
     * @throws NullPointerException if an argument is null
     */
    public static NumberRule of(BatteryField field, Unit unit) {
        Objects.requireNonNull(field, "field");
        switch (Objects.requireNonNull(unit, "unit")) {
            case DEGREE_CELSIUS:
                return ANY;
            case PERCENT:
                // an increase of the internal resistance may exceed 100 %
                return field == BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE
                        ? NON_NEGATIVE : PERCENT;
            case KILOGRAM_CO2E_PER_KILOWATT_HOUR:
            case PERCENT_PER_MONTH:
            case MINUTE:
            case ONE:
                return NON_NEGATIVE;
            case KILOGRAM:
                return field == BatteryField.CARBON_FOOTPRINT_ABSOLUTE ? NON_NEGATIVE : POSITIVE;
            default:
                // item measurements (state of health, usage) may be 0; item performance values
                // are design values of the unit
                return field.scope() == PassportLevel.ITEM && !field.key().startsWith("itemPerformance.")
                        ? NON_NEGATIVE : POSITIVE;
        }
    }

    /**
     * Tells whether a negative number is allowed.
     *
     * @return true only for {@link #ANY}
     */
    public boolean allowsNegative() {
        return this == ANY;
    }
}
