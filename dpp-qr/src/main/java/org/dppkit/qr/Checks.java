package org.dppkit.qr;

import java.util.Locale;
import org.dppkit.gs1.internal.Excerpts;

/** Preconditions and message helpers; internal. */
final class Checks {

    private Checks() {
    }

    /** Shows input in a message: see {@link Excerpts#truncate}. */
    static String truncate(CharSequence text) {
        return Excerpts.truncate(text);
    }

    static int intRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new QrException(QrErrorCode.OUT_OF_RANGE,
                    name + " must be between " + min + " and " + max + " but was " + value);
        }
        return value;
    }

    static double mmRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new QrException(QrErrorCode.OUT_OF_RANGE,
                    name + " must be between " + mm(min) + " and " + mm(max) + " mm but was "
                            + mm(value) + " mm");
        }
        return value;
    }

    /** Formats millimetres with up to three decimals, no exponent, Locale-independent. */
    static String mm(double value) {
        return Num.fmt(value, 3);
    }
}
