package org.dppkit.battery;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dppkit.gs1.Gtin;

/** Sample passports and one valid value per field, shared by the tests. */
final class Samples {

    static final Gtin GTIN = Gtin.parse("09506000134352");
    static final Instant T0 = Instant.parse("2027-03-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2027-03-02T00:00:00Z");
    static final Instant T2 = Instant.parse("2027-03-05T00:00:00Z");

    static final PostalAddress ADDRESS = PostalAddress.of("Hauptstrasse 1", "Berlin", "DE")
            .withPostalCode("10115");

    private Samples() {
    }

    static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    static ModelPassport model(BatteryCategory category) {
        return ModelPassport.builder(category, GTIN)
                .manufacturerName("ACME Batteries GmbH")
                .manufacturerPostalAddress(ADDRESS)
                .chemistry(Chemistry.of("NMC811", "lithium nickel manganese cobalt oxide"))
                .ratedCapacity(q("105", Unit.AMPERE_HOUR))
                .voltageNominal(q("355.2", Unit.VOLT))
                .batteryMass(q("450", Unit.KILOGRAM))
                .detailedComposition(List.of(MaterialShare.of("graphite", q("52.4", Unit.KILOGRAM))))
                .conformityTestReports(List.of(DocumentRef.of("https://example.com/tests.pdf")))
                .carbonFootprintPerFunctionalUnit(q("70", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
                .issuedAt(T0)
                .build();
    }

    static BatchPassport batch(ModelPassport model) {
        return BatchPassport.builder(model, "LOT-2027-03")
                .manufacturingDate(YearMonth.of(2027, 3))
                .manufacturingPlace(Facility.of("Plant 2", ADDRESS))
                .carbonFootprintPerFunctionalUnit(q("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
                .recycledContentCobalt(RecycledShare.of(q("4", Unit.PERCENT), q("12", Unit.PERCENT)))
                .issuedAt(T1)
                .build();
    }

    static ItemPassport item(BatchPassport batch, String serial) {
        return ItemPassport.builder(batch, serial)
                .stateOfHealthStateOfCertifiedEnergy(q("98.5", Unit.PERCENT))
                .batteryStatus(BatteryStatus.ORIGINAL)
                .issuedAt(T2)
                .build();
    }

    /** Returns a valid value for every settable field. */
    static Object valueFor(BatteryField f) {
        Object one = elementFor(f);
        return f.isList() ? List.of(one) : one;
    }

    static Object elementFor(BatteryField f) {
        Class<?> t = f.valueType();
        if (t == String.class) {
            return f == BatteryField.MANUFACTURER_EMAIL_ADDRESS ? "info@example.com" : "text-" + f.key();
        }
        if (t == Quantity.class) {
            Unit u = f.unit().orElseThrow();
            return Quantity.of("12", u);
        }
        if (t == LocalizedText.class) {
            return LocalizedText.of("en", "text");
        }
        if (t == LocalDate.class) {
            return LocalDate.of(2027, 4, 1);
        }
        if (t == YearMonth.class) {
            return YearMonth.of(2027, 3);
        }
        if (t == URI.class) {
            return URI.create("https://example.com/" + f.key());
        }
        if (t == DocumentRef.class) {
            return DocumentRef.of("https://example.com/" + f.key() + ".pdf");
        }
        if (t == BatteryStatus.class) {
            return BatteryStatus.ORIGINAL;
        }
        if (t == BatteryCategory.class) {
            return BatteryCategory.EV;
        }
        if (t == IndustrialSubCategory.class) {
            return IndustrialSubCategory.STATIONARY_BESS;
        }
        if (t == CadmiumLeadSymbol.class) {
            return CadmiumLeadSymbol.PB;
        }
        if (t == EconomicOperator.class) {
            return EconomicOperator.of("Operator").withPostalAddress(ADDRESS);
        }
        if (t == PostalAddress.class) {
            return ADDRESS;
        }
        if (t == Facility.class) {
            return Facility.of("Plant", ADDRESS);
        }
        if (t == Chemistry.class) {
            return Chemistry.of("LFP", "lithium iron phosphate");
        }
        if (t == HazardousSubstance.class) {
            return HazardousSubstance.of("electrolyte salt");
        }
        if (t == MaterialShare.class) {
            return MaterialShare.of("graphite", Quantity.of("3", Unit.KILOGRAM));
        }
        if (t == LifecycleStageEmission.class) {
            return LifecycleStageEmission.of(LifecycleStage.MAIN_PRODUCTION,
                    Quantity.of("20", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR));
        }
        if (t == RecycledShare.class) {
            return RecycledShare.of(Quantity.of(5, Unit.PERCENT), Quantity.of(7, Unit.PERCENT));
        }
        if (t == SupplyChainIndex.class) {
            return SupplyChainIndex.of("index", new BigDecimal("0.5"));
        }
        if (t == SparePart.class) {
            return SparePart.of("module", "M-1");
        }
        if (t == SparePartSource.class) {
            return SparePartSource.of("Service");
        }
        if (t == PowerCapability.class) {
            return PowerCapability.of(Quantity.of(80, Unit.PERCENT), Quantity.of(1000, Unit.WATT));
        }
        if (t == TemperatureRange.class) {
            return TemperatureRange.of(Quantity.of(-20, Unit.DEGREE_CELSIUS),
                    Quantity.of(45, Unit.DEGREE_CELSIUS));
        }
        if (t == ResistanceValue.class) {
            return ResistanceValue.of(BatteryComponent.PACK, Quantity.of("0.5", f.unit().orElseThrow()));
        }
        if (t == NegativeEvent.class) {
            return NegativeEvent.of(LocalDate.of(2028, 1, 2), "dropped");
        }
        if (t == Observation.class) {
            return Observation.of(T2, Quantity.of("20", f.unit().orElseThrow()));
        }
        if (t == ExtremeTemperatureTime.class) {
            Quantity m = Quantity.of(1, Unit.MINUTE);
            return ExtremeTemperatureTime.of(m, m, m, m);
        }
        throw new AssertionError("no sample for " + f.key() + " of " + t);
    }
}
