package org.dppkit.qr.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.dppkit.qr.ErrorCorrection;
import org.dppkit.qr.QrMode;

/**
 * dppkit's QR Code Model 2 encoder (ISO/IEC 18004): one segment in numeric, alphanumeric or byte
 * mode, levels L, M, Q and H, versions 1 to 40.
 *
 * <p><b>Same symbols as ZXing 3.5.</b> For every text, level, fixed version and fixed mask this
 * encoder returns the module grid, version and mask that ZXing's
 * {@code Encoder.encode(text, level, hints)} returns for the hints dppkit used to pass
 * ({@code CHARACTER_SET=UTF-8} only for non-ASCII text, {@code QR_VERSION} and
 * {@code QR_MASK_PATTERN} when fixed; no {@code GS1_FORMAT}, no {@code QR_COMPACT}), and fails
 * where ZXing fails. That fixes the choices the standard leaves open or that ZXing makes its own
 * way:
 * <ul>
 *   <li>Mode: the whole text in one mode: numeric if all digits, alphanumeric if all characters
 *       are in the 45-character set, byte otherwise. Byte mode is ISO-8859-1 for ASCII text (no
 *       ECI) and UTF-8 behind ECI 26 otherwise.</li>
 *   <li>Version: ZXing takes the bit count first with version 1's character-count width,
 *       chooses the smallest version holding it, takes the count again with that version's
 *       width and chooses again. This is reproduced as is. It is not a deviation in effect: the
 *       widths only grow with the version and grow by at most 8 bits, far less than the
 *       capacity step between two versions, so the result is always the smallest version that
 *       holds the text and the text always fits it (checked for every length, mode and level by
 *       the tests).</li>
 *   <li>Mask: the lowest penalty of {@link MaskPenalty} (with ZXing's rule 3 and rule 4), the
 *       lowest mask number on ties.</li>
 *   <li>Remainder bits after the last codeword are light before masking.</li>
 * </ul>
 *
 * <p>Speed: the data codewords are written straight into a byte array, the grid is built once,
 * and the eight masks are evaluated on 64-bit row and column words with no copy of the grid a
 * mask; every buffer is local to the call (no shared mutable state, thread-safe).
 */
public final class QrEncoder {

    /** 0 is the light function value, 1 dark; data cells are FREE until placed. */
    private static final byte FREE = -1;

    /** Mask bits a row, [(mask * 12 + y % 12) * 3 + word]: bit x set where mask flips (x, y). */
    private static final long[] ROW_MASKS = new long[8 * 12 * 3];
    /** Mask bits a column, [(mask * 12 + x % 12) * 3 + word]: bit y set where mask flips (x, y). */
    private static final long[] COL_MASKS = new long[8 * 12 * 3];

    static {
        for (int m = 0; m < 8; m++) {
            for (int r = 0; r < 12; r++) {
                for (int t = 0; t < 192; t++) {
                    int word = (m * 12 + r) * 3 + (t >>> 6);
                    if (maskBit(m, t, r)) {
                        ROW_MASKS[word] |= 1L << t;
                    }
                    if (maskBit(m, r, t)) {
                        COL_MASKS[word] |= 1L << t;
                    }
                }
            }
        }
    }

    private QrEncoder() {
    }

    /**
     * Whether mask {@code mask} flips the module at column x, row y (ISO/IEC 18004 Table 10).
     *
     * @param mask 0 to 7
     * @param x the column
     * @param y the row
     * @return true where the mask condition holds
     */
    static boolean maskBit(int mask, int x, int y) {
        switch (mask) {
            case 0:
                return ((x + y) & 1) == 0;
            case 1:
                return (y & 1) == 0;
            case 2:
                return x % 3 == 0;
            case 3:
                return (x + y) % 3 == 0;
            case 4:
                return ((y / 2 + x / 3) & 1) == 0;
            case 5:
                return (x * y & 1) + x * y % 3 == 0;
            case 6:
                return (((x * y & 1) + x * y % 3) & 1) == 0;
            default:
                return ((x * y % 3 + ((x + y) & 1)) & 1) == 0;
        }
    }

