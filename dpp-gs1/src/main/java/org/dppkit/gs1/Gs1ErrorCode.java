package org.dppkit.gs1;

/**
 * Stable codes for the ways GS1 text can be wrong, carried by {@link Gs1SyntaxException}.
 *
 * <p>A code never changes meaning once released; new codes may be added. Callers may switch on
 * them, for example to map them to their own messages.
 */
public enum Gs1ErrorCode {
    /** The input is empty. */
    EMPTY,
    /** The input has a length that the rule does not allow. */
    BAD_LENGTH,
    /** A character is not allowed at its position (for example a letter in a numeric key). */
    BAD_CHARACTER,
    /** A check digit does not match the digits before it. */
    BAD_CHECK_DIGIT;
}
