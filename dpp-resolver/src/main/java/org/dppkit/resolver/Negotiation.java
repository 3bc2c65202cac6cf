package org.dppkit.resolver;

import java.util.Locale;

/**
 * Content negotiation over the {@code Accept} header (RFC 9110 section 12.5.1): quality values,
 * wildcards, the most specific range deciding a type's quality.
 */
final class Negotiation {

    /** What the resolver can send for a passport. */
    enum Kind {
        /** {@code application/json}: the dppkit JSON of the audience. */
        JSON("application/json"),
        /** {@code text/html}: the passport page. */
        HTML("text/html"),
        /** {@code application/linkset+json}: the RFC 9264 linkset. */
        LINKSET("application/linkset+json");

        final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    private Negotiation() {
    }

    /**
     * Chooses what to send: the kind with the highest quality, JSON before HTML on a tie; the
     * linkset only when asked for by name. Returns null when nothing is acceptable.
     */
    static Kind choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Kind.JSON;
        }
        double json = quality(accept, "application", "json");
        double html = quality(accept, "text", "html");
        double linkset = explicitQuality(accept, "application", "linkset+json");
        if (linkset > 0 && linkset >= json && linkset >= html) {
            return Kind.LINKSET;
        }
        if (json <= 0 && html <= 0) {
            return null;
        }
        return json >= html ? Kind.JSON : Kind.HTML;
    }

    /** Quality of type/subtype: the most specific matching range wins; 0 if none matches. */
    static double quality(String accept, String type, String subtype) {
        double best = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",", 64)) {
            int semi = range.indexOf(';');
            String media = (semi < 0 ? range : range.substring(0, semi)).trim()
                    .toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String t = media.substring(0, slash);
            String s = media.substring(slash + 1);
            int specificity;
            if (t.equals(type) && s.equals(subtype)) {
                specificity = 2;
            } else if (t.equals(type) && s.equals("*")) {
                specificity = 1;
            } else if (t.equals("*") && s.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = q(semi < 0 ? "" : range.substring(semi + 1));
            }
        }
        return best;
    }

    private static double explicitQuality(String accept, String type, String subtype) {
        for (String range : accept.split(",", 64)) {
            int semi = range.indexOf(';');
            String media = (semi < 0 ? range : range.substring(0, semi)).trim()
                    .toLowerCase(Locale.ROOT);
            if (media.equals(type + "/" + subtype)) {
                return q(semi < 0 ? "" : range.substring(semi + 1));
            }
        }
        return 0;
    }

    private static double q(String params) {
        for (String p : params.split(";")) {
            String t = p.trim();
            if (t.length() > 2 && (t.charAt(0) == 'q' || t.charAt(0) == 'Q') && t.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(t.substring(2).trim());
                    return q < 0 || q > 1 || Double.isNaN(q) ? 0 : q;
                } catch (NumberFormatException e) {
                    return 0;   // an unreadable weight makes the range unacceptable
                }
            }
        }
        return 1;
    }
}
