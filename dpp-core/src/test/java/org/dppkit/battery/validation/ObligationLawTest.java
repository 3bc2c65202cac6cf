package org.dppkit.battery.validation;

import static org.dppkit.battery.validation.CorePassports.completeItem;
import static org.dppkit.battery.validation.CorePassports.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.Condition;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;
import org.junit.jupiter.api.Test;

/**
 * Legal cases from Regulation (EU) 2023/1542, each with the provision and the values: the
 * oracle is the regulation, not the rule code.
 */
class ObligationLawTest {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    private static final Chemistry NMC811 = Chemistry.of("NMC811", "Lithium nickel manganese cobalt oxide 8:1:1");
    private static final Chemistry LFP = Chemistry.of("LFP", "Lithium iron phosphate");
    private static final Chemistry LEAD_ACID = Chemistry.of("PbA", "Lead-acid");

    private static ItemPassport.Builder ev(Chemistry chemistry) {
        return completeItem(BatteryCategory.EV).set(BatteryField.CHEMISTRY, chemistry)
                .set(BatteryField.DETAILED_COMPOSITION, List.of(MaterialShare.of("Graphite", q("50", Unit.KILOGRAM))))
                .clear(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS);
    }

    private static ItemPassport.Builder industrial(IndustrialSubCategory sub, Chemistry chemistry) {
        return completeItem(BatteryCategory.INDUSTRIAL).set(BatteryField.INDUSTRIAL_SUB_CATEGORY, sub)
                .set(BatteryField.CHEMISTRY, chemistry)
                .set(BatteryField.DETAILED_COMPOSITION, List.of(MaterialShare.of("Graphite", q("50", Unit.KILOGRAM))))
                .clear(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS);
    }

    private static Set<String> codesAt(ValidationReport r, BatteryField f) {
        return r.findings().stream().filter(x -> x.fieldKey().orElse("").equals(f.key()))
                .map(Finding::code).collect(Collectors.toSet());
    }

    private static void assertOutcome(ValidationReport r, BatteryField f, FieldOutcome expected) {
        assertEquals(expected, r.outcome(f).orElseThrow(), () -> f.key() + " in " + r);
    }

