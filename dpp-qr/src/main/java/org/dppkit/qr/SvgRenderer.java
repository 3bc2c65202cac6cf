package org.dppkit.qr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a symbol as an SVG document sized in millimetres: one {@code <path>} for all dark
 * modules (each horizontal run of dark modules is one rectangle), {@code viewBox} in modules,
 * {@code shape-rendering="crispEdges"}, and an optional human-readable caption under the symbol.
 * <pre>{@code
 * String svg = SvgRenderer.of(PrintSpec.of(0.495, 300)).render(symbol).asString();
 * // <svg ... width="20.828mm" height="20.828mm" viewBox="0 0 41 41" shape-rendering="crispEdges">
 * //   <rect width="41" height="41" fill="#FFFFFF"/><path fill="#000000" d="M4 4h7v1h-7z..."/></svg>
 * }</pre>
 *
 * <p>The module size is the snapped X-dimension of the {@link PrintSpec}, so a vector label prints
 * with the same geometry as the PNG or ZPL one. A white {@code <rect>} under the path covers the
 * whole label, quiet zone included, so the light quiet zone that scanners need survives on any
 * page, viewer or dark background (a transparent background made a rendered label unreadable
 * to decoders that composite onto black). The caption ({@link #withCaption(boolean)}) is the GS1 HRI of the
 * symbol's Digital Link, such as {@code (01) 09506000134352 (21) SN-000123}, in a monospace font
 * below the quiet zone, centred and as wide as the symbol with its quiet zone: the elements
 * are wrapped onto lines, and the font is made smaller when the longest element would not fit.
 * Symbols encoded from plain text that is not a Digital Link have no caption (a warning says so).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class SvgRenderer implements QrRenderer {

    /** Default caption font size in mm. */
    public static final double DEFAULT_CAPTION_FONT_MM = 2.0;
    /** Advance width of a monospace glyph, as a fraction of the font size. */
    static final double GLYPH_ADVANCE = 0.6;
    /** Caption line height, as a multiple of the font size. */
    static final double LINE_HEIGHT = 1.2;

    private final PrintSpec spec;
    private final boolean caption;
    private final double captionFontMm;
    private final boolean verify;

    private SvgRenderer(PrintSpec spec, boolean caption, double captionFontMm, boolean verify) {
        this.spec = spec;
        this.caption = caption;
        this.captionFontMm = captionFontMm;
        this.verify = verify;
    }

    /**
     * Returns a renderer for a print spec, without caption or verification.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     */
    public static SvgRenderer of(PrintSpec spec) {
        return new SvgRenderer(Objects.requireNonNull(spec, "spec"), false,
                DEFAULT_CAPTION_FONT_MM, false);
    }

    /**
     * Returns a copy that does or does not print the caption.
     *
     * @param caption true to print the GS1 HRI under the symbol
     * @return the renderer, not null
     */
    public SvgRenderer withCaption(boolean caption) {
        return new SvgRenderer(spec, caption, captionFontMm, verify);
    }

    /**
     * Returns a copy with another caption font size.
     *
     * @param fontSizeMm the font size in mm, 0.5 to 20
     * @return the renderer, not null
     * @throws QrException if out of range ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public SvgRenderer withCaptionFontSizeMm(double fontSizeMm) {
        Checks.mmRange("captionFontSizeMm", fontSizeMm, 0.5, 20);
        return new SvgRenderer(spec, caption, fontSizeMm, verify);
    }

    /**
     * Returns a copy that does or does not decode its output back.
     *
     * @param verify true to verify every rendering
     * @return the renderer, not null
     */
    public SvgRenderer withVerify(boolean verify) {
        return new SvgRenderer(spec, caption, captionFontMm, verify);
    }

    /**
     * Returns a copy with another print spec.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     */
    public SvgRenderer withPrintSpec(PrintSpec spec) {
        return new SvgRenderer(Objects.requireNonNull(spec, "spec"), caption, captionFontMm, verify);
    }

    @Override
    public PrintSpec printSpec() {
        return spec;
    }

    @Override
    public boolean verify() {
        return verify;
    }

    /**
     * Returns whether the caption is printed.
     *
     * @return true if it is
     */
    public boolean caption() {
        return caption;
    }

    /**
     * Returns the caption font size.
     *
     * @return the size in mm
     */
    public double captionFontSizeMm() {
        return captionFontMm;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof SvgRenderer)) {
            return false;
        }
        SvgRenderer o = (SvgRenderer) obj;
        return spec.equals(o.spec) && caption == o.caption
                && Double.compare(captionFontMm, o.captionFontMm) == 0 && verify == o.verify;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, caption, captionFontMm, verify);
    }

    @Override
    public String toString() {
        return "SvgRenderer[" + spec + ", caption=" + caption + ", verify=" + verify + "]";
    }

    @Override
    public RenderFormat format() {
        return RenderFormat.SVG;
    }

    @Override
    public RenderResult render(QrSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        PrintLayout layout = spec.layout(symbol);
        List<String> warnings = new ArrayList<>(1);
        Label label = label(symbol, layout, warnings);
        StringBuilder sb = new StringBuilder(256 + symbol.size() * symbol.size() / 2 * 6);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        Num.append(sb, label.widthMm(), 3);
        sb.append("mm\" height=\"");
        Num.append(sb, label.heightMm(), 3);
        sb.append("mm\" viewBox=\"0 0 ");
        Num.append(sb, label.widthModules, 3);
        sb.append(' ');
        Num.append(sb, label.heightModules, 3);
        sb.append("\" shape-rendering=\"crispEdges\">");
        label.appendBody(sb);
        sb.append("</svg>\n");
        String svg = sb.toString();
        boolean verified = false;
        if (verify) {
            QrVerifier.require(QrVerifier.verifySvg(svg, symbol.text()), "SVG");
            verified = true;
        }
        return new RenderResult(RenderFormat.SVG, svg.getBytes(StandardCharsets.UTF_8),
                symbol.text(), layout, warnings, verified);
    }

    Label label(QrSymbol symbol, PrintLayout layout, List<String> warnings) {
        String text = null;
        if (caption) {
            Optional<String> hri = Captions.of(symbol);
            if (hri.isPresent()) {
                text = hri.get();
            } else {
                warnings.add("No caption: the symbol's text is not a GS1 Digital Link with a GTIN");
            }
        }
        return new Label(symbol, layout, text, captionFontMm);
    }

    /**
     * Appends the path data of a symbol, module units, quiet zone as offset: one sub-path
     * {@code M x y h w v1 h-w z} a horizontal run of dark modules. The characters are written
     * into one scratch array and appended at once.
     */
    static void appendPathData(StringBuilder sb, QrSymbol symbol, int offset) {
        int n = symbol.size();
        // A run takes 8 fixed characters and four numbers of at most 3 digits (177 modules and a
        // quiet zone of at most 40): 20 characters; the buffer is flushed before it could overflow.
        char[] buf = new char[512];
        int len = 0;
        for (int y = 0; y < n; y++) {
            int base = y * n;
            int x = 0;
            while (x < n) {
                if (!symbol.dark(base + x)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && symbol.dark(base + x)) {
                    x++;
                }
                int w = x - start;
                buf[len++] = 'M';
                len = digits(buf, len, start + offset);
                buf[len++] = ' ';
                len = digits(buf, len, y + offset);
                buf[len++] = 'h';
                len = digits(buf, len, w);
                buf[len++] = 'v';
                buf[len++] = '1';
                buf[len++] = 'h';
                buf[len++] = '-';
                len = digits(buf, len, w);
                buf[len++] = 'z';
                if (len > buf.length - 20) {
                    sb.append(buf, 0, len);
                    len = 0;
                }
            }
        }
        sb.append(buf, 0, len);
    }

    /** Writes a number 0 to 999 in decimal at {@code pos}; returns the position after it. */
    private static int digits(char[] buf, int pos, int value) {
        if (value < 10) {
            buf[pos] = (char) ('0' + value);
            return pos + 1;
        }
        if (value < 100) {
            buf[pos] = (char) ('0' + value / 10);
            buf[pos + 1] = (char) ('0' + value % 10);
            return pos + 2;
        }
        buf[pos] = (char) ('0' + value / 100);
        buf[pos + 1] = (char) ('0' + value / 10 % 10);
        buf[pos + 2] = (char) ('0' + value % 10);
        return pos + 3;
    }

    static void appendEscaped(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                default: sb.append(c);
            }
        }
    }

    /** Geometry of one label (symbol, quiet zone, caption) in module units; internal. */
    static final class Label {
        final QrSymbol symbol;
        final PrintLayout layout;
        final List<String> lines;
        final double fontModules;
        final double widthModules;
        final double heightModules;

        Label(QrSymbol symbol, PrintLayout layout, String caption, double fontMm) {
            this.symbol = symbol;
            this.layout = layout;
            int total = layout.totalModules();
            widthModules = total;
            if (caption == null) {
                lines = List.of();
                fontModules = 0;
                heightModules = total;
            } else {
                Captions.Wrapped w = Captions.wrap(caption, layout.symbolSizeMm(), fontMm);
                lines = w.lines;
                fontModules = w.fontMm / layout.xDimensionMm();
                heightModules = total + fontModules * (LINE_HEIGHT * lines.size() - 0.1);
            }
        }

        double widthMm() {
            return widthModules * layout.xDimensionMm();
        }

        double heightMm() {
            return heightModules * layout.xDimensionMm();
        }

        /**
         * Appends the light background (the whole label, quiet zone included), the path and the
         * caption lines, in module units.
         */
        void appendBody(StringBuilder sb) {
            sb.append("<rect width=\"");
            Num.append(sb, widthModules, 3);
            sb.append("\" height=\"");
            Num.append(sb, heightModules, 3);
            sb.append("\" fill=\"#FFFFFF\"/>");
            sb.append("<path fill=\"#000000\" d=\"");
            appendPathData(sb, symbol, layout.quietZoneModules());
            sb.append("\"/>");
            for (int i = 0; i < lines.size(); i++) {
                sb.append("<text x=\"");
                Num.append(sb, widthModules / 2, 3);
                sb.append("\" y=\"");
                Num.append(sb, layout.totalModules() + fontModules * (0.8 + LINE_HEIGHT * i), 3);
                sb.append("\" font-family=\"OCR-B,monospace\" font-size=\"");
                Num.append(sb, fontModules, 3);
                sb.append("\" text-anchor=\"middle\" fill=\"#000000\">");
                appendEscaped(sb, lines.get(i));
                sb.append("</text>");
            }
        }
    }
}
