package org.dppkit.battery;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An upper bound of the JSON document length of a passport's values, in characters and in UTF-8
 * bytes, so that the builders never accept a passport whose document the reader would reject as
 * longer than {@link PassportLimits#MAX_DOCUMENT_LENGTH}; internal. One instance measures the
 * values of one passport under construction; not shared.
 *
 * <p>Every text counts each character at its longest escaped and encoded form (6 for a control
 * character or a surrogate, which the UTF-8 writer escapes as {@code \}{@code uXXXX}; 2 for a
 * quote or backslash; 1 to 3 for the UTF-8 bytes of others); every property counts its name and
 * punctuation as {@link #PROPERTY}; every number counts {@link PassportLimits#MAX_NUMBER_LENGTH}.
 *
 * <p>The same pass over the characters notes whether a field's value holds a text the
 * validator's text rule might report (a control, bidirectional or noncharacter, a surrogate, or
 * no visible character at all; see {@link #suspect()}): the validator then reads only the fields
 * so marked, and a passport's texts are scanned once, when it is built, whatever the number of
 * validations and of item passports that share a model's or batch's values.
 */
final class DocumentSize {

    /** Room for one property's name (the longest catalogue key and sub-property name), quotes, colon, comma. */
    static final int PROPERTY = 80;
    /** Room for a date, month or instant and its quotes. */
    private static final int TEMPORAL = 40;
    /** Room for a quantity object: value, unit code and the punctuation around them. */
    private static final int QUANTITY = PassportLimits.MAX_NUMBER_LENGTH + 2 * PROPERTY + 40;
    /** Room for the header, derivedFrom (two parent headers) and the closing of the document. */
    static final int HEADER = 64 * 1024;
    /** Most a passport's values together may count: the document limit less the header. */
    static final long BUDGET = PassportLimits.MAX_DOCUMENT_LENGTH - HEADER;

    /** Whether a text measured since the last {@link #field} call may be reported as unsafe. */
    private boolean suspect;

    DocumentSize() {
    }

    /**
     * Returns the bound of one field's value in the {@code fields} object, with its key and its
     * {@code provenance} entry; afterwards {@link #suspect()} tells about this value's texts.
     */
    long field(BatteryField field, Object value) {
        suspect = false;
        return 2L * PROPERTY + 2L * field.key().length() + of(value);
    }

    /**
     * Tells whether a text of the value last measured by {@link #field} may be unsafe: true for
     * every text the validator's text rule reports, and for some it finds readable (any
     * surrogate pair, any text without a visible ASCII or other non-blank character).
     */
    boolean suspect() {
        return suspect;
    }

    /** Returns the bound of a value of any passport type. */
    long of(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof Quantity) {
            return QUANTITY;
        }
        if (v instanceof Enum<?>) {
            return PROPERTY;
        }
        if (v instanceof java.time.temporal.Temporal || v instanceof java.time.YearMonth) {
            return TEMPORAL;
        }
        if (v instanceof java.net.URI u) {
            return text(u.toString());
        }
        if (v instanceof java.math.BigDecimal) {
            return PassportLimits.MAX_NUMBER_LENGTH;
        }
        if (v instanceof Optional<?> o) {
            return o.isPresent() ? PROPERTY + of(o.get()) : 0;
        }
        if (v instanceof List<?> list) {
            long n = 2;
            for (Object e : list) {
                n += 1 + of(e);
            }
            return n;
        }
        if (v instanceof LocalizedText t) {
            long n = 2;
            for (Map.Entry<String, String> e : t.asMap().entrySet()) {
                n += 2 + text(e.getKey()) + text(e.getValue());
            }
            return n;
        }
        return 2 + object(v);
    }

    /** The properties of an object value, each with {@link #PROPERTY} for its name. */
    private long object(Object v) {
        if (v instanceof PostalAddress a) {
            return props(a.streetAddress(), a.postalCode(), a.locality(), a.countryCode(), a.region());
        }
        if (v instanceof EconomicOperator o) {
            return props(o.name(), o.postalAddress(), o.identifier(), o.emailAddress(), o.webAddress());
        }
        if (v instanceof Facility f) {
            return props(f.name(), f.postalAddress(), f.identifier());
        }
        if (v instanceof Chemistry c) {
            return props(c.shortName(), c.clearName());
        }
        if (v instanceof HazardousSubstance h) {
            return props(h.name(), h.identifier(), h.hazardClasses(), h.concentration(), h.location());
        }
        if (v instanceof MaterialShare m) {
            return props(m.material(), m.mass(), m.identifier(), m.component());
        }
        if (v instanceof LifecycleStageEmission e) {
            return props(e.stage(), e.footprint());
        }
        if (v instanceof RecycledShare r) {
            return props(r.preConsumerShare(), r.postConsumerShare());
        }
        if (v instanceof SupplyChainIndex s) {
            return props(s.name(), s.value());
        }
        if (v instanceof SparePart s) {
            return props(s.partName(), s.partNumber());
        }
        if (v instanceof SparePartSource s) {
            return props(s.name(), s.postalAddress(), s.emailAddress(), s.webAddress(), s.parts());
        }
        if (v instanceof PowerCapability p) {
            return props(p.stateOfCharge(), p.power(), p.temperatureRange());
        }
        if (v instanceof TemperatureRange t) {
            return props(t.lower(), t.upper());
        }
        if (v instanceof ResistanceValue r) {
            return props(r.component(), r.value());
        }
        if (v instanceof NegativeEvent e) {
            return props(e.date(), e.description(), e.evidence());
        }
        if (v instanceof Observation o) {
            return props(o.time(), o.value());
        }
        if (v instanceof ExtremeTemperatureTime x) {
            return props(x.aboveBoundary(), x.belowBoundary(), x.chargingAboveBoundary(),
                    x.chargingBelowBoundary());
        }
        if (v instanceof DocumentRef d) {
            return props(d.uri(), d.mediaType(), d.language(), d.title(), d.sha256());
        }
        throw new IllegalStateException("no size bound for " + v.getClass().getName());
    }

    private long props(Object... values) {
        long n = 0;
        for (Object o : values) {
            n += PROPERTY + of(o);
        }
        return n;
    }

    /** The longest escaped, UTF-8 encoded form of a text with its quotes. */
    long text(String s) {
        long n = 2;
        boolean visible = false;
        boolean odd = false;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < 0x20) {
                    n += 6;
                    odd |= c != '\t' && c != '\n' && c != '\r';
                } else {
                    n += c == '"' || c == '\\' ? 2 : 1;
                    visible |= c > ' ' && c != 0x7f;
                    odd |= c == 0x7f;
                }
            } else if (Character.isSurrogate(c)) {
                n += 6;
                odd = true;
            } else {
                n += c < 0x800 ? 2 : 3;
                odd |= c <= 0x9f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                        || c >= 0xfffe;
                visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !(c >= 0x2000 && c <= 0x206f)
                        && c != 0xfeff && c != 0xad && c != 0x180e;
            }
        }
        suspect |= odd || !visible;
        return n;
    }
}
