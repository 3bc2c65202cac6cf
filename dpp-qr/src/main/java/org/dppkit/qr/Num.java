package org.dppkit.qr;

/** Locale-independent, fast decimal formatting for SVG and messages; internal. */
final class Num {

    private Num() {
    }

    /** Formats with at most {@code decimals} decimals, trailing zeros removed, never an exponent. */
    static String fmt(double value, int decimals) {
        StringBuilder sb = new StringBuilder(12);
        append(sb, value, decimals);
        return sb.toString();
    }

    static void append(StringBuilder sb, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            sb.append(value);
            return;
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        long frac = scaled % scale;
        if (frac != 0) {
            sb.append('.');
            long div = scale / 10;
            while (frac != 0) {
                sb.append((char) ('0' + frac / div));
                frac %= div;
                div /= 10;
            }
        }
    }
}
