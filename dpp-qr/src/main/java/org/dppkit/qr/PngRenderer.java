package org.dppkit.qr;

import java.util.List;
import java.util.Objects;

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
 * No caption is drawn in PNG output (that would need a font rasteriser); use SVG or ZPL for
 * captioned labels.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class PngRenderer implements QrRenderer {

    private final PrintSpec spec;
    private final boolean verify;

    private PngRenderer(PrintSpec spec, boolean verify) {
        this.spec = spec;
        this.verify = verify;
    }

    /**
     * Returns a renderer for a print spec, without verification.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     */
    public static PngRenderer of(PrintSpec spec) {
        return new PngRenderer(Objects.requireNonNull(spec, "spec"), false);
    }

    /**
     * Returns a copy that does or does not decode its output back.
     *
     * @param verify true to decode every PNG back and compare it with the text
     * @return the renderer, not null
     */
    public PngRenderer withVerify(boolean verify) {
        return new PngRenderer(spec, verify);
    }

    /**
     * Returns a copy with another print spec.
     *
     * @param spec the print spec, not null
     * @return the renderer, not null
     */
    public PngRenderer withPrintSpec(PrintSpec spec) {
        return new PngRenderer(Objects.requireNonNull(spec, "spec"), verify);
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
        byte[] png = PngCodec.write(symbol, layout);
        boolean verified = false;
        if (verify) {
            QrVerifier.require(QrVerifier.verifyPng(png, symbol.text()), "PNG");
            verified = true;
        }
        return new RenderResult(RenderFormat.PNG, png, symbol.text(), layout, List.of(), verified);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PngRenderer && ((PngRenderer) obj).spec.equals(spec)
                && ((PngRenderer) obj).verify == verify;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, verify);
    }

    @Override
    public String toString() {
        return "PngRenderer[" + spec + ", verify=" + verify + "]";
    }
}
