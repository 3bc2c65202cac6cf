package org.dppkit.qr.internal;

/**
 * The BCH codes protecting the format information (15,5) and the version information (18,6) of
 * ISO/IEC 18004 sections 7.9 and 7.10.
 */
final class Bch {

    /** Generator of the (15,5) code: x^10 + x^8 + x^5 + x^4 + x^2 + x + 1. */
    private static final int FORMAT_GENERATOR = 0x537;
    /** XOR mask applied to the format information so that it is never all zero. */
    private static final int FORMAT_MASK = 0x5412;
    /** Generator of the (18,6) code: x^12 + x^11 + x^10 + x^9 + x^8 + x^5 + x^2 + 1. */
    private static final int VERSION_GENERATOR = 0x1F25;

    private Bch() {
    }

    /**
     * Returns the 15 format bits for an error-correction indicator and a mask.
     *
     * @param eccBits the two-bit level indicator: L = 01, M = 00, Q = 11, H = 10
     * @param mask the mask, 0 to 7
     * @return the masked format information, bit 14 first in reading order
     */
    static int formatBits(int eccBits, int mask) {
        int data = eccBits << 3 | mask;
        int rem = data;
        for (int i = 0; i < 10; i++) {
            rem = (rem << 1) ^ ((rem >>> 9) * FORMAT_GENERATOR);
        }
        return ((data << 10) | rem) ^ FORMAT_MASK;
    }

    /**
     * Returns the 18 version bits.
     *
     * @param version the version, 7 to 40
     * @return the version number in the top 6 bits and the 12 BCH bits below
     */
    static int versionBits(int version) {
        int rem = version;
        for (int i = 0; i < 12; i++) {
            rem = (rem << 1) ^ ((rem >>> 11) * VERSION_GENERATOR);
        }
        return version << 12 | rem;
    }
}
