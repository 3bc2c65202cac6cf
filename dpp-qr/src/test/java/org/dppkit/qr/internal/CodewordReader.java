package org.dppkit.qr.internal;

/**
 * Reads the codewords back out of a symbol (unmask, follow the placement path): an independent
 * walk used by the tests to check the codewords of worked examples.
 */
final class CodewordReader {

    private CodewordReader() {
    }

    static byte[] read(EncodedSymbol s) {
        int n = s.size();
        boolean[] function = functionMap(s.version());
        byte[] grid = s.modules();
        byte[] out = new byte[QrTables.totalCodewords(s.version())];
        int bit = 0;
        // Column pairs from the right; the timing column 6 is skipped; upward first.
        int pair = 0;
        for (int right = n - 1; right >= 1; right -= 2, pair++) {
            if (right == 6) {
                right = 5;
            }
            for (int step = 0; step < n; step++) {
                int y = (pair & 1) == 0 ? n - 1 - step : step;
                for (int x = right; x >= right - 1; x--) {
                    if (function[y * n + x]) {
                        continue;
                    }
                    if (bit < out.length * 8) {
                        int v = grid[y * n + x] ^ (QrEncoder.maskBit(s.mask(), x, y) ? 1 : 0);
                        out[bit >>> 3] |= (byte) (v << (7 - (bit & 7)));
                    }
                    bit++;
                }
            }
        }
        return out;
    }

    /** Function modules of a version 1 to 6 symbol (finders, separators, format, timing, alignment). */
    static boolean[] functionMap(int version) {
        int n = QrTables.size(version);
        boolean[] f = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean finder = (x < 9 && y < 9) || (x >= n - 8 && y < 9) || (x < 9 && y >= n - 8);
                boolean timing = x == 6 || y == 6;
                f[y * n + x] = finder || timing;
            }
        }
        if (version >= 2) {
            int c = n - 7;
            for (int y = c - 2; y <= c + 2; y++) {
                for (int x = c - 2; x <= c + 2; x++) {
                    f[y * n + x] = true;
                }
            }
        }
        return f;
    }
}
