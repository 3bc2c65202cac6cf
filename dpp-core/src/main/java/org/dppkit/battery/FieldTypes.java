package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.NOT_WHOLE_NUMBER;
import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;
import static org.dppkit.battery.PassportErrorCode.WRONG_TYPE;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dppkit.battery.internal.NumberRule;

/** The Java type of each catalogue field and the checks a value must pass; internal. */
final class FieldTypes {

    /**
     * Fields whose value follows from the passport's identifier and category (catalogue binding
     * column {@code derived}).
     */
    static final Set<BatteryField> DERIVED;

    static {
        Set<BatteryField> derived = EnumSet.noneOf(BatteryField.class);
        for (BatteryField f : BatteryField.values()) {
            if (CatalogueBinding.isDerived(f.ordinal())) {
                derived.add(f);
            }
        }
        DERIVED = Collections.unmodifiableSet(derived);
    }

    /** Tells whether a field follows from the identifier and category; throws NPE for null. */
    static boolean isDerived(BatteryField field) {
        return CatalogueBinding.isDerived(field.ordinal());
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FieldTypes() {
    }

    /** Returns the Java type of a value (of each element, for list fields). */
    static Class<?> valueType(BatteryField field) {
        return CatalogueBinding.valueType(field.ordinal());
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
        NumberRule rule = NumberRule.of(field, unit);
        if (!rule.allowsNegative() && q.value().signum() < 0) {
            throw new PassportException(OUT_OF_RANGE, field,
                    name + " must not be negative but was " + q);
        }
        if (field.type() == FieldType.INTEGER && !q.isIntegral()) {
            throw new PassportException(NOT_WHOLE_NUMBER, field,
                    name + " must be a whole number of "
                    + unit.code() + " but was " + q);
        }
        if (rule == NumberRule.PERCENT && q.value().compareTo(HUNDRED) > 0) {
            throw new PassportException(OUT_OF_RANGE, field,
                    name + " must be between 0 and 100 % but was " + q);
        }
    }
}
