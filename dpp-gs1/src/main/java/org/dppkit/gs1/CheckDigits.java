package org.dppkit.gs1;

/** GS1 check digit arithmetic; internal. */
final class CheckDigits {

    private CheckDigits() {
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
     * @param text the text
     * @return true if valid
     */
    static boolean isValid(CharSequence text) {
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
