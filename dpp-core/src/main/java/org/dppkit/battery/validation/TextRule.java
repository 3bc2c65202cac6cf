package org.dppkit.battery.validation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dppkit.battery.BatteryField;
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
 * may be restricted). Stateless.
 */
final class TextRule {

    private TextRule() {
    }

    /** Checks every text of every present field. */
    static void check(Read p, List<Finding> out) {
        for (BatteryField f : BatteryField.values()) {
            Object v = p.value(f);
            if (v != null) {
                walk(f, Paths.of(f), v, out);
            }
        }
    }

    private static void walk(BatteryField f, String path, Object v, List<Finding> out) {
        if (v == null) {
            return;
        }
        if (v instanceof String s) {
            text(f, path, s, out);
        } else if (v instanceof Optional<?> o) {
            if (o.isPresent()) {
                walk(f, path, o.get(), out);
            }
        } else if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(f, Paths.append(path, i), list.get(i), out);
            }
        } else if (v instanceof LocalizedText t) {
            for (Map.Entry<String, String> e : t.asMap().entrySet()) {
                text(f, Paths.append(path, e.getKey()), e.getValue(), out);
            }
        } else if (v instanceof URI) {
            // URIs hold only the characters RFC 3986 allows, or the builder rejected them
            return;
        } else {
            object(f, path, v, out);
        }
    }

    private static void object(BatteryField f, String path, Object v, List<Finding> out) {
        if (v instanceof PostalAddress a) {
            props(f, path, out, "streetAddress", a.streetAddress(), "postalCode", a.postalCode(),
                    "locality", a.locality(), "countryCode", a.countryCode(), "region", a.region());
        } else if (v instanceof EconomicOperator o) {
            props(f, path, out, "name", o.name(), "postalAddress", o.postalAddress(),
                    "identifier", o.identifier(), "emailAddress", o.emailAddress());
        } else if (v instanceof Facility x) {
            props(f, path, out, "name", x.name(), "postalAddress", x.postalAddress(), "identifier", x.identifier());
        } else if (v instanceof Chemistry c) {
            props(f, path, out, "shortName", c.shortName(), "clearName", c.clearName());
        } else if (v instanceof HazardousSubstance h) {
            props(f, path, out, "name", h.name(), "identifier", h.identifier(),
                    "hazardClasses", h.hazardClasses(), "location", h.location());
        } else if (v instanceof MaterialShare m) {
            props(f, path, out, "material", m.material(), "identifier", m.identifier(), "component", m.component());
        } else if (v instanceof SupplyChainIndex s) {
            props(f, path, out, "name", s.name());
        } else if (v instanceof SparePart s) {
            props(f, path, out, "partName", s.partName(), "partNumber", s.partNumber());
        } else if (v instanceof SparePartSource s) {
            props(f, path, out, "name", s.name(), "postalAddress", s.postalAddress(),
                    "emailAddress", s.emailAddress(), "parts", s.parts());
        } else if (v instanceof NegativeEvent e) {
            props(f, path, out, "description", e.description(), "evidence", e.evidence());
        } else if (v instanceof DocumentRef d) {
            props(f, path, out, "mediaType", d.mediaType(), "language", d.language(), "title", d.title(),
                    "sha256", d.sha256());
        }
        // the other value types hold numbers, dates and enum constants only
    }

    /** Walks name, value pairs. */
    private static void props(BatteryField f, String path, List<Finding> out, Object... nameValues) {
        for (int i = 0; i < nameValues.length; i += 2) {
            walk(f, Paths.append(path, nameValues[i]), nameValues[i + 1], out);
        }
    }

    private static void text(BatteryField f, String path, String s, List<Finding> out) {
        Problem problem = find(s);
        if (problem != null) {
            Map<String, Object> args = new java.util.LinkedHashMap<>(6);
            args.put("field", f.key());
            args.put("path", path);
            if (problem.position >= 0) {
                args.put("codePoint", problem.codePoint);
                args.put("position", problem.position);
            }
            out.add(CatalogueRules.finding(FindingCode.TEXT_UNSAFE, f, path, f.legalReference(),
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
