package org.dppkit.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The bridge to ZXing's encoder; no ZXing type leaves this package. Internal. */
final class Encoding {

    private Encoding() {
    }

    static ErrorCorrectionLevel zxing(ErrorCorrection ecc) {
        switch (ecc) {
            case L:
                return ErrorCorrectionLevel.L;
            case M:
                return ErrorCorrectionLevel.M;
            case Q:
                return ErrorCorrectionLevel.Q;
            default:
                return ErrorCorrectionLevel.H;
        }
    }

    static boolean isAscii(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Upper-cases the scheme and (userinfo-free) authority of an absolute hierarchical URI. */
    static String upperCaseSchemeAndHost(String text) {
        int colon = text.indexOf("://");
        if (colon <= 0) {
            return text;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return text;
            }
        }
        int start = colon + 3;
        int end = start;
        while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String authority = text.substring(start, end);
        if (authority.indexOf('@') >= 0 || authority.indexOf('%') >= 0) {
            return text; // user info or percent-encoded host: leave alone
        }
        return text.substring(0, start).toUpperCase(Locale.ROOT)
                + authority.toUpperCase(Locale.ROOT) + text.substring(end);
    }

    static QRCode encode(String text, QrOptions options) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        boolean ascii = isAscii(text);
        if (!ascii) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        options.version().ifPresent(v -> hints.put(EncodeHintType.QR_VERSION, v));
        options.mask().ifPresent(m -> hints.put(EncodeHintType.QR_MASK_PATTERN, m));
        try {
            return Encoder.encode(text, zxing(options.errorCorrection()), hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw tooLong(text, options, ascii, e);
        }
    }

    static QrMode mode(Mode mode) {
        if (mode == Mode.NUMERIC) {
            return QrMode.NUMERIC;
        }
        if (mode == Mode.ALPHANUMERIC) {
            return QrMode.ALPHANUMERIC;
        }
        return QrMode.BYTE;
    }

    private static QrException tooLong(String text, QrOptions options, boolean ascii, Exception e) {
        Mode mode = Encoder.chooseMode(text);
        int versionNumber = options.version().orElse(40);
        int length = mode == Mode.BYTE
                ? (ascii ? text.length() : text.getBytes(StandardCharsets.UTF_8).length)
                : text.length();
        int max = maxLength(mode, versionNumber, options.errorCorrection(), !ascii);
        if (length <= max) {
            // Not a capacity problem after all: report ZXing's reason.
            return new QrException(QrErrorCode.DATA_TOO_LONG, "Text '" + Checks.truncate(text)
                    + "' cannot be encoded with " + options + ": " + e.getMessage(), max, null, e);
        }
        String unit = mode == Mode.BYTE ? (ascii ? "characters" : "UTF-8 bytes") : "characters";
        String versions = options.version().isPresent() ? "version " + versionNumber : "versions 1-40";
        return new QrException(QrErrorCode.DATA_TOO_LONG, "Text of " + length + " " + unit
                + " is too long for a QR Code with error correction " + options.errorCorrection()
                + ", " + versions + ", " + mode.name().toLowerCase(Locale.ROOT)
                + " mode: the maximum is " + max + " " + unit + " (text '" + Checks.truncate(text)
                + "')", max, null, e);
    }

    /** Maximum characters (bytes in byte mode) for a single-segment symbol. */
    static int maxLength(Mode mode, int versionNumber, ErrorCorrection ecc, boolean eci) {
        Version version = Version.getVersionForNumber(versionNumber);
        int dataCodewords = version.getTotalCodewords()
                - version.getECBlocksForLevel(zxing(ecc)).getTotalECCodewords();
        int bits = dataCodewords * 8 - 4 - mode.getCharacterCountBits(version) - (eci ? 12 : 0);
        int byCapacity;
        if (mode == Mode.NUMERIC) {
            int rem = bits % 10;
            byCapacity = bits / 10 * 3 + (rem >= 7 ? 2 : rem >= 4 ? 1 : 0);
        } else if (mode == Mode.ALPHANUMERIC) {
            byCapacity = bits / 11 * 2 + (bits % 11 >= 6 ? 1 : 0);
        } else {
            byCapacity = bits / 8;
        }
        int byCount = (1 << mode.getCharacterCountBits(version)) - 1;
        return Math.max(0, Math.min(byCapacity, byCount));
    }
}
