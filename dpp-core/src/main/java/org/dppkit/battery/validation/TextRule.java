package org.dppkit.battery.validation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.SparePart;
import org.dppkit.battery.SparePartSource;
import org.dppkit.battery.SupplyChainIndex;
import org.dppkit.battery.internal.PassportInternals;
import org.dppkit.core.Finding;

/**
 * The text rule ({@link FindingCode#TEXT_UNSAFE}): every text of a passport, nested ones
 * included, must be readable text. Reported, once per text, with the JSON pointer of the text:
 * <ul>
 * <li>a control character (U+0000 to U+001F except tab, line feed and carriage return;
 *     U+007F to U+009F);</li>
 * <li>a bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069),
 *     which can make a text display differently from what it holds;</li>
 * <li>a lone surrogate (half of a UTF-16 pair) or a noncharacter (U+FFFE, U+FFFF);</li>
 * <li>a text made only of white space and invisible characters (no-break spaces, zero-width
 *     spaces, the byte order mark), which the builders' blank check does not catch.</li>
 * </ul>
 * The message names the character by its code point and position, never the text itself (it
 * may be restricted). One instance walks the values of one validation; not shared.
 */
final class TextRule {

    private static final BatteryField[] FIELDS = BatteryField.values();

    private final List<Finding> out;
    private BatteryField field;
    /** The JSON pointer tokens below the field, built into a string only for a finding. */
    private Object[] tokens = new Object[8];
    private int depth;

    private TextRule(List<Finding> out) {
        this.out = out;
    }

    /**
     * Checks every text of every present field of a passport. The passport knows, from when it
     * was built, which fields cannot hold an unsafe text; only the others are walked.
     */
    static void check(BatteryPassport passport, Read p, List<Finding> out) {
        TextRule rule = null;
        for (BatteryField f : FIELDS) {
            Object v = p.value(f);
            if (v != null && PassportInternals.mayHoldUnsafeText(passport, f) && holdsText(v)) {
                if (rule == null) {
                    rule = new TextRule(out);
                }
                rule.field = f;
                rule.depth = 0;
                rule.walk(v);
            }
        }
    }

    /**
     * Tells whether a value may hold text. Lists are homogeneous, so a list is judged by its
     * first element: lists of observations, quantities or dates are skipped whole.
     */
    private static boolean holdsText(Object v) {
        if (v instanceof List<?> list) {
            return !list.isEmpty() && holdsText(list.get(0));
        }
        if (v instanceof Optional<?> o) {
            return o.isPresent() && holdsText(o.get());
        }
        return v instanceof String || v instanceof LocalizedText || v instanceof PostalAddress
                || v instanceof EconomicOperator || v instanceof Facility || v instanceof Chemistry
                || v instanceof HazardousSubstance || v instanceof MaterialShare
                || v instanceof SupplyChainIndex || v instanceof SparePart
                || v instanceof SparePartSource || v instanceof NegativeEvent
                || v instanceof DocumentRef;
    }

