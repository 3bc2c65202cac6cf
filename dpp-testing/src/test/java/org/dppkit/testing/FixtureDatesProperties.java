package org.dppkit.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.FieldOutcome;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.PassportLevel;
import org.dppkit.core.Severity;

/** Valid fixtures stay free of errors on every date up to 2035, whatever the seed. */
class FixtureDatesProperties {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(PassportFixtures.VALID_FROM.toEpochDay(), LocalDate.of(2035, 12, 31)
                .toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 60)
    void validFixtures_haveNoErrorOnAnyDate(@ForAll long seed, @ForAll("dates") LocalDate at) {
        PassportFixtures f = PassportFixtures.withSeed(seed);
        for (BatteryPassport p : f.all()) {
            ValidationReport r = VALIDATOR.validate(p, at);
            assertTrue(r.bySeverity(Severity.ERROR).isEmpty(), () -> p + " at " + at + ": " + r);
            if (p.level() == PassportLevel.ITEM) {
                for (org.dppkit.battery.BatteryField field : org.dppkit.battery.BatteryField.values()) {
                    FieldOutcome o = r.outcome(field).orElseThrow();
                    assertTrue(o != FieldOutcome.MISSING && o != FieldOutcome.UNDECIDED, () -> field.key() + " " + o
                            + " in " + p + " at " + at);
                }
            }
        }
    }
}
