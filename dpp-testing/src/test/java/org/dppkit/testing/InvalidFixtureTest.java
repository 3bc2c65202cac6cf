package org.dppkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidFixtureTest {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();

    static Stream<InvalidFixture> invalidFixtures() {
        return Stream.concat(PassportFixtures.withSeed(42).invalid().stream(),
                PassportFixtures.withSeed(-1).invalid().stream());
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixture_yieldsExactlyItsCode(InvalidFixture f) {
        ValidationReport r = VALIDATOR.validate(f.passport(), f.validationDate(), f.facts());
        Set<String> codes = r.findings().stream().map(Finding::code).collect(Collectors.toSet());
        assertEquals(Set.of(f.code().code()), codes, f + "\n" + r);
        assertTrue(r.has(f.code()));
        f.field().ifPresent(field -> assertTrue(r.byCode(f.code()).stream()
                .anyMatch(x -> x.fieldKey().equals(java.util.Optional.of(field.key()))),
                f + " names " + field.key() + ": " + r));
        assertEquals(f.code().severity() == org.dppkit.core.Severity.ERROR, !r.isCompliant(), f.toString());
    }

    @ParameterizedTest
    @MethodSource("invalidFixtures")
    void invalidFixture_breaksOneRuleOfAValidPassport(InvalidFixture f) {
        // The same passport with the fixture's change undone is clean: the change is the only fault.
        assertFalse(f.description().isBlank());
        assertEquals(PassportFixtures.INVALID_VALIDATION_DATE, f.validationDate());
        assertTrue(f.toString().startsWith(f.code().code()), f.toString());
    }

    @Test
    void invalid_everyCodeHasAFixtureOrCannotBeBuilt() {
        List<InvalidFixture> all = PassportFixtures.withSeed(42).invalid();
        Set<FindingCode> covered = EnumSet.noneOf(FindingCode.class);
        all.forEach(f -> covered.add(f.code()));
        assertTrue(all.size() >= covered.size() + 9, "fixtures per decided and undecidable condition");
        assertTrue(all.stream().filter(f -> f.code() == FindingCode.CONDITION_UNDECIDED).count() >= 4);
        Set<FindingCode> notBuildable = InvalidFixture.codesNotBuildable();
        for (FindingCode c : FindingCode.values()) {
            assertTrue(covered.contains(c) ^ notBuildable.contains(c), c.code());
        }
        assertThrows(UnsupportedOperationException.class, () -> notBuildable.add(FindingCode.NOT_APPLICABLE));
        assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    }

    @Test
    void invalid_byCode_findsFixtureOrEmpty() {
        PassportFixtures f = PassportFixtures.withSeed(8);
        InvalidFixture v = f.invalid(FindingCode.VOLTAGE_ORDER).orElseThrow();
        assertEquals(FindingCode.VOLTAGE_ORDER, v.code());
        assertEquals(java.util.Optional.of(BatteryField.VOLTAGE_MINIMUM), v.field());
        assertEquals(java.util.Optional.empty(), f.invalid(FindingCode.ENERGY_UNKNOWN));
        assertThrows(NullPointerException.class, () -> f.invalid(null));
    }

    @Test
    void invalid_deterministicPerSeed() {
        assertEquals(PassportFixtures.withSeed(3).invalid(), PassportFixtures.withSeed(3).invalid());
        assertNotEquals(PassportFixtures.withSeed(3).invalid(), PassportFixtures.withSeed(4).invalid());
    }

    // The codes without a fixture: show that the builders really refuse what would produce them.

    private static ItemPassport.Builder builder() {
        return ItemPassport.builder(BatteryCategory.EV, org.dppkit.gs1.Gtin.parse("09506000134352"),
                "SN-1");
    }

    @Test
    void notBuildable_shareAbove100_rejectedByBuilder() {
        assertThrows(PassportException.class, () -> builder().set(BatteryField.RENEWABLE_CONTENT,
                Quantity.of("100.1", Unit.PERCENT)));
        assertThrows(PassportException.class, () -> RecycledShare.of(Quantity.of("60", Unit.PERCENT),
                Quantity.of("41", Unit.PERCENT)));
    }

    @Test
    void notBuildable_negativeValueAndWrongUnit_rejectedByBuilder() {
        assertThrows(PassportException.class, () -> builder().set(BatteryField.USAGE_OVERCHARGE_EVENTS,
                Quantity.of(-1, Unit.ONE)));
        assertThrows(PassportException.class, () -> builder().set(BatteryField.RATED_CAPACITY,
                Quantity.of(100, Unit.VOLT)));
    }

    @Test
    void notBuildable_temperatureRangeAndIdentifiers_rejected() {
        assertThrows(PassportException.class, () -> TemperatureRange.of(
                Quantity.of(30, Unit.DEGREE_CELSIUS), Quantity.of(-10, Unit.DEGREE_CELSIUS)));
        assertThrows(PassportException.class, () -> builder().set(BatteryField.MODEL_IDENTIFIER,
                "09506000134352"));
        assertThrows(PassportException.class, () -> builder().set(BatteryField.SERIAL_NUMBER, "SN-2"));
        assertThrows(PassportException.class, () -> builder().set(BatteryField.BATCH_NUMBER, "L1"));
        assertThrows(RuntimeException.class, () -> ItemPassport.builder(BatteryCategory.EV,
                org.dppkit.gs1.Gtin.parse("09506000134352"), "SN 1 with spaces"));
    }

    @Test
    void notBuildable_energyUnknown_comesWithMissingMandatory() {
        ItemPassport p = PassportFixtures.withSeed(42).itemSeries(
                PassportFixtures.withSeed(42).batch(BatteryCategory.INDUSTRIAL), 1).get(0);
        ItemPassport standalone = ItemPassport.builder(BatteryCategory.INDUSTRIAL,
                org.dppkit.gs1.Gtin.parse("09506000134352"), "SN-3")
                .set(BatteryField.INDUSTRIAL_SUB_CATEGORY,
                        p.get(BatteryField.INDUSTRIAL_SUB_CATEGORY).orElseThrow())
                .issuedAt(p.issuedAt()).build();
        ValidationReport r = VALIDATOR.validate(standalone, LocalDate.of(2028, 9, 1));
        assertTrue(r.has(FindingCode.ENERGY_UNKNOWN));
        assertTrue(r.has(FindingCode.MISSING_MANDATORY));
    }

    @Test
    void of_nullArguments_throw() {
        InvalidFixture f = PassportFixtures.withSeed(1).invalid().get(0);
        assertThrows(NullPointerException.class, () -> InvalidFixture.of(null, f.code(), f.validationDate(), null,
                "d"));
        assertThrows(NullPointerException.class, () -> InvalidFixture.of(f.passport(), null, f.validationDate(), null,
                "d"));
        assertThrows(NullPointerException.class, () -> InvalidFixture.of(f.passport(), f.code(), null, null, "d"));
        assertThrows(NullPointerException.class, () -> InvalidFixture.of(f.passport(), f.code(), f.validationDate(),
                null, null));
        InvalidFixture g = InvalidFixture.of(f.passport(), f.code(), f.validationDate(), null, "d");
        assertEquals(java.util.Optional.empty(), g.field());
        assertEquals(f.code().code() + ": d", g.toString());
        assertEquals(g, InvalidFixture.of(f.passport(), f.code(), f.validationDate(), null, "d"));
        assertEquals(g.hashCode(), InvalidFixture.of(f.passport(), f.code(), f.validationDate(), null, "d").hashCode());
        assertNotEquals(g, f);
    }
}
