package org.dppkit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.SparePart;
import org.dppkit.battery.SparePartSource;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.gs1.Gtin;

/**
 * The example battery the examples share: an EV battery pack model (GTIN {@value #GTIN}, a GS1
 * example number), batches of it, and item passports derived from a batch.
 *
 * <p>The model carries every model-level field the regulation requires from 18 February 2027,
 * except those whose obligation starts later or is still pending (instructions for use, the due
 * diligence report); the batches carry plant and month but no carbon footprint or recycled content
 * yet (pending and 2028). The validator reports those as "not yet required", which is what a
 * manufacturer sees today. All dates are fixed, so the output is the same on every run.
 *
 * <p>The end-to-end benchmark in {@code dpp-bench} runs on these passports too.
 *
 * <p>This class holds only constants and static factories; it is thread-safe.
 */
public final class ExamplePassports {

    /** The model's GTIN-14 (GS1 example prefix 950). */
    public static final String GTIN = "09506000134352";
    /** When the example passports are issued. */
    public static final Instant ISSUED = Instant.parse("2027-02-18T08:00:00Z");

    private static final String DOCS = "https://www.acme-batteries.example/dpp/ev-pack-75/";
    private static final Quantity RATED_CAPACITY = q("211", Unit.AMPERE_HOUR);
    private static final Quantity ORIGINAL_POWER = q("150000", Unit.WATT);
    private static final Quantity PACK_RESISTANCE = q("0.085", Unit.OHM);
    private static final EconomicOperator OPERATOR = EconomicOperator.of("ACME Batteries GmbH")
            .withPostalAddress(PostalAddress.of("Hauptstrasse 1", "Berlin", "DE")
                    .withPostalCode("10115"))
            .withIdentifier("4000001000005")
            .withEmailAddress("passport@acme-batteries.example")
            .withWebAddress(URI.create("https://www.acme-batteries.example"));

    private ExamplePassports() {
    }

    static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    private static DocumentRef doc(String name, String title) {
        return DocumentRef.of(DOCS + name).withMediaType("application/pdf").withTitle(title);
    }

    /**
     * Returns the model passport of the ACME EV Pack 75 (75 kWh, NMC 811, 96s pack).
     *
     * @return a new model passport, not null
     */
    public static ModelPassport model() {
        return model(org.dppkit.gs1.DigitalLink.CANONICAL_DOMAIN);
    }

    /**
     * Returns the model passport of the ACME EV Pack 75 with its identifier on another domain
     * (the quickstart's {@code --serve} uses {@code http://localhost:PORT}); batches and items
     * derived from it share the domain.
     *
     * @param domain scheme, host and optional path prefix, for example
     *     {@code http://localhost:8080}, not null
     * @return a new model passport, not null
     */
    public static ModelPassport model(String domain) {
        PostalAddress address = PostalAddress.of("Hauptstrasse 1", "Berlin", "DE")
                .withPostalCode("10115");
        return ModelPassport.builder(BatteryCategory.EV,
                        org.dppkit.gs1.DigitalLink.builder(Gtin.parse(GTIN)).domain(domain).build())
                .manufacturerName("ACME Batteries GmbH")
                .manufacturerPostalAddress(address)
                .manufacturerWebAddress(URI.create("https://www.acme-batteries.example"))
                .manufacturerEmailAddress("passport@acme-batteries.example")
                .manufacturerIdentifier("4000001000005")
                .batteryMass(q("452.5", Unit.KILOGRAM))
                .extinguishingAgent(List.of("water (large amounts)", "class D powder"))
                .warrantyPeriod(q("96", Unit.MONTH))
                .chemistry(Chemistry.of("NMC811",
                        "lithium nickel manganese cobalt oxide (8:1:1) / graphite"))
                .hazardousSubstances(List.of(
                        HazardousSubstance.of("lithium hexafluorophosphate")
                                .withIdentifier("21324-40-3"),
                        HazardousSubstance.of("cobalt compounds")))
                .criticalRawMaterials(List.of("cobalt", "lithium", "natural graphite", "nickel"))
                .detailedComposition(List.of(
                        MaterialShare.of("cathode active material", q("118.0", Unit.KILOGRAM)),
                        MaterialShare.of("graphite", q("61.5", Unit.KILOGRAM)),
                        MaterialShare.of("aluminium housing", q("95.2", Unit.KILOGRAM))))
                .conformityDeclarationOfConformity(doc("eu-declaration-of-conformity.pdf",
                        "EU declaration of conformity"))
                .conformityTestReports(List.of(doc("test-report-annex-viii.pdf",
                        "Test report, Annex VIII")))
                .conformitySeparateCollectionSymbol(doc("separate-collection-symbol.pdf",
                        "Separate collection symbol"))
                .renewableContent(q("0", Unit.PERCENT))
                .sparePartsPartNumbers(List.of(SparePart.of("cell module", "ACME-CM-12S"),
                        SparePart.of("battery management unit", "ACME-BMU-3")))
                .sparePartsSources(List.of(SparePartSource.of("ACME Service Parts")
                        .withEmailAddress("parts@acme-batteries.example")))
                .dismantlingInformation(List.of(doc("dismantling.pdf", "Dismantling guide")))
                .safetyMeasures(List.of(doc("safety-measures.pdf", "Safety measures")))
                .endOfLifeWastePrevention(doc("waste-prevention.pdf", "Waste prevention"))
                .endOfLifeSeparateCollection(doc("separate-collection.pdf", "Separate collection"))
                .endOfLifeCollectionAndTreatment(doc("take-back.pdf", "Take-back points"))
                .endOfLifeWasteHandlingSafety(doc("waste-handling-safety.pdf",
                        "Handling waste batteries safely"))
                .endOfLifeLabelMeaning(LocalizedText.of("en",
                        "The crossed-out bin means: do not dispose of with household waste."))
                .endOfLifeSubstanceImpact(LocalizedText.of("en",
                        "Electrolyte and cobalt compounds harm water and soil if released."))
                .ratedCapacity(RATED_CAPACITY)
                .voltageMinimum(q("268.8", Unit.VOLT))
                .voltageNominal(q("355.2", Unit.VOLT))
                .voltageMaximum(q("403.2", Unit.VOLT))
                .originalPowerCapability(List.of(
                        PowerCapability.of(q("80", Unit.PERCENT), ORIGINAL_POWER),
                        PowerCapability.of(q("20", Unit.PERCENT), q("90000", Unit.WATT))))
                .maximumPermittedPower(q("180000", Unit.WATT))
                .expectedLifetimeCycles(q("2000", Unit.CYCLE))
                .cycleLifeReferenceTest(doc("cycle-life-test.pdf", "Cycle-life reference test"))
                .cRateCycleLifeTest(q("0.33", Unit.RECIPROCAL_HOUR))
                .capacityThresholdForExhaustion(q("70", Unit.PERCENT))
                .idleTemperatureRange(TemperatureRange.of(q("-30", Unit.DEGREE_CELSIUS),
                        q("55", Unit.DEGREE_CELSIUS)))
                .roundTripEfficiencyInitial(q("95", Unit.PERCENT))
                .roundTripEfficiencyAt50PercentCycleLife(q("92", Unit.PERCENT))
                .internalResistance(List.of(
                        ResistanceValue.of(BatteryComponent.CELL, q("0.0009", Unit.OHM)),
                        ResistanceValue.of(BatteryComponent.PACK, PACK_RESISTANCE)))
                .issuedAt(ISSUED)
                .build();
    }

