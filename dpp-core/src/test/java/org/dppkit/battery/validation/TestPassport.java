package org.dppkit.battery.validation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.Obligation;
import org.dppkit.battery.Unit;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.Gtin;

/**
 * Passport data for rule tests: a complete passport per category, changed one field at a time,
 * so that each test breaks exactly one rule. Values use plain Java types (a measured quantity is
 * a map {@code {value, unit}}, an object a map of its parts).
 */
final class TestPassport implements PassportData {

    static final String GTIN = Gtin.withCheckDigit("0950600013435").digits();
    static final String LOT = "LOT-2027-01";
    static final String SERIAL = "SN-000001";
    /** The date the complete passports are valid at. */
    static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    private final PassportLevel level;
    private final BatteryCategory category;
    private final Map<BatteryField, Object> values;

    private TestPassport(PassportLevel level, BatteryCategory category, Map<BatteryField, Object> values) {
        this.level = level;
        this.category = category;
        this.values = values;
    }

    static Map<String, Object> q(String value, Unit unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", new BigDecimal(value));
        m.put("unit", unit);
        return m;
    }

    static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> doc(String uri) {
        return obj("uri", URI.create(uri), "mediaType", "application/pdf");
    }

    /** A complete ITEM passport of an EV battery (industrial: a stationary BESS) at {@link #AS_OF}. */
    static TestPassport complete(BatteryCategory category) {
        return complete(PassportLevel.ITEM, category);
    }

    static TestPassport complete(PassportLevel level, BatteryCategory category) {
        Map<BatteryField, Object> v = new EnumMap<>(BatteryField.class);
        for (BatteryField f : BatteryField.values()) {
            Obligation o = category == BatteryCategory.INDUSTRIAL
                    ? CatalogueRules.obligation(f, category, IndustrialSubCategory.STATIONARY_BESS)
                    : f.obligation(category);
            if (o == Obligation.NOT_APPLICABLE || f.scope().ordinal() > level.ordinal()
                    || f == BatteryField.PREDECESSOR_PASSPORTS) {
                continue;
            }
            Object one = defaultValue(f);
            v.put(f, f.isList() ? List.of(one) : one);
        }
        v.put(BatteryField.BATTERY_CATEGORY, category.name());
        if (category == BatteryCategory.INDUSTRIAL) {
            v.put(BatteryField.INDUSTRIAL_SUB_CATEGORY, IndustrialSubCategory.STATIONARY_BESS);
        }
        if (level != PassportLevel.MODEL) {
            v.put(BatteryField.BATCH_NUMBER, LOT);
        }
        if (level == PassportLevel.ITEM) {
            v.put(BatteryField.SERIAL_NUMBER, SERIAL);
            v.put(BatteryField.BATTERY_STATUS, "original");
            if (category != BatteryCategory.EV) {
                v.put(BatteryField.PUTTING_INTO_SERVICE_DATE, LocalDate.of(2027, 2, 20));
            }
            v.put(BatteryField.USAGE_NEGATIVE_EVENTS, List.of(obj("date", LocalDate.of(2027, 2, 25),
                    "description", "minor collision")));
        }
        if (level != PassportLevel.MODEL) {
            v.put(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, stages("40", "30", "5", "5"));
        }
        return new TestPassport(level, category, v);
    }

    private static Object defaultValue(BatteryField f) {
        Unit unit = f.unit().orElse(null);
        switch (f) {
            case MODEL_IDENTIFIER:
                return GTIN;
            case BATCH_NUMBER:
                return LOT;
            case SERIAL_NUMBER:
                return SERIAL;
            case MANUFACTURER_EMAIL_ADDRESS:
                return "passport@example.com";
            case MANUFACTURING_DATE:
                return YearMonth.of(2027, 1);
            case VOLTAGE_MINIMUM:
                return q("300", Unit.VOLT);
            case VOLTAGE_NOMINAL:
                return q("400", Unit.VOLT);
            case VOLTAGE_MAXIMUM:
                return q("450", Unit.VOLT);
            case RATED_CAPACITY:
                return q("150", Unit.AMPERE_HOUR);
            case ROUND_TRIP_EFFICIENCY_INITIAL:
                return q("95", Unit.PERCENT);
            case ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE:
                return q("90", Unit.PERCENT);
            case IDLE_TEMPERATURE_RANGE:
                return obj("lower", q("-20", Unit.DEGREE_CELSIUS), "upper", q("60", Unit.DEGREE_CELSIUS));
            case CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT:
                return q("80", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR);
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return obj("preConsumerShare", q("5", Unit.PERCENT), "postConsumerShare", q("10", Unit.PERCENT));
            case BATTERY_STATUS:
                return "original";
            case PUTTING_INTO_SERVICE_DATE:
                return LocalDate.of(2027, 2, 20);
            default:
                break;
        }
        switch (f.type()) {
            case STRING:
            case ENUM:
                return f.allowedValues().isEmpty() ? "value of " + f.key() : f.allowedValues().get(0);
            case TEXT_MULTILINGUAL:
                return obj("en", "Text of " + f.key());
            case DECIMAL:
            case INTEGER:
                return q(unit == Unit.PERCENT ? "50" : "10", unit);
            case DATE:
                return LocalDate.of(2027, 1, 10);
            case DATETIME:
                return LocalDate.of(2027, 1, 10).atStartOfDay();
            case URL:
                return URI.create("https://example.com/" + f.key());
            case DOCUMENT_REF:
                return doc("https://example.com/docs/" + f.key() + ".pdf");
            case OBJECT:
            default:
                return unit == null ? obj("name", "part of " + f.key())
                        : obj("kind", "PACK", "value", q(unit == Unit.PERCENT ? "50" : "10", unit));
        }
    }

    /** Carbon footprint per life-cycle stage, in the four stages of Annex II. */
    static List<Object> stages(String raw, String production, String distribution, String endOfLife) {
        Unit u = Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR;
        return List.of(obj("stage", "RAW_MATERIAL_ACQUISITION", "value", q(raw, u)),
                obj("stage", "MAIN_PRODUCTION", "value", q(production, u)),
                obj("stage", "DISTRIBUTION", "value", q(distribution, u)),
                obj("stage", "END_OF_LIFE_AND_RECYCLING", "value", q(endOfLife, u)));
    }

    TestPassport with(BatteryField f, Object value) {
        Map<BatteryField, Object> v = new EnumMap<>(values);
        v.put(f, value);
        return new TestPassport(level, category, v);
    }

    TestPassport without(BatteryField f) {
        Map<BatteryField, Object> v = new EnumMap<>(values);
        v.remove(f);
        return new TestPassport(level, category, v);
    }

    Map<BatteryField, Object> values() {
        return values;
    }

    @Override
    public PassportLevel level() {
        return level;
    }

    @Override
    public BatteryCategory category() {
        return category;
    }

    @Override
    public Optional<Object> get(BatteryField field) {
        return Optional.ofNullable(values.get(field));
    }

    @Override
    public Optional<String> idGtin() {
        return Optional.of(GTIN);
    }

    @Override
    public Optional<String> idLot() {
        return level == PassportLevel.BATCH ? Optional.of(LOT) : Optional.empty();
    }

    @Override
    public Optional<String> idSerial() {
        return level == PassportLevel.ITEM ? Optional.of(SERIAL) : Optional.empty();
    }

    @Override
    public String toString() {
        return "TestPassport[" + level + ", " + category + ", " + values.size() + " fields]";
    }
}
