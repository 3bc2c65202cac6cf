package org.dppkit.battery.json;

import java.util.Objects;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.PassportLimits;

/**
 * Thrown when a JSON document is not a valid dppkit battery passport, or when a passport cannot
 * be written as one ({@link PassportJson}).
 *
 * <p>The exception names where the problem is: the {@linkplain #pointer() JSON pointer} of the
 * offending value (RFC 6901, {@code ""} for the whole document), and its {@linkplain #line() line}
 * and {@linkplain #column() column} in the input. The message says what was expected and what was
 * found, for example:
 * <pre>{@code
 * expected a decimal number but found string "3,7" at /fields/voltage.nominal/value (line 9, column 33)
 * }</pre>
 *
 * <h2>Causes and fixes, by {@linkplain #errorCode() code}</h2>
 * <ul>
 * <li>{@link PassportErrorCode#MALFORMED_JSON}, {@link PassportErrorCode#DUPLICATE_KEY},
 *     {@link PassportErrorCode#READER_LIMIT} (document length, nesting depth, number or string
 *     length): fix the producer, or raise the limit with
 *     {@link PassportJson.Builder}.</li>
 * <li>{@link PassportErrorCode#UNKNOWN_PROPERTY}: a property that the format does not define
 *     (outside {@code extensions}); remove it, or move user data into the {@code extensions}
 *     object.</li>
 * <li>{@link PassportErrorCode#WRONG_JSON_TYPE}, {@link PassportErrorCode#UNKNOWN_VALUE},
 *     {@link PassportErrorCode#WRONG_UNIT}, {@link PassportErrorCode#NOT_WHOLE_NUMBER},
 *     {@link PassportErrorCode#TOO_LONG} (a number longer than
 *     {@link PassportLimits#MAX_NUMBER_LENGTH} characters written plain),
 *     {@link PassportErrorCode#BAD_FORMAT} (a date, instant or URI), a date outside the years 1 to
 *     9999 ({@link PassportErrorCode#OUT_OF_RANGE}): write the value as the bundled JSON Schema
 *     ({@code org/dppkit/battery/json/battery-passport.schema.json}) describes it.</li>
 * <li>{@link PassportErrorCode#MISSING_PROPERTY} (a missing {@code level}, {@code category} or
 *     {@code id}), {@link PassportErrorCode#WRONG_LEVEL_IDENTIFIER} (an {@code id} whose Digital
 *     Link qualifiers do not match the level: {@code /01/{gtin}} for MODEL, {@code /10/{lot}} for
 *     BATCH, {@code /21/{serial}} for ITEM), {@link PassportErrorCode#BAD_IDENTIFIER},
 *     {@link PassportErrorCode#IDENTIFIER_MISMATCH}, {@link PassportErrorCode#WRONG_PARENT},
 *     {@link PassportErrorCode#WRONG_LEVEL}, {@link PassportErrorCode#FIELD_NOT_IN_AUDIENCE},
 *     {@link PassportErrorCode#BAD_PROVENANCE}, {@link PassportErrorCode#DERIVED_FIELD},
 *     {@link PassportErrorCode#UNSUPPORTED_SCHEMA_VERSION}: the structure of the document
 *     contradicts itself; the message says how.</li>
 * <li>A value the passport model rejects (for example an ITEM-scope field on a model passport):
 *     the code is the model's ({@link PassportErrorCode#SCOPE_ABOVE_LEVEL} here), and the
 *     message of the {@linkplain #getCause() cause} says which rule was broken.</li>
 * </ul>
 * No passport, not even a partial one, is returned when this exception is thrown. It is the one
 * subclass of the sealed {@link PassportException} family; {@link #field()} is empty (the
 * pointer names the place).
 *
 * <h2>Implementation Requirements</h2>
 * This exception is immutable and thread-safe once thrown.
 */
public final class PassportFormatException extends PassportException {

    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the offending value; never null. */
    private final String pointer;
    /** The 1-based line of the offending input, 0 if none. */
    private final int line;
    /** The 1-based column of the offending input, 0 if none. */
    private final int column;
    /** What was wrong, without the location; never null. */
    private final String reason;

    /** Creates an exception about a place in a JSON document; line and column are 0 if none. */
    PassportFormatException(PassportErrorCode errorCode, String reason, String pointer,
            int line, int column, Throwable cause) {
        super(errorCode, null, format(Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(pointer, "pointer"), line, column), cause);
        this.reason = reason;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    private static String format(String reason, String pointer, int line, int column) {
        StringBuilder sb = new StringBuilder(reason.length() + 40).append(reason).append(" at ");
        sb.append(pointer.isEmpty() ? "(document root)" : pointer);
        if (line > 0) {
            sb.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return sb.toString();
    }

    /**
     * Returns the JSON pointer (RFC 6901) of the offending value or property, {@code ""} for the
     * whole document; a missing property is named by the pointer it should have had, for example
     * {@code /level}.
     *
     * @return the pointer, not null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the 1-based line of the offending input.
     *
     * @return the line, or 0 when the problem is not tied to input (writing a passport)
     */
    public int line() {
        return line;
    }

    /**
     * Returns the 1-based column (in characters, or bytes for byte input) of the offending input.
     *
     * @return the column, or 0 when the problem is not tied to input (writing a passport)
     */
    public int column() {
        return column;
    }

    /**
     * Returns what was wrong, without the location: the expected and the found value.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
