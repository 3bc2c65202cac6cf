package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.util.Objects;

/**
 * GS1 check digits: the mod-10 check digit of GS1 General Specifications 7.9 used by every
 * numeric GS1 key that has one (GTIN-8/12/13/14, SSCC, GLN, GSRN, GSIN, GDTI, GCN, GRAI and
 * ITIP bases), and the check character pair (mod 1021, 7.9.5) of GMN (8013).
 * <pre>{@code
 * CheckDigits.compute("0950600013435");          // 2
 * CheckDigits.isValid("095201234567891235");     // true (an SSCC)
 * CheckDigits.withCheckDigit("952012345678");    // "9520123456788" (a GLN)
 * CheckDigits.checkCharacterPair("1987654Ad4X4bL5ttr2310c");  // "2K"
 * }</pre>
 * For a GTIN use {@link Gtin}, which also normalises the length; for any AI value use
 * {@link ApplicationIdentifier#validate(CharSequence)}, which knows where the check digit is.
 *
 * <p>This class has only static methods; it is stateless and thread-safe.
 */
public final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * Computes the GS1 mod-10 check digit of digits that do not yet have one.
     *
     * @param digits one or more digits {@code 0-9}, not null
     * @return the check digit, 0 to 9
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#EMPTY} if empty,
     *     {@link Gs1ErrorCode#BAD_CHARACTER} at the first character that is not a digit
     */
    public static int compute(CharSequence digits) {
        checkDigitsOnly(digits);
        return mod10(digits, 0, digits.length());
    }

    /**
     * Returns the digits with their GS1 mod-10 check digit appended.
     *
     * @param digits one or more digits {@code 0-9}, not null
     * @return the digits followed by the check digit, not null
     * @throws Gs1SyntaxException as {@link #compute(CharSequence)}
     */
    public static String withCheckDigit(CharSequence digits) {
        return digits.toString() + (char) ('0' + compute(digits));
    }

    /**
     * Returns the GS1 check character pair (GS1 General Specifications 7.9.5) of GMN-style data,
     * as AI (8013) carries it in its last two characters.
     *
     * @param text 1 to 99 characters of GS1 CSET 82, not null
     * @return the two check characters, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_LENGTH} if empty or longer than 99
     *     characters, {@link Gs1ErrorCode#BAD_CHARACTER} for a character outside CSET 82
     */
    public static String checkCharacterPair(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() == 0 || text.length() > 99) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_LENGTH, -1,
                    "check character pair needs 1 to 99 characters but had " + text.length());
        }
        String pair = Linters.checkPair(text, 0, text.length());
        if (pair == null) {
            for (int i = 0; i < text.length(); i++) {
                if (!ApplicationIdentifier.CharacterSet.CSET82.contains(text.charAt(i))) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                            "check character pair input must be CSET 82 but had '"
                                    + Excerpts.printable(text.charAt(i)) + "' at position " + i
                                    + " in '" + Excerpts.excerpt(text, i) + "'");
                }
            }
        }
        return pair;
    }

    private static void checkDigitsOnly(CharSequence digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() == 0) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, 0, "digits must not be empty");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                        "check digit input must hold only digits 0-9 but had '"
                                + Excerpts.printable(c) + "' at position " + i + " in '"
                                + Excerpts.excerpt(digits, i) + "'");
            }
        }
    }

    /**
     * Computes the GS1 mod-10 check digit of {@code text[from, to)}: weights 3 and 1 alternate
     * from the right-most digit (weight 3).
     *
     * @param text digits only (the caller has checked)
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @return the check digit 0-9
     */
    static int mod10(CharSequence text, int from, int to) {
        int sum = 0;
        boolean three = true;
        for (int i = to - 1; i >= from; i--) {
            int d = text.charAt(i) - '0';
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Tells whether the text is at least two digits whose last one is the GS1 mod-10 check
     * digit of the others.
     *
     * @param text the text, not null
     * @return true if valid; false for fewer than two characters or a non-digit
     */
    public static boolean isValid(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n < 2) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return mod10(text, 0, n - 1) == text.charAt(n - 1) - '0';
    }
}
