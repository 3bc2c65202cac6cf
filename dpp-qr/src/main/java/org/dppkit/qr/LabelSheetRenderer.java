package org.dppkit.qr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Places many labels on A4 or Letter pages as SVG documents, one per page, row by row. Each
 * label is drawn exactly as {@link SvgRenderer} draws it (same module size, quiet zone and
 * caption), centred in its cell of the {@link SheetLayout}.
 * <pre>{@code
 * SheetLayout a4 = SheetLayout.builder(PageSize.A4).grid(10, 7).margins(8).gaps(2, 2).build();
 * SheetResult sheets = LabelSheetRenderer.of(a4, SvgRenderer.of(PrintSpec.defaults())
 *         .withCaption(true)).render(symbols);
 * sheets.pages();   // SVG documents, 210 x 297 mm
 * }</pre>
 *
 * <p>Each page is an SVG with {@code width}/{@code height} in mm and a {@code viewBox} in mm;
 * every label is one {@code <path>} (plus its caption) inside a {@code <g>} that scales modules
 * to millimetres.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class LabelSheetRenderer {

    private final SheetLayout layout;
    private final SvgRenderer renderer;

    private LabelSheetRenderer(SheetLayout layout, SvgRenderer renderer) {
        this.layout = layout;
        this.renderer = renderer;
    }

    /**
     * Returns a sheet renderer.
     *
     * @param layout the page grid, not null
     * @param renderer the SVG renderer that sets module size, caption and verification, not null
     * @return the sheet renderer, not null
     */
    public static LabelSheetRenderer of(SheetLayout layout, SvgRenderer renderer) {
        return new LabelSheetRenderer(Objects.requireNonNull(layout, "layout"),
                Objects.requireNonNull(renderer, "renderer"));
    }

    /**
     * Returns the page grid.
     *
     * @return the layout, not null
     */
    public SheetLayout layout() {
        return layout;
    }

    /**
     * Returns the label renderer.
     *
     * @return the renderer, not null
     */
    public SvgRenderer renderer() {
        return renderer;
    }

    /**
     * Renders symbols onto as many pages as needed.
     *
     * @param symbols the symbols in label order, not null, no null elements
     * @return the pages and warnings, not null; no pages for an empty list
     * @throws QrException if a label is larger than a cell ({@link QrErrorCode#DOES_NOT_FIT},
     *     naming the label's and the cell's size) or verification is on and fails
     *     ({@link QrErrorCode#VERIFICATION_FAILED})
     */
    public SheetResult render(List<QrSymbol> symbols) {
        Objects.requireNonNull(symbols, "symbols");
        PrintSpec spec = renderer.printSpec();
        double cw = layout.cellWidthMm();
        double ch = layout.cellHeightMm();
        Set<String> warnings = new LinkedHashSet<>(spec.warnings());
        List<String> pages = new ArrayList<>();
        StringBuilder sb = null;
        int perPage = layout.labelsPerPage();
        for (int i = 0; i < symbols.size(); i++) {
            QrSymbol symbol = Objects.requireNonNull(symbols.get(i), "symbols[" + i + "]");
            List<String> w = new ArrayList<>(1);
            SvgRenderer.Label label = renderer.label(symbol, spec.layout(symbol), w);
            warnings.addAll(w);
            double lw = label.widthMm();
            double lh = label.heightMm();
            if (lw > cw + 1e-9 || lh > ch + 1e-9) {
                throw new QrException(QrErrorCode.DOES_NOT_FIT, "Label " + i + " ('"
                        + Checks.truncate(symbol.text()) + "') is " + Checks.mm(lw) + " x "
                        + Checks.mm(lh) + " mm but a cell of " + layout + " is " + Checks.mm(cw)
                        + " x " + Checks.mm(ch) + " mm");
            }
            if (renderer.verify()) {
                QrVerifier.require(QrVerifier.verify(symbol), "Label " + i);
            }
            int slot = i % perPage;
            if (slot == 0) {
                if (sb != null) {
                    pages.add(endPage(sb));
                }
                sb = startPage();
            }
            int row = slot / layout.columns();
            int col = slot % layout.columns();
            double x = layout.cellXMm(col) + (cw - lw) / 2;
            double y = layout.cellYMm(row) + (ch - lh) / 2;
            sb.append("<g transform=\"translate(");
            Num.append(sb, x, 3);
            sb.append(' ');
            Num.append(sb, y, 3);
            sb.append(") scale(");
            Num.append(sb, label.layout.xDimensionMm(), 6);
            sb.append(")\">");
            label.appendBody(sb);
            sb.append("</g>\n");
        }
        if (sb != null) {
            pages.add(endPage(sb));
        }
        return new SheetResult(pages, new ArrayList<>(warnings), symbols.size());
    }

    private StringBuilder startPage() {
        StringBuilder sb = new StringBuilder(64 * 1024);
        PageSize p = layout.page();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        Num.append(sb, p.widthMm(), 3);
        sb.append("mm\" height=\"");
        Num.append(sb, p.heightMm(), 3);
        sb.append("mm\" viewBox=\"0 0 ");
        Num.append(sb, p.widthMm(), 3);
        sb.append(' ');
        Num.append(sb, p.heightMm(), 3);
        sb.append("\" shape-rendering=\"crispEdges\">\n");
        return sb;
    }

    private static String endPage(StringBuilder sb) {
        return sb.append("</svg>\n").toString();
    }

    @Override
    public String toString() {
        return "LabelSheetRenderer[" + layout + ", " + renderer.printSpec() + "]";
    }
}