    /**
     * Returns the mode the whole text is encoded in (ZXing's {@code Encoder.chooseMode}).
     *
     * @param text the text, not null
     * @return numeric for digits only, alphanumeric for the 45-character set, byte otherwise
     */
    public static QrMode chooseMode(String text) {
        boolean letters = false;
        boolean digits = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (alphanumericCode(c) >= 0) {
                letters = true;
            } else {
                return QrMode.BYTE;
            }
        }
        return letters ? QrMode.ALPHANUMERIC : digits ? QrMode.NUMERIC : QrMode.BYTE;
    }

    /** The value of a character in alphanumeric mode, or -1. */
    static int alphanumericCode(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        switch (c) {
            case ' ':
                return 36;
            case '$':
                return 37;
            case '%':
                return 38;
            case '*':
                return 39;
            case '+':
                return 40;
            case '-':
                return 41;
            case '.':
                return 42;
            case '/':
                return 43;
            case ':':
                return 44;
            default:
                return -1;
        }
    }

    /**
     * Encodes a text.
     *
     * @param text the text, not null, not empty
     * @param ecc the error-correction level, not null
     * @param fixedVersion 1 to 40, or 0 for the smallest version (as ZXing chooses it)
     * @param fixedMask 0 to 7, or -1 for the lowest penalty
     * @return the symbol
     * @throws QrEncodingException if the text does not fit
     * @throws IllegalArgumentException if the version or mask is out of range
     */
    public static EncodedSymbol encode(String text, ErrorCorrection ecc, int fixedVersion,
            int fixedMask) throws QrEncodingException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ecc, "ecc");
        if (fixedVersion < 0 || fixedVersion > 40) {
            throw new IllegalArgumentException("version must be 0 or 1 to 40 but was " + fixedVersion);
        }
        if (fixedMask < -1 || fixedMask > 7) {
            throw new IllegalArgumentException("mask must be -1 or 0 to 7 but was " + fixedMask);
        }
        QrMode mode = chooseMode(text);
        byte[] bytes = null;
        boolean eci = false;
        int count = text.length();
        if (mode == QrMode.BYTE) {
            eci = !isAscii(text);
            bytes = text.getBytes(eci ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            count = bytes.length;
        }
        int dataBits = dataBits(mode, count);
        int headerBits = (eci ? 12 : 0) + 4;
        int version = fixedVersion > 0 ? fixedVersion : chooseVersion(headerBits, mode, dataBits, ecc);
        if (fixedVersion > 0
                && !fits(headerBits + QrTables.countBits(mode, version) + dataBits, version, ecc)) {
            throw new QrEncodingException("Data too big for requested version");
        }
        int countBits = QrTables.countBits(mode, version);
        int numData = QrTables.dataCodewords(version, ecc);
        int bits = headerBits + countBits + dataBits;
        if (bits > numData * 8 || count >= 1 << countBits) {
            // ZXing checks both again here; neither can fail after the choice above (see the
            // class comment), so this only guards the invariant.
            throw new IllegalStateException("data bits cannot fit in the QR Code" + bits + " > "
                    + numData * 8);
        }
        byte[] data = new byte[numData];
        BitWriter w = new BitWriter(data);
        if (eci) {
            w.write(0b0111, 4);
            w.write(26, 8); // ECI 000026: UTF-8
        }
        w.write(mode == QrMode.NUMERIC ? 0b0001 : mode == QrMode.ALPHANUMERIC ? 0b0010 : 0b0100, 4);
        w.write(count, countBits);
        if (mode == QrMode.BYTE) {
            for (byte b : bytes) {
                w.write(b & 0xFF, 8);
            }
        } else if (mode == QrMode.NUMERIC) {
            writeNumeric(text, w);
        } else {
            writeAlphanumeric(text, w);
        }
        // Terminator (up to four zero bits), zero bits to the byte boundary: the array is zero
        // already, so only the position moves. Then the pad codewords 0xEC 0x11 alternately.
        int used = (Math.min(bits + 4, numData * 8) + 7) >>> 3;
        for (int i = used; i < numData; i++) {
            data[i] = (byte) (((i - used) & 1) == 0 ? 0xEC : 0x11);
        }
        byte[] codewords = interleave(data, version, ecc);
        return place(codewords, version, ecc, fixedMask, mode);
    }

    /** Bits of the data of one segment (without mode and count). */
    static int dataBits(QrMode mode, int count) {
        switch (mode) {
            case NUMERIC:
                return count / 3 * 10 + (count % 3 == 2 ? 7 : count % 3 == 1 ? 4 : 0);
            case ALPHANUMERIC:
                return count / 2 * 11 + (count % 2) * 6;
            default:
                return 8 * count;
        }
    }

    /**
     * ZXing's version choice: the smallest version for the bits counted with version 1's count
     * width, then the smallest version for the bits counted with that version's width.
     */
    static int chooseVersion(int headerBits, QrMode mode, int dataBits, ErrorCorrection ecc)
            throws QrEncodingException {
        int provisional = smallestVersion(headerBits + QrTables.countBits(mode, 1) + dataBits, ecc);
        return smallestVersion(headerBits + QrTables.countBits(mode, provisional) + dataBits, ecc);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(int bits, int version, ErrorCorrection ecc) {
        return QrTables.dataCodewords(version, ecc) >= (bits + 7) / 8;
    }

    private static int smallestVersion(int bits, ErrorCorrection ecc) throws QrEncodingException {
        for (int v = 1; v <= 40; v++) {
            if (fits(bits, v, ecc)) {
                return v;
            }
        }
        throw new QrEncodingException("Data too big");
    }

    private static void writeNumeric(String text, BitWriter w) {
        int n = text.length();
        int i = 0;
        for (; i + 3 <= n; i += 3) {
            w.write((text.charAt(i) - '0') * 100 + (text.charAt(i + 1) - '0') * 10
                    + (text.charAt(i + 2) - '0'), 10);
        }
        if (n - i == 2) {
            w.write((text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0'), 7);
        } else if (n - i == 1) {
            w.write(text.charAt(i) - '0', 4);
        }
    }

    private static void writeAlphanumeric(String text, BitWriter w) {
        int n = text.length();
        int i = 0;
        for (; i + 2 <= n; i += 2) {
            w.write(alphanumericCode(text.charAt(i)) * 45 + alphanumericCode(text.charAt(i + 1)), 11);
        }
        if (i < n) {
            w.write(alphanumericCode(text.charAt(i)), 6);
        }
    }

    /**
     * Splits the data codewords into blocks (the shorter blocks first), appends each block's
     * Reed-Solomon codewords and interleaves: data codeword 0 of every block, then codeword 1,
     * ..., then the error-correction codewords likewise (ISO/IEC 18004 section 7.6).
     */
    static byte[] interleave(byte[] data, int version, ErrorCorrection ecc) {
        int total = QrTables.totalCodewords(version);
        int blocks = QrTables.blocks(version, ecc);
        int ecLen = QrTables.ecPerBlock(version, ecc);
        int longBlocks = total % blocks;
        int shortBlocks = blocks - longBlocks;
        int shortData = total / blocks - ecLen;
        byte[] ec = new byte[blocks * ecLen];
        byte[] out = new byte[total];
        int offset = 0;
        for (int b = 0; b < blocks; b++) {
            int len = b < shortBlocks ? shortData : shortData + 1;
            ReedSolomon.encode(data, offset, len, ec, b * ecLen, ecLen);
            for (int k = 0; k < len; k++) {
                int pos = k < shortData ? k * blocks + b : shortData * blocks + (b - shortBlocks);
                out[pos] = data[offset + k];
            }
            offset += len;
        }
        int ecStart = data.length;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < ecLen; k++) {
                out[ecStart + k * blocks + b] = ec[b * ecLen + k];
            }
        }
        return out;
    }

    /** Builds the grid, chooses the mask and returns the symbol. */
    private static EncodedSymbol place(byte[] codewords, int version, ErrorCorrection ecc,
            int fixedMask, QrMode mode) {
        int n = QrTables.size(version);
        int words = (n + 63) >>> 6;
        byte[] grid = new byte[n * n];
        Arrays.fill(grid, FREE);
        functionPatterns(grid, n, version);
        // Format information cells: reserved now (light), set per mask below.
        int[] formatCells = formatCells(n);
        for (int c : formatCells) {
            grid[c] = 0;
        }
        long[] baseRows = new long[n * words];
        long[] baseCols = new long[n * words];
        long[] dataRows = new long[n * words];
        long[] dataCols = new long[n * words];
        placeData(grid, n, codewords);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                byte v = grid[y * n + x];
                int r = y * words + (x >>> 6);
                int c = x * words + (y >>> 6);
                if (v == 1 || v == 2) { // dark function module, dark data module before masking
                    baseRows[r] |= 1L << x;
                    baseCols[c] |= 1L << y;
                }
                if (v >= 2) { // data module: 2 dark, 3 light
                    dataRows[r] |= 1L << x;
                    dataCols[c] |= 1L << y;
                }
            }
        }
        int eccBits = eccBits(ecc);
        long[] rows = new long[n * words];
        long[] cols = new long[n * words];
        int mask = fixedMask;
        if (mask < 0) {
            long[] bestRows = new long[n * words];
            int best = Integer.MAX_VALUE;
            for (int m = 0; m < 8; m++) {
                applyMask(m, Bch.formatBits(eccBits, m), n, words, formatCells, baseRows, dataRows,
                        baseCols, dataCols, rows, cols);
                int p = MaskPenalty.penalty(rows, cols, n, words, best);
                if (p < best) {
                    best = p;
                    mask = m;
                    long[] t = bestRows;
                    bestRows = rows;
                    rows = t;
                }
            }
            rows = bestRows;
        } else {
            applyMask(mask, Bch.formatBits(eccBits, mask), n, words, formatCells, baseRows, dataRows,
                    baseCols, dataCols, rows, cols);
        }
        for (int y = 0; y < n; y++) {
            int off = y * words;
            for (int x = 0; x < n; x++) {
                grid[y * n + x] = (byte) ((rows[off + (x >>> 6)] >>> x) & 1);
            }
        }
        return new EncodedSymbol(version, mask, mode, grid);
    }

    /** Two-bit level indicator of the format information. */
    static int eccBits(ErrorCorrection ecc) {
        switch (ecc) {
            case L:
                return 1;
            case M:
                return 0;
            case Q:
                return 3;
            default:
                return 2;
        }
    }

    /**
     * The 30 cells of the format information as flat indexes: [2i] and [2i + 1] are the two
     * copies of bit i (bit 0 the least significant).
     */
    static int[] formatCells(int n) {
        int[] cells = new int[30];
        for (int i = 0; i < 15; i++) {
            // First copy around the top-left finder: down column 8 (skipping the timing row),
            // then left along row 8 (skipping the timing column).
            int x1;
            int y1;
            if (i < 6) {
                x1 = 8;
                y1 = i;
            } else if (i < 8) {
                x1 = 8;
                y1 = i + 1;
            } else if (i == 8) {
                x1 = 7;
                y1 = 8;
            } else {
                x1 = 14 - i;
                y1 = 8;
            }
            // Second copy: row 8 from the right edge, then column 8 up from the bottom.
            int x2;
            int y2;
            if (i < 8) {
                x2 = n - 1 - i;
                y2 = 8;
            } else {
                x2 = 8;
                y2 = n - 7 + (i - 8);
            }
            cells[2 * i] = y1 * n + x1;
            cells[2 * i + 1] = y2 * n + x2;
        }
        return cells;
    }

    private static void applyMask(int m, int format, int n, int words, int[] formatCells,
            long[] baseRows, long[] dataRows, long[] baseCols, long[] dataCols, long[] rows,
            long[] cols) {
        for (int y = 0, off = 0; y < n; y++, off += words) {
            int t = (m * 12 + y % 12) * 3;
            for (int i = 0; i < words; i++) {
                rows[off + i] = baseRows[off + i] ^ (ROW_MASKS[t + i] & dataRows[off + i]);
                cols[off + i] = baseCols[off + i] ^ (COL_MASKS[t + i] & dataCols[off + i]);
            }
        }
        for (int k = 0; k < 30; k++) {
            if ((format >>> (k >>> 1) & 1) != 0) {
                int cell = formatCells[k];
                int x = cell % n;
                int y = cell / n;
                rows[y * words + (x >>> 6)] |= 1L << x;
                cols[x * words + (y >>> 6)] |= 1L << y;
            }
        }
    }

    /** Finder patterns with separators, the dark module, alignment patterns, timing, version. */
    private static void functionPatterns(byte[] grid, int n, int version) {
        finder(grid, n, 3, 3);
        finder(grid, n, n - 4, 3);
        finder(grid, n, 3, n - 4);
        grid[(n - 8) * n + 8] = 1;
        int[] centres = QrTables.alignmentCentres(version);
        for (int cy : centres) {
            for (int cx : centres) {
                if (grid[cy * n + cx] != FREE) {
                    continue; // under a finder pattern
                }
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        int d = Math.max(Math.abs(dx), Math.abs(dy));
                        grid[(cy + dy) * n + cx + dx] = (byte) (d == 1 ? 0 : 1);
                    }
                }
            }
        }
        for (int i = 8; i < n - 8; i++) {
            byte bit = (byte) ((i + 1) & 1);
            if (grid[6 * n + i] == FREE) {
                grid[6 * n + i] = bit;
            }
            if (grid[i * n + 6] == FREE) {
                grid[i * n + 6] = bit;
            }
        }
        if (version >= 7) {
            int bits = Bch.versionBits(version);
            for (int k = 0; k < 18; k++) {
                byte bit = (byte) ((bits >>> k) & 1);
                int a = k / 3;
                int b = n - 11 + k % 3;
                grid[b * n + a] = bit;
                grid[a * n + b] = bit;
            }
        }
    }

    /** A finder pattern centred on (cx, cy) with its light separator, clipped to the grid. */
    private static void finder(byte[] grid, int n, int cx, int cy) {
        for (int dy = -4; dy <= 4; dy++) {
            int y = cy + dy;
            if (y < 0 || y >= n) {
                continue;
            }
            for (int dx = -4; dx <= 4; dx++) {
                int x = cx + dx;
                if (x < 0 || x >= n) {
                    continue;
                }
                int d = Math.max(Math.abs(dx), Math.abs(dy));
                grid[y * n + x] = (byte) (d == 2 || d == 4 ? 0 : 1);
            }
        }
    }

    /**
     * Places the codeword bits in the free cells, two columns at a time from the right, upwards
     * then downwards, skipping the vertical timing column; cells left over after the last bit
     * (remainder bits) are light. Data cells are marked 2 (dark) or 3 (light), unmasked.
     */
    private static void placeData(byte[] grid, int n, byte[] codewords) {
        int totalBits = codewords.length * 8;
        int bit = 0;
        for (int right = n - 1, upward = 1; right >= 1; right -= 2, upward ^= 1) {
            if (right == 6) {
                right = 5;
            }
            for (int step = 0; step < n; step++) {
                int y = upward == 1 ? n - 1 - step : step;
                for (int j = 0; j < 2; j++) {
                    int cell = y * n + right - j;
                    if (grid[cell] != FREE) {
                        continue;
                    }
                    boolean dark = bit < totalBits
                            && ((codewords[bit >>> 3] >>> (7 - (bit & 7))) & 1) != 0;
                    bit++;
                    grid[cell] = (byte) (dark ? 2 : 3);
                }
            }
        }
    }

    /** Appends bits most significant first into a zeroed byte array. */
    private static final class BitWriter {
        private final byte[] out;
        private int pos;

        BitWriter(byte[] out) {
            this.out = out;
        }

        void write(int value, int length) {
            for (int i = length - 1; i >= 0; i--) {
                if (((value >>> i) & 1) != 0) {
                    out[pos >>> 3] |= (byte) (0x80 >>> (pos & 7));
                }
                pos++;
            }
        }
    }
}
