package org.dppkit.bench;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.gs1.Gtin;

/** The model and batch passports the passport benchmarks derive items from. */
final class BenchPassports {

    static final Instant ISSUED = Instant.parse("2027-03-05T00:00:00Z");

    private BenchPassports() {
    }

    static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    /** An EV model passport with typical public and restricted model data. */
    static ModelPassport model() {
        PostalAddress address = PostalAddress.of("Hauptstrasse 1", "Berlin", "DE").withPostalCode("10115");
        return ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME Batteries GmbH")
                .manufacturerPostalAddress(address)
                .manufacturerEmailAddress("passport@acme.example")
                .chemistry(Chemistry.of("NMC811", "lithium nickel manganese cobalt oxide"))
                .hazardousSubstances(List.of(HazardousSubstance.of("lithium hexafluorophosphate")
                        .withIdentifier("21324-40-3")))
                .criticalRawMaterials(List.of("cobalt", "lithium", "natural graphite", "nickel"))
                .detailedComposition(List.of(MaterialShare.of("graphite", q("52.4", Unit.KILOGRAM))))
                .extinguishingAgent(List.of("water"))
                .batteryMass(q("450", Unit.KILOGRAM))
                .warrantyPeriod(q("96", Unit.MONTH))
                .ratedCapacity(q("105", Unit.AMPERE_HOUR))
                .voltageMinimum(q("280", Unit.VOLT))
                .voltageNominal(q("355.2", Unit.VOLT))
                .voltageMaximum(q("403.2", Unit.VOLT))
                .originalPowerCapability(List.of(
                        PowerCapability.of(q("80", Unit.PERCENT), q("150000", Unit.WATT)),
                        PowerCapability.of(q("20", Unit.PERCENT), q("90000", Unit.WATT))))
                .expectedLifetimeCycles(q("3000", Unit.CYCLE))
                .idleTemperatureRange(TemperatureRange.of(q("-20", Unit.DEGREE_CELSIUS),
                        q("45", Unit.DEGREE_CELSIUS)))
                .conformityDeclarationOfConformity(DocumentRef.of("https://acme.example/doc.pdf"))
                .issuedAt(ISSUED)
                .build();
    }

    /** A batch of the model with plant, month, carbon footprint and recycled content. */
    static BatchPassport batch(ModelPassport model) {
        PostalAddress plant = PostalAddress.of("Werkstrasse 5", "Erfurt", "DE");
        return BatchPassport.builder(model, "LOT-2027-03")
                .manufacturingPlace(Facility.of("Plant 2", plant))
                .manufacturingDate(YearMonth.of(2027, 3))
                .carbonFootprintPerFunctionalUnit(q("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
                .recycledContentCobalt(RecycledShare.of(q("4", Unit.PERCENT), q("12", Unit.PERCENT)))
                .recycledContentNickel(RecycledShare.of(q("2", Unit.PERCENT), q("5", Unit.PERCENT)))
                .issuedAt(ISSUED)
                .build();
    }

    static String serial(int i) {
        return String.format(Locale.ROOT, "SN-%09d", i);
    }

    static Quantity stateOfHealth(int i) {
        return Quantity.of(java.math.BigDecimal.valueOf(9000 + i % 1000, 2), Unit.PERCENT);
    }
}
