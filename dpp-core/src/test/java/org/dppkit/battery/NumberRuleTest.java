package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dppkit.battery.internal.NumberRule;
import org.junit.jupiter.api.Test;

/** The one range table: examples from the catalogue, and the builders enforce what it says. */
class NumberRuleTest {

    @Test
    void examples() {
        // design values must be above 0
        assertEquals(NumberRule.POSITIVE, NumberRule.of(BatteryField.RATED_CAPACITY, Unit.AMPERE_HOUR));
        assertEquals(NumberRule.POSITIVE, NumberRule.of(BatteryField.BATTERY_MASS, Unit.KILOGRAM));
        assertEquals(NumberRule.POSITIVE,
                NumberRule.of(BatteryField.ITEM_PERFORMANCE_CAPACITY, Unit.AMPERE_HOUR));
        // an absolute carbon footprint and item measurements may be 0
        assertEquals(NumberRule.NON_NEGATIVE,
                NumberRule.of(BatteryField.CARBON_FOOTPRINT_ABSOLUTE, Unit.KILOGRAM));
        assertEquals(NumberRule.NON_NEGATIVE,
                NumberRule.of(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY, Unit.AMPERE_HOUR));
        assertEquals(NumberRule.NON_NEGATIVE, NumberRule.of(BatteryField.USAGE_OVERCHARGE_EVENTS, Unit.ONE));
        // shares are 0 to 100 %, except an increase of the internal resistance
        assertEquals(NumberRule.PERCENT, NumberRule.of(BatteryField.RENEWABLE_CONTENT, Unit.PERCENT));
        assertEquals(NumberRule.NON_NEGATIVE,
                NumberRule.of(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE, Unit.PERCENT));
        // temperatures may be negative
        assertEquals(NumberRule.ANY, NumberRule.of(BatteryField.USAGE_OPERATING_TEMPERATURE, Unit.DEGREE_CELSIUS));
        assertEquals(true, NumberRule.ANY.allowsNegative());
        assertEquals(false, NumberRule.POSITIVE.allowsNegative());
    }

    @Test
    void nullArguments_nameTheParameter() {
        assertEquals("field", assertThrows(NullPointerException.class,
                () -> NumberRule.of(null, Unit.ONE)).getMessage());
        assertEquals("unit", assertThrows(NullPointerException.class,
                () -> NumberRule.of(BatteryField.RATED_CAPACITY, null)).getMessage());
    }

    /** Every plain quantity field: the builder rejects exactly what the field's rule excludes. */
    @Test
    void theBuilderEnforcesTheRuleOfEveryQuantityField() {
        int checked = 0;
        for (BatteryField f : BatteryField.values()) {
            if (f.isList() || f.valueType() != Quantity.class) {
                continue;
            }
            Unit unit = f.unit().orElseThrow();
            NumberRule rule = NumberRule.of(f, unit);
            assertEquals(!rule.allowsNegative(), rejects(f, Quantity.of(-1, unit)), f.key());
            assertEquals(rule == NumberRule.PERCENT, rejects(f, Quantity.of(101, unit)), f.key());
            assertEquals(false, rejects(f, Quantity.of(0, unit)), f.key());
            checked++;
        }
        assertEquals(39, checked);
    }

    private static boolean rejects(BatteryField f, Quantity q) {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, Samples.GTIN, "S");
        try {
            b.set(f, q);
            return false;
        } catch (PassportException e) {
            return true;
        }
    }
}
