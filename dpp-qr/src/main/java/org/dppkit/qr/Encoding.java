package org.dppkit.qr;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dppkit.qr.internal.EncodedSymbol;
import org.dppkit.qr.internal.QrEncoder;
import org.dppkit.qr.internal.QrEncodingException;
import org.dppkit.qr.internal.QrTables;

/**
 * The bridge to dppkit's encoder ({@link QrEncoder}, which makes the same symbols as ZXing's
 * {@code Encoder}): text preparation, and the capacity message when a text does not fit.
 * Internal.
 */
final class Encoding {

    private Encoding() {
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

    static EncodedSymbol encode(String text, QrOptions options) {
        try {
            return QrEncoder.encode(text, options.errorCorrection(), options.version().orElse(0),
                    options.mask().orElse(-1));
        } catch (QrEncodingException e) {
            throw tooLong(text, options, isAscii(text), e);
        }
    }

    private static QrException tooLong(String text, QrOptions options, boolean ascii, Exception e) {
        QrMode mode = QrEncoder.chooseMode(text);
        int versionNumber = options.version().orElse(40);
        int length = mode == QrMode.BYTE
                ? (ascii ? text.length() : text.getBytes(StandardCharsets.UTF_8).length)
                : text.length();
        int max = maxLength(mode, versionNumber, options.errorCorrection(), !ascii);
        if (length <= max) {
            // Not a capacity problem after all: report ZXing's reason.
            return new QrException(QrErrorCode.DATA_TOO_LONG, "Text '" + Checks.truncate(text)
                    + "' cannot be encoded with " + options + ": " + e.getMessage(), max, null, e);
        }
        String unit = mode == QrMode.BYTE ? (ascii ? "characters" : "UTF-8 bytes") : "characters";
        String versions = options.version().isPresent() ? "version " + versionNumber : "versions 1-40";
        return new QrException(QrErrorCode.DATA_TOO_LONG, "Text of " + length + " " + unit
                + " is too long for a QR Code with error correction " + options.errorCorrection()
                + ", " + versions + ", " + mode.name().toLowerCase(Locale.ROOT)
                + " mode: the maximum is " + max + " " + unit + " (text '" + Checks.truncate(text)
                + "')", max, null, e);
    }

    /** Maximum characters (bytes in byte mode) for a single-segment symbol. */
    static int maxLength(QrMode mode, int version, ErrorCorrection ecc, boolean eci) {
        int countBits = QrTables.countBits(mode, version);
        int bits = QrTables.dataCodewords(version, ecc) * 8 - 4 - countBits - (eci ? 12 : 0);
        int byCapacity;
        if (mode == QrMode.NUMERIC) {
            int rem = bits % 10;
            byCapacity = bits / 10 * 3 + (rem >= 7 ? 2 : rem >= 4 ? 1 : 0);
        } else if (mode == QrMode.ALPHANUMERIC) {
            byCapacity = bits / 11 * 2 + (bits % 11 >= 6 ? 1 : 0);
        } else {
            byCapacity = bits / 8;
        }
        int byCount = (1 << countBits) - 1;
        return Math.max(0, Math.min(byCapacity, byCount));
    }
}
