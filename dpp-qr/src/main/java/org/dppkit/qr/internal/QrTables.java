package org.dppkit.qr.internal;

import org.dppkit.qr.ErrorCorrection;
import org.dppkit.qr.QrMode;

/**
 * The fixed tables of ISO/IEC 18004: codewords per version, error-correction blocks per version
 * and level, alignment pattern centres and character-count widths.
 */
public final class QrTables {

    /** Error-correction codewords in each block, [level L M Q H][version 1-40] (index 0 unused). */
    private static final byte[][] EC_PER_BLOCK = {
        {-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
            28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
        {-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
            26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
        {-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
            28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
        {-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
            30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    };

    /** Number of error-correction blocks, [level L M Q H][version 1-40] (index 0 unused). */
    private static final byte[][] BLOCKS = {
        {-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
            8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
        {-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
            17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
        {-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
            23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
        {-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
            25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
    };

    private QrTables() {
    }

    /**
     * Returns the number of modules a side.
     *
     * @param version the version, 1 to 40
     * @return {@code 17 + 4 * version}
     */
    public static int size(int version) {
        return 17 + 4 * version;
    }

    /**
     * Returns the number of codewords (data and error correction) of a version: the modules left
     * after the function patterns, format and version information, divided by 8.
     *
     * @param version the version, 1 to 40
     * @return the codewords, 26 to 3706
     */
    public static int totalCodewords(int version) {
        int modules = (16 * version + 128) * version + 64;
        if (version >= 2) {
            int align = version / 7 + 2;
            modules -= (25 * align - 10) * align - 55;
            if (version >= 7) {
                modules -= 36;
            }
        }
        return modules / 8;
    }

    /**
     * Returns the number of error-correction blocks.
     *
     * @param version the version, 1 to 40
     * @param ecc the level
     * @return the blocks
     */
    public static int blocks(int version, ErrorCorrection ecc) {
        return BLOCKS[ecc.ordinal()][version];
    }

    /**
     * Returns the error-correction codewords in each block.
     *
     * @param version the version, 1 to 40
     * @param ecc the level
     * @return the codewords a block
     */
    public static int ecPerBlock(int version, ErrorCorrection ecc) {
        return EC_PER_BLOCK[ecc.ordinal()][version];
    }

    /**
     * Returns the number of data codewords of a version and level.
     *
     * @param version the version, 1 to 40
     * @param ecc the level
     * @return the data codewords
     */
    public static int dataCodewords(int version, ErrorCorrection ecc) {
        return totalCodewords(version) - blocks(version, ecc) * ecPerBlock(version, ecc);
    }

    /**
     * Returns the width of the character-count indicator.
     *
     * @param mode the mode
     * @param version the version, 1 to 40
     * @return the bits
     */
    public static int countBits(QrMode mode, int version) {
        int range = version <= 9 ? 0 : version <= 26 ? 1 : 2;
        switch (mode) {
            case NUMERIC:
                return 10 + 2 * range;
            case ALPHANUMERIC:
                return 9 + 2 * range;
            default:
                return range == 0 ? 8 : 16;
        }
    }

    /**
     * Returns the row (and column) coordinates of the alignment pattern centres.
     *
     * @param version the version, 1 to 40
     * @return the coordinates in increasing order; empty for version 1
     */
    public static int[] alignmentCentres(int version) {
        if (version == 1) {
            return new int[0];
        }
        int count = version / 7 + 2;
        int step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
        int[] centres = new int[count];
        centres[0] = 6;
        for (int i = count - 1, pos = size(version) - 7; i >= 1; i--, pos -= step) {
            centres[i] = pos;
        }
        return centres;
    }
}
