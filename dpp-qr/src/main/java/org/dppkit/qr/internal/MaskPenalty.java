package org.dppkit.qr.internal;

/**
 * The mask penalty of ISO/IEC 18004 section 7.8.3, computed as ZXing 3.5 computes it, on bit rows:
 * every row and every column of the symbol is a few 64-bit words (bit x of a row is module x), so
 * one shift-and-mask step tests a rule at up to 64 positions at once.
 *
 * <p>The four rules and ZXing's reading of them (weights N1 = 3, N2 = 3, N3 = 40, N4 = 10):
 * <ol>
 *   <li>Each run of five or more same-coloured modules in a row or a column: 3 + (length - 5).</li>
 *   <li>Each 2 x 2 block of same-coloured modules (overlapping blocks each count): 3.</li>
 *   <li>Each position of the finder-like pattern dark-light-dark-dark-dark-light-dark (1:1:3:1:1)
 *       in a row or a column that has four light modules immediately before it or immediately
 *       after it: 40. <b>ZXing's deviations from the standard, followed here:</b> a pattern with
 *       light modules on both sides counts once, not twice; and the four light modules must lie
 *       inside the symbol: a pattern touching the edge does not borrow light modules from the
 *       quiet zone, so it counts only if the other side qualifies.</li>
 *   <li>Dark share: {@code |2 * dark - total| * 10 / total} in integer arithmetic (the number of
 *       whole 5 % steps away from 50 %), times 10.</li>
 * </ol>
 * The total is the sum of the four; the format information (which depends on the mask) is part
 * of the evaluated symbol, as in ZXing.
 */
final class MaskPenalty {

    private MaskPenalty() {
    }

    /**
     * Returns the penalty of a symbol, or any value at least {@code limit} once the partial sum
     * reaches it (the rules only add, so the caller can stop comparing).
     *
     * @param rows the rows, {@code words} longs each, bits beyond {@code size} zero
     * @param cols the columns in the same layout (bit y of column x is module (x, y))
     * @param size modules a side
     * @param words longs a line
     * @param limit the penalty to beat
     * @return the penalty
     */
    static int penalty(long[] rows, long[] cols, int size, int words, int limit) {
        int total = 0;
        int dark = 0;
        int blocks = 0;
        for (int y = 0, off = 0; y < size; y++, off += words) {
            total += line(rows, off, words, size);
            for (int i = 0; i < words; i++) {
                dark += Long.bitCount(rows[off + i]);
            }
            if (y + 1 < size) {
                blocks += blocks(rows, off, off + words, words, size);
            }
        }
        int cells = size * size;
        total += 3 * blocks + Math.abs(dark * 2 - cells) * 10 / cells * 10;
        if (total >= limit) {
            return total;
        }
        for (int x = 0, off = 0; x < size; x++, off += words) {
            total += line(cols, off, words, size);
        }
        return total;
    }

    /** Rule 1 and rule 3 of one row or column. */
    static int line(long[] a, int off, int words, int size) {
        int runs = 0;
        int finders = 0;
        for (int i = 0; i < words; i++) {
            long a0 = a[off + i];
            long a1 = shr(a, off, words, i, 1);
            long a2 = shr(a, off, words, i, 2);
            long a3 = shr(a, off, words, i, 3);
            long a4 = shr(a, off, words, i, 4);
            long b1 = shl(a, off, i, 1);
            // Rule 1: x starts a window of five equal modules; a window whose predecessor differs
            // (or that starts at 0) starts a run. A run of length L has L - 4 windows, one start:
            // (L - 4) + 2 = 3 + (L - 5).
            long windows = ~(a0 ^ a1) & ~(a1 ^ a2) & ~(a2 ^ a3) & ~(a3 ^ a4) & upTo(size - 5, i);
            if (windows != 0) {
                long continues = ~(b1 ^ a0);
                if (i == 0) {
                    continues &= ~1L;
                }
                runs += Long.bitCount(windows) + 2 * Long.bitCount(windows & ~continues);
            }
            // Rule 3: 1011101 at x ... x + 6.
            long a5 = shr(a, off, words, i, 5);
            long a6 = shr(a, off, words, i, 6);
            long pattern = a0 & ~a1 & a2 & a3 & a4 & ~a5 & a6 & upTo(size - 7, i);
            if (pattern != 0) {
                long lightBefore = ~(b1 | shl(a, off, i, 2) | shl(a, off, i, 3) | shl(a, off, i, 4));
                if (i == 0) {
                    lightBefore &= ~0xFL; // x - 4 < 0: ZXing does not look outside the symbol
                }
                long lightAfter = ~(shr(a, off, words, i, 7) | shr(a, off, words, i, 8)
                        | shr(a, off, words, i, 9) | shr(a, off, words, i, 10)) & upTo(size - 11, i);
                finders += Long.bitCount(pattern & (lightBefore | lightAfter));
            }
        }
        return runs + 40 * finders;
    }

    /** Rule 2 between two adjacent rows: the number of 2 x 2 blocks of one colour. */
    static int blocks(long[] rows, int top, int bottom, int words, int size) {
        int count = 0;
        for (int i = 0; i < words; i++) {
            long a = rows[top + i];
            long b = rows[bottom + i];
            long same = ~(a ^ shr(rows, top, words, i, 1)) & ~(b ^ shr(rows, bottom, words, i, 1))
                    & ~(a ^ b);
            count += Long.bitCount(same & upTo(size - 2, i));
        }
        return count;
    }

    /** Word i of the line shifted so that bit x holds module x + k (k 0..63; zero past the end). */
    private static long shr(long[] a, int off, int words, int i, int k) {
        long v = a[off + i] >>> k;
        if (i + 1 < words) {
            v |= a[off + i + 1] << (64 - k);
        }
        return v;
    }

    /** Word i of the line shifted so that bit x holds module x - k (k 1..63; zero before 0). */
    private static long shl(long[] a, int off, int i, int k) {
        long v = a[off + i] << k;
        if (i > 0) {
            v |= a[off + i - 1] >>> (64 - k);
        }
        return v;
    }

    /** The bits of word i whose position x is at most {@code last}. */
    private static long upTo(int last, int i) {
        int top = last - 64 * i;
        if (top < 0) {
            return 0;
        }
        return top >= 63 ? -1L : -1L >>> (63 - top);
    }
}
