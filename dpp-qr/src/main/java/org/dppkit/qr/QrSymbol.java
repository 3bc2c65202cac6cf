package org.dppkit.qr;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.qr.internal.EncodedSymbol;

/**
 * An encoded QR Code: the square grid of dark and light modules, with the version,
 * error-correction level, mask and mode that produced it, and the text exactly as encoded.
 *
 * <p>Three levels, as in Nayuki's generator: {@code encode(DigitalLink)} for the common case,
 * {@code encode(text, QrOptions)} for full control, and {@link #isDark(int, int)} to read the raw
 * grid for a renderer of your own. Renderers ({@link SvgRenderer}, {@link PngRenderer},
 * {@link ZplRenderer}) add the quiet zone and the physical size.
 * <pre>{@code
 * QrSymbol s = QrSymbol.encode("https://id.gs1.org/01/09506000134352/21/SERIAL123456");
 * s.version();          // 4
 * s.size();             // 33 (modules a side, without quiet zone)
 * s.errorCorrection();  // M
 * }</pre>
 *
 * <p>The symbol is plain QR Code Model 2 (AIM identifier {@code ]Q1}): never FNC1 ("GS1 QR
 * Code", which is for element strings, not URIs), and no ECI header when the text is ASCII, which
 * a GS1 Digital Link URI always is. Non-ASCII text is encoded as UTF-8 bytes behind an ECI 26
 * header.
 *
 * <p>Symbols are made by dppkit's own encoder and are the same as those of ZXing 3.5.4's
 * {@code Encoder} for the same text and options: the same modules, version and mask (the mask
 * with the lowest penalty as ZXing computes it, the lowest number on ties).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type. Two symbols are equal when they
 * hold the same text, error-correction level, version, mask, mode, modules and
 * {@linkplain #humanReadable() caption}: a symbol encoded from a {@link DigitalLink} (which carries
 * the link's GS1 human-readable interpretation as caption) is therefore not equal to one encoded
 * from the same link's text as a plain string (which has no caption), although their modules are
 * the same; compare {@link #isDark(int, int)} grids for "same modules".
 */
public final class QrSymbol {

    private final String text;
    private final ErrorCorrection errorCorrection;
    private final int version;
    private final int mask;
    private final QrMode mode;
    private final int size;
    /** size * size, row-major, 1 = dark. Never exposed. */
    private final byte[] modules;
    /** GS1 HRI of the link the symbol was made from, or null. */
    private final String humanReadable;

    private QrSymbol(String text, ErrorCorrection errorCorrection, int version, int mask,
            QrMode mode, int size, byte[] modules, String humanReadable) {
        this.humanReadable = humanReadable;
        this.text = text;
        this.errorCorrection = errorCorrection;
        this.version = version;
        this.mask = mask;
        this.mode = mode;
        this.size = size;
        this.modules = modules;
    }

    /**
     * Encodes text with the default options (ECC M, smallest version, penalty-chosen mask).
     *
     * @param text the text, not null, not empty
     * @return the symbol, not null
     * @throws QrException if the text is empty ({@link QrErrorCode#EMPTY_TEXT}) or too long
     *     ({@link QrErrorCode#DATA_TOO_LONG}, with {@link QrException#maxLength()})
     */
    public static QrSymbol encode(CharSequence text) {
        return encode(text, QrOptions.defaults());
    }

    /**
     * Encodes a GS1 Digital Link with the default options; the symbol carries
     * {@code link.toString()} and the link's GS1 human-readable interpretation as caption.
     *
     * @param link the link, not null
     * @return the symbol, not null
     * @throws QrException if the URI is too long ({@link QrErrorCode#DATA_TOO_LONG})
     */
    public static QrSymbol encode(DigitalLink link) {
        return encode(link, QrOptions.defaults());
    }

