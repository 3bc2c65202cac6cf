package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.NOT_WHOLE_NUMBER;
import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;
import static org.dppkit.battery.PassportErrorCode.WRONG_TYPE;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The Java type of each catalogue field and the checks a value must pass; internal. */
final class FieldTypes {

    /** Fields whose value follows from the passport's identifier and category. */
    static final Set<BatteryField> DERIVED = EnumSet.of(BatteryField.UNIQUE_IDENTIFIER,
            BatteryField.MODEL_IDENTIFIER, BatteryField.BATCH_NUMBER, BatteryField.SERIAL_NUMBER,
            BatteryField.BATTERY_CATEGORY);

    /** {@link #DERIVED} by ordinal, for the lookups on every read. */
    private static final boolean[] IS_DERIVED = new boolean[BatteryField.values().length];

    static {
        for (BatteryField f : DERIVED) {
            IS_DERIVED[f.ordinal()] = true;
        }
    }

    /** Tells whether a field follows from the identifier and category; throws NPE for null. */
    static boolean isDerived(BatteryField field) {
        return IS_DERIVED[field.ordinal()];
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Class<?>[] TYPES = new Class<?>[BatteryField.values().length];

    static {
        for (BatteryField f : BatteryField.values()) {
            TYPES[f.ordinal()] = computeType(f);
        }
    }

    private FieldTypes() {
    }

    /** Returns the Java type of a value (of each element, for list fields). */
    static Class<?> valueType(BatteryField field) {
        return TYPES[field.ordinal()];
    }

    private static Class<?> computeType(BatteryField f) {
        switch (f) {
            case BATTERY_CATEGORY: return BatteryCategory.class;
            case INDUSTRIAL_SUB_CATEGORY: return IndustrialSubCategory.class;
            case BATTERY_STATUS: return BatteryStatus.class;
            case CONFORMITY_CADMIUM_LEAD_SYMBOLS: return CadmiumLeadSymbol.class;
            case RESPONSIBLE_OPERATOR: return EconomicOperator.class;
            case MANUFACTURER_POSTAL_ADDRESS: return PostalAddress.class;
            case MANUFACTURING_PLACE: return Facility.class;
            case MANUFACTURING_DATE: return YearMonth.class;
            case CHEMISTRY: return Chemistry.class;
            case HAZARDOUS_SUBSTANCES: return HazardousSubstance.class;
            case DETAILED_COMPOSITION: return MaterialShare.class;
            case CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE: return LifecycleStageEmission.class;
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return RecycledShare.class;
            case DUE_DILIGENCE_SUPPLY_CHAIN_INDICES: return SupplyChainIndex.class;
            case SPARE_PARTS_PART_NUMBERS: return SparePart.class;
            case SPARE_PARTS_SOURCES: return SparePartSource.class;
            case ORIGINAL_POWER_CAPABILITY:
            case STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY:
                return PowerCapability.class;
            case IDLE_TEMPERATURE_RANGE: return TemperatureRange.class;
            case INTERNAL_RESISTANCE:
            case ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE:
                return ResistanceValue.class;
            case USAGE_NEGATIVE_EVENTS: return NegativeEvent.class;
            case USAGE_OPERATING_TEMPERATURE:
            case USAGE_STATE_OF_CHARGE:
                return Observation.class;
            case USAGE_TIME_IN_EXTREME_TEMPERATURES: return ExtremeTemperatureTime.class;
            default:
                break;
        }
        switch (f.type()) {
            case STRING: return String.class;
            case TEXT_MULTILINGUAL: return LocalizedText.class;
            case DECIMAL:
            case INTEGER:
                return Quantity.class;
            case DATE: return LocalDate.class;
            case DATETIME: return java.time.Instant.class;
            case URL: return URI.class;
            case DOCUMENT_REF: return DocumentRef.class;
            default:
                throw new IllegalStateException("no Java type for field " + f.key());
        }
    }

    /** Describes the expected type for messages, e.g. {@code List<HazardousSubstance>}. */
    static String describe(BatteryField field) {
        String simple = valueType(field).getSimpleName();
        return field.isList() ? "List<" + simple + ">" : simple;
    }

    /**
     * Checks a value for a field and returns it ready to store (lists copied and unmodifiable).
     *
     * @throws PassportException naming the field key, the expected and the actual type or rule
     */
    static Object check(BatteryField field, Object value) {
        if (value == null) {
            throw new NullPointerException("value of field '" + field.key() + "'");
        }
        if (field.isList()) {
            if (!(value instanceof List<?> list)) {
                throw wrongType(field, value);
            }
            List<Object> copy;
            try {
                copy = Checks.list(list, "field '" + field.key() + "'");
            } catch (PassportException e) {
                throw new PassportException(e.errorCode(), field, e.getMessage(), e);
            }
            for (int i = 0; i < copy.size(); i++) {
                checkElement(field, copy.get(i), "[" + i + "]");
            }
            return copy;
        }
        checkElement(field, value, "");
        return value;
    }

    private static PassportException wrongType(BatteryField field, Object value) {
        return new PassportException(WRONG_TYPE, field,
                "field '" + field.key() + "' expects a value of type "
                + describe(field) + " but got " + value.getClass().getName() + ": "
                + Checks.truncate(value));
    }

    private static void checkElement(BatteryField field, Object value, String index) {
        Class<?> type = valueType(field);
        String name = "field '" + field.key() + "'" + index;
        if (!type.isInstance(value)) {
            throw new PassportException(WRONG_TYPE, field, name + " expects " + type.getSimpleName()
                    + " but got " + value.getClass().getName() + ": " + Checks.truncate(value));
        }
        try {
            if (value instanceof String s) {
                if (field == BatteryField.MANUFACTURER_EMAIL_ADDRESS) {
                    Checks.email(s, name);
                } else {
                    Checks.text(s, name);
                }
            } else if (value instanceof URI u) {
                Checks.absoluteUri(u, name);
            } else if (value instanceof LocalDate d) {
                Checks.date(d, name);
            } else if (value instanceof YearMonth m) {
                Checks.month(m, name);
            } else if (value instanceof java.time.Instant t) {
                Checks.instant(t, name);
            } else if (value instanceof Quantity q) {
                checkQuantity(field, q, name);
            } else if (value instanceof Observation o) {
                checkQuantity(field, o.value(), name + ".value");
            } else if (value instanceof ResistanceValue r) {
                checkQuantity(field, r.value(), name + ".value");
            } else if (value instanceof IndustrialSubCategory) {
                // the builder checks the category
                return;
            }
        } catch (PassportException e) {
            if (e.field().isPresent()) {
                throw e;
            }
            throw new PassportException(e.errorCode(), field, e.getMessage(), e);
        }
    }

    private static void checkQuantity(BatteryField field, Quantity q, String name) {
        Unit unit = field.unit().orElseThrow(
                () -> new IllegalStateException("field " + field.key() + " has no unit"));
        Checks.unit(q, unit, name);
        boolean signed = unit == Unit.DEGREE_CELSIUS;
        if (!signed && q.value().signum() < 0) {
            throw new PassportException(OUT_OF_RANGE, field,
                    name + " must not be negative but was " + q);
        }
        if (field.type() == FieldType.INTEGER && !q.isIntegral()) {
            throw new PassportException(NOT_WHOLE_NUMBER, field,
                    name + " must be a whole number of "
                    + unit.code() + " but was " + q);
        }
        if (unit == Unit.PERCENT && field != BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE
                && q.value().compareTo(HUNDRED) > 0) {
            throw new PassportException(OUT_OF_RANGE, field,
                    name + " must be between 0 and 100 % but was " + q);
        }
    }
}
