package org.dppkit.resolver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.LinkType;

/**
 * The RFC 9264 linkset ({@code application/linkset+json}) of a request, in the shape GS1
 * resolvers use: one link context object per level from the request's identifier up to the
 * GTIN, each anchored at that identifier on this resolver and holding the links defined at that
 * level, keyed by full link relation type URIs.
 */
final class Linkset {

    /** The JSON-LD context this resolver serves for linksets (RFC 9264 appendix A style). */
    static final String CONTEXT = "{\"@context\":{"
            + "\"@vocab\":\"https://ref.gs1.org/voc/\","
            + "\"gs1\":\"https://ref.gs1.org/voc/\","
            + "\"linkset\":\"@graph\","
            + "\"anchor\":\"@id\","
            + "\"href\":\"@id\","
            + "\"itemDescription\":\"https://ref.gs1.org/voc/productDescription\","
            + "\"title\":\"http://purl.org/dc/terms/title\","
            + "\"type\":\"http://purl.org/dc/terms/format\","
            + "\"hreflang\":\"http://purl.org/dc/terms/language\"}}\n";

    private Linkset() {
    }

    /** One level of the chain: its key and, if stored, the level of its passport. */
    static final class Level {
        final DigitalLink key;
        final boolean hasPassport;
        final boolean isDefault;

        Level(DigitalLink key, boolean hasPassport, boolean isDefault) {
            this.key = key;
            this.hasPassport = hasPassport;
            this.isDefault = isDefault;
        }
    }

    /** Returns the path of a key: "/01/G/10/L/21/S". */
    static String path(DigitalLink key) {
        return key.toString().substring(DigitalLink.CANONICAL_DOMAIN.length());
    }

    static byte[] render(String root, List<Level> levels, List<Link> links) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"linkset\":[");
        boolean firstObject = true;
        for (Level level : levels) {
            PassportLevel at = PassportKeys.level(level.key);
            String anchor = root + path(level.key);
            Map<String, List<String>> byType = new LinkedHashMap<>();
            if (level.hasPassport) {
                List<String> dpp = new ArrayList<>(2);
                String title = "Battery passport (" + PassportPage.levelWord(at) + " level)";
                dpp.add(entry(anchor, title, "application/json", List.of()));
                dpp.add(entry(anchor, title + ", page", "text/html", List.of("en")));
                byType.put(LinkType.DPP.uri(), dpp);
            }
            for (Link link : links) {
                if (link.appliesTo(level.key, at)) {
                    byType.computeIfAbsent(link.type().uri(), k -> new ArrayList<>())
                            .add(entry(link.href(level.key), link.title(),
                                    link.mediaType().orElse(null), link.languages()));
                }
            }
            if (level.isDefault) {
                // GS1: the default link has no optional attributes and also appears under a
                // descriptive link type (gs1:dpp above).
                byType.put(LinkType.DEFAULT_LINK.uri(), List.of(entry(anchor,
                        "Battery passport (" + PassportPage.levelWord(at) + " level)", null,
                        List.of())));
            }
            if (!firstObject) {
                sb.append(',');
            }
            firstObject = false;
            sb.append("{\"anchor\":");
            Texts.jsonString(sb, anchor);
            sb.append(",\"itemDescription\":");
            Texts.jsonString(sb, description(level.key, at));
            for (Map.Entry<String, List<String>> e : byType.entrySet()) {
                sb.append(',');
                Texts.jsonString(sb, e.getKey());
                sb.append(":[").append(String.join(",", e.getValue())).append(']');
            }
            sb.append('}');
        }
        sb.append("]}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String description(DigitalLink key, PassportLevel at) {
        String gtin = key.primaryKeyValue();
        return switch (at) {
            case MODEL -> "Battery model " + gtin;
            case BATCH -> "Battery batch " + key.lot().orElse("") + " of model " + gtin;
            case ITEM -> "Battery serial number " + key.serial().orElse("") + " of model " + gtin;
        };
    }

    private static String entry(String href, String title, String type, List<String> languages) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"href\":");
        Texts.jsonString(sb, href);
        sb.append(",\"title\":");
        Texts.jsonString(sb, title);
        if (type != null) {
            sb.append(",\"type\":");
            Texts.jsonString(sb, type);
        }
        if (!languages.isEmpty()) {
            sb.append(",\"hreflang\":[");
            for (int i = 0; i < languages.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Texts.jsonString(sb, languages.get(i));
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }
}
