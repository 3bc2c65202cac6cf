package org.dppkit.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LifecycleStage;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Obligation;
import org.dppkit.battery.Observation;
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
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.gs1.Gtin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Validations per second of a complete EV item passport (every field that applies to EV
 * batteries set, all values valid, so the report is empty), with both layers, with the catalogue
 * rules only and with Bean Validation only, to show the cost split. The peer is
 * {@link #readAllFields}: reading every field of the passport once, the floor any validator pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    private static final BatteryField[] FIELDS = BatteryField.values();

    private ItemPassport passport;
    private BatteryPassportValidator full;
    private BatteryPassportValidator catalogueOnly;
    private BatteryPassportValidator beanValidationOnly;

    /** Builds the passport and the three validators. */
    @Setup
    public void setUp() {
        passport = completeEvItem();
        full = BatteryPassportValidator.create();
        catalogueOnly = BatteryPassportValidator.builder().beanValidation(false).build();
        beanValidationOnly = BatteryPassportValidator.builder().catalogueRules(false).build();
        ValidationReport report = full.validate(passport, AS_OF);
        if (!report.findings().isEmpty()) {
            throw new IllegalStateException("benchmark passport is not complete: " + report);
        }
    }

    /**
     * Both layers.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateFull() {
        return full.validate(passport, AS_OF);
    }

    /**
     * Catalogue rules only.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateCatalogueRulesOnly() {
        return catalogueOnly.validate(passport, AS_OF);
    }

    /**
     * Bean Validation only.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateBeanValidationOnly() {
        return beanValidationOnly.validate(passport, AS_OF);
    }

    /**
     * Peer: reads every field once.
     *
     * @param bh the black hole
     */
    @Benchmark
    public void readAllFields(Blackhole bh) {
        for (BatteryField f : FIELDS) {
            bh.consume(passport.get(f));
        }
    }

    private static Quantity q(String value, Unit unit) {
        return Quantity.of(value, unit);
    }

    static ItemPassport completeEvItem() {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"),
                "LOT-2027-01", "SN-000001").issuedAt(Instant.parse("2027-02-26T12:00:00Z"));
        for (BatteryField f : FIELDS) {
            if (f.obligation(BatteryCategory.EV) == Obligation.NOT_APPLICABLE || !b.canSet(f)
                    || f == BatteryField.PREDECESSOR_PASSPORTS || f == BatteryField.INDUSTRIAL_SUB_CATEGORY) {
                continue;
            }
            Object v = value(f);
            b.set(f, f.isList() && !(v instanceof List) ? List.of(v) : v);
        }
        return b.build();
    }

    private static Object value(BatteryField f) {
        Unit unit = f.unit().orElse(null);
        Unit cf = Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR;
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
                return List.of(LifecycleStageEmission.of(LifecycleStage.RAW_MATERIAL_EXTRACTION, q("40", cf)),
                        LifecycleStageEmission.of(LifecycleStage.MAIN_PRODUCTION, q("30", cf)),
                        LifecycleStageEmission.of(LifecycleStage.DISTRIBUTION, q("5", cf)),
                        LifecycleStageEmission.of(LifecycleStage.RECYCLING, q("5", cf)));
            case CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT: return q("80", cf);
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return RecycledShare.of(q("5", Unit.PERCENT), q("10", Unit.PERCENT));
            case DUE_DILIGENCE_SUPPLY_CHAIN_INDICES: return SupplyChainIndex.of("GBA ESG", new BigDecimal("0.8"));
            case SPARE_PARTS_PART_NUMBERS: return SparePart.of("Cell module", "CM-100");
            case SPARE_PARTS_SOURCES: return SparePartSource.of("Example Parts GmbH");
            case ORIGINAL_POWER_CAPABILITY:
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
}
