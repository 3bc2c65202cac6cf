package org.dppkit.battery.validation;

import static org.dppkit.battery.validation.CorePassports.completeItem;
import static org.dppkit.battery.validation.CorePassports.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator on passports built with the passport model (not the rule-test stand-in). */
class CorePassportValidationTest {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    @ParameterizedTest
    @EnumSource(BatteryCategory.class)
    void validate_completeItemPassport_isCompliantWithoutFindings(BatteryCategory category) {
        ValidationReport report = VALIDATOR.validate(completeItem(category).build(), AS_OF);
        assertEquals(List.of(), report.findings());
        assertTrue(report.isCompliant());
    }

    static Stream<Arguments> broken() {
        return Stream.of(
            Arguments.of(FindingCode.MISSING_MANDATORY, "/fields/batteryMass",
                    completeItem(BatteryCategory.EV).clear(BatteryField.BATTERY_MASS).build()),
            Arguments.of(FindingCode.NOT_YET_REQUIRED, "/fields/recycledContent.lithium",
                    completeItem(BatteryCategory.EV).clear(BatteryField.RECYCLED_CONTENT_LITHIUM).build()),
            Arguments.of(FindingCode.VALUE_NOT_POSITIVE, "/fields/batteryMass",
                    completeItem(BatteryCategory.EV).set(BatteryField.BATTERY_MASS, q("0", Unit.KILOGRAM))
                            .build()),
            Arguments.of(FindingCode.URI_NOT_HTTPS, "/fields/manufacturer.webAddress",
                    completeItem(BatteryCategory.EV).set(BatteryField.MANUFACTURER_WEB_ADDRESS,
                            URI.create("http://example.com")).build()),
            Arguments.of(FindingCode.URI_NOT_HTTPS, "/fields/safetyMeasures/0",
                    completeItem(BatteryCategory.EV).set(BatteryField.SAFETY_MEASURES,
                            List.of(DocumentRef.of("ftp://example.com/safety.pdf"))).build()),
            Arguments.of(FindingCode.VOLTAGE_ORDER, "/fields/voltage.maximum",
                    completeItem(BatteryCategory.LMT).set(BatteryField.VOLTAGE_MAXIMUM, q("48", Unit.VOLT)).build()),
            Arguments.of(FindingCode.EFFICIENCY_INCREASES, "/fields/roundTripEfficiency.at50PercentCycleLife",
                    completeItem(BatteryCategory.LMT).set(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                            q("97", Unit.PERCENT)).build()),
            Arguments.of(FindingCode.DATE_IN_FUTURE, "/fields/manufacturingDate",
                    completeItem(BatteryCategory.EV).set(BatteryField.MANUFACTURING_DATE, YearMonth.of(2027, 6))
                            .build()),
            Arguments.of(FindingCode.DATE_ORDER, "/fields/puttingIntoServiceDate",
                    completeItem(BatteryCategory.LMT).set(BatteryField.PUTTING_INTO_SERVICE_DATE,
                            LocalDate.of(2026, 11, 30)).build()),
            Arguments.of(FindingCode.CARBON_FOOTPRINT_SUM, "/fields/carbonFootprint.perLifecycleStage",
                    completeItem(BatteryCategory.EV).set(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE,
                            CorePassports.stages("50", "30", "5", "5")).build()),
            Arguments.of(FindingCode.PREDECESSOR_MISSING, "/fields/predecessorPassports",
                    completeItem(BatteryCategory.EV).set(BatteryField.BATTERY_STATUS, BatteryStatus.REPURPOSED)
                            .build()),
            Arguments.of(FindingCode.NOT_APPLICABLE, "/fields/stateOfHealth.remainingCapacity",
                    nonStationaryWithRemainingCapacity()),
            Arguments.of(FindingCode.NO_PASSPORT_REQUIRED, "/category",
                    completeItem(BatteryCategory.INDUSTRIAL).set(BatteryField.RATED_CAPACITY, q("4", Unit.AMPERE_HOUR))
                            .build()));
    }

