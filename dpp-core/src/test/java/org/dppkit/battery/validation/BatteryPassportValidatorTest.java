package org.dppkit.battery.validation;

import static org.dppkit.battery.validation.TestPassport.AS_OF;
import static org.dppkit.battery.validation.TestPassport.complete;
import static org.dppkit.battery.validation.TestPassport.doc;
import static org.dppkit.battery.validation.TestPassport.obj;
import static org.dppkit.battery.validation.TestPassport.q;
import static org.dppkit.battery.validation.TestPassport.stages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;
import org.dppkit.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BatteryPassportValidatorTest {

    static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();

    private static TestPassport ev() {
        return complete(BatteryCategory.EV);
    }

    private static TestPassport industrial() {
        return complete(BatteryCategory.INDUSTRIAL);
    }

    private static Arguments rule(FindingCode code, String path, Severity severity, TestPassport passport) {
        return Arguments.of(code, path, passport);
    }

    /**
     * One failing example per rule: a complete passport changed in one place, the code it must
     * raise and where. Every code has at least one row (see {@link #failing_coversEveryCode()}).
     */
    static Stream<Arguments> failing() {
        return Stream.of(
            rule(FindingCode.MISSING_MANDATORY, "/fields/ratedCapacity", Severity.ERROR,
                    ev().without(BatteryField.RATED_CAPACITY)),
            rule(FindingCode.MISSING_MANDATORY, "/fields/stateOfHealth.remainingCapacity", Severity.ERROR,
                    industrial().without(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY)),
            rule(FindingCode.NOT_YET_REQUIRED, "/fields/recycledContent.cobalt", Severity.INFO,
                    ev().without(BatteryField.RECYCLED_CONTENT_COBALT)),
            rule(FindingCode.NOT_YET_REQUIRED, "/fields/carbonFootprint.perFunctionalUnit", Severity.INFO,
                    ev().without(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT)),
            rule(FindingCode.NOT_YET_REQUIRED, "/fields/dueDiligence.report", Severity.INFO,
                    ev().without(BatteryField.DUE_DILIGENCE_REPORT)),
            rule(FindingCode.NOT_APPLICABLE, "/fields/stateOfHealth.remainingCapacity", Severity.WARNING,
                    ev().with(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY, q("140", Unit.AMPERE_HOUR))),
            rule(FindingCode.NOT_APPLICABLE, "/fields/stateOfHealth.remainingCapacity", Severity.WARNING,
                    nonStationaryWithRemainingCapacity()),
            rule(FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN, "/fields/industrialSubCategory", Severity.INFO,
                    industrial().without(BatteryField.INDUSTRIAL_SUB_CATEGORY)),
            rule(FindingCode.LEVEL_NOT_PER_BATTERY, "/level", Severity.WARNING,
                    complete(PassportLevel.MODEL, BatteryCategory.EV)),
            rule(FindingCode.LEVEL_NOT_PER_BATTERY, "/level", Severity.WARNING,
                    complete(PassportLevel.BATCH, BatteryCategory.INDUSTRIAL)),
            rule(FindingCode.NO_PASSPORT_REQUIRED, "/category", Severity.INFO,
                    industrial().with(BatteryField.RATED_CAPACITY, q("50", Unit.AMPERE_HOUR))
                            .with(BatteryField.VOLTAGE_MINIMUM, q("20", Unit.VOLT))
                            .with(BatteryField.VOLTAGE_NOMINAL, q("24", Unit.VOLT))
                            .with(BatteryField.VOLTAGE_MAXIMUM, q("28", Unit.VOLT))),
            rule(FindingCode.ENERGY_UNKNOWN, "/category", Severity.INFO,
                    industrial().with(BatteryField.VOLTAGE_NOMINAL, "four hundred")),
            rule(FindingCode.SHARE_OUT_OF_RANGE, "/fields/renewableContent", Severity.ERROR,
                    ev().with(BatteryField.RENEWABLE_CONTENT, q("100.5", Unit.PERCENT))),
            rule(FindingCode.SHARE_OUT_OF_RANGE, "/fields/recycledContent.cobalt/preConsumerShare", Severity.ERROR,
                    ev().with(BatteryField.RECYCLED_CONTENT_COBALT, obj("preConsumerShare", q("-1", Unit.PERCENT),
                            "postConsumerShare", q("10", Unit.PERCENT)))),
            rule(FindingCode.VALUE_NOT_POSITIVE, "/fields/batteryMass", Severity.ERROR,
                    ev().with(BatteryField.BATTERY_MASS, q("0", Unit.KILOGRAM))),
            rule(FindingCode.VALUE_NOT_POSITIVE, "/fields/internalResistance/0/value", Severity.ERROR,
                    ev().with(BatteryField.INTERNAL_RESISTANCE, List.of(obj("kind", "PACK", "value",
                            q("-0.1", Unit.OHM))))),
            rule(FindingCode.VALUE_NEGATIVE, "/fields/usage.chargeDischargeCycles", Severity.ERROR,
                    ev().with(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES, q("-1", Unit.CYCLE))),
            rule(FindingCode.URI_NOT_HTTPS, "/fields/manufacturer.webAddress", Severity.ERROR,
                    ev().with(BatteryField.MANUFACTURER_WEB_ADDRESS, URI.create("http://example.com"))),
            rule(FindingCode.URI_NOT_HTTPS, "/fields/dismantlingInformation/0", Severity.ERROR,
                    ev().with(BatteryField.DISMANTLING_INFORMATION, List.of(doc("docs/manual.pdf")))),
            rule(FindingCode.EMAIL_INVALID, "/fields/manufacturer.emailAddress", Severity.ERROR,
                    ev().with(BatteryField.MANUFACTURER_EMAIL_ADDRESS, "passport.example.com")),
            rule(FindingCode.GTIN_INVALID, "/fields/modelIdentifier", Severity.ERROR,
                    ev().with(BatteryField.MODEL_IDENTIFIER, "09506000134353")),
            rule(FindingCode.BATCH_NUMBER_INVALID, "/fields/batchNumber", Severity.ERROR,
                    complete(PassportLevel.MODEL, BatteryCategory.EV).with(BatteryField.BATCH_NUMBER, "LOT#1")),
            rule(FindingCode.SERIAL_NUMBER_INVALID, "/fields/serialNumber", Severity.ERROR,
                    completeWithoutIdSerial().with(BatteryField.SERIAL_NUMBER, "123456789012345678901")),
            rule(FindingCode.UNIT_INCOMPATIBLE, "/fields/ratedCapacity/unit", Severity.ERROR,
                    ev().with(BatteryField.RATED_CAPACITY, q("150", Unit.VOLT))),
            rule(FindingCode.VOLTAGE_ORDER, "/fields/voltage.minimum", Severity.ERROR,
                    ev().with(BatteryField.VOLTAGE_MINIMUM, q("401", Unit.VOLT))),
            rule(FindingCode.VOLTAGE_ORDER, "/fields/voltage.maximum", Severity.ERROR,
                    ev().with(BatteryField.VOLTAGE_MAXIMUM, q("399.9", Unit.VOLT))),
            rule(FindingCode.VOLTAGE_ORDER, "/fields/voltage.maximum", Severity.ERROR,
                    ev().without(BatteryField.VOLTAGE_NOMINAL).with(BatteryField.VOLTAGE_MAXIMUM, q("250", Unit.VOLT))),
            rule(FindingCode.TEMPERATURE_RANGE_ORDER, "/fields/idleTemperatureRange/lower", Severity.ERROR,
                    ev().with(BatteryField.IDLE_TEMPERATURE_RANGE, obj("lower", q("70", Unit.DEGREE_CELSIUS),
                            "upper", q("60", Unit.DEGREE_CELSIUS)))),
            rule(FindingCode.EFFICIENCY_INCREASES, "/fields/roundTripEfficiency.at50PercentCycleLife",
                    Severity.WARNING, ev().with(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                            q("96", Unit.PERCENT))),
            rule(FindingCode.DATE_IN_FUTURE, "/fields/manufacturingDate", Severity.ERROR,
                    ev().with(BatteryField.MANUFACTURING_DATE, YearMonth.of(2027, 4))),
            rule(FindingCode.DATE_IN_FUTURE, "/fields/usage.negativeEvents/0/date", Severity.ERROR,
                    ev().with(BatteryField.USAGE_NEGATIVE_EVENTS, List.of(obj("date", LocalDate.of(2027, 3, 2),
                            "description", "flooded")))),
            rule(FindingCode.DATE_ORDER, "/fields/puttingIntoServiceDate", Severity.ERROR,
                    complete(BatteryCategory.LMT).with(BatteryField.PUTTING_INTO_SERVICE_DATE,
                            LocalDate.of(2026, 12, 31))),
            rule(FindingCode.CARBON_FOOTPRINT_SUM, "/fields/carbonFootprint.perLifecycleStage", Severity.ERROR,
                    ev().with(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, stages("40", "30", "5", "6"))),
            rule(FindingCode.IDENTIFIER_MISMATCH, "/fields/serialNumber", Severity.ERROR,
                    ev().with(BatteryField.SERIAL_NUMBER, "SN-000002")),
            rule(FindingCode.IDENTIFIER_MISMATCH, "/fields/modelIdentifier", Severity.ERROR,
                    ev().with(BatteryField.MODEL_IDENTIFIER, "4006381333931")),
            rule(FindingCode.PREDECESSOR_MISSING, "/fields/predecessorPassports", Severity.ERROR,
                    ev().with(BatteryField.BATTERY_STATUS, "repurposed")),
            rule(FindingCode.PREDECESSOR_UNEXPECTED, "/fields/predecessorPassports", Severity.WARNING,
                    ev().with(BatteryField.PREDECESSOR_PASSPORTS,
                            List.of("https://id.gs1.org/01/09506000134352/21/OLD-1"))),
            rule(FindingCode.TEXT_UNSAFE, "/fields/manufacturer.name", Severity.ERROR,
                    ev().with(BatteryField.MANUFACTURER_NAME, "ACME\u202e Batteries")));
    }

    /** A non-stationary industrial item passport that states one stationary-only value. */
    private static TestPassport nonStationaryWithRemainingCapacity() {
        TestPassport p = industrial().with(BatteryField.INDUSTRIAL_SUB_CATEGORY,
                IndustrialSubCategory.OTHER_INTERNAL_STORAGE);
        for (BatteryField f : CatalogueRules.STATIONARY_ONLY) {
            if (f != BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY) {
                p = p.without(f);
            }
        }
        return p;
    }

    /** An EV item passport whose identifier check is not under test (the serial is in a field only). */
    private static TestPassport completeWithoutIdSerial() {
        return complete(PassportLevel.BATCH, BatteryCategory.EV);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("failing")
    void validate_brokenRule_reportsItsCode(FindingCode code, String path, TestPassport passport) {
        ValidationReport report = VALIDATOR.validate(passport, AS_OF);
        List<Finding> found = report.byCode(code);
        assertEquals(1, found.size(), () -> code + " expected once in " + report);
        Finding f = found.get(0);
        assertEquals(path, f.path());
        assertEquals(code.severity(), f.severity());
        assertFalse(f.message().isBlank());
        assertFalse(f.legalReference().isBlank());
        assertTrue(f.fieldKey().isPresent(), "every finding names a field");
        assertEquals(code.severity() != Severity.ERROR || !report.isCompliant(), true);
    }

    @Test
    void failing_coversEveryCode() {
        Set<FindingCode> covered = failing().map(a -> (FindingCode) a.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingCode.class)));
        assertEquals(EnumSet.allOf(FindingCode.class), covered);
    }

    @ParameterizedTest
    @EnumSource(BatteryCategory.class)
    void validate_completeItemPassport_hasNoFinding(BatteryCategory category) {
        ValidationReport report = VALIDATOR.validate(complete(category), AS_OF);
        assertEquals(List.of(), report.findings());
        assertTrue(report.isCompliant());
    }

    /** Passing examples at the edges of the rules: each must raise no finding at all. */
    static Stream<Arguments> passing() {
        return Stream.of(
            Arguments.of("share 0 %", ev().with(BatteryField.RENEWABLE_CONTENT, q("0", Unit.PERCENT))),
            Arguments.of("share 100 %", ev().with(BatteryField.RENEWABLE_CONTENT, q("100", Unit.PERCENT))),
            Arguments.of("equal voltages", ev().with(BatteryField.VOLTAGE_MINIMUM, q("400", Unit.VOLT))
                    .with(BatteryField.VOLTAGE_MAXIMUM, q("400.0", Unit.VOLT))),
            Arguments.of("zero cycles so far", ev().with(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES,
                    q("0", Unit.CYCLE))),
            Arguments.of("made this month", ev().with(BatteryField.MANUFACTURING_DATE, YearMonth.of(2027, 3))),
            Arguments.of("in service the month it was made", complete(BatteryCategory.LMT)
                    .with(BatteryField.PUTTING_INTO_SERVICE_DATE, LocalDate.of(2027, 1, 1))),
            Arguments.of("stage sum within 1 %", ev().with(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE,
                    stages("40", "30", "5", "5.8"))),
            Arguments.of("negative end-of-life credit", ev().with(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE,
                    stages("45", "30", "10", "-5"))),
            Arguments.of("cold range", ev().with(BatteryField.IDLE_TEMPERATURE_RANGE,
                    obj("lower", q("-40", Unit.DEGREE_CELSIUS), "upper", q("-40", Unit.DEGREE_CELSIUS)))),
            Arguments.of("equal efficiencies", ev().with(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                    q("95", Unit.PERCENT))),
            Arguments.of("model number not a GTIN", ev().with(BatteryField.MODEL_IDENTIFIER, "EVP-400-150")),
            Arguments.of("GTIN-13 of the identifier", ev().with(BatteryField.MODEL_IDENTIFIER,
                    TestPassport.GTIN.substring(1))),
            Arguments.of("remanufactured with predecessor", ev().with(BatteryField.BATTERY_STATUS, "remanufactured")
                    .with(BatteryField.PREDECESSOR_PASSPORTS, List.of("https://id.gs1.org/01/09506000134352/21/A"))),
            Arguments.of("status waste without predecessor", ev().with(BatteryField.BATTERY_STATUS, "waste")),
            Arguments.of("https document with path and query", ev().with(BatteryField.INSTRUCTIONS_FOR_USE,
                    doc("https://example.com/a/b.pdf?lang=en"))),
            Arguments.of("recycled content absent after 2028 (conditional)", ev()
                    .without(BatteryField.RECYCLED_CONTENT_LEAD)),
            Arguments.of("batch number with all CSET 82 symbols", complete(PassportLevel.MODEL, BatteryCategory.EV)
                    .with(BatteryField.BATCH_NUMBER, "aZ09!\"%&'()*+,-./:;<")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void validate_edgeOfRule_hasNoFinding(String name, TestPassport passport) {
        LocalDate asOf = name.contains("after 2028") ? LocalDate.of(2028, 9, 1) : AS_OF;
        List<Finding> findings = VALIDATOR.validate(passport, asOf).findings();
        if (passport.level() == PassportLevel.MODEL) {
            findings = findings.stream().filter(f -> !f.code().equals(FindingCode.LEVEL_NOT_PER_BATTERY.code()))
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void validate_notYetRequired_givesTheDate_andBecomesErrorNever() {
        TestPassport p = ev().without(BatteryField.DUE_DILIGENCE_REPORT);
        Finding before = VALIDATOR.validate(p, AS_OF).byCode(FindingCode.NOT_YET_REQUIRED).get(0);
        assertTrue(before.message().contains("2027-08-18"), before.message());
        assertTrue(VALIDATOR.validate(p, LocalDate.of(2027, 8, 18)).findings().isEmpty(),
                "a conditional field is not reported missing once it applies");
    }

    @Test
    void validate_carbonFootprintPending_isInfoAtAnyDate() {
        TestPassport p = ev().without(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT)
                .without(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE);
        ValidationReport report = VALIDATOR.validate(p, LocalDate.of(2035, 1, 1));
        assertTrue(report.isCompliant());
        assertEquals(2, report.byCode(FindingCode.NOT_YET_REQUIRED).size());
        assertTrue(report.findings().get(0).message().contains("pending"));
    }

    @Test
    void validate_beforePassportStart_missingMandatoryIsInfo() {
        ValidationReport report = VALIDATOR.validate(ev().without(BatteryField.BATTERY_MASS)
                .without(BatteryField.USAGE_NEGATIVE_EVENTS), LocalDate.of(2027, 2, 17));
        assertEquals(List.of(FindingCode.NOT_YET_REQUIRED.code()),
                report.findings().stream().map(Finding::code).collect(Collectors.toList()));
        assertTrue(report.findings().get(0).message().contains("2027-02-18"));
    }

    @Test
    void validate_modelPassport_checksOnlyModelScopeObligations() {
        ValidationReport report = VALIDATOR.validate(complete(PassportLevel.MODEL, BatteryCategory.EV), AS_OF);
        assertEquals(List.of(FindingCode.LEVEL_NOT_PER_BATTERY.code()),
                report.findings().stream().map(Finding::code).collect(Collectors.toList()));
        assertTrue(report.isCompliant(), "a warning does not break compliance");
    }

    @Test
    void validate_smallIndustrialBattery_skipsObligationsButNotValues() {
        TestPassport small = industrial().with(BatteryField.RATED_CAPACITY, q("20", Unit.AMPERE_HOUR))
                .with(BatteryField.VOLTAGE_MINIMUM, q("10", Unit.VOLT))
                .with(BatteryField.VOLTAGE_NOMINAL, q("12", Unit.VOLT))
                .with(BatteryField.VOLTAGE_MAXIMUM, q("14", Unit.VOLT))
                .without(BatteryField.BATTERY_MASS)
                .with(BatteryField.RENEWABLE_CONTENT, q("120", Unit.PERCENT));
        ValidationReport report = VALIDATOR.validate(small, AS_OF);
        assertTrue(report.has(FindingCode.NO_PASSPORT_REQUIRED));
        assertFalse(report.has(FindingCode.MISSING_MANDATORY));
        assertTrue(report.has(FindingCode.SHARE_OUT_OF_RANGE));
        assertTrue(report.findings().stream().anyMatch(f -> f.message().contains("0.24 kWh")),
                report::toString);
    }

    @Test
    void validate_twoKwhRuleOff_treatsSmallIndustrialAsInScope() {
        BatteryPassportValidator v = BatteryPassportValidator.builder().twoKwhRule(false).build();
        TestPassport small = industrial().with(BatteryField.RATED_CAPACITY, q("1", Unit.AMPERE_HOUR))
                .without(BatteryField.BATTERY_MASS);
        ValidationReport report = v.validate(small, AS_OF);
        assertFalse(report.has(FindingCode.NO_PASSPORT_REQUIRED));
        assertTrue(report.has(FindingCode.MISSING_MANDATORY));
        assertFalse(v.twoKwhRule());
    }

    @Test
    void validate_industrialEnergyFromCertifiedUsableEnergy() {
        TestPassport p = industrial().with(BatteryField.CERTIFIED_USABLE_ENERGY, q("1.5", Unit.KILOWATT_HOUR));
        ValidationReport report = VALIDATOR.validate(p, AS_OF);
        assertTrue(report.has(FindingCode.NO_PASSPORT_REQUIRED), report::toString);
        assertTrue(report.has(FindingCode.NOT_APPLICABLE), "certified usable energy is EV-only");
    }

    @Test
    void energyKwh_isCapacityTimesNominalVoltage() {
        assertEquals(0, new BigDecimal("60").compareTo(CatalogueRules.energyKwh(Read.of(industrial()))));
        assertEquals(null, CatalogueRules.energyKwh(Read.of(industrial().without(BatteryField.RATED_CAPACITY))));
        assertEquals(null, CatalogueRules.energyKwh(Read.of(industrial().with(BatteryField.RATED_CAPACITY,
                q("150", Unit.WATT)))));
    }

    @Test
    void validate_toleranceOption_isApplied() {
        TestPassport p = ev().with(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, stages("40", "30", "5", "8"));
        assertTrue(VALIDATOR.validate(p, AS_OF).has(FindingCode.CARBON_FOOTPRINT_SUM));
        BatteryPassportValidator lax = BatteryPassportValidator.builder()
                .carbonFootprintTolerancePercent(new BigDecimal("5")).build();
        assertFalse(lax.validate(p, AS_OF).has(FindingCode.CARBON_FOOTPRINT_SUM));
        assertEquals(new BigDecimal("5"), lax.carbonFootprintTolerancePercent());
        assertEquals(lax.toString(), lax.toBuilder().build().toString());
        assertTrue(lax.toBuilder().twoKwhRule(false).build().toString().contains("twoKwhRule=false"));
    }

    @Test
    void builder_rejectsToleranceOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatteryPassportValidator.builder().carbonFootprintTolerancePercent(new BigDecimal("-1")));
        assertEquals("carbonFootprintTolerancePercent must be between 0 and 100 but was -1", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BatteryPassportValidator.builder().carbonFootprintTolerancePercent(new BigDecimal("101")));
    }

    @Test
    void builder_layersCanBeSwitchedOff() {
        TestPassport p = ev().without(BatteryField.RATED_CAPACITY).with(BatteryField.RENEWABLE_CONTENT,
                q("101", Unit.PERCENT));
        BatteryPassportValidator catalogueOnly = BatteryPassportValidator.builder().beanValidation(false).build();
        BatteryPassportValidator beanOnly = BatteryPassportValidator.builder().catalogueRules(false).build();
        assertEquals(List.of(FindingCode.MISSING_MANDATORY.code()), codes(catalogueOnly.validate(p, AS_OF)));
        assertEquals(List.of(FindingCode.SHARE_OUT_OF_RANGE.code()), codes(beanOnly.validate(p, AS_OF)));
        assertEquals(2, VALIDATOR.validate(p, AS_OF).findings().size());
        assertFalse(catalogueOnly.beanValidation());
        assertFalse(beanOnly.catalogueRules());
        assertEquals("BatteryPassportValidator[carbonFootprintTolerancePercent=1, twoKwhRule=true,"
                + " catalogueRules=true, beanValidation=false]", catalogueOnly.toString());
    }

    @Test
    void validate_listsEveryFindingAtOnce() {
        TestPassport p = ev().without(BatteryField.RATED_CAPACITY).without(BatteryField.BATTERY_MASS)
                .with(BatteryField.VOLTAGE_MINIMUM, q("500", Unit.VOLT))
                .with(BatteryField.MANUFACTURER_WEB_ADDRESS, URI.create("ftp://example.com"));
        assertEquals(List.of("DPP-MISSING-MANDATORY", "DPP-MISSING-MANDATORY", "DPP-URI-NOT-HTTPS",
                "DPP-VOLTAGE-ORDER"), codes(VALIDATOR.validate(p, AS_OF)).stream().sorted().collect(Collectors.toList()));
    }

    @Test
    void validate_oddValueTypes_areReportedOrIgnoredNeverThrown() {
        TestPassport p = ev().with(BatteryField.RATED_CAPACITY, "lots")
                .with(BatteryField.MANUFACTURER_WEB_ADDRESS, "not a uri at all")
                .with(BatteryField.IDLE_TEMPERATURE_RANGE, "cold")
                .with(BatteryField.MANUFACTURING_DATE, "January")
                .with(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, List.of("x"))
                .with(BatteryField.BATTERY_STATUS, 42)
                .with(BatteryField.BATTERY_MASS, 12.5d)
                .with(BatteryField.EXPECTED_LIFETIME_CYCLES, 3000L);
        ValidationReport report = VALIDATOR.validate(p, AS_OF);
        assertEquals(List.of("DPP-URI-NOT-HTTPS"), codes(report));
    }

    @Test
    void validate_nullArguments_throw() {
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate((PassportData) null, AS_OF));
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate(ev(), null));
    }

    @Test
    void validate_isDeterministic() {
        UnaryOperator<TestPassport> broken = p -> p.without(BatteryField.CHEMISTRY)
                .with(BatteryField.RENEWABLE_CONTENT, q("-3", Unit.PERCENT))
                .with(BatteryField.BATTERY_MASS, q("-3", Unit.KILOGRAM));
        String a = VALIDATOR.validate(broken.apply(ev()), AS_OF).toJson();
        String b = BatteryPassportValidator.create().validate(broken.apply(ev()), AS_OF).toJson();
        assertEquals(a, b);
    }

    static List<String> codes(ValidationReport r) {
        return r.findings().stream().map(Finding::code).collect(Collectors.toList());
    }
}
