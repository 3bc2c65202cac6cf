package org.dppkit.qr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a symbol as a 1-bit greyscale PNG at the printer resolution: one pixel is one printer
 * dot, a module is {@link PrintSpec#dotsPerModule()} pixels, the quiet zone is included, and the
 * {@code pHYs} chunk records the resolution (pixels per metre), so layout software places the
 * image at its true physical size.
 * <pre>{@code
 * RenderResult png = PngRenderer.of(PrintSpec.of(0.5, 300)).withVerify(true).render(symbol);
 * png.layout().totalDots();   // 246 for a version-4 symbol: (33 + 8) * 6
 * }</pre>
 *
 * <p>The raster is written row by row straight into PNG scanlines (no image library, no
 * per-pixel calls) and compressed with a fixed Deflater level, so equal input gives equal bytes.
 *
 * <p>With {@link #withCaption(boolean)} the label carries the human-readable text under the code,
 * the same lines as {@link SvgRenderer}'s caption (the GS1 HRI, such as
 * {@code (01) 09506000134352 (10) LOT1 (21) SN-000123}, wrapped at element boundaries to the
 * symbol's width): drawn straight into the raster in a built-in 5 x 7 dot bitmap font for GS1
 * character set 82, each font dot a square of printer dots sized to the caption font size, no
 * font rasteriser. The image is then taller than wide (and, on a label too narrow for its
 * caption at one printer dot per font dot, wider than the symbol, which is centred); without a
 * caption the output is exactly as before. Symbols whose text is not a GS1 Digital Link get no caption and a warning.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class PngRenderer implements QrRenderer {

    private final PrintSpec spec;
    private final boolean verify;
    private final boolean caption;
    private final double captionFontMm;

    private PngRenderer(PrintSpec spec, boolean verify, boolean caption, double captionFontMm) {
        this.spec = spec;
        this.verify = verify;
        this.caption = caption;
        this.captionFontMm = captionFontMm;
    }

    /**
     * Returns a renderer for a print spec, without verification.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     */
    public static PngRenderer of(PrintSpec spec) {
        return new PngRenderer(Objects.requireNonNull(spec, "spec"), false, false,
                SvgRenderer.DEFAULT_CAPTION_FONT_MM);
    }

    /**
     * Returns a copy that does or does not draw the caption under the symbol.
     *
     * @param caption true to draw the GS1 HRI under the symbol
     * @return the renderer, not null
     */
    public PngRenderer withCaption(boolean caption) {
        return new PngRenderer(spec, verify, caption, captionFontMm);
    }

    /**
     * Returns a copy with another caption font size (the nominal size: capitals are 0.7 of it
     * high); the font shrinks, as in SVG, when the longest GS1 element would not fit the width,
     * and is snapped to whole printer dots.
     *
     * @param fontSizeMm the font size in mm, 0.5 to 20
     * @return the renderer, not null
     * @throws QrException if the size is out of range
     */
    public PngRenderer withCaptionFontSizeMm(double fontSizeMm) {
        Checks.mmRange("captionFontSizeMm", fontSizeMm, 0.5, 20);
        return new PngRenderer(spec, verify, caption, fontSizeMm);
    }

    /**
     * Returns whether the caption is drawn.
     *
     * @return true if drawn
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

    /**
     * Returns a copy that does or does not decode its output back.
     *
     * @param verify true to decode every PNG back and compare it with the text
     * @return the renderer, not null
     */
    public PngRenderer withVerify(boolean verify) {
        return new PngRenderer(spec, verify, caption, captionFontMm);
    }

    /**
     * Returns a copy with another print spec.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     */
    public PngRenderer withPrintSpec(PrintSpec spec) {
        return new PngRenderer(Objects.requireNonNull(spec, "spec"), verify, caption, captionFontMm);
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
    public RenderFormat format() {
        return RenderFormat.PNG;
    }

    /**
     * {@inheritDoc}
     *
     * <p>With verification on, the PNG bytes themselves are decoded back.
     */
    @Override
    public RenderResult render(QrSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        PrintLayout layout = spec.layout(symbol);
        if (layout.totalDots() > 16384) {
            throw new QrException(QrErrorCode.DOES_NOT_FIT, "PNG of " + layout.totalDots()
                    + " pixels a side exceeds the limit of 16384; lower the dpi or X-dimension");
        }
        List<String> warnings = List.of();
        byte[] png = null;
        if (caption) {
            Optional<String> hri = Captions.of(symbol);
            if (hri.isPresent()) {
                png = captioned(symbol, layout, hri.get());
            } else {
                warnings = new ArrayList<>(1);
                warnings.add("No caption: the symbol's text is not a GS1 Digital Link with a GTIN");
            }
        }
        if (png == null) {
            png = PngCodec.write(symbol, layout);
        }
        boolean verified = false;
        if (verify) {
            QrVerifier.require(QrVerifier.verifyPng(png, symbol.text()), "PNG");
            verified = true;
        }
        return new RenderResult(RenderFormat.PNG, png, symbol.text(), layout, warnings, verified);
    }

    /**
     * Draws the symbol with the caption lines SVG would show, at the whole number of printer dots
     * per font dot nearest the font size that fits the label's width (at least one: a label too
     * narrow for its caption at one dot per font dot is widened, the symbol centred).
     */
    private byte[] captioned(QrSymbol symbol, PrintLayout layout, String hri) {
        Captions.Wrapped w = Captions.wrap(hri, layout.symbolSizeMm(), captionFontMm);
        double dotsPerFontDot = w.fontMm / BitmapFont.DOTS_PER_SIZE * spec.dpi() / 25.4;
        int scale = Math.max(1, (int) Math.round(dotsPerFontDot));
        // Narrow to the label where rounding made the lines wider; a font dot is at least one
        // printer dot, so a tiny label gets a wider caption strip rather than an unreadable one.
        while (scale > 1 && PngCodec.captionedWidth(layout.totalDots(), w.lines, scale) > layout.totalDots()) {
            scale--;
        }
        int width = PngCodec.captionedWidth(layout.totalDots(), w.lines, scale);
        int height = layout.totalDots() + PngCodec.captionDots(w.lines.size(), scale);
        if (width > 16384 || height > 16384) {
            throw new QrException(QrErrorCode.DOES_NOT_FIT, "captioned PNG of " + width + " x " + height
                    + " pixels exceeds the limit of 16384 a side; lower the dpi, X-dimension or caption font size");
        }
        return PngCodec.writeCaptioned(symbol, layout, w.lines, scale);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PngRenderer && ((PngRenderer) obj).spec.equals(spec)
                && ((PngRenderer) obj).verify == verify && ((PngRenderer) obj).caption == caption
                && Double.compare(((PngRenderer) obj).captionFontMm, captionFontMm) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, verify, caption, captionFontMm);
    }

    @Override
    public String toString() {
        return "PngRenderer[" + spec + (caption ? ", caption=true" : "") + ", verify=" + verify + "]";
    }
}
