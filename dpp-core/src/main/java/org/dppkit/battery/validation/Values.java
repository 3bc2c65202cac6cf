package org.dppkit.battery.validation;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;

/**
 * Reads the parts the rules need from field values of any supported Java type, so the rules
 * never depend on the concrete value classes. Every method returns {@code null} (internal use
 * only) when the value has no such part; no method throws on an unexpected type.
 */
final class Values {

    private Values() {
    }

    /** The number of a numeric value or measured quantity, or null. */
    static BigDecimal number(Object v) {
        if (v instanceof Quantity) {
            return ((Quantity) v).value();
        }
        if (v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (v instanceof java.math.BigInteger) {
            return new BigDecimal((java.math.BigInteger) v);
        }
        if (v instanceof Map && ((Map<?, ?>) v).containsKey("unit")) {
            Object value = ((Map<?, ?>) v).get("value");
            return value instanceof Map ? null : number(value);
        }
        return null;
    }

    /** The unit of a measured quantity, or null if the value carries none. */
    static Unit unit(Object v) {
        if (v instanceof Quantity) {
            return ((Quantity) v).unit();
        }
        if (v instanceof Map) {
            Object u = ((Map<?, ?>) v).get("unit");
            if (u instanceof Unit) {
                return (Unit) u;
            }
            if (u instanceof String) {
                return Unit.fromCode((String) u).orElse(null);
            }
        }
        return null;
    }

    /** The named parts of an object value, in a stable order, or null for a scalar. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Object v) {
        if (v instanceof Map) {
            return (Map<String, Object>) v;
        }
        if (v == null || v instanceof Quantity || v instanceof CharSequence || v instanceof Number) {
            return null;
        }
        if (v instanceof TemperatureRange) {
            TemperatureRange r = (TemperatureRange) v;
            return parts("lower", r.lower(), "upper", r.upper());
        }
        if (v instanceof RecycledShare) {
            RecycledShare r = (RecycledShare) v;
            return parts("preConsumerShare", r.preConsumerShare(), "postConsumerShare", r.postConsumerShare());
        }
        if (v instanceof LifecycleStageEmission) {
            LifecycleStageEmission e = (LifecycleStageEmission) v;
            return parts("stage", e.stage(), "footprint", e.footprint());
        }
        if (v instanceof PowerCapability) {
            PowerCapability c = (PowerCapability) v;
            Map<String, Object> m = parts("stateOfCharge", c.stateOfCharge(), "power", c.power());
            c.temperatureRange().ifPresent(r -> m.put("temperatureRange", r));
            return m;
        }
        if (v instanceof ResistanceValue) {
            return parts("value", ((ResistanceValue) v).value(), null, null);
        }
        if (v instanceof Observation) {
            Observation o = (Observation) v;
            return parts("time", o.time(), "value", o.value());
        }
        if (v instanceof MaterialShare) {
            return parts("mass", ((MaterialShare) v).mass(), null, null);
        }
        if (v instanceof NegativeEvent) {
            NegativeEvent e = (NegativeEvent) v;
            return parts("date", e.date(), "description", e.description());
        }
        if (v instanceof ExtremeTemperatureTime) {
            ExtremeTemperatureTime t = (ExtremeTemperatureTime) v;
            Map<String, Object> m = parts("aboveBoundary", t.aboveBoundary(), "belowBoundary", t.belowBoundary());
            m.put("chargingAboveBoundary", t.chargingAboveBoundary());
            m.put("chargingBelowBoundary", t.chargingBelowBoundary());
            return m;
        }
        if (v instanceof DocumentRef) {
            return parts("uri", ((DocumentRef) v).uri(), null, null);
        }
        return null;
    }

    private static Map<String, Object> parts(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(8);
        m.put(k1, v1);
        if (k2 != null) {
            m.put(k2, v2);
        }
        return m;
    }

    /** One named part of an object value, or null. */
    static Object property(Object v, String name) {
        Map<String, Object> props = properties(v);
        return props == null ? null : props.get(name);
    }

    /** The property names of the lower and upper bound of a range value, or null. */
    static String[] rangeNames(Object v) {
        Map<String, Object> props = properties(v);
        if (props == null) {
            return null;
        }
        for (String[] names : RANGE_NAMES) {
            if (props.containsKey(names[0]) && props.containsKey(names[1])) {
                return names;
            }
        }
        return null;
    }

    private static final String[][] RANGE_NAMES = {{"lower", "upper"}, {"min", "max"}, {"minimum", "maximum"}};

    /** The emission of one life-cycle stage entry, or null. */
    static Object stageValue(Object v) {
        Map<String, Object> props = properties(v);
        if (props == null) {
            return v;
        }
        for (String name : STAGE_VALUE_NAMES) {
            Object x = props.get(name);
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    private static final String[] STAGE_VALUE_NAMES = {"value", "emission", "carbonFootprint", "footprint"};

    /** The elements of a list value, or the value itself as the only element. */
    static List<?> elements(Object v) {
        if (v instanceof List) {
            return (List<?>) v;
        }
        if (v instanceof Collection) {
            return List.copyOf((Collection<?>) v);
        }
        return Collections.singletonList(v);
    }

    /** Tells whether a present value says nothing: an empty text or an empty list or map. */
    static boolean isEmpty(Object v) {
        if (v instanceof CharSequence) {
            return ((CharSequence) v).toString().isBlank();
        }
        if (v instanceof Collection) {
            return ((Collection<?>) v).isEmpty();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).isEmpty();
        }
        return false;
    }

    /** The link of a URL or document reference, or null if there is none or it is not a URI. */
    static URI uri(Object v) {
        if (v instanceof URI) {
            return (URI) v;
        }
        if (v instanceof DocumentRef) {
            return ((DocumentRef) v).uri();
        }
        if (v instanceof CharSequence) {
            try {
                return new URI(v.toString());
            } catch (URISyntaxException e) {
                return null;
            }
        }
        Object inner = property(v, "uri");
        return inner == null || inner == v ? null : uri(inner);
    }

    /** The raw text of a link value, for messages. */
    static String linkText(Object v) {
        Object inner = property(v, "uri");
        return String.valueOf(inner != null ? inner : v);
    }

    /** The first day of a date value (the first of the month for month precision), or null. */
    static LocalDate firstDay(Object v) {
        if (v instanceof LocalDate) {
            return (LocalDate) v;
        }
        if (v instanceof YearMonth) {
            return ((YearMonth) v).atDay(1);
        }
        if (v instanceof LocalDateTime) {
            return ((LocalDateTime) v).toLocalDate();
        }
        if (v instanceof OffsetDateTime) {
            return ((OffsetDateTime) v).toLocalDate();
        }
        if (v instanceof ZonedDateTime) {
            return ((ZonedDateTime) v).toLocalDate();
        }
        return null;
    }

    /** The last day of a date value (the last of the month for month precision), or null. */
    static LocalDate lastDay(Object v) {
        if (v instanceof YearMonth) {
            return ((YearMonth) v).atEndOfMonth();
        }
        return firstDay(v);
    }

    /** The text of a string or enum value, or null. */
    static String text(Object v) {
        if (v instanceof CharSequence) {
            return v.toString();
        }
        if (v instanceof Enum) {
            return ((Enum<?>) v).name();
        }
        return null;
    }

    /** An enum-like text normalised for comparison: lower case, '_' as '-'. */
    static String token(Object v) {
        String t = text(v);
        return t == null ? null : t.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The plain text of a number for messages, without exponent. */
    static String show(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A value with its unit symbol for messages, for example {@code -3.7 V}. */
    static String show(BigDecimal n, Unit unit) {
        return unit == null ? show(n) : show(n) + " " + unit.symbol();
    }

    /** A value shown in a message, truncated to 60 characters. */
    static String shorten(Object v) {
        String s = String.valueOf(v);
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
