package org.dppkit.qr.internal;

/**
 * Reed-Solomon error correction over GF(256) with the QR Code field polynomial
 * x^8 + x^4 + x^3 + x^2 + 1 (0x11D) and generator roots alpha^0 .. alpha^(n-1)
 * (ISO/IEC 18004 section 7.5.2).
 */
final class ReedSolomon {

    /** alpha^i for i in 0..509 (doubled so that a sum of two logarithms needs no modulo). */
    private static final int[] EXP = new int[510];
    /** log_alpha(v) for v in 1..255; LOG[0] unused. */
    private static final int[] LOG = new int[256];
    /**
     * Generator polynomial coefficients as logarithms, for each degree 0..30: GEN_LOG[d][j] is the
     * logarithm of the coefficient of x^(d-1-j) (the leading coefficient 1 is implied).
     */
    private static final int[][] GEN_LOG = new int[31][];

    static {
        int v = 1;
        for (int i = 0; i < 255; i++) {
            EXP[i] = v;
            EXP[i + 255] = v;
            LOG[v] = i;
            v <<= 1;
            if (v >= 0x100) {
                v ^= 0x11D;
            }
        }
        for (int degree = 0; degree <= 30; degree++) {
            int[] poly = generator(degree);
            int[] logs = new int[degree];
            for (int j = 0; j < degree; j++) {
                logs[j] = LOG[poly[j + 1]]; // every coefficient of the generator is non-zero
            }
            GEN_LOG[degree] = logs;
        }
    }

    private ReedSolomon() {
    }

    /** Multiplies two field elements. */
    static int multiply(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return EXP[LOG[a] + LOG[b]];
    }

    /**
     * Returns the generator polynomial of a degree, highest power first, leading coefficient 1:
     * the product of (x - alpha^i) for i in 0..degree-1.
     */
    static int[] generator(int degree) {
        int[] poly = new int[degree + 1];
        poly[0] = 1;
        for (int i = 0; i < degree; i++) {
            int root = EXP[i];
            // poly * (x + root): each coefficient moves one degree up, plus root times itself.
            for (int j = i + 1; j >= 1; j--) {
                poly[j] ^= multiply(poly[j - 1], root);
            }
        }
        return poly;
    }

    /**
     * Computes the error-correction codewords of one block: the remainder of
     * data(x) * x^ecLength divided by the generator polynomial.
     *
     * @param data the codewords, read from {@code offset}
     * @param offset the first data codeword
     * @param length the number of data codewords
     * @param ec receives the ecLength codewords from {@code ecOffset}
     * @param ecOffset the first position written
     * @param ecLength the number of error-correction codewords, 1 to 30
     */
    static void encode(byte[] data, int offset, int length, byte[] ec, int ecOffset, int ecLength) {
        int[] gen = GEN_LOG[ecLength];
        int[] rem = new int[ecLength];
        for (int k = 0; k < length; k++) {
            int factor = (data[offset + k] & 0xFF) ^ rem[0];
            System.arraycopy(rem, 1, rem, 0, ecLength - 1);
            rem[ecLength - 1] = 0;
            if (factor != 0) {
                int logFactor = LOG[factor];
                for (int j = 0; j < ecLength; j++) {
                    rem[j] ^= EXP[gen[j] + logFactor];
                }
            }
        }
        for (int j = 0; j < ecLength; j++) {
            ec[ecOffset + j] = (byte) rem[j];
        }
    }
}
