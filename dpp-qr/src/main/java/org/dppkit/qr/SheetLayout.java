package org.dppkit.qr;

import java.util.Objects;

/**
 * The grid of labels on a page: page size, rows and columns, page margins and the gaps between
 * labels, all in millimetres.
 * <pre>{@code
 * SheetLayout layout = SheetLayout.builder(PageSize.A4)
 *         .grid(8, 5).margins(10).gaps(2, 2).build();
 * layout.cellWidthMm();   // (210 - 20 - 4 * 2) / 5 = 36.4
 * layout.cellHeightMm();  // (297 - 20 - 7 * 2) / 8 = 32.875
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class SheetLayout {

    private final PageSize page;
    private final int rows;
    private final int columns;
    private final double marginTopMm;
    private final double marginRightMm;
    private final double marginBottomMm;
    private final double marginLeftMm;
    private final double columnGapMm;
    private final double rowGapMm;

    private SheetLayout(Builder b) {
        this.page = b.page;
        this.rows = Checks.intRange("rows", b.rows, 1, 200);
        this.columns = Checks.intRange("columns", b.columns, 1, 200);
        this.marginTopMm = nonNegative("marginTopMm", b.marginTopMm);
        this.marginRightMm = nonNegative("marginRightMm", b.marginRightMm);
        this.marginBottomMm = nonNegative("marginBottomMm", b.marginBottomMm);
        this.marginLeftMm = nonNegative("marginLeftMm", b.marginLeftMm);
        this.columnGapMm = nonNegative("columnGapMm", b.columnGapMm);
        this.rowGapMm = nonNegative("rowGapMm", b.rowGapMm);
        if (cellWidthMm() <= 0 || cellHeightMm() <= 0) {
            throw new QrException(QrErrorCode.DOES_NOT_FIT, "A " + rows + " x " + columns
                    + " grid with these margins and gaps leaves no room on a " + page + " page: "
                    + "cell width " + Checks.mm(cellWidthMm()) + " mm, height "
                    + Checks.mm(cellHeightMm()) + " mm");
        }
    }

    private double nonNegative(String name, double v) {
        return Checks.mmRange(name, v, 0, Math.max(page.widthMm(), page.heightMm()));
    }

    /**
     * Returns a builder for a page size, with a 1 x 1 grid, 10 mm margins and no gaps.
     *
     * @param page the page size, not null
     * @return a builder, not null
     */
    public static Builder builder(PageSize page) {
        return new Builder(Objects.requireNonNull(page, "page"));
    }

    /**
     * Returns a builder holding this layout.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(page);
        b.rows = rows;
        b.columns = columns;
        b.marginTopMm = marginTopMm;
        b.marginRightMm = marginRightMm;
        b.marginBottomMm = marginBottomMm;
        b.marginLeftMm = marginLeftMm;
        b.columnGapMm = columnGapMm;
        b.rowGapMm = rowGapMm;
        return b;
    }

    /**
     * Returns the page size.
     *
     * @return the page, not null
     */
    public PageSize page() {
        return page;
    }

    /**
     * Returns the number of label rows.
     *
     * @return rows, at least 1
     */
    public int rows() {
        return rows;
    }

    /**
     * Returns the number of label columns.
     *
     * @return columns, at least 1
     */
    public int columns() {
        return columns;
    }

    /**
     * Returns the labels on one page.
     *
     * @return {@code rows() * columns()}
     */
    public int labelsPerPage() {
        return rows * columns;
    }

    /**
     * Returns the top margin.
     *
     * @return the margin in mm
     */
    public double marginTopMm() {
        return marginTopMm;
    }

    /**
     * Returns the right margin.
     *
     * @return the margin in mm
     */
    public double marginRightMm() {
        return marginRightMm;
    }

    /**
     * Returns the bottom margin.
     *
     * @return the margin in mm
     */
    public double marginBottomMm() {
        return marginBottomMm;
    }

    /**
     * Returns the left margin.
     *
     * @return the margin in mm
     */
    public double marginLeftMm() {
        return marginLeftMm;
    }

    /**
     * Returns the gap between columns.
     *
     * @return the gap in mm
     */
    public double columnGapMm() {
        return columnGapMm;
    }

    /**
     * Returns the gap between rows.
     *
     * @return the gap in mm
     */
    public double rowGapMm() {
        return rowGapMm;
    }

    /**
     * Returns the width of one label cell.
     *
     * @return the width in mm
     */
    public double cellWidthMm() {
        return (page.widthMm() - marginLeftMm - marginRightMm - (columns - 1) * columnGapMm) / columns;
    }

    /**
     * Returns the height of one label cell.
     *
     * @return the height in mm
     */
    public double cellHeightMm() {
        return (page.heightMm() - marginTopMm - marginBottomMm - (rows - 1) * rowGapMm) / rows;
    }

    /**
     * Returns the left edge of a cell.
     *
     * @param column the column, 0-based
     * @return the x position in mm
     */
    double cellXMm(int column) {
        return marginLeftMm + column * (cellWidthMm() + columnGapMm);
    }

    /**
     * Returns the top edge of a cell.
     *
     * @param row the row, 0-based
     * @return the y position in mm
     */
    double cellYMm(int row) {
        return marginTopMm + row * (cellHeightMm() + rowGapMm);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SheetLayout)) {
            return false;
        }
        SheetLayout o = (SheetLayout) obj;
        return page == o.page && rows == o.rows && columns == o.columns
                && Double.compare(marginTopMm, o.marginTopMm) == 0
                && Double.compare(marginRightMm, o.marginRightMm) == 0
                && Double.compare(marginBottomMm, o.marginBottomMm) == 0
                && Double.compare(marginLeftMm, o.marginLeftMm) == 0
                && Double.compare(columnGapMm, o.columnGapMm) == 0
                && Double.compare(rowGapMm, o.rowGapMm) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, rows, columns, marginTopMm, marginRightMm, marginBottomMm,
                marginLeftMm, columnGapMm, rowGapMm);
    }

    @Override
    public String toString() {
        return "SheetLayout[" + page + ", " + rows + " x " + columns + ", margins "
                + Checks.mm(marginTopMm) + "/" + Checks.mm(marginRightMm) + "/"
                + Checks.mm(marginBottomMm) + "/" + Checks.mm(marginLeftMm) + " mm, gaps "
                + Checks.mm(columnGapMm) + "/" + Checks.mm(rowGapMm) + " mm]";
    }

    /**
     * A mutable builder of {@link SheetLayout}; not thread-safe. Values are checked by
     * {@link #build()}.
     */
    public static final class Builder {

        private final PageSize page;
        private int rows = 1;
        private int columns = 1;
        private double marginTopMm = 10;
        private double marginRightMm = 10;
        private double marginBottomMm = 10;
        private double marginLeftMm = 10;
        private double columnGapMm;
        private double rowGapMm;

        private Builder(PageSize page) {
            this.page = page;
        }

        /**
         * Sets the grid.
         *
         * @param rows label rows, 1 to 200
         * @param columns label columns, 1 to 200
         * @return this builder, not null
         */
        public Builder grid(int rows, int columns) {
            this.rows = rows;
            this.columns = columns;
            return this;
        }

        /**
         * Sets all four margins.
         *
         * @param marginMm the margin in mm, not negative
         * @return this builder, not null
         */
        public Builder margins(double marginMm) {
            return margins(marginMm, marginMm, marginMm, marginMm);
        }

        /**
         * Sets the margins, clockwise from the top.
         *
         * @param topMm top margin in mm, not negative
         * @param rightMm right margin in mm, not negative
         * @param bottomMm bottom margin in mm, not negative
         * @param leftMm left margin in mm, not negative
         * @return this builder, not null
         */
        public Builder margins(double topMm, double rightMm, double bottomMm, double leftMm) {
            this.marginTopMm = topMm;
            this.marginRightMm = rightMm;
            this.marginBottomMm = bottomMm;
            this.marginLeftMm = leftMm;
            return this;
        }

        /**
         * Sets the gaps between labels.
         *
         * @param columnGapMm horizontal gap between columns in mm, not negative
         * @param rowGapMm vertical gap between rows in mm, not negative
         * @return this builder, not null
         */
        public Builder gaps(double columnGapMm, double rowGapMm) {
            this.columnGapMm = columnGapMm;
            this.rowGapMm = rowGapMm;
            return this;
        }

        /**
         * Builds the layout.
         *
         * @return the layout, not null
         * @throws QrException if a count or size is out of range or negative
         *     ({@link QrErrorCode#OUT_OF_RANGE}), or no room is left for the labels
         *     ({@link QrErrorCode#DOES_NOT_FIT})
         */
        public SheetLayout build() {
            return new SheetLayout(this);
        }
    }
}
