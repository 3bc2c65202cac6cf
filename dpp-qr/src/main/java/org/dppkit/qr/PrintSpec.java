package org.dppkit.qr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * How a symbol is printed: the requested X-dimension (module width) in millimetres, the printer
 * resolution in dots per inch and the quiet zone in modules.
 *
 * <p>A module must be a whole number of printer dots, so the X-dimension is <b>snapped</b> to the
 * nearest whole number of dots (halves round up, at least one dot); {@link #dotsPerModule()} and
 * {@link #effectiveXDimensionMm()} report the result:
 * <pre>{@code
 * PrintSpec spec = PrintSpec.of(0.495, 300);
 * spec.dotsPerModule();          // 6   (0.495 mm * 300 / 25.4 = 5.85 dots)
 * spec.effectiveXDimensionMm();  // 0.508
 * spec.layout(symbol).symbolSizeMm();  // (33 + 8) * 0.508 = 20.828 for a version-4 symbol
 * }</pre>
 *
 * <p>Limits: X-dimension 0.05-10 mm, resolution 72-4800 dpi, quiet zone 0-40 modules, and the
 * X-dimension must be at least half a dot. The quiet zone is 4 modules (ISO/IEC 18004, GS1); a
 * smaller one is allowed only when asked for and gives a warning. A warning is also given when the
 * effective X-dimension lies outside the GS1 range for Digital Link QR symbols scanned at retail,
 * {@value #GS1_MIN_X_MM}-{@value #GS1_MAX_X_MM} mm (target {@value #GS1_TARGET_X_MM} mm).
 * Warnings are returned by {@link #warnings()} and {@link PrintLayout#warnings()}, never logged.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class PrintSpec {

    /** GS1 minimum X-dimension for a QR Code carrying a GS1 Digital Link URI, in mm. */
    public static final double GS1_MIN_X_MM = 0.396;
    /** GS1 target X-dimension for a QR Code carrying a GS1 Digital Link URI, in mm. */
    public static final double GS1_TARGET_X_MM = 0.495;
    /** GS1 maximum X-dimension for a QR Code carrying a GS1 Digital Link URI, in mm. */
    public static final double GS1_MAX_X_MM = 0.743;
    /** The standard quiet zone, in modules. */
    public static final int STANDARD_QUIET_ZONE = 4;

    static final double MM_PER_INCH = 25.4;
    private static final double MIN_X_MM = 0.05;
    private static final double MAX_X_MM = 10.0;
    private static final int MIN_DPI = 72;
    private static final int MAX_DPI = 4800;
    private static final int MAX_QUIET_ZONE = 40;

    private final double xDimensionMm;
    private final int dpi;
    private final int quietZoneModules;
    private final int dotsPerModule;
    private final List<String> warnings;

    private PrintSpec(double xDimensionMm, int dpi, int quietZoneModules) {
        Checks.mmRange("xDimensionMm", xDimensionMm, MIN_X_MM, MAX_X_MM);
        Checks.intRange("dpi", dpi, MIN_DPI, MAX_DPI);
        Checks.intRange("quietZoneModules", quietZoneModules, 0, MAX_QUIET_ZONE);
        double dots = xDimensionMm * dpi / MM_PER_INCH;
        long snapped = Math.round(dots);
        if (snapped < 1) {
            throw new QrException(QrErrorCode.OUT_OF_RANGE, "xDimensionMm " + Checks.mm(xDimensionMm)
                    + " mm is less than half a printer dot at " + dpi + " dpi (one dot = "
                    + Checks.mm(MM_PER_INCH / dpi) + " mm)");
        }
        this.xDimensionMm = xDimensionMm;
        this.dpi = dpi;
        this.quietZoneModules = quietZoneModules;
        this.dotsPerModule = (int) snapped;
        this.warnings = computeWarnings();
    }

    private List<String> computeWarnings() {
        List<String> w = new ArrayList<>(2);
        double x = effectiveXDimensionMm();
        if (x < GS1_MIN_X_MM - 1e-9 || x > GS1_MAX_X_MM + 1e-9) {
            w.add("X-dimension " + Checks.mm(x) + " mm (" + dotsPerModule + " dots at " + dpi
                    + " dpi, requested " + Checks.mm(xDimensionMm) + " mm) is outside the GS1 range "
                    + "for Digital Link QR symbols, " + GS1_MIN_X_MM + "-" + GS1_MAX_X_MM
                    + " mm (target " + GS1_TARGET_X_MM + " mm)");
        }
        if (quietZoneModules < STANDARD_QUIET_ZONE) {
            w.add("Quiet zone of " + quietZoneModules + " modules is less than the "
                    + STANDARD_QUIET_ZONE + " modules ISO/IEC 18004 and GS1 require; the symbol "
                    + "may not scan next to other printing");
        }
        return Collections.unmodifiableList(w);
    }

    /**
     * Returns a spec with the given X-dimension and resolution and a 4-module quiet zone.
     *
     * @param xDimensionMm the requested module width in mm, 0.05 to 10
     * @param dpi the printer resolution, 72 to 4800
     * @return the spec, not null
     * @throws QrException if a value is out of range or the X-dimension is less than half a dot
     *     ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public static PrintSpec of(double xDimensionMm, int dpi) {
        return new PrintSpec(xDimensionMm, dpi, STANDARD_QUIET_ZONE);
    }

    /**
     * Returns the default spec: GS1 target X-dimension 0.495 mm at 300 dpi (6 dots, 0.508 mm),
     * quiet zone 4 modules.
     *
     * @return the spec, not null
     */
    public static PrintSpec defaults() {
        return of(GS1_TARGET_X_MM, 300);
    }

    /**
     * Returns a builder holding the defaults.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this spec.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.xDimensionMm = xDimensionMm;
        b.dpi = dpi;
        b.quietZoneModules = quietZoneModules;
        return b;
    }

    /**
     * Returns the requested X-dimension.
     *
     * @return the requested module width in mm
     */
    public double xDimensionMm() {
        return xDimensionMm;
    }

    /**
     * Returns the printer resolution.
     *
     * @return dots per inch
     */
    public int dpi() {
        return dpi;
    }

    /**
     * Returns the quiet zone on each side.
     *
     * @return the quiet zone in modules
     */
    public int quietZoneModules() {
        return quietZoneModules;
    }

    /**
     * Returns the module width in whole printer dots (the requested X-dimension, snapped).
     *
     * @return dots per module, at least 1
     */
    public int dotsPerModule() {
        return dotsPerModule;
    }

    /**
     * Returns the X-dimension actually printed: {@code dotsPerModule() * 25.4 / dpi()}.
     *
     * @return the effective module width in mm
     */
    public double effectiveXDimensionMm() {
        return dotsPerModule * MM_PER_INCH / dpi;
    }

    /**
     * Returns the warnings about this spec (X-dimension outside the GS1 range, small quiet zone).
     *
     * @return an unmodifiable list, empty when the spec follows GS1, not null
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns a copy with another X-dimension.
     *
     * @param xDimensionMm the requested module width in mm, 0.05 to 10
     * @return the spec, not null
     * @throws QrException if out of range ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public PrintSpec withXDimensionMm(double xDimensionMm) {
        return new PrintSpec(xDimensionMm, dpi, quietZoneModules);
    }

    /**
     * Returns a copy with another resolution.
     *
     * @param dpi dots per inch, 72 to 4800
     * @return the spec, not null
     * @throws QrException if out of range ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public PrintSpec withDpi(int dpi) {
        return new PrintSpec(xDimensionMm, dpi, quietZoneModules);
    }

    /**
     * Returns a copy with another quiet zone; less than 4 modules gives a warning.
     *
     * @param quietZoneModules modules on each side, 0 to 40
     * @return the spec, not null
     * @throws QrException if out of range ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public PrintSpec withQuietZoneModules(int quietZoneModules) {
        return new PrintSpec(xDimensionMm, dpi, quietZoneModules);
    }

    /**
     * Computes the physical layout of a symbol printed with this spec.
     *
     * @param symbol the symbol, not null
     * @return the layout, not null
     */
    public PrintLayout layout(QrSymbol symbol) {
        Objects.requireNonNull(symbol, "symbol");
        return new PrintLayout(this, symbol.size());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PrintSpec)) {
            return false;
        }
        PrintSpec o = (PrintSpec) obj;
        return Double.compare(xDimensionMm, o.xDimensionMm) == 0 && dpi == o.dpi
                && quietZoneModules == o.quietZoneModules;
    }

    @Override
    public int hashCode() {
        return Objects.hash(xDimensionMm, dpi, quietZoneModules);
    }

    @Override
    public String toString() {
        return "PrintSpec[x=" + Checks.mm(xDimensionMm) + " mm -> " + dotsPerModule + " dots = "
                + Checks.mm(effectiveXDimensionMm()) + " mm at " + dpi + " dpi, quietZone="
                + quietZoneModules + "]";
    }

    /**
     * A mutable builder of {@link PrintSpec}; not thread-safe. Values are checked by
     * {@link #build()}.
     */
    public static final class Builder {

        private double xDimensionMm = GS1_TARGET_X_MM;
        private int dpi = 300;
        private int quietZoneModules = STANDARD_QUIET_ZONE;

        private Builder() {
        }

        /**
         * Sets the requested X-dimension (default 0.495 mm).
         *
         * @param xDimensionMm module width in mm, 0.05 to 10
         * @return this builder, not null
         */
        public Builder xDimensionMm(double xDimensionMm) {
            this.xDimensionMm = xDimensionMm;
            return this;
        }

        /**
         * Sets the printer resolution (default 300 dpi).
         *
         * @param dpi dots per inch, 72 to 4800
         * @return this builder, not null
         */
        public Builder dpi(int dpi) {
            this.dpi = dpi;
            return this;
        }

        /**
         * Sets the quiet zone (default 4 modules; less gives a warning).
         *
         * @param quietZoneModules modules on each side, 0 to 40
         * @return this builder, not null
         */
        public Builder quietZoneModules(int quietZoneModules) {
            this.quietZoneModules = quietZoneModules;
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec, not null
         * @throws QrException if a value is out of range or the X-dimension is less than half a
         *     dot ({@link QrErrorCode#OUT_OF_RANGE})
         */
        public PrintSpec build() {
            return new PrintSpec(xDimensionMm, dpi, quietZoneModules);
        }
    }
}
