package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.util.Objects;

/**
 * A GS1 Global Trade Item Number (GTIN), normalised to 14 digits.
 *
 * <p>{@link #parse(CharSequence)} accepts GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14,
 * verifies the GS1 mod-10 check digit and left-pads the digits with zeros to 14, the form GS1
 * Digital Link URIs carry in AI (01):
 * <pre>{@code
 * Gtin.parse("9506000134352").toString();      // "09506000134352"
 * Gtin.withCheckDigit("0950600013435").toString(); // "09506000134352"
 * }</pre>
 * Two GTINs are equal when their 14-digit forms are equal, so a GTIN-13 equals the same GTIN
 * written as GTIN-14 with a leading zero.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type: do not synchronise on instances
 * or rely on their identity.
 */
public final class Gtin implements Comparable<Gtin> {

    /** The 14 digits; the last is a verified check digit. */
    private final String digits;

    private Gtin(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a GTIN of 8, 12, 13 or 14 digits whose last digit is the GS1 check digit.
     *
     * @param text the digits, not null; no spaces or separators
     * @return the GTIN, normalised to 14 digits, not null
     * @throws Gs1SyntaxException if the text is empty ({@link Gs1ErrorCode#EMPTY}), has another
     *     length ({@link Gs1ErrorCode#BAD_LENGTH}), holds a character other than {@code 0-9}
     *     ({@link Gs1ErrorCode#BAD_CHARACTER}, at that position) or its check digit is wrong
     *     ({@link Gs1ErrorCode#BAD_CHECK_DIGIT}, at the last position)
     */
    public static Gtin parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        checkLength(text, length, false);
        checkDigits(text, length);
        int last = length - 1;
        int expected = CheckDigits.mod10(text, 0, last);
        int actual = text.charAt(last) - '0';
        if (actual != expected) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHECK_DIGIT, last,
                    "GTIN check digit must be " + expected + " but was " + actual
                            + " at position " + last + " in '" + Excerpts.truncate(text) + "'");
        }
        return new Gtin(padTo14(text));
    }

    /**
     * Completes a GTIN from its digits without the check digit: 7, 11, 12 or 13 digits, to which
     * the GS1 mod-10 check digit is appended.
     *
     * @param digitsWithoutCheckDigit the digits, not null
     * @return the GTIN, normalised to 14 digits, not null
     * @throws Gs1SyntaxException if the text is empty, has another length or holds a character
     *     other than {@code 0-9}
     */
    public static Gtin withCheckDigit(CharSequence digitsWithoutCheckDigit) {
        Objects.requireNonNull(digitsWithoutCheckDigit, "digitsWithoutCheckDigit");
        CharSequence text = digitsWithoutCheckDigit;
        int length = text.length();
        checkLength(text, length, true);
        checkDigits(text, length);
        int check = CheckDigits.mod10(text, 0, length);
        return new Gtin(padTo14(text.toString() + (char) ('0' + check)));
    }

    /**
     * Tells whether the text is a valid GTIN as {@link #parse(CharSequence)} accepts it.
     *
     * @param text the text, not null
     * @return true if {@code parse(text)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return CheckDigits.mod10(text, 0, length - 1) == text.charAt(length - 1) - '0';
    }

    private static void checkLength(CharSequence text, int length, boolean withoutCheckDigit) {
        if (length == 0) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, 0, "GTIN must not be empty");
        }
        int adjusted = withoutCheckDigit ? length + 1 : length;
        if (adjusted != 8 && adjusted != 12 && adjusted != 13 && adjusted != 14) {
            String allowed = withoutCheckDigit ? "7, 11, 12 or 13" : "8, 12, 13 or 14";
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_LENGTH, -1,
                    "GTIN must have " + allowed + " digits but had " + length + " in '"
                            + Excerpts.truncate(text) + "'");
        }
    }

    private static void checkDigits(CharSequence text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                        "GTIN must hold only digits 0-9 but had '" + Excerpts.printable(c)
                                + "' at position " + i + " in '" + Excerpts.truncate(text) + "'");
            }
        }
    }

    private static String padTo14(CharSequence text) {
        int length = text.length();
        if (length == 14) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder(14);
        for (int i = length; i < 14; i++) {
            sb.append('0');
        }
        return sb.append(text).toString();
    }

    /**
     * Returns the 14-digit form, including leading zeros and the check digit.
     *
     * @return the 14 digits, not null
     */
    public String digits() {
        return digits;
    }

    /**
     * Returns the check digit.
     *
     * @return the check digit, 0 to 9
     */
    public int checkDigit() {
        return digits.charAt(13) - '0';
    }

    /**
     * Returns the shortest standard form: GTIN-8, GTIN-12 or GTIN-13 when the leading digits are
     * zeros, otherwise the 14 digits.
     *
     * <p>A GTIN-14 with six leading zeros is returned as GTIN-8, with two as GTIN-12 and with
     * one as GTIN-13.
     *
     * @return the digits of the shortest form, not null
     */
    public String toShortestForm() {
        if (digits.startsWith("000000")) {
            return digits.substring(6);
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        if (digits.charAt(0) == '0') {
            return digits.substring(1);
        }
        return digits;
    }

    /**
     * Compares the 14-digit forms numerically (equivalently, lexicographically).
     *
     * @param other the other GTIN, not null
     * @return negative, zero or positive as this GTIN is less than, equal to or greater than
     *     {@code other}
     */
    @Override
    public int compareTo(Gtin other) {
        return digits.compareTo(other.digits);
    }

    /**
     * Compares the 14-digit forms.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is a GTIN with the same 14 digits
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Gtin && digits.equals(((Gtin) obj).digits);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the 14 digits, the form that {@link #parse(CharSequence)} takes back.
     *
     * @return the 14 digits, not null
     */
    @Override
    public String toString() {
        return digits;
    }
}
