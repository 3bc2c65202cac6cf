package org.dppkit.qr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a label for Zebra thermal printers in ZPL II with a {@code ^BQ} QR Code field.
 * <pre>
 * ^XA
 * ^PW246^LL246^LH0,0
 * ^FO24,24^BQN,2,6,M^FH\^FDMA,https://id.gs1.org/01/09506000134352/21/SN-000123^FS
 * ^XZ
 * </pre>
 *
 * <p>{@code ^BQN,2,m,e}: normal orientation, model 2, magnification {@code m} = dots per module
 * ({@link PrintSpec#dotsPerModule()}, which ZPL limits to 1-10), error correction {@code e}. The
 * field data starts with the error-correction letter and the input mode {@code A} (automatic),
 * then a comma and the text. The field origin {@code ^FO} leaves the quiet zone. Characters
 * {@code ^ ~ \} in the text are written as {@code ^FH} hexadecimal escapes. GS1 Digital Link
 * URIs are ASCII; other text gets {@code ^CI28} (UTF-8) and a warning, because automatic input
 * mode cannot carry bytes 0x80-0x9F and 0xE0-0xFF.
 *
 * <p><b>The printer encodes the symbol.</b> ZPL carries the text, not the modules: the printer's
 * firmware chooses version, mode and mask, which may differ from {@link QrSymbol}'s. The sizes in
 * {@link PrintLayout} assume the same version; check a printed sample. With verification on, the
 * renderer checks that the field data carries exactly the symbol's text and that the symbol
 * itself decodes, not the printer's output. Some firmware places {@code ^BQ} a few dots below
 * {@code ^FO}; the quiet zone absorbs that.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ZplRenderer implements QrRenderer {

    /** Largest {@code ^BQ} magnification. */
    public static final int MAX_MAGNIFICATION = 10;

    private final PrintSpec spec;
    private final boolean caption;
    private final boolean verify;

    private ZplRenderer(PrintSpec spec, boolean caption, boolean verify) {
        this.spec = spec;
        this.caption = caption;
        this.verify = verify;
    }

    /**
     * Returns a renderer for a print spec (its dpi must be the printer's: 203, 300 or 600 for
     * most Zebra printers), without caption or verification.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     * @throws QrException if the spec needs more than 10 dots a module
     *     ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public static ZplRenderer of(PrintSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.dotsPerModule() > MAX_MAGNIFICATION) {
            throw new QrException(QrErrorCode.OUT_OF_RANGE, "ZPL ^BQ magnification must be between 1"
                    + " and " + MAX_MAGNIFICATION + " dots a module but the print spec needs "
                    + spec.dotsPerModule() + " (" + spec + ")");
        }
        return new ZplRenderer(spec, false, false);
    }

    /**
     * Returns a copy that does or does not print the GS1 HRI caption under the symbol (font 0),
     * wrapped and sized as {@link SvgRenderer} does.
     *
     * @param caption true to print the caption
     * @return the renderer, not null
     */
    public ZplRenderer withCaption(boolean caption) {
        return new ZplRenderer(spec, caption, verify);
    }

    /**
     * Returns a copy that does or does not verify its output.
     *
     * @param verify true to verify
     * @return the renderer, not null
     */
    public ZplRenderer withVerify(boolean verify) {
        return new ZplRenderer(spec, caption, verify);
    }

    @Override
    public PrintSpec printSpec() {
        return spec;
    }

    @Override
    public boolean verify() {
        return verify;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ZplRenderer)) {
            return false;
        }
        ZplRenderer o = (ZplRenderer) obj;
        return spec.equals(o.spec) && caption == o.caption
                && verify == o.verify;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, caption, verify);
    }

    @Override
    public String toString() {
        return "ZplRenderer[" + spec + ", caption=" + caption + ", verify=" + verify + "]";
    }

    @Override
    public RenderFormat format() {
        return RenderFormat.ZPL;
    }

    @Override
    public RenderResult render(QrSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        PrintLayout layout = spec.layout(symbol);
        List<String> warnings = new ArrayList<>(1);
        int side = layout.totalDots();
        int quiet = layout.quietZoneModules() * layout.dotsPerModule();
        String ecc = symbol.errorCorrection().name();
        String hri = null;
        if (caption) {
            Optional<String> c = Captions.of(symbol);
            if (c.isPresent()) {
                hri = c.get();
            } else {
                warnings.add("No caption: the symbol's text is not a GS1 Digital Link with a GTIN");
            }
        }
        Captions.Wrapped wrapped = hri == null ? null
                : Captions.wrap(hri, layout.symbolSizeMm(), SvgRenderer.DEFAULT_CAPTION_FONT_MM);
        int fontDots = wrapped == null ? 0
                : Math.max(1, (int) Math.round(wrapped.fontMm * spec.dpi() / PrintSpec.MM_PER_INCH));
        int lineDots = fontDots * 6 / 5;
        int height = wrapped == null ? side : side + lineDots * wrapped.lines.size();
        boolean ascii = Encoding.isAscii(symbol.text()) && (hri == null || Encoding.isAscii(hri));
        if (!Encoding.isAscii(symbol.text())) {
            warnings.add("The text is not ASCII: ZPL automatic input mode cannot carry every UTF-8"
                    + " byte (0x80-0x9F, 0xE0-0xFF); percent-encode the text or print PNG or SVG");
        }
        StringBuilder sb = new StringBuilder(128 + symbol.text().length());
        sb.append(ascii ? "^XA\n" : "^XA\n^CI28\n");
        sb.append("^PW").append(side).append("^LL").append(height).append("^LH0,0\n");
        sb.append("^FO").append(quiet).append(',').append(quiet)
                .append("^BQN,2,").append(layout.dotsPerModule()).append(',').append(ecc)
                .append("^FH\\^FD").append(ecc).append("A,");
        escape(sb, symbol.text());
        sb.append("^FS\n");
        if (wrapped != null) {
            for (int i = 0; i < wrapped.lines.size(); i++) {
                sb.append("^FO0,").append(side + i * lineDots).append("^FB").append(side)
                        .append(",1,0,C^A0N,").append(fontDots).append(',').append(fontDots)
                        .append("^FH\\^FD");
                escape(sb, wrapped.lines.get(i));
                sb.append("^FS\n");
            }
        }
        sb.append("^XZ\n");
        String zpl = sb.toString();
        boolean verified = false;
        if (verify) {
            String data = unescape(fieldData(zpl));
            if (!data.equals(symbol.text())) {
                throw new QrException(QrErrorCode.VERIFICATION_FAILED, "ZPL verification failed: "
                        + "the ^BQ field carries '" + Checks.truncate(data) + "' but the text is '"
                        + Checks.truncate(symbol.text()) + "'");
            }
            QrVerifier.require(QrVerifier.verify(symbol), "ZPL symbol");
            verified = true;
        }
        return new RenderResult(RenderFormat.ZPL, zpl.getBytes(StandardCharsets.UTF_8),
                symbol.text(), layout, warnings, verified);
    }

    /** Escapes the ZPL command prefixes and the ^FH escape character as \hh. */
    static void escape(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '^') {
                sb.append("\\5E");
            } else if (c == '~') {
                sb.append("\\7E");
            } else if (c == '\\') {
                sb.append("\\5C");
            } else {
                sb.append(c);
            }
        }
    }

    /** Returns the data of the ^BQ field after the "eccA," prefix, still escaped. */
    static String fieldData(String zpl) {
        int bq = zpl.indexOf("^BQ");
        int fd = zpl.indexOf("^FD", bq);
        int fs = zpl.indexOf("^FS", fd);
        return zpl.substring(fd + 6, fs);
    }

    static String unescape(String data) {
        StringBuilder sb = new StringBuilder(data.length());
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\\' && i + 2 < data.length()) {
                sb.append((char) Integer.parseInt(data.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
