package org.dppkit.qr;

import java.util.Map;
import java.util.Optional;
import org.dppkit.gs1.DigitalLink;

/** The human-readable caption (GS1 HRI) of a symbol; internal. */
final class Captions {

    private Captions() {
    }

    /** "(01) 09506000134352 (10) LOT1 (21) SN-000123": primary key, then key qualifiers. */
    static String hri(DigitalLink link) {
        StringBuilder sb = new StringBuilder(64);
        sb.append('(').append(link.primaryKey().code()).append(") ").append(link.primaryKeyValue());
        for (Map.Entry<String, String> q : link.keyQualifiers().entrySet()) {
            sb.append(" (").append(q.getKey()).append(") ").append(q.getValue());
        }
        return sb.toString();
    }

    /** The symbol's HRI, or that of its text when the text parses as a Digital Link. */
    static Optional<String> of(QrSymbol symbol) {
        Optional<String> hri = symbol.humanReadable();
        if (hri.isPresent()) {
            return hri;
        }
        try {
            return Optional.of(hri(DigitalLink.parse(symbol.text())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Splits a caption into lines that fit a width, at element boundaries ("(21) SN-1"), with the
     * font shrunk (never grown) until the longest element fits.
     */
    static Wrapped wrap(String caption, double widthMm, double maxFontMm) {
        java.util.List<String> elements = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 1; i < caption.length(); i++) {
            if (caption.charAt(i) == '(' && caption.charAt(i - 1) == ' ') {
                elements.add(caption.substring(start, i - 1));
                start = i;
            }
        }
        elements.add(caption.substring(start));
        int longest = 0;
        for (String e : elements) {
            longest = Math.max(longest, e.length());
        }
        double font = Math.min(maxFontMm, widthMm / (longest * SvgRenderer.GLYPH_ADVANCE));
        int perLine = Math.max(longest, (int) Math.floor(widthMm / (font * SvgRenderer.GLYPH_ADVANCE)
                + 1e-9));
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String e : elements) {
            if (line.length() > 0 && line.length() + 1 + e.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(e);
        }
        lines.add(line.toString());
        return new Wrapped(java.util.List.copyOf(lines), font);
    }

    /** Caption lines and the font size that makes them fit. */
    static final class Wrapped {
        final java.util.List<String> lines;
        final double fontMm;

        Wrapped(java.util.List<String> lines, double fontMm) {
            this.lines = lines;
            this.fontMm = fontMm;
        }
    }
}
