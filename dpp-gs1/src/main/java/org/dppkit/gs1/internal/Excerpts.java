package org.dppkit.gs1.internal;

/**
 * How every dppkit module shows a piece of the caller's input in an exception message: at most
 * {@value #MAX_SHOWN} characters, cut with "...", with control characters and surrogates shown
 * as {@code \}{@code uXXXX} escapes so that a message stays on one line and never carries an
 * unprintable character into a log.
 *
 * <p>Internal: this package is exported only to dppkit's own modules (on the class path it is
 * visible but unsupported). Stateless and thread-safe.
 */
public final class Excerpts {

    /** Longest part of an input that a message shows. */
    public static final int MAX_SHOWN = 60;

    private Excerpts() {
    }

    /**
     * Returns the text, cut to {@link #MAX_SHOWN} characters with "..." when longer, and with
     * control characters shown as {@code \}{@code uXXXX}.
     *
     * @param text the text, not null
     * @return the text as a message shows it, not null
     */
    public static String truncate(CharSequence text) {
        return truncate(text, MAX_SHOWN);
    }

    /**
     * Returns the text, cut to {@code max} characters with "..." when longer, and with control
     * characters shown as {@code \}{@code uXXXX}: for the few places that show less (a secret's
     * neighbourhood) or more (a relayed message) than {@link #MAX_SHOWN}.
     *
     * @param text the text, not null
     * @param max the most characters of the text to show, at least 1
     * @return the text as a message shows it, not null
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public static String truncate(CharSequence text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1 but was " + max);
        }
        int n = Math.min(text.length(), max);
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            sb.append(printable(text.charAt(i)));
        }
        if (text.length() > max) {
            sb.append("...");
        }
        return sb.toString();
    }

    /**
     * Returns up to {@link #MAX_SHOWN} characters of the text around {@code position}, with
     * "..." where the text was cut, so a message shows the offending part of long input.
     *
     * @param text the text, not null
     * @param position the index of the offending character
     * @return the part of the text a message shows, not null
     */
    public static String excerpt(CharSequence text, int position) {
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

    /**
     * Returns the character, or its {@code \}{@code uXXXX} escape if it is not printable.
     *
     * @param c the character
     * @return the character as a message shows it, not null
     */
    public static String printable(char c) {
        if (c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.isSurrogate(c)) {
            return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
        }
        return String.valueOf(c);
    }
}
