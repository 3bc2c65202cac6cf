package org.dppkit.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.core.PassportLevel;
import org.dppkit.testing.PassportFixtures;

/** Passports for the store tests: seeded fixture models and batches, version-1 items. */
final class TestPassports {

    static final PassportFixtures FIXTURES = PassportFixtures.withSeed(18);
    static final ModelPassport MODEL = FIXTURES.model(BatteryCategory.EV);
    static final BatchPassport BATCH = FIXTURES.batch(BatteryCategory.EV);
    static final ModelPassport LMT_MODEL = FIXTURES.model(BatteryCategory.LMT);
    static final BatchPassport LMT_BATCH = FIXTURES.batch(BatteryCategory.LMT);

    private TestPassports() {
    }

    /** Version 1 of an item of the EV batch. */
    static ItemPassport item(String serial) {
        return item(BATCH, serial);
    }

    /** Version 1 of an item of a batch, with a state of health derived from the serial. */
    static ItemPassport item(BatchPassport batch, String serial) {
        return ItemPassport.builder(batch, serial)
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of(new BigDecimal("100.0"), Unit.PERCENT))
                .issuedAt(batch.issuedAt().plus(Duration.ofDays(30)))
                .build();
    }

    /** The items SN-000001 upwards of a batch. */
    static List<ItemPassport> items(BatchPassport batch, int count) {
        List<ItemPassport> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(item(batch, serial(i)));
        }
        return out;
    }

    static String serial(int i) {
        return String.format(java.util.Locale.ROOT, "SN-%06d", i);
    }

    /** The next version of a passport, revised a day after its last change, with a new SoH for items. */
    static BatteryPassport revise(BatteryPassport p, int soh) {
        Instant at = p.revisedAt().orElse(p.issuedAt()).plus(Duration.ofDays(1));
        if (p.level() == PassportLevel.ITEM) {
            return ((ItemPassport) p).revise(at)
                    .stateOfHealthStateOfCertifiedEnergy(Quantity.of(soh, Unit.PERCENT))
                    .build();
        }
        return p.revise(at).build();
    }
}
