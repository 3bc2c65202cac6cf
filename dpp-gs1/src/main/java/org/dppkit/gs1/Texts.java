package org.dppkit.gs1;

/** Helpers that show input in messages; internal. */
final class Texts {

    /** Longest part of an input that a message shows. */
    static final int MAX_SHOWN = 60;

    private Texts() {
    }

    /**
     * Returns the text, cut to {@link #MAX_SHOWN} characters with "..." when longer, and with
     * control characters shown as {@code \}{@code uXXXX}.
     */
    static String truncate(CharSequence text) {
        int n = Math.min(text.length(), MAX_SHOWN);
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            sb.append(printable(text.charAt(i)));
        }
        if (text.length() > MAX_SHOWN) {
            sb.append("...");
        }
        return sb.toString();
    }

    /**
     * Returns up to {@link #MAX_SHOWN} characters of the text around {@code position}, with
     * "..." where the text was cut, so a message shows the offending part of long input.
     */
    static String excerpt(CharSequence text, int position) {
        int length = text.length();
        if (length <= MAX_SHOWN) {
            return truncate(text);
        }
        int from = Math.max(0, Math.min(position - MAX_SHOWN / 2, length - MAX_SHOWN));
        int to = Math.min(length, from + MAX_SHOWN);
        StringBuilder sb = new StringBuilder(MAX_SHOWN + 8);
        if (from > 0) {
            sb.append("...");
        }
        for (int i = from; i < to; i++) {
            sb.append(printable(text.charAt(i)));
        }
        if (to < length) {
            sb.append("...");
        }
        return sb.toString();
    }

    /** Returns the character, or its {@code \}{@code uXXXX} escape if it is not printable. */
    static String printable(char c) {
        if (c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.isSurrogate(c)) {
            return String.format("\\u%04X", (int) c);
        }
        return String.valueOf(c);
    }
}
