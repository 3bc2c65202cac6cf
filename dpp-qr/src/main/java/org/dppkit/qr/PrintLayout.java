package org.dppkit.qr;

import java.util.List;
import java.util.Objects;

/**
 * The physical size of one symbol printed with a {@link PrintSpec}: modules, dots and millimetres,
 * quiet zone included, and the warnings of the spec.
 * <pre>{@code
 * PrintLayout l = PrintSpec.of(0.495, 300).layout(QrSymbol.encode(uri)); // version 4
 * l.totalModules();   // 41 = 33 + 2 * 4
 * l.totalDots();      // 246
 * l.symbolSizeMm();   // 20.828
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class PrintLayout {

    private final PrintSpec spec;
    private final int symbolModules;

    PrintLayout(PrintSpec spec, int symbolModules) {
        this.spec = spec;
        this.symbolModules = symbolModules;
    }

    /**
     * Returns the spec this layout was computed from.
     *
     * @return the spec, not null
     */
    public PrintSpec spec() {
        return spec;
    }

    /**
     * Returns the modules a side of the symbol, without quiet zone.
     *
     * @return the symbol's modules a side
     */
    public int symbolModules() {
        return symbolModules;
    }

    /**
     * Returns the quiet zone on each side.
     *
     * @return the quiet zone in modules
     */
    public int quietZoneModules() {
        return spec.quietZoneModules();
    }

    /**
     * Returns the modules a side including the quiet zone on both sides.
     *
     * @return {@code symbolModules() + 2 * quietZoneModules()}
     */
    public int totalModules() {
        return symbolModules + 2 * spec.quietZoneModules();
    }

    /**
     * Returns the printer dots per module.
     *
     * @return dots per module, at least 1
     */
    public int dotsPerModule() {
        return spec.dotsPerModule();
    }

    /**
     * Returns the dots a side, quiet zone included; the pixel size of a PNG.
     *
     * @return {@code totalModules() * dotsPerModule()}
     */
    public int totalDots() {
        return totalModules() * spec.dotsPerModule();
    }

    /**
     * Returns the X-dimension actually printed.
     *
     * @return the effective module width in mm
     */
    public double xDimensionMm() {
        return spec.effectiveXDimensionMm();
    }

    /**
     * Returns the printed size a side, quiet zone included.
     *
     * @return the size in mm
     */
    public double symbolSizeMm() {
        return totalDots() * PrintSpec.MM_PER_INCH / spec.dpi();
    }

    /**
     * Returns the warnings for this print (from {@link PrintSpec#warnings()}).
     *
     * @return an unmodifiable list, not null
     */
    public List<String> warnings() {
        return spec.warnings();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PrintLayout)) {
            return false;
        }
        PrintLayout o = (PrintLayout) obj;
        return spec.equals(o.spec) && symbolModules == o.symbolModules;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, symbolModules);
    }

    @Override
    public String toString() {
        return "PrintLayout[" + totalModules() + " modules = " + totalDots() + " dots = "
                + Checks.mm(symbolSizeMm()) + " mm a side, X=" + Checks.mm(xDimensionMm())
                + " mm, quietZone=" + quietZoneModules() + "]";
    }
}
