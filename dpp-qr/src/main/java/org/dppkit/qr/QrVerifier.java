package org.dppkit.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes rendered symbols back with ZXing's {@code QRCodeReader} and checks that they yield
 * exactly the encoded text: the proof that a label is readable before it is printed.
 * <pre>{@code
 * RenderResult png = PngRenderer.of(PrintSpec.defaults()).render(symbol);
 * QrVerifier.verifyPng(png.bytes(), symbol.text()).passed();   // true
 * }</pre>
 *
 * <p>The reader works on the raster directly (no {@code javax.imageio}); PNG input is read by a
 * small built-in decoder for greyscale, non-interlaced PNG (bit depth 1, 2, 4 or 8), which covers
 * everything {@link PngRenderer} writes. SVG input is read for the single path
 * {@link SvgRenderer} writes.
 *
 * <p>Rasters are first decoded as a camera image would be: {@code HybridBinarizer} and ZXing's
 * finder-pattern detector. ZXing's detector is known to miss some valid symbols whose data
 * happens to contain finder-like 1:1:3:1:1 runs (seen with version-8 symbols at ECC H rendered
 * at 3 or more pixels a module). Only then is the raster read as a pure barcode (module grid
 * taken straight from the clean, axis-aligned image), and {@link Verification#detected()} is
 * false, so callers can tell the two apart. Either way the decoded text must equal the expected
 * text exactly.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe; each call uses its own reader.
 */
public final class QrVerifier {

    /** Pixels per module used when a symbol or SVG path is rasterised for checking. */
    static final int CHECK_PIXELS_PER_MODULE = 3;

    private QrVerifier() {
    }

    /**
     * Rasterises a symbol (3 pixels a module, 4-module quiet zone) and decodes it back.
     *
     * @param symbol the symbol, not null
     * @return the outcome, not null
     */
    public static Verification verify(QrSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        return check(Raster.of(symbol, CHECK_PIXELS_PER_MODULE, PrintSpec.STANDARD_QUIET_ZONE),
                symbol.text(), "symbol raster");
    }

    /**
     * Decodes a PNG image and compares its content with the expected text.
     *
     * @param png the PNG bytes, not null
     * @param expected the expected text, not null
     * @return the outcome, not null
     * @throws QrException if the bytes are not a greyscale, non-interlaced PNG
     *     ({@link QrErrorCode#UNSUPPORTED_IMAGE})
     */
    public static Verification verifyPng(byte[] png, CharSequence expected) {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(expected, "expected");
        return check(PngCodec.read(png), expected.toString(), "PNG");
    }

    /**
     * Decodes a PNG image.
     *
     * @param png the PNG bytes, not null
     * @return the decoded text, or empty when no QR Code was found
     * @throws QrException if the bytes are not a greyscale, non-interlaced PNG
     *     ({@link QrErrorCode#UNSUPPORTED_IMAGE})
     */
    public static Optional<String> decodePng(byte[] png) {
        Objects.requireNonNull(png, "png");
        return Optional.ofNullable(decode(PngCodec.read(png)));
    }

    /**
     * Decodes an 8-bit greyscale raster (0 black, 255 white, row-major) and compares its content
     * with the expected text.
     *
     * @param luminance the pixels, not null, at least {@code width * height} long; not modified
     * @param width the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     * @param expected the expected text, not null
     * @return the outcome, not null
     * @throws QrException if the sizes do not match the array ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public static Verification verifyRaster(byte[] luminance, int width, int height,
            CharSequence expected) {
        Objects.requireNonNull(luminance, "luminance");
        Objects.requireNonNull(expected, "expected");
        Checks.intRange("width", width, 1, 1 << 15);
        Checks.intRange("height", height, 1, 1 << 15);
        if ((long) width * height > luminance.length) {
            throw new QrException(QrErrorCode.OUT_OF_RANGE, "luminance has " + luminance.length
                    + " pixels but width * height is " + (long) width * height);
        }
        return check(new Raster(luminance.clone(), width, height), expected.toString(), "raster");
    }

    /**
     * Reads the path of an SVG written by {@link SvgRenderer}, rasterises it and compares its
     * content with the expected text.
     *
     * @param svg the SVG document, not null
     * @param expected the expected text, not null
     * @return the outcome, not null
     * @throws QrException if the document has no path in the form {@link SvgRenderer} writes
     *     ({@link QrErrorCode#UNSUPPORTED_IMAGE})
     */
    public static Verification verifySvg(CharSequence svg, CharSequence expected) {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(expected, "expected");
        return check(SvgPathReader.rasterise(svg.toString(), CHECK_PIXELS_PER_MODULE),
                expected.toString(), "SVG path");
    }

    static Verification check(Raster raster, String expected, String what) {
        String decoded = decode(raster, false);
        boolean detected = decoded != null;
        if (decoded == null) {
            decoded = decode(raster, true);
        }
        String size = raster.getWidth() + "x" + raster.getHeight() + " pixels";
        String detail;
        if (decoded == null) {
            detail = "no QR Code found in the " + what + " (" + size + "); expected '"
                    + Checks.truncate(expected) + "'";
        } else if (decoded.equals(expected)) {
            detail = "the " + what + " decodes to the expected text '" + Checks.truncate(expected)
                    + "'" + (detected ? "" : PURE_NOTE);
        } else {
            detail = "the " + what + " decodes to '" + Checks.truncate(decoded)
                    + "' but the expected text is '" + Checks.truncate(expected) + "'";
        }
        return new Verification(expected, decoded, detected, detail);
    }

    private static final String PURE_NOTE = " (read as a pure barcode: ZXing's finder-pattern "
            + "detector did not locate the symbol)";

    /**
     * Decodes with ZXing's detector (as from a camera image) or, with {@code pure}, by reading the
     * module grid straight from a clean, axis-aligned raster.
     */
    static String decode(Raster raster, boolean pure) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(pure ? DecodeHintType.PURE_BARCODE : DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            Result r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(raster)), hints);
            return r.getText();
        } catch (ReaderException e) {
            return null;
        }
    }

    static String decode(Raster raster) {
        String text = decode(raster, false);
        return text != null ? text : decode(raster, true);
    }

    static void require(Verification v, String what) {
        if (!v.passed()) {
            throw new QrException(QrErrorCode.VERIFICATION_FAILED,
                    what + " verification failed: " + v.detail());
        }
    }
}
