package org.dppkit.qr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dppkit.qr.ErrorCorrection;
import org.dppkit.qr.QrMode;
import org.junit.jupiter.api.Test;

class EncoderInternalsTest {

    /**
     * ZXing's two-pass version choice equals the smallest version that holds the text, and the
     * text fits it, for every length, mode (with and without ECI) and level.
     */
    @Test
    void versionChoice_isSmallestFittingVersion_forEveryLength() throws QrEncodingException {
        int checked = 0;
        for (ErrorCorrection ecc : ErrorCorrection.values()) {
            for (QrMode mode : QrMode.values()) {
                for (int header : new int[] {4, 16}) {
                    if (header == 16 && mode != QrMode.BYTE) {
                        continue;
                    }
                    for (int count = 1; count <= 7089; count++) {
                        int data = QrEncoder.dataBits(mode, count);
                        int smallest = 0;
                        for (int v = 1; v <= 40 && smallest == 0; v++) {
                            int bits = header + QrTables.countBits(mode, v) + data;
                            if (bits <= 8 * QrTables.dataCodewords(v, ecc)
                                    && count < 1 << QrTables.countBits(mode, v)) {
                                smallest = v;
                            }
                        }
                        if (smallest == 0) {
                            int c = count;
                            assertThrows(QrEncodingException.class,
                                    () -> QrEncoder.chooseVersion(header, mode, QrEncoder.dataBits(mode, c), ecc));
                            break;
                        }
                        assertEquals(smallest, QrEncoder.chooseVersion(header, mode, data, ecc),
                                ecc + " " + mode + " " + header + " " + count);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 40_000, "checked " + checked);
    }

    /** The bit-parallel penalty equals a module-by-module reading of ZXing's rules. */
    @Property(tries = 300)
    void penalty_equalsModuleByModuleRules(@ForAll @IntRange(min = 0, max = 40) int v,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int density) {
        int n = v == 0 ? 21 + Math.floorMod(seed, 7) : QrTables.size(v);
        SplittableRandom random = new SplittableRandom(seed);
        boolean[][] m = new boolean[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                // Sparse, dense and finder-rich grids hit every rule.
                m[y][x] = density == 0 ? random.nextInt(4) == 0
                        : density == 1 ? random.nextInt(4) != 0
                        : density == 2 ? random.nextBoolean()
                        : "1011101000010111010000".charAt((x + 3 * y) % 22) == '1'
                                ^ random.nextInt(16) == 0;
            }
        }
        int words = (n + 63) >>> 6;
        long[] rows = new long[n * words];
        long[] cols = new long[n * words];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (m[y][x]) {
                    rows[y * words + (x >>> 6)] |= 1L << x;
                    cols[x * words + (y >>> 6)] |= 1L << y;
                }
            }
        }
        assertEquals(reference(m), MaskPenalty.penalty(rows, cols, n, words, Integer.MAX_VALUE));
    }

    /** ZXing's rules read literally, one module at a time. */
    static int reference(boolean[][] m) {
        int n = m.length;
        int penalty = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                int run = 0;
                for (int j = 0; j <= n; j++) {
                    boolean cur = j < n && at(m, pass, i, j);
                    if (j > 0 && j < n && cur == at(m, pass, i, j - 1)) {
                        run++;
                    } else {
                        if (run >= 5) {
                            penalty += 3 + run - 5;
                        }
                        run = 1;
                    }
                }
                for (int j = 0; j + 6 < n; j++) {
                    boolean finder = at(m, pass, i, j) && !at(m, pass, i, j + 1) && at(m, pass, i, j + 2)
                            && at(m, pass, i, j + 3) && at(m, pass, i, j + 4) && !at(m, pass, i, j + 5)
                            && at(m, pass, i, j + 6);
                    if (finder && (light(m, pass, i, j - 4, j) || light(m, pass, i, j + 7, j + 11))) {
                        penalty += 40;
                    }
                }
            }
        }
        int dark = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                dark += m[y][x] ? 1 : 0;
                if (x + 1 < n && y + 1 < n && m[y][x] == m[y][x + 1] && m[y][x] == m[y + 1][x]
                        && m[y][x] == m[y + 1][x + 1]) {
                    penalty += 3;
                }
            }
        }
        int total = n * n;
        return penalty + Math.abs(dark * 2 - total) * 10 / total * 10;
    }

    static boolean at(boolean[][] m, int pass, int line, int pos) {
        return pass == 0 ? m[line][pos] : m[pos][line];
    }

    /** All of [from, to) light and inside the grid. */
    static boolean light(boolean[][] m, int pass, int line, int from, int to) {
        if (from < 0 || to > m.length) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (at(m, pass, line, k)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void encode_rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> QrEncoder.encode("a", ErrorCorrection.M, 41, -1));
        assertThrows(IllegalArgumentException.class, () -> QrEncoder.encode("a", ErrorCorrection.M, -1, -1));
        assertThrows(IllegalArgumentException.class, () -> QrEncoder.encode("a", ErrorCorrection.M, 0, 8));
        assertThrows(IllegalArgumentException.class, () -> QrEncoder.encode("a", ErrorCorrection.M, 0, -2));
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> QrEncoder.encode(null, ErrorCorrection.M, 0, -1)).getMessage());
        assertEquals("ecc", assertThrows(NullPointerException.class,
                () -> QrEncoder.encode("a", null, 0, -1)).getMessage());
    }

    @Test
    void encode_tooLong_givesZxingMessages() {
        assertEquals("Data too big", assertThrows(QrEncodingException.class,
                () -> QrEncoder.encode("1".repeat(7090), ErrorCorrection.L, 0, -1)).getMessage());
        assertEquals("Data too big for requested version", assertThrows(QrEncodingException.class,
                () -> QrEncoder.encode("1".repeat(42), ErrorCorrection.L, 1, -1)).getMessage());
    }

    @Test
    void chooseMode_likeZxing() {
        assertEquals(QrMode.NUMERIC, QrEncoder.chooseMode("0123"));
        assertEquals(QrMode.ALPHANUMERIC, QrEncoder.chooseMode("HTTPS://ID.GS1.ORG/01/0950"));
        assertEquals(QrMode.ALPHANUMERIC, QrEncoder.chooseMode(" $%*+-./:"));
        assertEquals(QrMode.BYTE, QrEncoder.chooseMode("https://id.gs1.org"));
        assertEquals(QrMode.BYTE, QrEncoder.chooseMode("\u00e9"));
        assertEquals(QrMode.BYTE, QrEncoder.chooseMode(""));
    }
}