    /** Art. 8(1) first subparagraph: an NMC811 EV battery documents recycled Co, Li, Ni from 18 Aug 2028. */
    @Test
    void recycledContent_ev_nmc_isRequiredOnceArt8Applies() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.RECYCLED_CONTENT_COBALT)
                .clear(BatteryField.RECYCLED_CONTENT_LITHIUM).clear(BatteryField.RECYCLED_CONTENT_NICKEL)
                .clear(BatteryField.RECYCLED_CONTENT_LEAD).build();
        ValidationReport after = VALIDATOR.validate(p, LocalDate.of(2028, 9, 1));
        assertFalse(after.isCompliant());
        for (BatteryField f : List.of(BatteryField.RECYCLED_CONTENT_COBALT, BatteryField.RECYCLED_CONTENT_LITHIUM,
                BatteryField.RECYCLED_CONTENT_NICKEL)) {
            assertOutcome(after, f, FieldOutcome.MISSING);
            assertEquals(Set.of("DPP-MISSING-MANDATORY"), codesAt(after, f));
        }
        // no lead in the active materials of a lithium-ion battery
        assertOutcome(after, BatteryField.RECYCLED_CONTENT_LEAD, FieldOutcome.NOT_APPLICABLE);
        ValidationReport before = VALIDATOR.validate(p, LocalDate.of(2028, 8, 17));
        assertOutcome(before, BatteryField.RECYCLED_CONTENT_COBALT, FieldOutcome.NOT_YET_REQUIRED);
        Finding info = before.byCode(FindingCode.NOT_YET_REQUIRED).get(0);
        assertEquals(LocalDate.of(2028, 8, 18), info.arguments().get("from"));
        assertTrue(info.arguments().get("act").toString().startsWith("Art. 8(1)"));
    }

    /** Art. 8(1): LFP has no cobalt or nickel in its active materials, but lithium. */
    @Test
    void recycledContent_lfp_onlyLithium() {
        BatteryPassport p = ev(LFP).clear(BatteryField.RECYCLED_CONTENT_COBALT)
                .clear(BatteryField.RECYCLED_CONTENT_LITHIUM).clear(BatteryField.RECYCLED_CONTENT_NICKEL)
                .clear(BatteryField.RECYCLED_CONTENT_LEAD).build();
        ValidationReport r = VALIDATOR.validate(p, LocalDate.of(2029, 1, 1));
        assertOutcome(r, BatteryField.RECYCLED_CONTENT_COBALT, FieldOutcome.NOT_APPLICABLE);
        assertOutcome(r, BatteryField.RECYCLED_CONTENT_NICKEL, FieldOutcome.NOT_APPLICABLE);
        assertOutcome(r, BatteryField.RECYCLED_CONTENT_LITHIUM, FieldOutcome.MISSING);
    }

    /** Art. 8(1) second subparagraph: LMT batteries from 18 Aug 2033, not 2028. */
    @Test
    void recycledContent_lmt_from2033() {
        BatteryPassport p = completeItem(BatteryCategory.LMT).set(BatteryField.CHEMISTRY, NMC811)
                .clear(BatteryField.RECYCLED_CONTENT_COBALT).build();
        assertOutcome(VALIDATOR.validate(p, LocalDate.of(2028, 9, 1)), BatteryField.RECYCLED_CONTENT_COBALT,
                FieldOutcome.NOT_YET_REQUIRED);
        assertOutcome(VALIDATOR.validate(p, LocalDate.of(2033, 8, 17)), BatteryField.RECYCLED_CONTENT_COBALT,
                FieldOutcome.NOT_YET_REQUIRED);
        assertOutcome(VALIDATOR.validate(p, LocalDate.of(2033, 8, 18)), BatteryField.RECYCLED_CONTENT_COBALT,
                FieldOutcome.MISSING);
    }

    /** Art. 8(1): industrial batteries with exclusively external storage are outside Art. 8. */
    @Test
    void recycledContent_exclusivelyExternalStorage_notApplicable() {
        BatteryPassport p = industrial(IndustrialSubCategory.EXCLUSIVELY_EXTERNAL_STORAGE, NMC811)
                .clear(BatteryField.RECYCLED_CONTENT_COBALT).build();
        ValidationReport r = VALIDATOR.validate(p, LocalDate.of(2030, 1, 1));
        assertOutcome(r, BatteryField.RECYCLED_CONTENT_COBALT, FieldOutcome.NOT_APPLICABLE);
        assertTrue(codesAt(r, BatteryField.RECYCLED_CONTENT_COBALT).isEmpty());
    }

    /** The placing-on-market date decides per-year obligations: placed before 18 Aug 2028. */
    @Test
    void recycledContent_placedBeforeTheDate_isNotRequiredLater() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.RECYCLED_CONTENT_COBALT).build();
        DeclaredFacts placed = DeclaredFacts.builder().placedOnMarket(LocalDate.of(2028, 1, 10)).build();
        ValidationReport r = VALIDATOR.validate(p, LocalDate.of(2029, 1, 1), placed);
        assertOutcome(r, BatteryField.RECYCLED_CONTENT_COBALT, FieldOutcome.NOT_YET_REQUIRED);
        assertEquals(LocalDate.of(2028, 1, 10), r.placedOnMarket());
    }

    /** Art. 48 as postponed by Reg. (EU) 2025/1561: due diligence from 18 Aug 2027, unless exempt (Art. 47(1)). */
    @Test
    void dueDiligence_decidedOrUndecided() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.DUE_DILIGENCE_REPORT).build();
        ValidationReport undecided = VALIDATOR.validate(p, LocalDate.of(2027, 9, 1));
        assertOutcome(undecided, BatteryField.DUE_DILIGENCE_REPORT, FieldOutcome.UNDECIDED);
        Finding w = undecided.byCode(FindingCode.CONDITION_UNDECIDED).get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("DUE_DILIGENCE_APPLIES", w.arguments().get("condition"));
        assertTrue(w.message().contains("due-diligence obligations"), w.message());
        ValidationReport applies = VALIDATOR.validate(p, LocalDate.of(2027, 9, 1), DeclaredFacts.builder()
                .declare(Condition.DUE_DILIGENCE_APPLIES, true, "net turnover EUR 2 billion").build());
        assertOutcome(applies, BatteryField.DUE_DILIGENCE_REPORT, FieldOutcome.MISSING);
        assertFalse(applies.isCompliant());
        ValidationReport exempt = VALIDATOR.validate(p, LocalDate.of(2027, 9, 1), DeclaredFacts.builder()
                .dueDiligenceExemption("Art. 47(1): net turnover below EUR 40 million").build());
        assertOutcome(exempt, BatteryField.DUE_DILIGENCE_REPORT, FieldOutcome.NOT_APPLICABLE);
        assertOutcome(VALIDATOR.validate(p, LocalDate.of(2027, 8, 17)), BatteryField.DUE_DILIGENCE_REPORT,
                FieldOutcome.NOT_YET_REQUIRED);
    }

    /** Art. 10(1), Annex XIII 4(a), 1(j), 1(n), 1(p), Art. 14 / Annex VII B: a rechargeable BESS. */
    @Test
    void industrialBess_needsItsArt10Values() {
        List<BatteryField> removed = List.of(BatteryField.ITEM_PERFORMANCE_CAPACITY,
                BatteryField.ITEM_PERFORMANCE_CAPACITY_FADE, BatteryField.ITEM_PERFORMANCE_POWER,
                BatteryField.ITEM_PERFORMANCE_POWER_FADE, BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE,
                BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE,
                BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES,
                BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_YEARS, BatteryField.EXPECTED_LIFETIME_CYCLES,
                BatteryField.CYCLE_LIFE_REFERENCE_TEST, BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL,
                BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE, BatteryField.C_RATE_CYCLE_LIFE_TEST,
                BatteryField.USAGE_ENERGY_THROUGHPUT, BatteryField.USAGE_CAPACITY_THROUGHPUT,
                BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY_FADE);
        ItemPassport.Builder b = industrial(IndustrialSubCategory.STATIONARY_BESS, LFP);
        removed.forEach(b::clear);
        ValidationReport r = VALIDATOR.validate(b.build(), LocalDate.of(2027, 2, 18));
        assertFalse(r.isCompliant());
        for (BatteryField f : removed) {
            assertOutcome(r, f, FieldOutcome.MISSING);
        }
    }

    /** A non-rechargeable (primary) industrial battery is outside Art. 10(1). */
    @Test
    void industrialPrimary_art10NotApplicable_unknownChemistry_undecided() {
        BatteryPassport primary = industrial(IndustrialSubCategory.OTHER_INTERNAL_STORAGE,
                Chemistry.of("Li-SOCl2", "Lithium thionyl chloride")).clear(BatteryField.ITEM_PERFORMANCE_POWER_FADE)
                .build();
        assertOutcome(VALIDATOR.validate(primary, LocalDate.of(2027, 3, 1)), BatteryField.ITEM_PERFORMANCE_POWER_FADE,
                FieldOutcome.NOT_APPLICABLE);
        ItemPassport.Builder unknown = industrial(IndustrialSubCategory.OTHER_INTERNAL_STORAGE,
                Chemistry.of("XZ-9", "Proprietary chemistry")).clear(BatteryField.ITEM_PERFORMANCE_POWER_FADE);
        ValidationReport r = VALIDATOR.validate(unknown.build(), LocalDate.of(2027, 3, 1));
        assertOutcome(r, BatteryField.ITEM_PERFORMANCE_POWER_FADE, FieldOutcome.UNDECIDED);
        ValidationReport declared = VALIDATOR.validate(unknown.build(), LocalDate.of(2027, 3, 1),
                DeclaredFacts.builder().declare(Condition.RECHARGEABLE, true, "datasheet").build());
        assertOutcome(declared, BatteryField.ITEM_PERFORMANCE_POWER_FADE, FieldOutcome.MISSING);
    }

    /** Art. 77(1): above 2 kWh on rated capacity x nominal voltage; usable energy never decides. */
    @Test
    void twoKwh_onRatedCapacityTimesNominalVoltage() {
        ItemPassport.Builder b = industrial(IndustrialSubCategory.OTHER_INTERNAL_STORAGE, LFP)
                .set(BatteryField.RATED_CAPACITY, q("50", Unit.AMPERE_HOUR))
                .set(BatteryField.VOLTAGE_MINIMUM, q("40", Unit.VOLT)).set(BatteryField.VOLTAGE_NOMINAL, q("48",
                        Unit.VOLT))
                .set(BatteryField.VOLTAGE_MAXIMUM, q("54", Unit.VOLT))
                .set(BatteryField.CERTIFIED_USABLE_ENERGY, q("1.9", Unit.KILOWATT_HOUR))
                .clear(BatteryField.BATTERY_MASS);
        ValidationReport r = VALIDATOR.validate(b.build(), LocalDate.of(2027, 3, 1));
        assertFalse(r.has(FindingCode.NO_PASSPORT_REQUIRED), r::toString);
        assertTrue(r.has(FindingCode.ENERGY_DISAGREES));
        assertOutcome(r, BatteryField.BATTERY_MASS, FieldOutcome.MISSING);
        assertEquals(new java.math.BigDecimal("2.4"), r.byCode(FindingCode.ENERGY_DISAGREES).get(0).arguments()
                .get("energyKwh"));
        // 50 Ah x 40 V = exactly 2.00 kWh: no passport required
        b.set(BatteryField.VOLTAGE_NOMINAL, q("40", Unit.VOLT)).set(BatteryField.VOLTAGE_MINIMUM, q("36", Unit.VOLT))
                .clear(BatteryField.CERTIFIED_USABLE_ENERGY);
        ValidationReport small = VALIDATOR.validate(b.build(), LocalDate.of(2027, 3, 1));
        assertTrue(small.has(FindingCode.NO_PASSPORT_REQUIRED));
        assertOutcome(small, BatteryField.BATTERY_MASS, FieldOutcome.NOT_CHECKED);
        assertTrue(small.isCompliant());
    }

    /** Art. 77(7): after preparation for re-use the new passport links to the original one. */
    @Test
    void reUsed_withoutPredecessor_isAnError() {
        BatteryPassport p = ev(NMC811).set(BatteryField.BATTERY_STATUS, BatteryStatus.RE_USED).build();
        ValidationReport r = VALIDATOR.validate(p, LocalDate.of(2027, 3, 1));
        assertEquals(Set.of("DPP-PREDECESSOR-MISSING"), codesAt(r, BatteryField.PREDECESSOR_PASSPORTS));
        assertFalse(r.isCompliant());
        assertFalse(r.findings().get(0).message().contains("re-used'"));
    }

    /** Art. 8(2) and (3): minimum recycled shares from 18 Aug 2031 and 18 Aug 2036. */
    @Test
    void minimumShares_fromAugust2031() {
        RecycledShare tenPercent = RecycledShare.of(q("4", Unit.PERCENT), q("6", Unit.PERCENT));
        RecycledShare twentyPercent = RecycledShare.of(q("10", Unit.PERCENT), q("10", Unit.PERCENT));
        BatteryPassport low = ev(NMC811).set(BatteryField.RECYCLED_CONTENT_COBALT, tenPercent).build();
        ValidationReport r = VALIDATOR.validate(low, LocalDate.of(2031, 9, 1));
        assertEquals(1, r.byCode(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM).size(), r::toString);
        Finding f = r.byCode(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM).get(0);
        assertEquals(new java.math.BigDecimal("16"), f.arguments().get("minimum"));
        assertEquals("recycledContent.cobalt", f.fieldKey().orElseThrow());
        assertFalse(VALIDATOR.validate(low, LocalDate.of(2031, 8, 17)).has(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM));
        BatteryPassport mid = ev(NMC811).set(BatteryField.RECYCLED_CONTENT_COBALT, twentyPercent).build();
        assertFalse(VALIDATOR.validate(mid, LocalDate.of(2035, 1, 1)).has(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM));
        assertTrue(VALIDATOR.validate(mid, LocalDate.of(2036, 8, 18)).has(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM));
    }

    /** Art. 7(1)(a): the carbon-footprint date follows an adopted act, entered at runtime. */
    @Test
    void calendarOverride_carbonFootprintAdopted() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT).build();
        ValidationReport pending = VALIDATOR.validate(p, LocalDate.of(2029, 3, 1));
        assertOutcome(pending, BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT, FieldOutcome.NOT_YET_REQUIRED);
        assertEquals("DPP-NOT-YET-REQUIRED.pending", pending.byCode(FindingCode.NOT_YET_REQUIRED).get(0).messageKey());
        RegulatoryCalendar adopted = RegulatoryCalendar.defaults().toBuilder().asOf(LocalDate.of(2028, 3, 1))
                .read("CARBON_FOOTPRINT_EV | 2029-02-18 | placed-on-market | Art. 7(1)(a); Delegated Regulation (EU) "
                        + "2028/1")
                .build();
        BatteryPassportValidator v = BatteryPassportValidator.builder().calendar(adopted).build();
        assertOutcome(v.validate(p, LocalDate.of(2029, 3, 1)), BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT,
                FieldOutcome.MISSING);
        assertOutcome(v.validate(p, LocalDate.of(2029, 2, 17)), BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT,
                FieldOutcome.NOT_YET_REQUIRED);
        assertTrue(v.validate(p, LocalDate.of(2029, 3, 1)).toJson().contains("\"calendarAsOf\":\"2028-03-01\""));
    }

    @Test
    void calendar_formatParsesBackEqual_andIncompleteCalendarIsRejected() {
        RegulatoryCalendar c = RegulatoryCalendar.defaults();
        assertEquals(c, RegulatoryCalendar.parse(c.format()));
        assertEquals(LocalDate.of(2027, 8, 18), c.act("DUE_DILIGENCE").orElseThrow().date().orElseThrow());
        assertEquals(LocalDate.of(2033, 8, 18), c.act("RECYCLED_CONTENT_LMT").orElseThrow().date().orElseThrow());
        RegulatoryCalendar partial = RegulatoryCalendar.parse("asOf = 2027-01-01\nPASSPORT | 2027-02-18 | "
                + "placed-on-market | Art. 77(1)\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatteryPassportValidator.builder().calendar(partial).build());
        assertTrue(e.getMessage().contains("regulatory calendar has no act"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> RegulatoryCalendar.parse("asOf = 2027-01-01\nX | 2027-13-01 | in-force | y\n"));
        assertTrue(bad.getMessage().startsWith("regulatory calendar line 2"), bad.getMessage());
    }

    /** Art. 77(1): a MODEL passport is a WARNING by default and an ERROR under the strict policy. */
    @Test
    void levelPolicy_strictMakesModelPassportsNonCompliant() {
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, CorePassports.GTIN);
        CorePassports.fill(b, BatteryCategory.EV);
        ModelPassport model = b.build();
        ValidationReport warn = VALIDATOR.validate(model, LocalDate.of(2027, 3, 1));
        assertTrue(warn.isCompliant());
        assertEquals(LevelPolicy.WARN, warn.levelPolicy());
        ValidationReport strict = BatteryPassportValidator.builder().levelPolicy(LevelPolicy.STRICT).build()
                .validate(model, LocalDate.of(2027, 3, 1));
        assertFalse(strict.isCompliant());
        assertEquals(Severity.ERROR, strict.byCode(FindingCode.LEVEL_NOT_PER_BATTERY).get(0).severity());
        assertTrue(strict.toJson().contains("\"levelPolicy\":\"STRICT\""));
    }

    /** Art. 13(5), Annex XIII 1(q): a lead-acid battery carries the Pb symbol. */
    @Test
    void leadAcid_withoutPbSymbol_isAnError() {
        BatteryPassport p = industrial(IndustrialSubCategory.OTHER_INTERNAL_STORAGE, LEAD_ACID).build();
        ValidationReport r = VALIDATOR.validate(p, LocalDate.of(2027, 3, 1));
        assertOutcome(r, BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS, FieldOutcome.MISSING);
        BatteryPassport marked = industrial(IndustrialSubCategory.OTHER_INTERNAL_STORAGE, LEAD_ACID)
                .set(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS, List.of(CadmiumLeadSymbol.PB)).build();
        assertOutcome(VALIDATOR.validate(marked, LocalDate.of(2027, 3, 1)),
                BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS,
                FieldOutcome.PRESENT);
    }

    /** A declaration cannot overrule the data: NMC contains cobalt. */
    @Test
    void contradictingDeclaration_isReported_andTheSafeSideKept() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.RECYCLED_CONTENT_COBALT).build();
        ValidationReport r = VALIDATOR.validate(p, LocalDate.of(2028, 9, 1), DeclaredFacts.builder()
                .declare(Condition.CONTAINS_COBALT, false, "supplier statement").build());
        assertTrue(r.has(FindingCode.FACT_CONTRADICTED));
        assertOutcome(r, BatteryField.RECYCLED_CONTENT_COBALT, FieldOutcome.MISSING);
    }

    /** Sub-category unknown: the sub-category-dependent state of health is undecided, not silent. */
    @Test
    void industrialWithoutSubCategory_warnsInsteadOfStayingSilent() {
        ItemPassport.Builder b = completeItem(BatteryCategory.INDUSTRIAL).clear(BatteryField.INDUSTRIAL_SUB_CATEGORY)
                .clear(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY);
        ValidationReport r = VALIDATOR.validate(b.build(), LocalDate.of(2027, 3, 1));
        assertTrue(r.has(FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN));
        assertOutcome(r, BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY, FieldOutcome.UNDECIDED);
        assertEquals(Severity.WARNING, r.byCode(FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN).get(0).severity());
    }

    /** Annex XIII 1(m): the warranty period only when a commercial warranty is offered. */
    @Test
    void warranty_declaredAbsent_isNotApplicable() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.WARRANTY_PERIOD).build();
        assertOutcome(VALIDATOR.validate(p, LocalDate.of(2027, 3, 1)), BatteryField.WARRANTY_PERIOD,
                FieldOutcome.UNDECIDED);
        assertOutcome(VALIDATOR.validate(p, LocalDate.of(2027, 3, 1), DeclaredFacts.builder()
                .declare(Condition.COMMERCIAL_WARRANTY, false, "no commercial warranty").build()),
                BatteryField.WARRANTY_PERIOD, FieldOutcome.NOT_APPLICABLE);
    }

    /** Item passports inheriting model data: the missing finding names the owning level. */
    @Test
    void missingModelData_onItemNamesTheModel() {
        BatteryPassport p = ev(NMC811).clear(BatteryField.BATTERY_MASS).build();
        Finding f = VALIDATOR.validate(p, LocalDate.of(2027, 3, 1)).byCode(FindingCode.MISSING_MANDATORY).get(0);
        assertEquals("MODEL", f.arguments().get("owner"));
        assertTrue(f.message().contains("Set it on the MODEL passport"), f.message());
    }
}
