package org.dppkit.qr;

/** Paper sizes for label sheets, portrait, in millimetres. */
public enum PageSize {
    /** ISO 216 A4, 210 x 297 mm. */
    A4(210.0, 297.0),
    /** US Letter, 8.5 x 11 in = 215.9 x 279.4 mm. */
    LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /**
     * Returns the page width.
     *
     * @return the width in mm
     */
    public double widthMm() {
        return widthMm;
    }

    /**
     * Returns the page height.
     *
     * @return the height in mm
     */
    public double heightMm() {
        return heightMm;
    }
}
