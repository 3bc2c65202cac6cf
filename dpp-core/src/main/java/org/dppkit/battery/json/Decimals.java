package org.dppkit.battery.json;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Exact decimals written as {@link BigDecimal#toPlainString()} writes them (no exponent), with a
 * fast path that formats values of up to 18 digits straight into a char array. The output never
 * depends on the generator's {@code WRITE_BIGDECIMAL_AS_PLAIN} setting. Stateless.
 */
final class Decimals {

    /** The largest scale, and the largest precision, of the fast path. */
    private static final int FAST_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = powersOfTen();

    private Decimals() {
    }

    private static long[] powersOfTen() {
        long[] p = new long[FAST_DIGITS + 1];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }

    /** Writes {@code value.toPlainString()} as a JSON number. */
    static void write(JsonOut g, BigDecimal value) throws IOException {
        char[] c = plain(value);
        if (c == null) {
            g.writeNumber(value.toPlainString());
        } else {
            g.writeNumber(c, 0, c.length);
        }
    }

    /**
     * Returns the characters of {@code value.toPlainString()} when the scale is 0 to 18 and the
     * precision at most 18, else null.
     */
    static char[] plain(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > FAST_DIGITS || value.precision() > FAST_DIGITS) {
            return null;
        }
        // At most 18 digits: the unscaled value fits in a long (scaleByPowerOfTen keeps it, scale 0).
        long unscaled = scale == 0 ? value.longValue() : value.scaleByPowerOfTen(scale).longValue();
        boolean negative = unscaled < 0;
        long magnitude = negative ? -unscaled : unscaled;
        int digits = 1;
        while (digits < FAST_DIGITS && magnitude >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        int integerDigits = Math.max(1, digits - scale);
        int length = (negative ? 1 : 0) + integerDigits + (scale == 0 ? 0 : 1 + scale);
        char[] c = new char[length];
        int at = length;
        long rest = magnitude;
        for (int i = 0; i < scale; i++) {
            c[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            c[--at] = '.';
        }
        do {
            c[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (negative) {
            c[--at] = '-';
        }
        return c;
    }
}
