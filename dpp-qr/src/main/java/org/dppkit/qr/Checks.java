package org.dppkit.qr;

import java.util.Locale;

/** Preconditions and message helpers; internal. */
final class Checks {

    /** Longest part of an input that a message shows. */
    static final int MAX_SHOWN = 60;

    private Checks() {
    }

    static String truncate(CharSequence text) {
        int n = Math.min(text.length(), MAX_SHOWN);
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > MAX_SHOWN) {
            sb.append("...");
        }
        return sb.toString();
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