    /**
     * Returns a production lot of the model, made in the Erfurt plant in a given month.
     *
     * @param model the model passport, from {@link #model()}
     * @param lot the lot number, a GS1 AI (10) value
     * @param made the month of manufacture
     * @return a new batch passport, not null
     */
    public static BatchPassport batch(ModelPassport model, String lot, YearMonth made) {
        return BatchPassport.builder(model, lot)
                .manufacturingPlace(Facility.of("ACME Erfurt plant 2",
                        PostalAddress.of("Werkstrasse 5", "Erfurt", "DE").withPostalCode("99084"))
                        .withIdentifier("4000001000012"))
                .manufacturingDate(made)
                .issuedAt(ISSUED)
                .build();
    }

    /**
     * Returns the item passport of a battery of a batch, from its end-of-line test values.
     *
     * @param batch the batch
     * @param serial the serial, a GS1 AI (21) value
     * @param stateOfHealth the state of certified energy, percent
     * @param remainingCapacity the measured capacity, Ah
     * @param cycles full cycles so far (end-of-line formation and test)
     * @param status the battery status
     * @return a new item passport, not null
     */
    public static ItemPassport item(BatchPassport batch, String serial, BigDecimal stateOfHealth,
            BigDecimal remainingCapacity, long cycles, BatteryStatus status) {
        BigDecimal rated = RATED_CAPACITY.value();
        BigDecimal fade = rated.subtract(remainingCapacity).max(BigDecimal.ZERO)
                .multiply(BigDecimal.valueOf(100)).divide(rated, 1, RoundingMode.HALF_EVEN);
        return ItemPassport.builder(batch, serial)
                .responsibleOperator(OPERATOR)
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of(stateOfHealth, Unit.PERCENT))
                .itemPerformanceCapacity(Quantity.of(remainingCapacity, Unit.AMPERE_HOUR))
                .itemPerformanceCapacityFade(Quantity.of(fade, Unit.PERCENT))
                .itemPerformancePower(ORIGINAL_POWER)
                .itemPerformancePowerFade(q("0", Unit.PERCENT))
                .itemPerformanceInternalResistance(PACK_RESISTANCE)
                .itemPerformanceInternalResistanceIncrease(List.of(
                        ResistanceValue.of(BatteryComponent.PACK, q("0", Unit.PERCENT))))
                .itemPerformanceRoundTripEfficiency(q("95", Unit.PERCENT))
                .itemPerformanceRoundTripEfficiencyFade(q("0", Unit.PERCENT))
                .itemPerformanceExpectedLifetimeCycles(q("2000", Unit.CYCLE))
                .itemPerformanceExpectedLifetimeYears(q("10", Unit.YEAR))
                .usageChargeDischargeCycles(Quantity.of(cycles, Unit.CYCLE))
                .batteryStatus(status)
                .issuedAt(ISSUED)
                .build();
    }

    /**
     * Returns the rated capacity of the model.
     *
     * @return the capacity in Ah
     */
    public static BigDecimal ratedCapacityAh() {
        return RATED_CAPACITY.value();
    }
}
