package org.dppkit.gs1;

import java.util.Objects;

/**
 * Thrown when text does not conform to a GS1 syntax rule: a key with a wrong check digit, an
 * Application Identifier value outside its format, a malformed element string or GS1 Digital
 * Link URI.
 *
 * <p>Each exception carries a stable {@linkplain #errorCode() error code} that callers may
 * switch on (codes never change meaning), the zero-based {@linkplain #position() character
 * position} in the input where the problem was detected (or {@code -1} when the problem is not
 * tied to one position, such as a missing part), and a message that names the rule and shows
 * the offending part of the input, for example:
 * <pre>
 * GTIN check digit must be 2 but was 3 at position 13 in '09506000134353'
 * </pre>
 *
 * <p>How to recover: the message says what was expected; correct the input, or, for a parser
 * option that is off by default (such as zero-suppressed GTINs in Digital Link URIs), switch the
 * option on explicitly if the input is legitimately in that form.
 *
 * <p>This exception is unchecked; it extends {@link IllegalArgumentException} because it always
 * reports a bad argument. Every parser and factory of this module throws it, and nothing else,
 * for bad input (a {@code null} argument gives a {@link NullPointerException}).
 * <pre>{@code
 * try {
 *     Gtin.parse("09506000134353");
 * } catch (Gs1SyntaxException e) {
 *     e.errorCode();  // BAD_CHECK_DIGIT
 *     e.position();   // 13
 * }
 * }</pre>
 *
 * <p>Instances are immutable after construction and safe to share between threads.
 */
public final class Gs1SyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The error code; never null. */
    private final Gs1ErrorCode errorCode;
    /** Zero-based position in the input, or -1. */
    private final int position;

    /**
     * Creates an exception.
     *
     * @param errorCode the stable error code, not null
     * @param position the zero-based character position in the input, or {@code -1} when the
     *     problem is not tied to one position
     * @param message the message, naming the rule, the offending value and the position, not null
     * @throws IllegalArgumentException if {@code position} is less than {@code -1}
     */
    public Gs1SyntaxException(Gs1ErrorCode errorCode, int position, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        if (position < -1) {
            throw new IllegalArgumentException("position must be -1 or more but was " + position);
        }
        this.position = position;
    }

    /**
     * Returns the stable error code.
     *
     * @return the error code, not null
     */
    public Gs1ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * Returns the zero-based character position in the input at which the problem was detected.
     *
     * @return the position, or {@code -1} when the problem is not tied to one position
     */
    public int position() {
        return position;
    }

    /**
     * Returns the exception with its position moved onto the last character of an input of the
     * given length when it points at or past the end (a value missing at the end of the input);
     * the exception itself when the position is inside the input or -1.
     */
    static Gs1SyntaxException within(Gs1SyntaxException e, int length) {
        if (e.position < length || length == 0) {
            return e;
        }
        Gs1SyntaxException moved = new Gs1SyntaxException(e.errorCode, length - 1, e.getMessage());
        moved.setStackTrace(e.getStackTrace());
        return moved;
    }
}