    private void push(Object token) {
        if (depth == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, depth * 2);
        }
        tokens[depth++] = token;
    }

    private void walk(Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof String s) {
            text(s);
        } else if (v instanceof Optional<?> o) {
            if (o.isPresent()) {
                walk(o.get());
            }
        } else if (v instanceof List<?> list) {
            if (!holdsText(list)) {
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                push(i);
                walk(list.get(i));
                depth--;
            }
        } else if (v instanceof LocalizedText t) {
            for (Map.Entry<String, String> e : t.asMap().entrySet()) {
                push(e.getKey());
                text(e.getValue());
                depth--;
            }
        } else if (v instanceof URI) {
            // URIs hold only the characters RFC 3986 allows, or the builder rejected them
            return;
        } else {
            object(v);
        }
    }

    private void object(Object v) {
        if (v instanceof PostalAddress a) {
            prop("streetAddress", a.streetAddress());
            prop("postalCode", a.postalCode());
            prop("locality", a.locality());
            prop("countryCode", a.countryCode());
            prop("region", a.region());
        } else if (v instanceof EconomicOperator o) {
            prop("name", o.name());
            prop("postalAddress", o.postalAddress());
            prop("identifier", o.identifier());
            prop("emailAddress", o.emailAddress());
        } else if (v instanceof Facility x) {
            prop("name", x.name());
            prop("postalAddress", x.postalAddress());
            prop("identifier", x.identifier());
        } else if (v instanceof Chemistry c) {
            prop("shortName", c.shortName());
            prop("clearName", c.clearName());
        } else if (v instanceof HazardousSubstance h) {
            prop("name", h.name());
            prop("identifier", h.identifier());
            prop("hazardClasses", h.hazardClasses());
            prop("location", h.location());
        } else if (v instanceof MaterialShare m) {
            prop("material", m.material());
            prop("identifier", m.identifier());
            prop("component", m.component());
        } else if (v instanceof SupplyChainIndex s) {
            prop("name", s.name());
        } else if (v instanceof SparePart s) {
            prop("partName", s.partName());
            prop("partNumber", s.partNumber());
        } else if (v instanceof SparePartSource s) {
            prop("name", s.name());
            prop("postalAddress", s.postalAddress());
            prop("emailAddress", s.emailAddress());
            prop("parts", s.parts());
        } else if (v instanceof NegativeEvent e) {
            prop("description", e.description());
            prop("evidence", e.evidence());
        } else if (v instanceof DocumentRef d) {
            prop("mediaType", d.mediaType());
            prop("language", d.language());
            prop("title", d.title());
            prop("sha256", d.sha256());
        }
        // the other value types hold numbers, dates and enum constants only
    }

    private void prop(String name, Object value) {
        push(name);
        walk(value);
        depth--;
    }

    private void text(String s) {
        Problem problem = find(s);
        if (problem != null) {
            String path = Paths.of(field);
            for (int i = 0; i < depth; i++) {
                path = Paths.append(path, tokens[i]);
            }
            Map<String, Object> args = new java.util.LinkedHashMap<>(6);
            args.put("field", field.key());
            args.put("path", path);
            if (problem.position >= 0) {
                args.put("codePoint", problem.codePoint);
                args.put("position", problem.position);
            }
            out.add(CatalogueRules.finding(FindingCode.TEXT_UNSAFE, field, path, field.legalReference(),
                    FindingCode.TEXT_UNSAFE.code() + "." + problem.kind, args));
        }
    }

    /** What makes a text unsafe: a message-key suffix, the code point (U+XXXX) and its index. */
    record Problem(String kind, String codePoint, int position) {

        /** Describes the problem in English, naming the code point and position. */
        String describe() {
            switch (kind) {
                case "surrogate":
                    return "has a lone surrogate " + codePoint + " at position " + position;
                case "control":
                    return "has the control character " + codePoint + " at position " + position;
                case "bidi":
                    return "has the bidirectional control " + codePoint + " at position " + position
                            + " (it can make the text display differently from what it holds)";
                case "noncharacter":
                    return "has the noncharacter " + codePoint + " at position " + position;
                default:
                    return "has only white space or invisible characters";
            }
        }
    }

    /** Describes what makes the text unsafe, or returns null if it is readable text. */
    static String problem(String s) {
        Problem p = find(s);
        return p == null ? null : p.describe();
    }

    /** Finds what makes the text unsafe, or returns null if it is readable text. */
    static Problem find(String s) {
        boolean visible = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                // printable ASCII (the common case): only the space is invisible
                visible |= c != ' ';
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                visible = true;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return new Problem("surrogate", codePoint(c), i);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return new Problem("control", codePoint(c), i);
            }
            if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return new Problem("bidi", codePoint(c), i);
            }
            if (c == 0xfffe || c == 0xffff) {
                return new Problem("noncharacter", codePoint(c), i);
            }
            if (!invisible(c)) {
                visible = true;
            }
        }
        return visible ? null : new Problem("blank", null, -1);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\u200c'
                || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad' || c == '\u180e';
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
