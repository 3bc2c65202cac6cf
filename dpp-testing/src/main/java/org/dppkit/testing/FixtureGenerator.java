package org.dppkit.testing;

import static org.dppkit.battery.BatteryField.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LifecycleStage;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.SparePart;
import org.dppkit.battery.SupplyChainIndex;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.battery.internal.PassportInternals;

/**
 * Turns a {@link Design} and a seeded generator into passports. All values are computed with
 * integer arithmetic and {@link BigDecimal#valueOf(long, int)}, all dates from the design's
 * manufacturing month, so output depends on the seed alone. Stateless; internal.
 */
final class FixtureGenerator {

    /** Usage data of fixtures is observed until this day (inclusive). */
    static final LocalDate OBSERVED_UNTIL = LocalDate.of(2027, 1, 31);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FixtureGenerator() {
    }

    // ------------------------------------------------------------------ passports

    static ModelPassport model(Design d) {
        ModelPassport.Builder b = ModelPassport.builder(d.variant.category, d.gtin);
        modelFields(b, d);
        return b.issuedAt(startOf(d.month.minusMonths(2)).plusSeconds(9 * 3600)).build();
    }

    static BatchPassport batch(ModelPassport model, Design d) {
        BatchPassport.Builder b = BatchPassport.builder(model, d.lot);
        batchFields(b, d);
        return b.issuedAt(startOf(d.month).plusSeconds(8 * 3600)).build();
    }

    static ItemPassport item(BatchPassport batch, Design d, int index, boolean everyField) {
        ItemPassport.Builder b = ItemPassport.builder(batch, serial(d.lot, index));
        SplitMix64 rng = SplitMix64.of(d.detailSeed, 0x4954454DL + index);
        itemFields(b, d, rng, everyField, OBSERVED_UNTIL, BatteryStatus.ORIGINAL);
        return stamp(b, d, index, OBSERVED_UNTIL).build();
    }

    /** A standalone item passport: every field of every scope set on the item itself. */
    static ItemPassport standalone(Design d, int index, boolean everyField) {
        ItemPassport.Builder b = ItemPassport.builder(d.variant.category, d.gtin, d.lot,
                serial(d.lot, index));
        fillStandalone(b, d, index, everyField, OBSERVED_UNTIL, BatteryStatus.ORIGINAL);
        return stamp(b, d, index, OBSERVED_UNTIL).build();
    }

    static void fillStandalone(ItemPassport.Builder b, Design d, int index, boolean everyField,
            LocalDate observedUntil, BatteryStatus status) {
        modelFields(b, d);
        batchFields(b, d);
        itemFields(b, d, SplitMix64.of(d.detailSeed, 0x4954454DL + index), everyField,
                observedUntil, status);
    }

    /**
     * Sets the timestamps of an item passport: version 1 was issued when the battery was placed
     * on the market (the month after manufacture); the usage data makes it version 2, revised
     * on the evening of the last observation day.
     */
    static ItemPassport.Builder stamp(ItemPassport.Builder b, Design d, int index,
            LocalDate observedUntil) {
        return PassportInternals.restoreVersion(b, 2, observedUntil.atTime(20, 0)
                .toInstant(ZoneOffset.UTC).plusSeconds(index % 3600)).issuedAt(issued(d, index));
    }

    static Instant issued(Design d, int index) {
        return startOf(d.month.plusMonths(1)).plusSeconds(10L * 3600 + 3L * index);
    }

