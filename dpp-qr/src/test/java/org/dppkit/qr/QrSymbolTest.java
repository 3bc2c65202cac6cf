package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QrSymbolTest {

    /** The research note's sample URI (56 characters). */
    static final String SAMPLE = "https://id.example.com/01/09506000134352/21/SERIAL123456";

    /** Version and mask measured in research/qr-encoding.md section 5 (ZXing = Nayuki). */
    static Stream<Arguments> measured() {
        return Stream.of(
                Arguments.of(ErrorCorrection.L, 4, 2),
                Arguments.of(ErrorCorrection.M, 4, 2),
                Arguments.of(ErrorCorrection.Q, 5, 4),
                Arguments.of(ErrorCorrection.H, 6, 5));
    }

    @ParameterizedTest
    @MethodSource("measured")
    void encode_sampleUri_matchesMeasuredVersionAndMask(ErrorCorrection ecc, int version, int mask) {
        QrSymbol s = QrSymbol.encode(SAMPLE, QrOptions.of(ecc));
        assertEquals(version, s.version());
        assertEquals(mask, s.mask());
        assertEquals(17 + 4 * version, s.size());
        assertEquals(ecc, s.errorCorrection());
        assertEquals(QrMode.BYTE, s.mode());
        assertEquals(SAMPLE, s.text());
        assertTrue(QrVerifier.verify(s).passed());
    }

    @Test
    void encode_defaults_areEccM() {
        assertEquals(ErrorCorrection.M, QrSymbol.encode(SAMPLE).errorCorrection());
        assertEquals(QrSymbol.encode(SAMPLE), QrSymbol.encode(SAMPLE, QrOptions.defaults()));
    }

    @Test
    void encode_upperCaseSchemeAndHost_givesAlphanumericVersion3() {
        QrSymbol s = QrSymbol.encode(SAMPLE, QrOptions.defaults().withUpperCaseSchemeAndHost(true));
        assertEquals("HTTPS://ID.EXAMPLE.COM/01/09506000134352/21/SERIAL123456", s.text());
        assertEquals(QrMode.ALPHANUMERIC, s.mode());
        assertEquals(3, s.version());
        assertEquals(29, s.size());
        assertEquals(s.text(), QrVerifier.verify(s).decoded().orElseThrow());
    }

    @Test
    void encode_upperCaseSchemeAndHost_neverTouchesPath() {
        String uri = "https://id.gs1.org/01/09506000134352/21/abc?17=271231";
        QrSymbol s = QrSymbol.encode(uri, QrOptions.defaults().withUpperCaseSchemeAndHost(true));
        assertEquals("HTTPS://ID.GS1.ORG/01/09506000134352/21/abc?17=271231", s.text());
        assertEquals(QrMode.BYTE, s.mode());
    }

    static Stream<Arguments> notUpperCased() {
        return Stream.of(
                Arguments.of("urn:epc:id:sgtin:0614141.112345.400"),
                Arguments.of("https://user@host.example/01/09506000134352"),
                Arguments.of("no scheme here"),
                Arguments.of("1http://x.example/"));
    }

    @ParameterizedTest
    @MethodSource("notUpperCased")
    void encode_upperCaseSchemeAndHost_leavesOtherTextAlone(String text) {
        QrSymbol s = QrSymbol.encode(text, QrOptions.defaults().withUpperCaseSchemeAndHost(true));
        assertEquals(text, s.text());
    }

    @Test
    void encode_asciiText_hasNoEciHeaderAndIsNotFnc1() throws Exception {
        QrSymbol ours = QrSymbol.encode(SAMPLE);
        QRCode plain = Encoder.encode(SAMPLE, ErrorCorrectionLevel.M);
        QRCode withEci = Encoder.encode(SAMPLE, ErrorCorrectionLevel.M,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
        QRCode gs1 = Encoder.encode(SAMPLE, ErrorCorrectionLevel.M,
                Map.of(EncodeHintType.GS1_FORMAT, Boolean.TRUE));
        assertTrue(sameModules(ours, plain.getMatrix()));
        assertFalse(sameModules(ours, withEci.getMatrix()));
        assertFalse(sameModules(ours, gs1.getMatrix()));
    }

    @Test
    void encode_nonAscii_roundTripsAsUtf8() {
        QrSymbol s = QrSymbol.encode("https://example.com/Größe/電池");
        assertEquals(s.text(), QrVerifier.verify(s).decoded().orElseThrow());
    }

    @Test
    void encode_fixedVersionAndMask_areUsed() {
        QrSymbol s = QrSymbol.encode(SAMPLE, QrOptions.builder().version(7).mask(3).build());
        assertEquals(7, s.version());
        assertEquals(3, s.mask());
        assertTrue(QrVerifier.verify(s).passed());
    }

    @Test
    void encode_tooLongForV40_namesMaximum() {
        String text = "a".repeat(3000);
        QrException e = assertThrows(QrException.class, () -> QrSymbol.encode(text));
        assertEquals(QrErrorCode.DATA_TOO_LONG, e.errorCode());
        assertEquals(2331, e.maxLength());
        assertTrue(e.getMessage().startsWith("Text of 3000 characters is too long for a QR Code with"
                + " error correction M, versions 1-40, byte mode: the maximum is 2331 characters"),
                e.getMessage());
    }

    /** ISO/IEC 18004 Table 7 capacities, version 40 and version 1. */
    static Stream<Arguments> capacities() {
        return Stream.of(
                Arguments.of(ErrorCorrection.L, 0, "a", 2953),
                Arguments.of(ErrorCorrection.H, 0, "a", 1273),
                Arguments.of(ErrorCorrection.L, 0, "A", 4296),
                Arguments.of(ErrorCorrection.L, 0, "1", 7089),
                Arguments.of(ErrorCorrection.M, 1, "a", 14),
                Arguments.of(ErrorCorrection.M, 1, "A", 20),
                Arguments.of(ErrorCorrection.M, 1, "1", 34),
                Arguments.of(ErrorCorrection.H, 4, "a", 34));
    }

    @ParameterizedTest
    @MethodSource("capacities")
    void encode_atAndBeyondCapacity(ErrorCorrection ecc, int version, String unit, int max) {
        QrOptions opts = version == 0 ? QrOptions.of(ecc) : QrOptions.of(ecc).withVersion(version);
        QrSymbol atMax = QrSymbol.encode(unit.repeat(max), opts);
        assertTrue(atMax.version() >= 1);
        QrException e = assertThrows(QrException.class,
                () -> QrSymbol.encode(unit.repeat(max + 1), opts));
        assertEquals(max, e.maxLength(), e.getMessage());
        assertTrue(e.getMessage().contains("the maximum is " + max), e.getMessage());
    }

    @Test
    void encode_fixedVersionTooSmall_namesVersion() {
        QrException e = assertThrows(QrException.class,
                () -> QrSymbol.encode(SAMPLE, QrOptions.defaults().withVersion(2)));
        assertEquals(QrErrorCode.DATA_TOO_LONG, e.errorCode());
        assertTrue(e.getMessage().contains("version 2,"), e.getMessage());
        assertEquals(26, e.maxLength());
    }

    @Test
    void encode_empty_throws() {
        QrException e = assertThrows(QrException.class, () -> QrSymbol.encode(""));
        assertEquals(QrErrorCode.EMPTY_TEXT, e.errorCode());
    }

    @Test
    void options_outOfRange_throw() {
        assertEquals(QrErrorCode.OUT_OF_RANGE,
                assertThrows(QrException.class, () -> QrOptions.builder().version(41)).errorCode());
        assertEquals("mask must be between 0 and 7 but was -1",
                assertThrows(QrException.class, () -> QrOptions.builder().mask(-1)).getMessage());
    }

    @Test
    void options_valueSemantics() {
        QrOptions a = QrOptions.builder().errorCorrection(ErrorCorrection.H).version(5).build();
        assertEquals(a, a.toBuilder().build());
        assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
        assertNotEquals(a, a.withMask(1));
        assertEquals(5, a.version().getAsInt());
        assertTrue(a.mask().isEmpty());
        assertEquals(QrOptions.defaults(), a.toBuilder().autoVersion().autoMask()
                .errorCorrection(ErrorCorrection.M).build());
        assertEquals("QrOptions[ecc=H, version=5, mask=auto, upperCaseSchemeAndHost=false]",
                a.toString());
    }

    @Test
    void isDark_outside_throws() {
        QrSymbol s = QrSymbol.encode(SAMPLE);
        assertTrue(s.isDark(0, 0)); // finder pattern corner
        assertFalse(s.isDark(7, 0)); // separator
        assertThrows(IndexOutOfBoundsException.class, () -> s.isDark(s.size(), 0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.isDark(0, -1));
    }

    @Test
    void encode_digitalLink_carriesUriAndHri() {
        DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352")).serial("SN-000123").build();
        QrSymbol s = QrSymbol.encode(link);
        assertEquals(link.toString(), s.text());
        assertEquals("(01) 09506000134352 (21) SN-000123", s.humanReadable().orElseThrow());
        assertTrue(QrSymbol.encode(link.toString()).humanReadable().isEmpty());
        QrSymbol plain = QrSymbol.encode(link.toString());
        assertNotEquals(s, plain, "equality compares the caption");
        for (int y = 0; y < s.size(); y++) {
            for (int x = 0; x < s.size(); x++) {
                assertEquals(s.isDark(x, y), plain.isDark(x, y), "same modules at " + x + "," + y);
            }
        }
        assertEquals(s, QrSymbol.encode(DigitalLink.parse(link.toString())));
        assertEquals(s.hashCode(), QrSymbol.encode(DigitalLink.parse(link.toString())).hashCode());
        assertTrue(s.toString().contains("version=" + s.version()));
    }

    @Property(tries = 60)
    void encode_generatedLinks_decodeBackExactly(@ForAll @From("links") DigitalLink link,
            @ForAll ErrorCorrection ecc, @ForAll boolean upper) {
        QrSymbol s = QrSymbol.encode(link, QrOptions.of(ecc).withUpperCaseSchemeAndHost(upper));
        Verification v = QrVerifier.verify(s);
        assertTrue(v.passed(), v.detail());
        assertEquals(s.text(), v.decoded().orElseThrow());
        if (!upper) {
            assertEquals(link.toString(), s.text());
            assertEquals(link, DigitalLink.parse(v.decoded().orElseThrow()));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<DigitalLink> links() {
        return Links.links();
    }

    private static boolean sameModules(QrSymbol s, ByteMatrix m) {
        if (m.getWidth() != s.size()) {
            return false;
        }
        for (int y = 0; y < s.size(); y++) {
            for (int x = 0; x < s.size(); x++) {
                if (s.isDark(x, y) != (m.get(x, y) == 1)) {
                    return false;
                }
            }
        }
        return true;
    }
}
