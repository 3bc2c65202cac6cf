package org.dppkit.resolver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.FieldType;
import org.dppkit.battery.Section;
import org.dppkit.battery.Unit;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * The human-readable passport page: server-rendered HTML5 that needs no JavaScript, laid out for
 * a phone (it is reached by scanning), with landmarks, headings and definition lists for screen
 * readers. Values come from the audience's JSON document only, so the page shows exactly what
 * the JSON of that audience shows.
 */
final class PassportPage {

    /** Sections in Annex XIII order: by the first Annex XIII point among their fields. */
    static final List<Section> SECTION_ORDER;

    static {
        Map<Section, Integer> rank = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            int best = Integer.MAX_VALUE;
            for (BatteryField f : BatteryField.inSection(s)) {
                best = Math.min(best, annexRank(f.annexXiiiRef().orElse(null)));
            }
            rank.put(s, best);
        }
        List<Section> order = new ArrayList<>(List.of(Section.values()));
        order.sort(Comparator.comparingInt((Section s) -> rank.get(s))
                .thenComparingInt(Enum::ordinal));
        SECTION_ORDER = List.copyOf(order);
    }

    private static final String STYLE = "*{box-sizing:border-box}"
            + "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "color:#1b1b1b;background:#fff}"
            + "header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}"
            + "header{border-bottom:1px solid #ccc}"
            + "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;"
            + "border-bottom:2px solid #0b5;padding-bottom:.2rem}"
            + ".level{font-weight:600;background:#eef8f1;border-left:4px solid #0b5;"
            + "padding:.5rem .75rem;margin:.75rem 0}"
            + ".walkup{background:#fff7e0;border-left-color:#c80}"
            + ".summary{display:grid;grid-template-columns:auto 1fr;gap:.15rem .75rem}"
            + ".summary div{display:contents}"
            + "dl{margin:0}.field{padding:.4rem 0;border-bottom:1px solid #eee}"
            + "dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}"
            + ".ref{font-weight:400;font-size:.8rem;color:#555;margin-left:.4rem}"
            + ".restricted{font-size:.75rem;background:#eee;border-radius:3px;padding:0 .3rem;"
            + "margin-left:.4rem;font-weight:400}"
            + "ul{margin:0;padding-left:1.2rem}dl dl{margin-left:.75rem}"
            + ".qr{margin:1rem 0;text-align:center}.qr svg{width:12rem;max-width:60vw;height:auto}"
            + "figcaption{font-size:.8rem;color:#555;overflow-wrap:anywhere}"
            + "nav ol{padding-left:1.2rem;columns:2}a{color:#05a}"
            + "code{font-size:.9em;overflow-wrap:anywhere}"
            + "footer{font-size:.8rem;color:#555;border-top:1px solid #ccc}";

    private PassportPage() {
    }

    /**
     * Renders the page.
     *
     * @param doc the audience's JSON document of the answering passport
     * @param level the answering passport's level
     * @param answeringId the answering passport's identifier (key)
     * @param requestKey the identifier that was asked for
     * @param category the battery category
     * @param audience the audience the page is for
     * @param qrSvg the passport's QR code as an inline SVG element, or null
     * @param qrText the text the QR code holds, or null
     * @param linksetHref where the linkset of the request is
     */
    static String render(JsonNode doc, PassportLevel level, DigitalLink answeringId,
            DigitalLink requestKey, BatteryCategory category, Audience audience, String qrSvg,
            String qrText, String linksetHref) {
        StringBuilder sb = new StringBuilder(16384);
        String gtin = answeringId.primaryKeyValue();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>");
        Texts.html(sb, "Battery passport: " + categoryName(category) + ", " + subject(level,
                answeringId));
        sb.append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<h1>Battery passport</h1>\n");
        PassportLevel requested = PassportKeys.level(requestKey);
        boolean walkedUp = requested != level;
        sb.append("<p id=\"level\" class=\"level").append(walkedUp ? " walkup" : "")
                .append("\" data-level=\"").append(level).append("\">");
        if (walkedUp) {
            Texts.html(sb, "No " + levelWord(requested) + " passport is stored for "
                    + subject(requested, requestKey) + ", so the " + levelWord(level)
                    + " passport answers. ");
        }
        Texts.html(sb, coverage(level, answeringId));
        sb.append("</p>\n<dl class=\"summary\">\n");
        summary(sb, "Battery category", "category", category.name(), categoryName(category)
                + " (" + category.name() + ")");
        summary(sb, "Passport level", "passport-level", level.name(),
                capitalize(levelWord(level)));
        summary(sb, "GTIN", "gtin", gtin, gtin);
        answeringId.lot().ifPresent(lot -> summary(sb, "Batch", "lot", lot, lot));
        answeringId.serial().ifPresent(s -> summary(sb, "Serial number", "serial", s, s));
        String version = doc.path("version").asText();
        summary(sb, "Version", "version", version, version + ", issued "
                + doc.path("issuedAt").asText()
                + (doc.hasNonNull("revisedAt") ? ", revised " + doc.path("revisedAt").asText() : ""));
        summary(sb, "Shown to", "audience", audience.name(), audienceName(audience));
        sb.append("</dl>\n");
        if (qrSvg != null) {
            sb.append("<figure class=\"qr\">").append(qrSvg).append("<figcaption>");
            Texts.html(sb, qrText);
            sb.append("</figcaption></figure>\n");
        }
        sb.append("</header>\n<main>\n");
        JsonNode fields = doc.path("fields");
        List<Section> shown = new ArrayList<>();
        for (Section s : SECTION_ORDER) {
            for (BatteryField f : BatteryField.inSection(s)) {
                if (fields.has(f.key())) {
                    shown.add(s);
                    break;
                }
            }
        }
        sb.append("<nav aria-label=\"Sections\"><ol>");
        for (Section s : shown) {
            sb.append("<li><a href=\"#s-").append(s.key()).append("\">")
                    .append(sectionName(s)).append("</a></li>");
        }
        sb.append("</ol></nav>\n");
        for (Section s : shown) {
            sb.append("<section id=\"s-").append(s.key()).append("\" aria-labelledby=\"h-")
                    .append(s.key()).append("\">\n<h2 id=\"h-").append(s.key()).append("\">")
                    .append(sectionName(s)).append("</h2>\n<dl>\n");
            for (BatteryField f : BatteryField.inSection(s)) {
                JsonNode value = fields.get(f.key());
                if (value == null) {
                    continue;
                }
                sb.append("<div class=\"field\" data-field=\"").append(f.key()).append("\">");
                sb.append("<dt>");
                Texts.html(sb, label(f));
                Optional<String> ref = f.annexXiiiRef();
                if (ref.isPresent()) {
                    sb.append("<span class=\"ref\">Annex XIII ");
                    Texts.html(sb, ref.get());
                    sb.append("</span>");
                }
                if (f.access() != AccessGroup.PUBLIC) {
                    sb.append("<span class=\"restricted\">");
                    Texts.html(sb, groupName(f.access()));
                    sb.append("</span>");
                }
                sb.append("</dt><dd>");
                value(sb, f, value);
                sb.append("</dd></div>\n");
            }
            sb.append("</dl>\n</section>\n");
        }
        sb.append("</main>\n<footer>\n<p>Battery passport under Regulation (EU) 2023/1542,"
                + " Art. 77 and Annex XIII. Identifier: <code>");
        Texts.html(sb, answeringId.toString());
        sb.append("</code>. Machine-readable: <a href=\"");
        Texts.html(sb, linksetHref);
        sb.append("\" type=\"application/linkset+json\">linkset</a>.</p>\n</footer>\n")
                .append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void summary(StringBuilder sb, String label, String id, String data,
            String text) {
        sb.append("<div><dt>");
        Texts.html(sb, label);
        sb.append("</dt><dd id=\"").append(id).append("\" data-value=\"");
        Texts.html(sb, data);
        sb.append("\">");
        Texts.html(sb, text);
        sb.append("</dd></div>\n");
    }

    private static void value(StringBuilder sb, BatteryField f, JsonNode v) {
        if (v.isArray()) {
            sb.append("<ul>");
            for (JsonNode e : v) {
                sb.append("<li>");
                single(sb, f.type(), e);
                sb.append("</li>");
            }
            sb.append("</ul>");
        } else {
            single(sb, f.type(), v);
        }
    }

    private static void single(StringBuilder sb, FieldType type, JsonNode v) {
        if (type == FieldType.TEXT_MULTILINGUAL && v.isObject()) {
            multilingual(sb, v);
        } else if (type == FieldType.URL && v.isTextual()) {
            anchor(sb, v.asText(), v.asText());
        } else {
            node(sb, v);
        }
    }

    private static void node(StringBuilder sb, JsonNode v) {
        if (v.isObject()) {
            if (v.size() == 2 && v.has("value") && v.has("unit") && v.get("value").isNumber()) {
                quantity(sb, v);
            } else if (v.has("uri") && v.get("uri").isTextual()) {
                document(sb, v);
            } else {
                sb.append("<dl>");
                Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    sb.append("<div><dt>");
                    Texts.html(sb, words(e.getKey()));
                    sb.append("</dt><dd>");
                    node(sb, e.getValue());
                    sb.append("</dd></div>");
                }
                sb.append("</dl>");
            }
        } else if (v.isArray()) {
            sb.append("<ul>");
            for (JsonNode e : v) {
                sb.append("<li>");
                node(sb, e);
                sb.append("</li>");
            }
            sb.append("</ul>");
        } else if (v.isBoolean()) {
            sb.append(v.asBoolean() ? "yes" : "no");
        } else if (v.isNumber()) {
            sb.append("<data value=\"").append(v.decimalValue().toPlainString()).append("\">")
                    .append(v.decimalValue().toPlainString()).append("</data>");
        } else {
            Texts.html(sb, v.asText());
        }
    }

    private static void quantity(StringBuilder sb, JsonNode v) {
        String number = v.get("value").decimalValue().toPlainString();
        String code = v.get("unit").asText();
        String symbol = Unit.fromCode(code).map(Unit::symbol).orElse(code);
        sb.append("<data class=\"quantity\" value=\"").append(number).append("\">")
                .append(number).append("</data>&#160;<abbr class=\"unit\" title=\"UN/CEFACT ");
        Texts.html(sb, code);
        sb.append("\">");
        Texts.html(sb, symbol);
        sb.append("</abbr>");
    }

    private static void document(StringBuilder sb, JsonNode v) {
        String uri = v.get("uri").asText();
        String title = v.hasNonNull("title") ? v.get("title").asText() : uri;
        anchor(sb, uri, title);
        StringBuilder extra = new StringBuilder();
        if (v.hasNonNull("mediaType")) {
            extra.append(v.get("mediaType").asText());
        }
        if (v.hasNonNull("language")) {
            extra.append(extra.length() > 0 ? ", " : "").append(v.get("language").asText());
        }
        if (extra.length() > 0) {
            sb.append(" <span class=\"ref\">(");
            Texts.html(sb, extra.toString());
            sb.append(")</span>");
        }
    }

    private static void anchor(StringBuilder sb, String uri, String text) {
        boolean web = uri.startsWith("https://") || uri.startsWith("http://");
        if (web) {
            sb.append("<a rel=\"noopener noreferrer\" href=\"");
            Texts.html(sb, uri);
            sb.append("\">");
            Texts.html(sb, text);
            sb.append("</a>");
        } else {
            sb.append("<code>");
            Texts.html(sb, text);
            sb.append("</code>");
        }
    }

    private static void multilingual(StringBuilder sb, JsonNode v) {
        sb.append("<ul class=\"texts\">");
        Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String tag = e.getKey();
            boolean okTag = tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
            sb.append("<li");
            if (okTag) {
                sb.append(" lang=\"").append(tag).append('"');
            }
            sb.append("><span class=\"ref\">");
            Texts.html(sb, tag);
            sb.append("</span> ");
            Texts.html(sb, e.getValue().asText());
            sb.append("</li>");
        }
        sb.append("</ul>");
    }

    /** A short label from the catalogue key: its last segment in words, "Postal address". */
    static String label(BatteryField f) {
        String key = f.key();
        int dot = key.lastIndexOf('.');
        return words(dot < 0 ? key : key.substring(dot + 1));
    }

    /** "perFunctionalUnit" to "Per functional unit". */
    static String words(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
            boolean prevLower = i > 0 && Character.isLowerCase(camel.charAt(i - 1));
            if (i > 0 && upper && (prevLower || nextLower)) {
                sb.append(' ');
                sb.append(nextLower ? Character.toLowerCase(c) : c);
            } else if (i == 0) {
                sb.append(Character.toUpperCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String sectionName(Section s) {
        return words(s.key());
    }

    static String categoryName(BatteryCategory c) {
        return switch (c) {
            case EV -> "Electric vehicle battery";
            case LMT -> "Light means of transport battery";
            case INDUSTRIAL -> "Industrial battery";
        };
    }

    static String levelWord(PassportLevel level) {
        return switch (level) {
            case MODEL -> "model";
            case BATCH -> "batch";
            case ITEM -> "item";
        };
    }

    static String audienceName(Audience a) {
        return switch (a) {
            case PUBLIC -> "the public (Annex XIII point 1)";
            case LEGITIMATE_INTEREST -> "persons with a legitimate interest (points 1, 2 and 4)";
            case AUTHORITIES -> "notified bodies, market surveillance authorities and the"
                    + " Commission (points 1, 2 and 3)";
            case ISSUER -> "the issuer (every field)";
        };
    }

    static String groupName(AccessGroup g) {
        return switch (g) {
            case PUBLIC -> "public";
            case LEGITIMATE_INTEREST_AND_AUTHORITIES -> "legitimate interest and authorities";
            case AUTHORITIES -> "authorities only";
            case LEGITIMATE_INTEREST -> "legitimate interest only";
        };
    }

    /** "This passport covers every unit of batch L of model G." */
    static String coverage(PassportLevel level, DigitalLink id) {
        String gtin = id.primaryKeyValue();
        return switch (level) {
            case MODEL -> "This passport covers every unit of model " + gtin + ".";
            case BATCH -> "This passport covers every unit of batch " + id.lot().orElse("")
                    + " of model " + gtin + ".";
            case ITEM -> "This passport covers one battery: serial number "
                    + id.serial().orElse("") + " of model " + gtin + ".";
        };
    }

    private static String subject(PassportLevel level, DigitalLink id) {
        String gtin = id.primaryKeyValue();
        return switch (level) {
            case MODEL -> "model " + gtin;
            case BATCH -> "batch " + id.lot().orElse("") + " of model " + gtin;
            case ITEM -> "serial number " + id.serial().orElse("") + " of model " + gtin;
        };
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Orders Annex XIII references: "1(a); 1(g)" ranks by its first point and letter. */
    static int annexRank(String ref) {
        if (ref == null || ref.isEmpty() || !Character.isDigit(ref.charAt(0))) {
            return Integer.MAX_VALUE;
        }
        int point = ref.charAt(0) - '0';
        int open = ref.indexOf('(');
        int letter = open >= 0 && open + 1 < ref.length() ? ref.charAt(open + 1) - 'a' : 0;
        return point * 100 + Math.max(0, Math.min(letter, 99));
    }
}
