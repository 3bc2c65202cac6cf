package org.dppkit.qr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.qrcode.decoder.Version;
import java.util.Arrays;
import org.dppkit.qr.ErrorCorrection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reed-Solomon, BCH and tables against published worked examples: ISO/IEC 18004 Annex I
 * ("01234567", version 1-M) and Thonky's QR Code tutorial (thonky.com/qr-code-tutorial:
 * "HELLO WORLD" 1-M and 1-Q, generator polynomials, format and version information tables).
 */
class WorkedExamplesTest {

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] codewords(String text, ErrorCorrection ecc) throws QrEncodingException {
        EncodedSymbol s = QrEncoder.encode(text, ecc, 1, 0);
        return CodewordReader.read(s);
    }

    @Test
    void isoAnnexI_01234567_version1M() throws QrEncodingException {
        // Data: mode 0001, count 0000001000, 012 3456 7 -> 0000001100 0101011001 1000011, then
        // terminator, padding to the byte and the pad codewords.
        byte[] data = bytes(0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
                0xEC, 0x11, 0xEC, 0x11);
        byte[] ec = bytes(0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55);
        byte[] out = new byte[10];
        ReedSolomon.encode(data, 0, 16, out, 0, 10);
        assertArrayEquals(ec, out);
        byte[] all = Arrays.copyOf(data, 26);
        System.arraycopy(ec, 0, all, 16, 10);
        assertArrayEquals(all, codewords("01234567", ErrorCorrection.M));
    }

    @Test
    void thonky_helloWorld_version1M() throws QrEncodingException {
        byte[] data = bytes(32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17);
        byte[] ec = bytes(196, 35, 39, 119, 235, 215, 231, 226, 93, 23);
        byte[] out = new byte[10];
        ReedSolomon.encode(data, 0, 16, out, 0, 10);
        assertArrayEquals(ec, out);
        byte[] all = Arrays.copyOf(data, 26);
        System.arraycopy(ec, 0, all, 16, 10);
        assertArrayEquals(all, codewords("HELLO WORLD", ErrorCorrection.M));
    }

    @Test
    void thonky_helloWorld_version1Q() throws QrEncodingException {
        byte[] data = bytes(32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236);
        byte[] ec = bytes(168, 72, 22, 82, 217, 54, 156, 0, 46, 15, 180, 122, 16);
        byte[] all = Arrays.copyOf(data, 26);
        System.arraycopy(ec, 0, all, 13, 13);
        assertArrayEquals(all, codewords("HELLO WORLD", ErrorCorrection.Q));
    }

    @Test
    void thonky_generatorPolynomials() {
        // Exponents of alpha for each coefficient, highest power first.
        assertArrayEquals(new int[] {0, 87, 229, 146, 149, 238, 102, 21}, logs(ReedSolomon.generator(7)));
        assertArrayEquals(new int[] {0, 251, 67, 46, 61, 118, 70, 64, 94, 32, 45},
                logs(ReedSolomon.generator(10)));
    }

    static int[] logs(int[] poly) {
        int[] out = new int[poly.length];
        for (int i = 0; i < poly.length; i++) {
            int v = 1;
            int e = 0;
            while (v != poly[i]) {
                v = ReedSolomon.multiply(v, 2);
                e++;
            }
            out[i] = e;
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "L, 0, 111011111000100", "L, 4, 110011000101111", "L, 7, 110100101110110",
        "M, 0, 101010000010010", "M, 2, 101111001111100", "M, 5, 100000011001110",
        "Q, 0, 011010101011111", "Q, 6, 010111011011010",
        "H, 0, 001011010001001", "H, 7, 000100000111011"})
    void thonky_formatInformation(ErrorCorrection ecc, int mask, String bits) {
        assertEquals(Integer.parseInt(bits, 2), Bch.formatBits(QrEncoder.eccBits(ecc), mask));
    }

    @ParameterizedTest
    @CsvSource({"7, 000111110010010100", "8, 001000010110111100", "21, 010101011010000011",
        "40, 101000110001101001"})
    void thonky_versionInformation(int version, String bits) {
        assertEquals(Integer.parseInt(bits, 2), Bch.versionBits(version));
    }

    @Test
    void tables_matchZxingVersionTable() {
        for (int v = 1; v <= 40; v++) {
            Version z = Version.getVersionForNumber(v);
            assertEquals(z.getTotalCodewords(), QrTables.totalCodewords(v), "version " + v);
            assertEquals(z.getDimensionForVersion(), QrTables.size(v));
            assertArrayEquals(v == 1 ? new int[0] : z.getAlignmentPatternCenters(),
                    QrTables.alignmentCentres(v), "version " + v);
            for (ErrorCorrection ecc : ErrorCorrection.values()) {
                Version.ECBlocks b = z.getECBlocksForLevel(ZxingOracle.level(ecc));
                assertEquals(b.getNumBlocks(), QrTables.blocks(v, ecc), v + "-" + ecc);
                assertEquals(b.getECCodewordsPerBlock(), QrTables.ecPerBlock(v, ecc), v + "-" + ecc);
            }
        }
    }
}
