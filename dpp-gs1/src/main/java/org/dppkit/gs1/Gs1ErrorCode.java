package org.dppkit.gs1;

/**
 * Stable codes for the ways GS1 text can be wrong, carried by {@link Gs1SyntaxException}.
 *
 * <p>A code never changes meaning once released; new codes may be added. Callers may switch on
 * them, for example to map them to their own messages. Each constant says when it is reported
 * and how to fix the input.
 * <pre>{@code
 * try {
 *     DigitalLink.parse(text);
 * } catch (Gs1SyntaxException e) {
 *     if (e.errorCode() == Gs1ErrorCode.BAD_CHECK_DIGIT) { ... }
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Gs1ErrorCode {
    /** The input, or a required part of it (a path segment, an AI value), is empty. Supply it. */
    EMPTY,
    /**
     * The input or an AI value has a length that the rule does not allow (for example a GTIN of
     * 10 digits, or a lot of 21 characters where AI (10) allows at most 20). Shorten or pad it as
     * the AI format requires.
     */
    BAD_LENGTH,
    /**
     * A character is not allowed at its position: a letter in a numeric key, a character outside
     * the AI's character set (CSET 82, CSET 39, CSET 64), or a character that may not appear in
     * a URI at all (space, {@code < > { } \ ^ `}, non-ASCII).
     */
    BAD_CHARACTER,
    /** A check digit (or GS1 check character pair) does not match the characters before it. */
    BAD_CHECK_DIGIT,
    /**
     * A percent-escape is malformed: {@code %} not followed by two hex digits, or {@code %00}
     * (NUL). Encode a literal {@code %} as {@code %25}.
     */
    BAD_PERCENT_ENCODING,
    /**
     * An Application Identifier is not in the GS1 Barcode Syntax Dictionary. Correct the AI, or
     * switch on {@link ParseOptions#withUnknownAis(boolean)} if unknown AIs are expected.
     */
    UNKNOWN_AI,
    /**
     * An AI value breaks a content rule of its format other than length, character set and check
     * digit: an impossible date or time, a bad country or currency code, a value that must not
     * be zero, and so on. The message names the rule (the dictionary's linter).
     */
    BAD_VALUE,
    /** A URI does not start with {@code http://} or {@code https://} (all lower or all upper case). */
    BAD_SCHEME,
    /** A URI has no host, or its host holds a character that GS1 Digital Link does not allow. */
    BAD_DOMAIN,
    /**
     * The path of a GS1 Digital Link URI has no primary key (such as {@code /01/<gtin>}), has an
     * empty segment, or ends with {@code /}.
     */
    BAD_PATH,
    /**
     * The AIs in the path after the primary key are not a permitted key-qualifier sequence for
     * that key (for example {@code /01/x/21/y/10/z}: (10) must come before (21)), or an AI in the
     * path is not a key qualifier of the primary key at all.
     */
    BAD_KEY_QUALIFIER,
    /**
     * An AI in the query of a Digital Link URI (or an AI to be put there) is not permitted as a
     * data attribute: either the dictionary does not flag it so, such as (21) or (8200), or it
     * is a key qualifier that belongs in the path, such as {@code ?10=} next to {@code /01/}.
     */
    NOT_AN_ATTRIBUTE,
    /** The same AI appears twice with different values (or twice at all in a Digital Link URI). */
    DUPLICATE_AI,
    /**
     * An AI association rule of the dictionary is broken: an AI requires another that is
     * missing ({@code req=}), or two AIs that exclude each other are both present ({@code ex=}).
     */
    BAD_AI_COMBINATION,
    /**
     * An element string is malformed: a missing {@code (} or {@code )}, no FNC1 at the start of
     * unbracketed data, a value not followed by a separator where one is needed.
     */
    BAD_ELEMENT_STRING,
    /**
     * A value of a type that is not itself a GS1 AI is malformed, for example a link type that is
     * neither a {@code gs1:} CURIE nor an absolute URI.
     */
    BAD_SYNTAX;
}