    static Instant startOf(YearMonth m) {
        return m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static String serial(String lot, int index) {
        StringBuilder sb = new StringBuilder(20).append("SN");
        for (int i = 1; i < lot.length(); i++) {
            char c = lot.charAt(i);
            if (c != '-') {
                sb.append(c);
            }
        }
        sb.append('-');
        String n = Integer.toString(index);
        for (int i = n.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(n).toString();
    }

    // ------------------------------------------------------------------ model scope

    static void modelFields(PassportBuilder<?, ?> b, Design d) {
        SplitMix64 rng = SplitMix64.of(d.detailSeed, 0x4D4F44454CL);
        Manufacturer m = d.maker;
        ChemistryProfile c = d.chemistry;
        String docs = m.docBase() + d.gtin + "/";
        if (d.variant.subCategory != null) {
            b.set(INDUSTRIAL_SUB_CATEGORY, d.variant.subCategory);
        }
        b.set(MANUFACTURER_NAME, m.name);
        b.set(MANUFACTURER_POSTAL_ADDRESS, m.address);
        b.set(MANUFACTURER_WEB_ADDRESS, m.web());
        b.set(MANUFACTURER_EMAIL_ADDRESS, m.email());
        b.set(MANUFACTURER_IDENTIFIER, m.operatorId);
        b.set(BATTERY_MASS, q(d.massHectogram, 1, Unit.KILOGRAM));
        b.set(EXTINGUISHING_AGENT, c == ChemistryProfile.LEAD_ACID
                ? List.of("Carbon dioxide (CO2)", "Dry powder (ABC)")
                : List.of("Water (large quantities, for cooling)", "Aqueous vermiculite dispersion",
                        "Carbon dioxide (CO2) for surrounding fires"));
        b.set(WARRANTY_PERIOD, q(d.variant.warrantyMonths, 0, Unit.MONTH));
        b.set(CHEMISTRY, Chemistry.of(c.shortName, c.clearName));
        b.set(HAZARDOUS_SUBSTANCES, hazardous(c));
        b.set(CRITICAL_RAW_MATERIALS, List.of(c.criticalRawMaterials));
        b.set(DETAILED_COMPOSITION, composition(d));
        b.set(DUE_DILIGENCE_REPORT, doc(docs, "due-diligence-report-2026.pdf",
                "Supply chain due diligence report 2026", rng));
        b.set(DUE_DILIGENCE_THIRD_PARTY_ASSURANCES, List.of(
                URI.create("https://assurance.audit-partners.example/reports/" + m.vatId
                        + "/2026")));
        b.set(DUE_DILIGENCE_SUPPLY_CHAIN_INDICES, List.of(
                SupplyChainIndex.of("OECD due diligence conformance score",
                        BigDecimal.valueOf(rng.between(700, 980), 3)),
                SupplyChainIndex.of("Traceable critical raw materials share",
                        BigDecimal.valueOf(rng.between(600, 990), 3))));
        b.set(CONFORMITY_DECLARATION_OF_CONFORMITY, doc(docs, "eu-declaration-of-conformity.pdf",
                "EU declaration of conformity", rng));
        b.set(CONFORMITY_TEST_REPORTS, List.of(
                doc(docs, "test-report-un38.3.pdf", "UN 38.3 transport test report", rng),
                doc(docs, "test-report-safety.pdf", "Safety test report (Annex V)", rng)));
        b.set(CONFORMITY_SEPARATE_COLLECTION_SYMBOL, DocumentRef.of(docs
                + "separate-collection-symbol.svg").withMediaType("image/svg+xml")
                .withTitle("Separate collection symbol (Annex VI Part A)").withSha256(sha(rng)));
        if (c == ChemistryProfile.LEAD_ACID) {
            b.set(CONFORMITY_CADMIUM_LEAD_SYMBOLS, List.of(CadmiumLeadSymbol.PB));
        }
        b.set(INSTRUCTIONS_FOR_USE, doc(docs, "instructions-for-use.pdf",
                "Instructions for use and safety", rng));
        b.set(RENEWABLE_CONTENT, q(d.renewableTenths, 1, Unit.PERCENT));
        b.set(SPARE_PARTS_PART_NUMBERS, spareParts(d));
        b.set(SPARE_PARTS_SOURCES, List.of(m.spareParts()));
        b.set(DISMANTLING_INFORMATION, List.of(
                doc(docs, "dismantling-manual.pdf", "Dismantling and removal manual", rng),
                doc(docs, "exploded-diagram.pdf", "Exploded diagram with part numbers", rng)));
        b.set(SAFETY_MEASURES, List.of(doc(docs, "safety-measures.pdf",
                "Safety measures for handling, storage and transport", rng)));
        String eol = "https://www." + m.domain + "/end-of-life/";
        b.set(END_OF_LIFE_WASTE_PREVENTION, doc(eol, "waste-prevention.html",
                "Preventing battery waste", rng).withMediaType("text/html"));
        b.set(END_OF_LIFE_SEPARATE_COLLECTION, doc(eol, "separate-collection.html",
                "Separate collection of waste batteries", rng).withMediaType("text/html"));
        b.set(END_OF_LIFE_COLLECTION_AND_TREATMENT, doc(eol, "take-back-points.html",
                "Take-back and collection points", rng).withMediaType("text/html"));
        b.set(END_OF_LIFE_WASTE_HANDLING_SAFETY, doc(eol, "handling-damaged-batteries.html",
                "Handling damaged and waste batteries safely", rng).withMediaType("text/html"));
        b.set(END_OF_LIFE_LABEL_MEANING, text(
                "The crossed-out wheeled bin means: do not dispose of this battery with household"
                + " waste; return it to a separate collection point.",
                "Die durchgestrichene Mülltonne bedeutet: Diese Batterie nicht mit dem Hausmüll"
                + " entsorgen, sondern an einer Sammelstelle abgeben."));
        b.set(END_OF_LIFE_SUBSTANCE_IMPACT, text(c == ChemistryProfile.LEAD_ACID
                ? "Lead and sulphuric acid harm human health and water; recycling recovers the lead."
                : "The electrolyte and cathode metals (such as nickel and cobalt compounds) harm"
                + " health and the environment if released; recycling recovers them.",
                c == ChemistryProfile.LEAD_ACID
                ? "Blei und Schwefelsäure schaden Gesundheit und Gewässern; Recycling gewinnt das"
                + " Blei zurück."
                : "Elektrolyt und Kathodenmetalle schaden Gesundheit und Umwelt, wenn sie"
                + " freigesetzt werden; Recycling gewinnt sie zurück."));
        b.set(RATED_CAPACITY, q(d.capDeciAh, 1, Unit.AMPERE_HOUR));
        b.set(VOLTAGE_MINIMUM, q(d.minMv / 10, 2, Unit.VOLT));
        b.set(VOLTAGE_NOMINAL, q(d.nominalMv / 10, 2, Unit.VOLT));
        b.set(VOLTAGE_MAXIMUM, q(d.maxMv / 10, 2, Unit.VOLT));
        b.set(ORIGINAL_POWER_CAPABILITY, List.of(
                PowerCapability.of(q(80, 0, Unit.PERCENT), q(d.powerW, 0, Unit.WATT))
                        .withTemperatureRange(range(20, 30)),
                PowerCapability.of(q(20, 0, Unit.PERCENT), q(d.powerW * 70 / 100, 0, Unit.WATT))
                        .withTemperatureRange(range(20, 30))));
        b.set(MAXIMUM_PERMITTED_POWER, q(d.maxPermittedPowerW, 0, Unit.WATT));
        b.set(EXPECTED_LIFETIME_CYCLES, q(d.cycles, 0, Unit.CYCLE));
        b.set(CYCLE_LIFE_REFERENCE_TEST, doc(docs, "cycle-life-test.pdf",
                "Cycle life test report (IEC 62660-1)", rng));
        b.set(C_RATE_CYCLE_LIFE_TEST, q(d.variant.cycleTestCRateTenths, 1, Unit.RECIPROCAL_HOUR));
        if (d.variant == Variant.EV) {
            b.set(CAPACITY_THRESHOLD_FOR_EXHAUSTION, q(d.thresholdPercent, 0, Unit.PERCENT));
            b.set(CERTIFIED_USABLE_ENERGY, q(d.certifiedUsableWh / 10, 2, Unit.KILOWATT_HOUR));
        } else {
            b.set(INITIAL_SELF_DISCHARGE_RATE, q(d.selfDischargeHundredths, 2,
                    Unit.PERCENT_PER_MONTH));
        }
        b.set(IDLE_TEMPERATURE_RANGE, range(d.idleLowerC, d.idleUpperC));
        b.set(ROUND_TRIP_EFFICIENCY_INITIAL, q(d.rteInitialPermille, 1, Unit.PERCENT));
        b.set(ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE, q(d.rte50Permille, 1, Unit.PERCENT));
        b.set(INTERNAL_RESISTANCE, List.of(
                ResistanceValue.of(BatteryComponent.CELL, q(d.cellResistanceMicroOhm, 6, Unit.OHM)),
                ResistanceValue.of(BatteryComponent.PACK, q(d.packResistanceMicroOhm, 6, Unit.OHM))));
        b.set(POWER_TO_ENERGY_RATIO, q(d.powerW * 100 / Math.max(1, d.energyWh), 2,
                Unit.RECIPROCAL_HOUR));
    }

    private static List<HazardousSubstance> hazardous(ChemistryProfile c) {
        List<HazardousSubstance> list = new ArrayList<>(c.hazardous.length);
        for (String[] h : c.hazardous) {
            list.add(HazardousSubstance.of(h[0]).withIdentifier("CAS " + h[1])
                    .withHazardClasses(List.of(h[2].split(";")))
                    .withConcentration(Quantity.of(h[3], Unit.PERCENT)).withLocation(h[4]));
        }
        return list;
    }

    private static List<MaterialShare> composition(Design d) {
        List<MaterialShare> list = new ArrayList<>(d.chemistry.materials.length);
        for (String[] mat : d.chemistry.materials) {
            long grams = (long) d.massHectogram * 100 * Integer.parseInt(mat[2]) / 1000;
            list.add(MaterialShare.of(mat[0], q(Math.max(1, grams), 3, Unit.KILOGRAM))
                    .withIdentifier("CAS " + mat[1]));
        }
        return list;
    }

    private static List<SparePart> spareParts(Design d) {
        String p = d.maker.gtinPrefix.substring(5);
        List<SparePart> list = new ArrayList<>(4);
        list.add(SparePart.of("Battery management system board", "BMS-" + p + "-01"));
        list.add(SparePart.of(d.variant == Variant.LMT ? "Cell block" : "Battery module",
                "MOD-" + p + "-" + d.series));
        list.add(SparePart.of("Main connector and fuse", "CON-" + p + "-07"));
        if (d.variant != Variant.LMT) {
            list.add(SparePart.of("Coolant and thermal pad kit", "THM-" + p + "-03"));
        }
        return list;
    }

    // ------------------------------------------------------------------ batch scope

    static void batchFields(PassportBuilder<?, ?> b, Design d) {
        SplitMix64 rng = SplitMix64.of(d.detailSeed, 0x4241544348L);
        ChemistryProfile c = d.chemistry;
        b.set(MANUFACTURING_PLACE, d.maker.plant);
        b.set(MANUFACTURING_DATE, d.month);
        // Absolute footprint from the footprint per kWh of capacity; the functional unit is one
        // kWh delivered over the service life (energy x cycles x 80 % depth of discharge).
        long kwhTimes100 = Math.max(1, d.energyWh / 10);
        long absoluteKg = d.kgCo2PerKwh * kwhTimes100 / 100 + rng.between(0, 9);
        long deliveredKwh = Math.max(1, d.energyWh * d.cycles * 8 / 10_000);
        long perFu = Math.max(40, absoluteKg * 100_000 / deliveredKwh);  // in 1e-5 kg CO2e/kWh
        long raw = perFu * rng.between(15, 25) / 100;
        long distribution = perFu * rng.between(1, 3) / 100;
        long recycling = perFu * rng.between(2, 6) / 100;
        long production = perFu - raw - distribution - recycling;
        b.set(CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT, q(perFu, 5,
                Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR));
        b.set(CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, List.of(
                stage(LifecycleStage.RAW_MATERIAL_EXTRACTION, raw),
                stage(LifecycleStage.MAIN_PRODUCTION, production),
                stage(LifecycleStage.DISTRIBUTION, distribution),
                stage(LifecycleStage.RECYCLING, recycling)));
        b.set(CARBON_FOOTPRINT_PERFORMANCE_CLASS,
                d.kgCo2PerKwh < 60 ? "A" : d.kgCo2PerKwh < 75 ? "B" : d.kgCo2PerKwh < 90 ? "C" : "D");
        String docs = d.maker.docBase() + d.gtin + "/" + d.lot + "/";
        b.set(CARBON_FOOTPRINT_LABEL, DocumentRef.of(docs + "carbon-footprint-label.svg")
                .withMediaType("image/svg+xml").withTitle("Carbon footprint label")
                .withSha256(sha(rng)));
        b.set(CARBON_FOOTPRINT_STUDY_URL, URI.create(docs + "carbon-footprint-study.pdf"));
        b.set(CARBON_FOOTPRINT_ABSOLUTE, q(absoluteKg, 0, Unit.KILOGRAM));
        // shares meet the Art. 8(3) minimums that apply from 18 August 2036 (cobalt 26 %,
        // lithium 12 %, nickel 15 %, lead 85 %), so the fixtures stay valid on every date
        if (c.cobalt) {
            b.set(RECYCLED_CONTENT_COBALT, share(rng, 100, 150, 160, 250));
        }
        if (c.lithium) {
            b.set(RECYCLED_CONTENT_LITHIUM, share(rng, 40, 60, 80, 120));
        }
        if (c.nickel) {
            b.set(RECYCLED_CONTENT_NICKEL, share(rng, 50, 80, 100, 150));
        }
        if (c.lead) {
            b.set(RECYCLED_CONTENT_LEAD, share(rng, 150, 250, 700, 750));
        }
    }

    private static LifecycleStageEmission stage(LifecycleStage s, long value) {
        return LifecycleStageEmission.of(s, q(value, 5, Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR));
    }

    private static RecycledShare share(SplitMix64 rng, int preMin, int preMax, int postMin,
            int postMax) {
        return RecycledShare.of(q(rng.between(preMin, preMax), 1, Unit.PERCENT),
                q(rng.between(postMin, postMax), 1, Unit.PERCENT));
    }

    // ------------------------------------------------------------------ item scope

    static void itemFields(PassportBuilder<?, ?> b, Design d, SplitMix64 rng, boolean everyField,
            LocalDate observedUntil, BatteryStatus status) {
        Variant v = d.variant;
        b.set(PASSPORT_IDENTIFIER, "urn:uuid:" + uuid(rng));
        b.set(RESPONSIBLE_OPERATOR, d.maker.operator);
        LocalDate made = d.month.atEndOfMonth();
        long window = ChronoUnit.DAYS.between(made, observedUntil);
        LocalDate service = made.plusDays(Math.min(Math.max(1, window / 2), rng.between(7, 90)));
        long days = Math.max(1, ChronoUnit.DAYS.between(service, observedUntil));
        int cycles = (int) Math.max(1, days * rng.between(30, 100) / 100);
        int fade = Math.min(60, rng.between(5, 20) + cycles / 40);  // per mille
        int powerFade = fade + rng.between(0, 10);
        int resistanceIncrease = rng.between(5, 60);  // per mille
        int rteDrop = rng.between(0, 8);  // per mille
        long capDeciAh = (long) d.capDeciAh * (1000 - fade) / 1000;
        long power = d.powerW * (1000 - powerFade) / 1000;
        b.set(ITEM_PERFORMANCE_CAPACITY, q(capDeciAh, 1, Unit.AMPERE_HOUR));
        b.set(ITEM_PERFORMANCE_CAPACITY_FADE, q(fade, 1, Unit.PERCENT));
        b.set(ITEM_PERFORMANCE_POWER, q(power, 0, Unit.WATT));
        b.set(ITEM_PERFORMANCE_POWER_FADE, q(powerFade, 1, Unit.PERCENT));
        b.set(ITEM_PERFORMANCE_INTERNAL_RESISTANCE, q(d.packResistanceMicroOhm
                * (1000 + resistanceIncrease) / 1000, 6, Unit.OHM));
        b.set(ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE, List.of(
                ResistanceValue.of(BatteryComponent.PACK, q(resistanceIncrease, 1, Unit.PERCENT))));
        b.set(ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY, q(d.rteInitialPermille - rteDrop, 1,
                Unit.PERCENT));
        b.set(ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY_FADE, q(rteDrop, 1, Unit.PERCENT));
        b.set(ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES, q(Math.max(1, d.cycles - cycles), 0,
                Unit.CYCLE));
        b.set(ITEM_PERFORMANCE_EXPECTED_LIFETIME_YEARS, q(d.lifetimeYears * 10L
                - Math.min(days * 10 / 365, d.lifetimeYears * 10L - 1), 1, Unit.YEAR));
        boolean perUse = v != Variant.EV && v != Variant.INDUSTRIAL;
        if (v == Variant.EV) {
            b.set(STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY, q(1000 - fade, 1, Unit.PERCENT));
            b.set(STATE_OF_HEALTH_REMAINING_USABLE_ENERGY, q(d.certifiedUsableWh
                    * (1000 - fade) / 10_000, 2, Unit.KILOWATT_HOUR));
        } else if (perUse) {
            b.set(STATE_OF_HEALTH_REMAINING_CAPACITY, q(capDeciAh, 1, Unit.AMPERE_HOUR));
            b.set(STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY, List.of(
                    PowerCapability.of(q(80, 0, Unit.PERCENT), q(power, 0, Unit.WATT))));
            b.set(STATE_OF_HEALTH_REMAINING_ROUND_TRIP_EFFICIENCY,
                    q(1000 - rteDrop * 1000L / Math.max(1, d.rteInitialPermille), 1,
                            Unit.PERCENT));
            b.set(STATE_OF_HEALTH_SELF_DISCHARGE_EVOLUTION, q(rng.between(0, 30), 2,
                    Unit.PERCENT_PER_MONTH));
            b.set(STATE_OF_HEALTH_OHMIC_RESISTANCE, q(d.packResistanceMicroOhm
                    * (1000 + resistanceIncrease) / 1000, 6, Unit.OHM));
            b.set(STATE_OF_HEALTH_CURRENT_SELF_DISCHARGE_RATE, q(d.selfDischargeHundredths
                    + rng.between(0, 30), 2, Unit.PERCENT_PER_MONTH));
            b.set(PUTTING_INTO_SERVICE_DATE, service);
            b.set(USAGE_ENERGY_THROUGHPUT, q(d.energyWh * cycles * 8 / 1000, 2,
                    Unit.KILOWATT_HOUR));
            b.set(USAGE_CAPACITY_THROUGHPUT, q((long) d.capDeciAh * cycles * 8 / 10, 1,
                    Unit.AMPERE_HOUR));
        }
        b.set(BATTERY_STATUS, status);
        b.set(USAGE_CHARGE_DISCHARGE_CYCLES, q(cycles, 0, Unit.CYCLE));
        boolean event = everyField || rng.chance(25);
        if (event) {
            LocalDate on = service.plusDays(rng.nextInt((int) Math.min(days, Integer.MAX_VALUE)));
            b.set(USAGE_NEGATIVE_EVENTS, List.of(NegativeEvent.of(on,
                    "Cell voltage below the minimum during storage (deep discharge); pack checked"
                    + " and released")));
        }
        List<Observation> temps = new ArrayList<>(3);
        List<Observation> socs = new ArrayList<>(3);
        for (int i = 1; i <= 3; i++) {
            Instant at = service.plusDays(days * i / 3).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(rng.between(6, 18) * 3600L);
            temps.add(Observation.of(at, q(rng.between(-50, 350), 1, Unit.DEGREE_CELSIUS)));
            socs.add(Observation.of(at, q(rng.between(200, 950), 1, Unit.PERCENT)));
        }
        b.set(USAGE_OPERATING_TEMPERATURE, temps);
        b.set(USAGE_STATE_OF_CHARGE, socs);
        b.set(USAGE_TIME_IN_EXTREME_TEMPERATURES, ExtremeTemperatureTime.of(
                q(rng.between(0, 600), 0, Unit.MINUTE), q(rng.between(0, 900), 0, Unit.MINUTE),
                q(rng.between(0, 60), 0, Unit.MINUTE), q(rng.between(0, 120), 0, Unit.MINUTE)));
        b.set(USAGE_DEEP_DISCHARGE_EVENTS, q(event ? rng.between(1, 2) : 0, 0, Unit.ONE));
        b.set(USAGE_OVERCHARGE_EVENTS, q(rng.between(0, 1), 0, Unit.ONE));
    }

    // ------------------------------------------------------------------ small values

    static Quantity q(long unscaled, int scale, Unit unit) {
        return Quantity.of(BigDecimal.valueOf(unscaled, scale), unit);
    }

    private static TemperatureRange range(int lower, int upper) {
        return TemperatureRange.of(q(lower, 0, Unit.DEGREE_CELSIUS),
                q(upper, 0, Unit.DEGREE_CELSIUS));
    }

    private static DocumentRef doc(String base, String file, String title, SplitMix64 rng) {
        return DocumentRef.of(base + file).withMediaType("application/pdf").withLanguage("en")
                .withTitle(title).withSha256(sha(rng));
    }

    private static LocalizedText text(String en, String de) {
        Map<String, String> m = new TreeMap<>();
        m.put("en", en);
        m.put("de", de);
        return LocalizedText.of(m);
    }

    static String sha(SplitMix64 rng) {
        char[] out = new char[64];
        for (int w = 0; w < 4; w++) {
            long bits = rng.nextLong();
            for (int i = 0; i < 16; i++) {
                out[w * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xF];
            }
        }
        return new String(out);
    }

    static String uuid(SplitMix64 rng) {
        long hi = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
