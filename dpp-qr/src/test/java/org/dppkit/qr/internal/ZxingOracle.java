package org.dppkit.qr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.dppkit.qr.ErrorCorrection;

/** ZXing's encoder called with the hints dppkit passed before it had its own encoder. */
final class ZxingOracle {

    private ZxingOracle() {
    }

    static ErrorCorrectionLevel level(ErrorCorrection ecc) {
        return ErrorCorrectionLevel.valueOf(ecc.name());
    }

    /** ZXing's symbol, or null where ZXing refuses the text. */
    static QRCode zxing(String text, ErrorCorrection ecc, int version, int mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
                break;
            }
        }
        if (version > 0) {
            hints.put(EncodeHintType.QR_VERSION, version);
        }
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return Encoder.encode(text, level(ecc), hints);
        } catch (WriterException e) {
            return null;
        }
    }

    /** ZXing's grid flattened row-major. */
    static byte[] flat(QRCode code) {
        byte[][] rows = code.getMatrix().getArray();
        int n = rows.length;
        byte[] out = new byte[n * n];
        for (int y = 0; y < n; y++) {
            System.arraycopy(rows[y], 0, out, y * n, n);
        }
        return out;
    }

    /**
     * Asserts that both encoders give the same symbol or both refuse the text; returns dppkit's
     * symbol, or null when both refuse.
     */
    static EncodedSymbol assertSame(String text, ErrorCorrection ecc, int version, int mask) {
        QRCode expected = zxing(text, ecc, version, mask);
        EncodedSymbol actual;
        try {
            actual = QrEncoder.encode(text, ecc, version, mask);
        } catch (QrEncodingException e) {
            if (expected != null) {
                fail("ZXing encodes but dppkit refuses (" + e.getMessage() + "): " + describe(text,
                        ecc, version, mask));
            }
            return null;
        }
        if (expected == null) {
            fail("dppkit encodes (version " + actual.version() + ") but ZXing refuses: "
                    + describe(text, ecc, version, mask));
        }
        String what = describe(text, ecc, version, mask);
        assertEquals(expected.getVersion().getVersionNumber(), actual.version(), what);
        assertEquals(expected.getMaskPattern(), actual.mask(), what);
        assertEquals(expected.getMode().name(), actual.mode().name(), what);
        assertArrayEquals(flat(expected), actual.modules(), what);
        return actual;
    }

    static String describe(String text, ErrorCorrection ecc, int version, int mask) {
        StringBuilder sb = new StringBuilder("ecc=" + ecc + " version=" + version + " mask=" + mask
                + " length=" + text.length() + " text=\"");
        for (int i = 0; i < text.length() && i < 400; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append(text.length() > 400 ? "...\"" : "\"").toString();
    }
}
