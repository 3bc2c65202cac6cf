package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;

/** The summary fast path and the full snapshot agree: every out-of-range value is named once. */
class BeanLayerTest {

    private static final BeanLayer LAYER = new BeanLayer();

    @Property(tries = 200)
    void check_reportsExactlyTheOutOfRangeValues(
            @ForAll @BigRange(min = "-5", max = "105") BigDecimal renewable,
            @ForAll @BigRange(min = "-5", max = "105") BigDecimal efficiency,
            @ForAll @BigRange(min = "-2", max = "2") BigDecimal mass,
            @ForAll @BigRange(min = "-2", max = "2") BigDecimal cycles) {
        TestPassport p = TestPassport.complete(BatteryCategory.EV)
                .with(BatteryField.RENEWABLE_CONTENT, TestPassport.q(renewable.toPlainString(), Unit.PERCENT))
                .with(BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL, TestPassport.q(efficiency.toPlainString(), Unit.PERCENT))
                .with(BatteryField.BATTERY_MASS, TestPassport.q(mass.toPlainString(), Unit.KILOGRAM))
                .with(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES, TestPassport.q(cycles.toPlainString(), Unit.CYCLE));
        List<String> expected = new ArrayList<>();
        if (renewable.signum() < 0 || renewable.compareTo(BigDecimal.valueOf(100)) > 0) {
            expected.add("DPP-SHARE-OUT-OF-RANGE /fields/renewableContent");
        }
        if (efficiency.signum() < 0 || efficiency.compareTo(BigDecimal.valueOf(100)) > 0) {
            expected.add("DPP-SHARE-OUT-OF-RANGE /fields/roundTripEfficiency.initial");
        }
        if (mass.signum() <= 0) {
            expected.add("DPP-VALUE-NOT-POSITIVE /fields/batteryMass");
        }
        if (cycles.signum() < 0) {
            expected.add("DPP-VALUE-NEGATIVE /fields/usage.chargeDischargeCycles");
        }
        List<Finding> out = new ArrayList<>();
        LAYER.check(Read.of(p), out);
        List<String> actual = new ArrayList<>();
        for (Finding f : out) {
            actual.add(f.code() + " " + f.path());
        }
        actual.sort(null);
        expected.sort(null);
        assertEquals(expected, actual);
    }
}
