package org.dppkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;
import org.dppkit.core.Severity;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PassportFixturesTest {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    private static final PassportJson JSON = PassportJson.standard();
    private static final PassportFixtures FIXTURES = PassportFixtures.withSeed(42);

    static Stream<BatteryPassport> validFixtures() {
        List<BatteryPassport> all = new ArrayList<>(FIXTURES.all());
        all.addAll(FIXTURES.everyFieldFilled());
        all.addAll(FIXTURES.predecessorChain(4));
        all.addAll(PassportFixtures.withSeed(7).all());
        return all.stream();
    }

    private static List<String> json(PassportFixtures f) {
        List<BatteryPassport> all = new ArrayList<>(f.all());
        all.addAll(f.everyFieldFilled());
        all.addAll(f.predecessorChain(3));
        all.addAll(f.itemSeries(f.batch(BatteryCategory.LMT), 5));
        f.invalid().forEach(i -> all.add(i.passport()));
        return all.stream().map(JSON::write).collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void withSeed_twoRuns_byteIdenticalJson() {
        for (long seed : new long[] {42, -3_141_592_653L}) {
            List<String> first = json(PassportFixtures.withSeed(seed));
            List<String> second = json(PassportFixtures.withSeed(seed));
            assertEquals(first, second, "seed " + seed);
        }
    }

    @Test
    void withSeed_twoSeeds_differentPassports() {
        List<String> a = json(PassportFixtures.withSeed(1));
        List<String> b = json(PassportFixtures.withSeed(2));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertNotEquals(a.get(i), b.get(i), "fixture " + i);
        }
    }

    @Test
    void withSeed_equalSeeds_equalFixturesAndPassports() {
        assertEquals(PassportFixtures.withSeed(5), PassportFixtures.withSeed(5));
        assertEquals(PassportFixtures.withSeed(5).hashCode(), PassportFixtures.withSeed(5).hashCode());
        assertNotEquals(PassportFixtures.withSeed(5), PassportFixtures.withSeed(6));
        assertEquals("PassportFixtures[seed=5]", PassportFixtures.withSeed(5).toString());
        assertEquals(5, PassportFixtures.withSeed(5).seed());
        assertEquals(FIXTURES.item(BatteryCategory.EV), PassportFixtures.withSeed(42).item(BatteryCategory.EV));
    }

    @net.jqwik.api.Property(tries = 40)
    void withSeed_anySeed_sameItemTwiceAndValid(@net.jqwik.api.ForAll long seed,
            @net.jqwik.api.ForAll BatteryCategory category) {
        ItemPassport a = PassportFixtures.withSeed(seed).item(category);
        ItemPassport b = PassportFixtures.withSeed(seed).item(category);
        assertEquals(JSON.write(a), JSON.write(b));
        ValidationReport r = VALIDATOR.validate(a, PassportFixtures.VALID_FROM);
        assertTrue(r.bySeverity(Severity.ERROR).isEmpty() && r.bySeverity(Severity.WARNING).isEmpty(),
                r.toString());
    }

    @Test
    void fixtures_orderOfCalls_doesNotMatter() {
        PassportFixtures a = PassportFixtures.withSeed(99);
        PassportFixtures b = PassportFixtures.withSeed(99);
        ItemPassport lmtFirst = a.item(BatteryCategory.LMT);
        b.invalid();
        b.predecessorChain(5);
        b.all();
        assertEquals(JSON.write(lmtFirst), JSON.write(b.item(BatteryCategory.LMT)));
    }

    // ------------------------------------------------------------------ validity

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixture_validates_noError(BatteryPassport p) {
        for (LocalDate at : List.of(PassportFixtures.VALID_FROM, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 8, 18), PassportFixtures.INVALID_VALIDATION_DATE, LocalDate.of(2031, 1, 1),
                LocalDate.of(2033, 8, 18), LocalDate.of(2035, 12, 31))) {
            ValidationReport r = VALIDATOR.validate(p, at);
            assertTrue(r.bySeverity(Severity.ERROR).isEmpty(), p + " at " + at + ": " + r);
            for (Finding f : r.bySeverity(Severity.WARNING)) {
                assertEquals(FindingCode.LEVEL_NOT_PER_BATTERY.code(), f.code(), p + ": " + f);
                assertNotEquals(PassportLevel.ITEM, p.level(), p + ": " + f);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixture_afterRecycledContentDate_noFindingAtAllForItems(BatteryPassport p) {
        ValidationReport r = VALIDATOR.validate(p, PassportFixtures.INVALID_VALIDATION_DATE);
        if (p.level() == PassportLevel.ITEM) {
            assertEquals(List.of(), r.findings(), p.toString());
        } else {
            assertEquals(Set.of(FindingCode.LEVEL_NOT_PER_BATTERY.code()),
                    r.findings().stream().map(Finding::code).collect(Collectors.toSet()));
        }
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixture_valuesConsistent(BatteryPassport p) {
        BigDecimal min = value(p, BatteryField.VOLTAGE_MINIMUM);
        BigDecimal nom = value(p, BatteryField.VOLTAGE_NOMINAL);
        BigDecimal max = value(p, BatteryField.VOLTAGE_MAXIMUM);
        assertTrue(min.compareTo(nom) < 0 && nom.compareTo(max) < 0, min + " " + nom + " " + max);
        assertTrue(Gtin.isValid(p.id().gtin().toString()));
        assertTrue(value(p, BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE)
                .compareTo(value(p, BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL)) < 0);
        if (p.level() != PassportLevel.MODEL) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Object o : (List<?>) p.get(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE).orElseThrow()) {
                sum = sum.add(((LifecycleStageEmission) o).footprint().value());
            }
            assertEquals(0, sum.compareTo(value(p, BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT)));
            YearMonth made = p.get(BatteryField.MANUFACTURING_DATE, YearMonth.class).orElseThrow();
            assertFalse(made.atEndOfMonth().isAfter(PassportFixtures.VALID_FROM));
            p.get(BatteryField.PUTTING_INTO_SERVICE_DATE, LocalDate.class).ifPresent(service ->
                    assertTrue(service.isAfter(made.atEndOfMonth()), service + " " + made));
        }
        if (p.level() == PassportLevel.ITEM) {
            assertTrue(value(p, BatteryField.ITEM_PERFORMANCE_CAPACITY)
                    .compareTo(value(p, BatteryField.RATED_CAPACITY)) <= 0);
            java.time.Instant validFrom = PassportFixtures.VALID_FROM.atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC);
            java.time.Instant revised = p.revisedAt().orElseThrow();
            assertTrue(p.issuedAt().isBefore(revised));
            assertFalse(revised.isAfter(validFrom), revised.toString());
            for (BatteryField f : List.of(BatteryField.USAGE_OPERATING_TEMPERATURE,
                    BatteryField.USAGE_STATE_OF_CHARGE)) {
                for (Object o : (List<?>) p.get(f).orElseThrow()) {
                    java.time.Instant t = ((org.dppkit.battery.Observation) o).time();
                    assertTrue(t.isBefore(revised) && t.isAfter(p.issuedAt().minusSeconds(86_400L * 62)),
                            f.key() + " " + t + " issued " + p.issuedAt() + " revised " + revised);
                }
            }
            p.get(BatteryField.PUTTING_INTO_SERVICE_DATE, LocalDate.class).ifPresent(service ->
                    assertTrue(service.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).isBefore(revised)));
        }
        String chem = p.get(BatteryField.CHEMISTRY, Chemistry.class).orElseThrow().shortName();
        boolean hasCobalt = chem.startsWith("NMC") || chem.equals("NCA");
        if (p.level() != PassportLevel.MODEL) {
            assertEquals(hasCobalt, p.has(BatteryField.RECYCLED_CONTENT_COBALT), chem);
            assertEquals(chem.equals("PbA"), p.has(BatteryField.RECYCLED_CONTENT_LEAD), chem);
        }
        String materials = p.get(BatteryField.CRITICAL_RAW_MATERIALS).orElseThrow().toString();
        assertEquals(hasCobalt, materials.contains("Cobalt"), chem + " " + materials);
    }

    private static BigDecimal value(BatteryPassport p, BatteryField f) {
        return p.get(f, Quantity.class).orElseThrow(() -> new AssertionError(f + " in " + p)).value();
    }

    @Test
    void everyFieldFilled_coversEveryCatalogueField() {
        Set<BatteryField> present = EnumSet.noneOf(BatteryField.class);
        for (ItemPassport p : FIXTURES.everyFieldFilled()) {
            present.addAll(p.presentFields());
        }
        Set<BatteryField> missing = EnumSet.allOf(BatteryField.class);
        missing.removeAll(present);
        assertEquals(Set.of(), missing);
    }

    @Test
    void all_everyCategoryAndLevel() {
        List<BatteryPassport> all = FIXTURES.all();
        assertEquals(12, all.size());
        Set<String> kinds = new HashSet<>();
        for (BatteryPassport p : all) {
            kinds.add(p.category() + "/" + p.get(BatteryField.INDUSTRIAL_SUB_CATEGORY).map(Object::toString)
                    .orElse("-") + "/" + p.level());
        }
        assertEquals(12, kinds.size(), kinds.toString());
        assertTrue(kinds.contains("INDUSTRIAL/STATIONARY_BESS/ITEM"));
        assertTrue(kinds.contains("INDUSTRIAL/OTHER_INTERNAL_STORAGE/MODEL"));
    }

    @ParameterizedTest
    @EnumSource(BatteryCategory.class)
    void passport_levels_deriveFromEachOther(BatteryCategory c) {
        ModelPassport m = FIXTURES.model(c);
        BatchPassport b = FIXTURES.batch(c);
        ItemPassport i = FIXTURES.item(c);
        assertEquals(m, b.model().orElseThrow());
        assertEquals(b, i.batch().orElseThrow());
        assertEquals(m, FIXTURES.passport(c, PassportLevel.MODEL));
        assertEquals(b, FIXTURES.passport(c, PassportLevel.BATCH));
        assertEquals(i, FIXTURES.passport(c, PassportLevel.ITEM));
        assertEquals(c, i.category());
        assertEquals(PassportLevel.BATCH, i.provenance(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT)
                .orElseThrow());
        assertEquals(PassportLevel.MODEL, i.provenance(BatteryField.CHEMISTRY).orElseThrow());
        assertEquals(PassportLevel.ITEM, i.provenance(BatteryField.BATTERY_STATUS).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(PassportLevel.class)
    void stationaryStorage_isIndustrialBess(PassportLevel level) {
        BatteryPassport p = FIXTURES.stationaryStorage(level);
        assertEquals(level, p.level());
        assertEquals(BatteryCategory.INDUSTRIAL, p.category());
        assertEquals(IndustrialSubCategory.STATIONARY_BESS,
                p.get(BatteryField.INDUSTRIAL_SUB_CATEGORY, IndustrialSubCategory.class).orElseThrow());
        assertEquals(level == PassportLevel.ITEM, p.has(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY));
    }

    // ------------------------------------------------------------------ series and chains

    @Test
    void itemSeries_derivedFromBatch_uniqueSerials() {
        BatchPassport batch = FIXTURES.batch(BatteryCategory.EV);
        List<ItemPassport> series = FIXTURES.itemSeries(batch, 200);
        assertEquals(200, series.size());
        assertEquals(200, series.stream().map(ItemPassport::serial).distinct().count());
        assertEquals(200, series.stream().map(p -> p.get(BatteryField.PASSPORT_IDENTIFIER).orElseThrow())
                .distinct().count());
        for (ItemPassport p : series) {
            assertEquals(batch, p.batch().orElseThrow());
            assertEquals(batch.id().gtin(), p.id().gtin());
            assertEquals(batch.lot(), p.id().lot().orElseThrow());
        }
        assertEquals(FIXTURES.item(BatteryCategory.EV), series.get(0));
        assertEquals(series, FIXTURES.itemStream(batch, 200).collect(Collectors.toList()));
        assertTrue(series.get(0).serial().matches("SN[0-9A-Z]+-000001"), series.get(0).serial());
    }

    @Test
    void itemSeries_foreignBatch_readsItsValues() {
        BatchPassport foreign = PassportFixtures.withSeed(1234).batch(BatteryCategory.LMT);
        List<ItemPassport> items = FIXTURES.itemSeries(foreign, 3);
        for (ItemPassport p : items) {
            assertEquals(foreign, p.batch().orElseThrow());
            assertTrue(value(p, BatteryField.ITEM_PERFORMANCE_CAPACITY)
                    .compareTo(value(p, BatteryField.RATED_CAPACITY)) <= 0);
            assertTrue(VALIDATOR.validate(p, PassportFixtures.VALID_FROM).bySeverity(Severity.ERROR).isEmpty());
        }
        assertEquals(items, FIXTURES.itemSeries(foreign, 3));
    }

    @Test
    void itemSeries_badCount_throws() {
        BatchPassport batch = FIXTURES.batch(BatteryCategory.LMT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FIXTURES.itemSeries(batch, -1));
        assertEquals("count must be between 0 and 999999 but was -1", e.getMessage());
        assertEquals(List.of(), FIXTURES.itemSeries(batch, 0));
    }

    @Test
    void predecessorChain_linksEachLifeToThePrevious() {
        List<ItemPassport> chain = FIXTURES.predecessorChain(4);
        assertEquals(4, chain.size());
        assertEquals(BatteryCategory.EV, chain.get(0).category());
        assertEquals(BatteryStatus.ORIGINAL, chain.get(0).get(BatteryField.BATTERY_STATUS).orElseThrow());
        assertFalse(chain.get(0).has(BatteryField.PREDECESSOR_PASSPORTS));
        for (int k = 1; k < chain.size(); k++) {
            ItemPassport p = chain.get(k);
            ItemPassport prev = chain.get(k - 1);
            assertEquals(List.of(prev.id().toString()), p.get(BatteryField.PREDECESSOR_PASSPORTS).orElseThrow());
            assertEquals(k == 1 ? BatteryStatus.REPURPOSED : BatteryStatus.REMANUFACTURED,
                    p.get(BatteryField.BATTERY_STATUS).orElseThrow());
            assertEquals(IndustrialSubCategory.STATIONARY_BESS,
                    p.get(BatteryField.INDUSTRIAL_SUB_CATEGORY).orElseThrow());
            assertEquals(0, value(p, BatteryField.RATED_CAPACITY)
                    .compareTo(value(prev, BatteryField.ITEM_PERFORMANCE_CAPACITY)));
            assertTrue(p.get(BatteryField.MANUFACTURING_DATE, YearMonth.class).orElseThrow()
                    .isAfter(prev.get(BatteryField.MANUFACTURING_DATE, YearMonth.class).orElseThrow()));
            assertTrue(p.issuedAt().isAfter(prev.issuedAt()));
            assertNotEquals(prev.id(), p.id());
        }
    }

    @Test
    void predecessorChain_lengths() {
        assertEquals(1, FIXTURES.predecessorChain(1).size());
        assertEquals(20, FIXTURES.predecessorChain(20).size());
        for (ItemPassport p : FIXTURES.predecessorChain(20)) {
            assertTrue(VALIDATOR.validate(p, PassportFixtures.VALID_FROM).bySeverity(Severity.ERROR).isEmpty(),
                    () -> VALIDATOR.validate(p, PassportFixtures.VALID_FROM).toString());
        }
        assertEquals("predecessor chain length must be between 1 and 20 but was 0",
                assertThrows(IllegalArgumentException.class, () -> FIXTURES.predecessorChain(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FIXTURES.predecessorChain(21));
    }

    // ------------------------------------------------------------------ JSON

    @ParameterizedTest
    @MethodSource("validFixtures")
    void validFixture_jsonRoundTrip(BatteryPassport p) {
        String json = JSON.write(p);
        BatteryPassport back = JSON.read(json);
        assertEquals(json, JSON.write(back));
        assertEquals(p.presentFields(), back.presentFields());
        for (BatteryField f : p.presentFields()) {
            assertEquals(p.get(f), back.get(f), f.key());
        }
    }
}
