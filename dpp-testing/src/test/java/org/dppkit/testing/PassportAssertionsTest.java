package org.dppkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class PassportAssertionsTest {

    private static final PassportFixtures FIXTURES = PassportFixtures.withSeed(11);

    @Test
    void assertCompliant_validItem_returnsReport() {
        ItemPassport p = FIXTURES.item(BatteryCategory.EV);
        ValidationReport r = PassportAssertions.assertCompliant(p, BatteryCategory.EV,
                PassportFixtures.VALID_FROM);
        assertTrue(r.isCompliant());
        assertEquals(PassportFixtures.VALID_FROM, r.asOf());
    }

    @Test
    void assertCompliant_wrongCategory_fails() {
        ItemPassport p = FIXTURES.item(BatteryCategory.LMT);
        AssertionError e = assertThrows(AssertionError.class, () -> PassportAssertions.assertCompliant(p,
                BatteryCategory.EV, PassportFixtures.VALID_FROM));
        assertTrue(e.getMessage().startsWith("expected a passport of category EV but "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" has category LMT"), e.getMessage());
    }

    @Test
    void assertCompliant_invalidFixture_listsErrors() {
        for (InvalidFixture f : FIXTURES.invalid()) {
            if (f.code() == FindingCode.VOLTAGE_ORDER) {
                AssertionError e = assertThrows(AssertionError.class, () -> PassportAssertions
                        .assertCompliant(f.passport(), f.validationDate(), BatteryPassportValidator.create()));
                assertTrue(e.getMessage()
                        .contains("found 1 error(s):\n  DPP-VOLTAGE-ORDER at /fields/voltage.minimum: "),
                        e.getMessage());
                return;
            }
        }
        throw new AssertionError("no voltage fixture");
    }

    @Test
    void assertFinding_presentAndAbsent() {
        for (InvalidFixture f : FIXTURES.invalid()) {
            assertTrue(PassportAssertions.assertFinding(f.passport(), f.validationDate(), f.facts(), f.code())
                    .has(f.code()));
        }
        BatteryPassport ok = FIXTURES.item(BatteryCategory.LMT);
        AssertionError e = assertThrows(AssertionError.class, () -> PassportAssertions.assertFinding(ok,
                LocalDate.of(2027, 3, 1), FindingCode.VOLTAGE_ORDER));
        assertTrue(e.getMessage().startsWith("expected finding DPP-VOLTAGE-ORDER for "), e.getMessage());
    }

    @Test
    void assertPublicViewHidesRestrictedFields_everyFixture() {
        for (BatteryPassport p : FIXTURES.all()) {
            PassportAssertions.assertPublicViewHidesRestrictedFields(p);
        }
        for (BatteryPassport p : FIXTURES.everyFieldFilled()) {
            PassportAssertions.assertPublicViewHidesRestrictedFields(p);
        }
    }

    @Test
    void assertJsonRoundTrip_everyFixture() {
        for (BatteryPassport p : FIXTURES.everyFieldFilled()) {
            BatteryPassport back = PassportAssertions.assertJsonRoundTrip(p);
            assertEquals(p.presentFields(), back.presentFields());
        }
    }

    @Test
    void nullArguments_throw() {
        ItemPassport p = FIXTURES.item(BatteryCategory.EV);
        assertThrows(NullPointerException.class, () -> PassportAssertions.assertCompliant(null, BatteryCategory.EV,
                PassportFixtures.VALID_FROM));
        assertThrows(NullPointerException.class, () -> PassportAssertions.assertCompliant(p, null,
                PassportFixtures.VALID_FROM));
        assertThrows(NullPointerException.class, () -> PassportAssertions.assertCompliant(p, BatteryCategory.EV, null));
        assertThrows(NullPointerException.class, () -> PassportAssertions.assertFinding(p, PassportFixtures.VALID_FROM,
                null));
        assertThrows(NullPointerException.class, () -> PassportAssertions.assertPublicViewHidesRestrictedFields(null));
        assertThrows(NullPointerException.class, () -> PassportAssertions.assertJsonRoundTrip(null));
    }
}
