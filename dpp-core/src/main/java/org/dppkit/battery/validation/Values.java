package org.dppkit.battery.validation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.gs1.internal.Excerpts;

/**
 * Reads the parts the rules need from the passport model's value types (the types
 * {@link org.dppkit.battery.BatteryField#valueType()} names). Every method returns {@code null}
 * (internal use only) when the value has no such part.
 */
final class Values {

    private Values() {
    }

    /** The number of a measured quantity, or null. */
    static BigDecimal number(Object v) {
        return v instanceof Quantity q ? q.value() : null;
    }

    /** The unit of a measured quantity, or null. */
    static Unit unit(Object v) {
        return v instanceof Quantity q ? q.unit() : null;
    }

    /** The measured parts of an object value, in a stable order, or null for other values. */
    static Map<String, Object> properties(Object v) {
        if (v instanceof TemperatureRange r) {
            return parts("lower", r.lower(), "upper", r.upper());
        }
        if (v instanceof RecycledShare r) {
            return parts("preConsumerShare", r.preConsumerShare(), "postConsumerShare", r.postConsumerShare());
        }
        if (v instanceof LifecycleStageEmission e) {
            return parts("footprint", e.footprint(), null, null);
        }
        if (v instanceof PowerCapability c) {
            Map<String, Object> m = parts("stateOfCharge", c.stateOfCharge(), "power", c.power());
            c.temperatureRange().ifPresent(r -> m.put("temperatureRange", r));
            return m;
        }
        if (v instanceof ResistanceValue r) {
            return parts("value", r.value(), null, null);
        }
        if (v instanceof Observation o) {
            return parts("value", o.value(), null, null);
        }
        if (v instanceof MaterialShare m) {
            return parts("mass", m.mass(), null, null);
        }
        if (v instanceof ExtremeTemperatureTime t) {
            Map<String, Object> m = parts("aboveBoundary", t.aboveBoundary(), "belowBoundary", t.belowBoundary());
            m.put("chargingAboveBoundary", t.chargingAboveBoundary());
            m.put("chargingBelowBoundary", t.chargingBelowBoundary());
            return m;
        }
        return null;
    }

    private static Map<String, Object> parts(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>(8);
        m.put(k1, v1);
        if (k2 != null) {
            m.put(k2, v2);
        }
        return m;
    }

    /** The footprint of a life-cycle stage, or null. */
    static Object stageValue(Object v) {
        return v instanceof LifecycleStageEmission e ? e.footprint() : null;
    }

    /** The elements of a list value, or the value itself as the only element. */
    static List<?> elements(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        return Collections.singletonList(v);
    }

    /** Tells whether a present value says nothing: an empty list. */
    static boolean isEmpty(Object v) {
        return v instanceof Collection<?> c && c.isEmpty();
    }

    /** The link of a URL or document reference, or null. */
    static URI uri(Object v) {
        if (v instanceof URI u) {
            return u;
        }
        return v instanceof DocumentRef d ? d.uri() : null;
    }

    /** The raw text of a link value, for messages. */
    static String linkText(Object v) {
        URI u = uri(v);
        return String.valueOf(u != null ? u : v);
    }

    /** The first day of a date value (the first of the month for a month), or null. */
    static LocalDate firstDay(Object v) {
        if (v instanceof LocalDate d) {
            return d;
        }
        return v instanceof YearMonth m ? m.atDay(1) : null;
    }

    /** The last day of a date value (the last of the month for a month), or null. */
    static LocalDate lastDay(Object v) {
        return v instanceof YearMonth m ? m.atEndOfMonth() : firstDay(v);
    }

    /** The text of a string value, or null. */
    static String text(Object v) {
        return v instanceof String s ? s : null;
    }

    /** The plain text of a number for messages, without exponent. */
    static String show(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A value shown in a message: see {@link Excerpts#truncate}. */
    static String shorten(Object v) {
        return Excerpts.truncate(String.valueOf(v));
    }
}