    private static BatteryPassport nonStationaryWithRemainingCapacity() {
        ItemPassport.Builder b = completeItem(BatteryCategory.INDUSTRIAL)
                .set(BatteryField.INDUSTRIAL_SUB_CATEGORY,
                        org.dppkit.battery.IndustrialSubCategory.OTHER_INTERNAL_STORAGE);
        for (BatteryField f : BatteryField.values()) {
            if (f != BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY && f.obligation(BatteryCategory.INDUSTRIAL,
                    org.dppkit.battery.IndustrialSubCategory.OTHER_INTERNAL_STORAGE).obligation()
                    == org.dppkit.battery.Obligation.NOT_APPLICABLE) {
                b.clear(f);
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("broken")
    void validate_brokenPassport_reportsTheRule(FindingCode code, String path, BatteryPassport passport) {
        ValidationReport report = VALIDATOR.validate(passport, AS_OF);
        assertEquals(List.of(code.code()), report.findings().stream().map(Finding::code).collect(Collectors.toList()),
                report::toString);
        assertEquals(path, report.findings().get(0).path());
    }

    /** Pointers of findings about present values resolve in the passport's JSON document. */
    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("broken")
    void findingPath_resolvesInThePassportJson(FindingCode code, String path, BatteryPassport passport)
            throws Exception {
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.dppkit.battery.json.PassportJson.standard().write(passport));
        boolean aboutAbsentValue = code == FindingCode.MISSING_MANDATORY || code == FindingCode.NOT_YET_REQUIRED
                || code == FindingCode.PREDECESSOR_MISSING;
        assertEquals(!aboutAbsentValue, !doc.at(path).isMissingNode(), () -> path + " in " + doc);
    }

    @Test
    void validate_modelPassport_warnsThatArt77NeedsItemRecords() {
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, CorePassports.GTIN);
        CorePassports.fill(b, BatteryCategory.EV);
        ValidationReport report = VALIDATOR.validate(b.build(), AS_OF);
        assertEquals(List.of(FindingCode.LEVEL_NOT_PER_BATTERY.code()),
                report.findings().stream().map(Finding::code).collect(Collectors.toList()), report::toString);
        assertTrue(report.findings().get(0).message().contains("Art. 77(1)"));
        assertTrue(report.isCompliant());
    }

    @Test
    void validate_emptyItemPassport_reportsEveryMissingFieldWithoutThrowing() {
        ItemPassport empty = ItemPassport.builder(BatteryCategory.LMT, CorePassports.GTIN, "S1")
                .issuedAt(CorePassports.ISSUED).build();
        ValidationReport report = VALIDATOR.validate(empty, AS_OF);
        assertFalse(report.isCompliant());
        long mandatoryNow = java.util.Arrays.stream(BatteryField.values())
                .filter(f -> f.obligation(BatteryCategory.LMT, null).obligation()
                        == org.dppkit.battery.Obligation.MANDATORY)
                .filter(f -> f.obligation(BatteryCategory.LMT, null).act().equals("PASSPORT"))
                .filter(f -> empty.get(f).isEmpty())
                .count();
        // every unconditional obligation, plus the Art. 10 round-trip values, conditional on
        // "rechargeable", which every LMT battery is
        assertEquals(mandatoryNow + 2, report.byCode(FindingCode.MISSING_MANDATORY).size());
        assertEquals(FieldOutcome.MISSING, report.outcome(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY).get());
        assertTrue(report.bySection().size() > 5);
    }

    @Test
    void validate_successorOfRepurposedBattery_isCompliant() {
        ItemPassport original = completeItem(BatteryCategory.EV).build();
        ItemPassport.Builder b = original.successor(BatteryCategory.INDUSTRIAL, CorePassports.GTIN, "SECOND-1");
        CorePassports.fill(b, BatteryCategory.INDUSTRIAL);
        b.set(BatteryField.BATTERY_STATUS, BatteryStatus.REPURPOSED);
        ValidationReport report = VALIDATOR.validate(b.build(), AS_OF);
        assertEquals(List.of(), report.findings());
    }

    @Test
    void validate_nullPassport_throws() {
        assertThrows(NullPointerException.class, () -> VALIDATOR.validate((BatteryPassport) null, AS_OF));
    }
}
