package org.dppkit.battery.validation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LifecycleStage;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Obligation;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.SparePart;
import org.dppkit.battery.SparePartSource;
import org.dppkit.battery.SupplyChainIndex;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.gs1.Gtin;

/** Complete passports built with the passport model's builders and value types. */
final class CorePassports {

    static final Gtin GTIN = Gtin.parse(Gtin.withCheckDigit("0950600013435").digits());
    static final String LOT = "LOT-2027-01";
    static final String SERIAL = "SN-000001";

    private CorePassports() {
    }

    /** A builder of an ITEM passport with every field that applies to the category set. */
    static ItemPassport.Builder completeItem(BatteryCategory category) {
        ItemPassport.Builder b = ItemPassport.builder(category, GTIN, LOT, SERIAL);
        fill(b, category);
        return b;
    }

    static final Instant ISSUED = Instant.parse("2027-02-26T12:00:00Z");

    static void fill(PassportBuilder<?, ?> b, BatteryCategory category) {
        b.issuedAt(ISSUED);
        if (category == BatteryCategory.INDUSTRIAL) {
            b.set(BatteryField.INDUSTRIAL_SUB_CATEGORY, IndustrialSubCategory.STATIONARY_BESS);
        }
        for (BatteryField f : BatteryField.values()) {
            Obligation o = f.obligation(category, IndustrialSubCategory.STATIONARY_BESS).obligation();
            if (o == Obligation.NOT_APPLICABLE || !b.canSet(f) || f == BatteryField.PREDECESSOR_PASSPORTS
                    || f == BatteryField.INDUSTRIAL_SUB_CATEGORY) {
                continue;
            }
            Object v = value(f);
            b.set(f, f.isList() && !(v instanceof List) ? List.of(v) : v);
        }
    }

    static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    static Object value(BatteryField f) {
        Unit unit = f.unit().orElse(null);
        switch (f) {
            case BATTERY_STATUS: return BatteryStatus.ORIGINAL;
            case CONFORMITY_CADMIUM_LEAD_SYMBOLS: return CadmiumLeadSymbol.PB;
            case RESPONSIBLE_OPERATOR: return EconomicOperator.of("Example Batteries GmbH");
            case MANUFACTURER_POSTAL_ADDRESS: return PostalAddress.of("Hauptstrasse 1", "Berlin", "DE");
            case MANUFACTURING_PLACE:
                return Facility.of("Plant 1", PostalAddress.of("Werkstrasse 2", "Erfurt", "DE"));
            case MANUFACTURING_DATE: return YearMonth.of(2027, 1);
            case MANUFACTURER_EMAIL_ADDRESS: return "passport@example.com";
            case CHEMISTRY: return Chemistry.of("NMC", "Lithium nickel manganese cobalt oxide");
            case HAZARDOUS_SUBSTANCES: return HazardousSubstance.of("Lithium hexafluorophosphate");
            case DETAILED_COMPOSITION: return MaterialShare.of("Nickel", q("50", Unit.KILOGRAM));
            case CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE:
                return stages("40", "30", "5", "5");
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return RecycledShare.of(q("5", Unit.PERCENT), q("10", Unit.PERCENT));
            case DUE_DILIGENCE_SUPPLY_CHAIN_INDICES: return SupplyChainIndex.of("GBA ESG", new BigDecimal("0.8"));
            case SPARE_PARTS_PART_NUMBERS: return SparePart.of("Cell module", "CM-100");
            case SPARE_PARTS_SOURCES: return SparePartSource.of("Example Parts GmbH");
            case ORIGINAL_POWER_CAPABILITY:
            case STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY:
                return PowerCapability.of(q("80", Unit.PERCENT), q("150000", Unit.WATT));
            case IDLE_TEMPERATURE_RANGE:
                return TemperatureRange.of(q("-20", Unit.DEGREE_CELSIUS), q("60", Unit.DEGREE_CELSIUS));
            case INTERNAL_RESISTANCE: return ResistanceValue.of(BatteryComponent.PACK, q("0.08", Unit.OHM));
            case ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE:
                return ResistanceValue.of(BatteryComponent.PACK, q("2", Unit.PERCENT));
            case USAGE_NEGATIVE_EVENTS: return NegativeEvent.of(LocalDate.of(2027, 2, 25), "minor collision");
            case USAGE_OPERATING_TEMPERATURE:
                return Observation.of(Instant.parse("2027-02-26T10:00:00Z"), q("25", Unit.DEGREE_CELSIUS));
            case USAGE_STATE_OF_CHARGE:
                return Observation.of(Instant.parse("2027-02-26T10:00:00Z"), q("80", Unit.PERCENT));
            case USAGE_TIME_IN_EXTREME_TEMPERATURES:
                return ExtremeTemperatureTime.of(q("0", Unit.MINUTE), q("10", Unit.MINUTE), q("0", Unit.MINUTE),
                        q("0", Unit.MINUTE));
            case VOLTAGE_MINIMUM: return q("300", Unit.VOLT);
            case VOLTAGE_NOMINAL: return q("400", Unit.VOLT);
            case VOLTAGE_MAXIMUM: return q("450", Unit.VOLT);
            case RATED_CAPACITY: return q("150", Unit.AMPERE_HOUR);
            case ROUND_TRIP_EFFICIENCY_INITIAL: return q("95", Unit.PERCENT);
            case ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE: return q("90", Unit.PERCENT);
            case CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT: return q("80", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR);
            case PUTTING_INTO_SERVICE_DATE: return LocalDate.of(2027, 2, 20);
            default:
                break;
        }
        switch (f.type()) {
            case TEXT_MULTILINGUAL: return LocalizedText.of("en", "Text of " + f.key());
            case DECIMAL:
            case INTEGER:
                return q(unit == Unit.PERCENT ? "50" : "10", unit);
            case DATE: return LocalDate.of(2027, 1, 10);
            case DATETIME: return Instant.parse("2027-01-10T00:00:00Z");
            case URL: return URI.create("https://example.com/" + f.key());
            case DOCUMENT_REF: return DocumentRef.of("https://example.com/docs/" + f.key() + ".pdf");
            case STRING:
            default:
                return "value of " + f.key();
        }
    }

    static List<LifecycleStageEmission> stages(String raw, String production, String distribution, String recycling) {
        Unit u = Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR;
        return List.of(LifecycleStageEmission.of(LifecycleStage.RAW_MATERIAL_EXTRACTION, q(raw, u)),
                LifecycleStageEmission.of(LifecycleStage.MAIN_PRODUCTION, q(production, u)),
                LifecycleStageEmission.of(LifecycleStage.DISTRIBUTION, q(distribution, u)),
                LifecycleStageEmission.of(LifecycleStage.RECYCLING, q(recycling, u)));
    }
}