    /**
     * Encodes a GS1 Digital Link with the given options; the symbol carries
     * {@code link.toString()} (scheme and host upper-cased if the options say so) and the link's
     * GS1 human-readable interpretation, such as {@code (01) 09506000134352 (21) SN-000123}.
     *
     * @param link the link, not null
     * @param options the options, not null
     * @return the symbol, not null
     * @throws QrException if the URI is too long for the chosen version and error correction
     *     ({@link QrErrorCode#DATA_TOO_LONG}, with {@link QrException#maxLength()})
     */
    public static QrSymbol encode(DigitalLink link, QrOptions options) {
        Objects.requireNonNull(link, "link");
        return encode(link.toString(), options, Captions.hri(link));
    }

    /**
     * Encodes text with the given options.
     *
     * @param text the text, not null, not empty
     * @param options the options, not null
     * @return the symbol, not null
     * @throws QrException if the text is empty ({@link QrErrorCode#EMPTY_TEXT}) or too long for
     *     the chosen version and error correction ({@link QrErrorCode#DATA_TOO_LONG}; the message
     *     and {@link QrException#maxLength()} give the maximum for these settings)
     */
    public static QrSymbol encode(CharSequence text, QrOptions options) {
        return encode(text, options, null);
    }

    private static QrSymbol encode(CharSequence text, QrOptions options, String humanReadable) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        if (text.length() == 0) {
            throw new QrException(QrErrorCode.EMPTY_TEXT, "text must not be empty");
        }
        String s = text.toString();
        if (options.upperCaseSchemeAndHost()) {
            s = Encoding.upperCaseSchemeAndHost(s);
        }
        EncodedSymbol code = Encoding.encode(s, options);
        return new QrSymbol(s, options.errorCorrection(), code.version(), code.mask(), code.mode(),
                code.size(), code.modules(), humanReadable);
    }

    /**
     * Returns the text exactly as encoded (after the optional upper-casing of scheme and host);
     * a correct scanner reads exactly this.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the error-correction level.
     *
     * @return the level, not null
     */
    public ErrorCorrection errorCorrection() {
        return errorCorrection;
    }

    /**
     * Returns the version, 1 to 40.
     *
     * @return the version
     */
    public int version() {
        return version;
    }

    /**
     * Returns the mask pattern, 0 to 7.
     *
     * @return the mask
     */
    public int mask() {
        return mask;
    }

    /**
     * Returns the data mode of the text.
     *
     * @return the mode, not null
     */
    public QrMode mode() {
        return mode;
    }

    /**
     * Returns the number of modules a side, without quiet zone: {@code 17 + 4 * version}.
     *
     * @return the size, 21 to 177
     */
    public int size() {
        return size;
    }

    /**
     * Returns whether a module is dark.
     *
     * @param x the column, 0 to {@code size() - 1}
     * @param y the row, 0 to {@code size() - 1}
     * @return true for a dark module
     * @throws IndexOutOfBoundsException if x or y is outside the grid
     */
    public boolean isDark(int x, int y) {
        Objects.checkIndex(x, size);
        Objects.checkIndex(y, size);
        return modules[y * size + x] != 0;
    }

    /**
     * Returns the GS1 human-readable interpretation of the Digital Link this symbol was encoded
     * from, such as {@code (01) 09506000134352 (21) SN-000123}; renderers print it as the caption.
     *
     * @return the caption text, or empty when the symbol was encoded from plain text
     */
    public Optional<String> humanReadable() {
        return Optional.ofNullable(humanReadable);
    }

    /** Internal: the module at a flat index, no checks. */
    boolean dark(int index) {
        return modules[index] != 0;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QrSymbol)) {
            return false;
        }
        QrSymbol o = (QrSymbol) obj;
        return text.equals(o.text) && errorCorrection == o.errorCorrection && version == o.version
                && mask == o.mask && mode == o.mode && Objects.equals(humanReadable, o.humanReadable)
                && Arrays.equals(modules, o.modules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, errorCorrection, version, mask);
    }

    @Override
    public String toString() {
        return "QrSymbol[version=" + version + " (" + size + "x" + size + "), ecc=" + errorCorrection
                + ", mask=" + mask + ", mode=" + mode + ", text='" + Checks.truncate(text) + "']";
    }
}
