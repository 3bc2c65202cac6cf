package org.dppkit.qr;

/**
 * QR Code error-correction levels (ISO/IEC 18004), from the smallest symbol to the most robust.
 *
 * <p>GS1 recommends {@link #M} for Digital Link symbols on products; it is dppkit's default.
 * A higher level makes a symbol survive more damage at the cost of a larger symbol for the same
 * text.
 */
public enum ErrorCorrection {
    /** Low: about 7 % of codewords can be restored. */
    L(7),
    /** Medium: about 15 % of codewords can be restored; the default. */
    M(15),
    /** Quartile: about 25 % of codewords can be restored. */
    Q(25),
    /** High: about 30 % of codewords can be restored. */
    H(30);

    private final int recoveryPercent;

    ErrorCorrection(int recoveryPercent) {
        this.recoveryPercent = recoveryPercent;
    }

    /**
     * Returns the approximate share of codewords that can be restored.
     *
     * @return the percentage: 7, 15, 25 or 30
     */
    public int recoveryPercent() {
        return recoveryPercent;
    }
}
