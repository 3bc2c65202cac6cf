package org.dppkit.battery.json;

import java.util.Objects;
import org.dppkit.battery.PassportException;

/**
 * Thrown when a JSON document is not a valid dppkit battery passport, or when a passport cannot
 * be written as one.
 *
 * <p>The exception names where the problem is: the {@linkplain #pointer() JSON pointer} of the
 * offending value (RFC 6901, {@code ""} for the whole document), and its {@linkplain #line() line}
 * and {@linkplain #column() column} in the input. The message says what was expected and what was
 * found, for example:
 * <pre>{@code
 * expected a decimal number but found string "3,7" at /fields/voltage.nominal/value (line 9, column 33)
 * }</pre>
 *
 * <h2>Causes and fixes</h2>
 * <ul>
 * <li>Malformed JSON, a duplicate key, or input past the reader's limits (document length,
 *     nesting depth, number or string length): fix the producer, or raise the limit with
 *     {@link PassportJson.Builder}.</li>
 * <li>A property that the format does not define (outside {@code extensions}): remove it, or move
 *     user data into the {@code extensions} object.</li>
 * <li>A value of the wrong JSON type, an unknown unit or enum value, a fraction where an integer
 *     is required, a number longer than 64 characters written plain
 *     ({@link org.dppkit.battery.PassportLimits#MAX_NUMBER_LENGTH}), a date outside the years 1 to
 *     9999: write
 *     the value as the bundled JSON Schema
 *     ({@code org/dppkit/battery/json/battery-passport.schema.json}) describes it.</li>
 * <li>A missing {@code level}, {@code category} or {@code id}, or an {@code id} whose Digital Link
 *     qualifiers do not match the level: a passport's level fixes the form of its identifier
 *     ({@code /01/{gtin}} for MODEL, {@code /10/{lot}} for BATCH, {@code /21/{serial}} for ITEM).</li>
 * <li>A value the passport model rejects (for example an ITEM-scope field on a model passport):
 *     the message of the {@linkplain #getCause() cause} says which rule was broken.</li>
 * </ul>
 * No passport, not even a partial one, is returned when this exception is thrown. Being a
 * {@link PassportException}, it belongs to the dpp-core exception family; {@link #field()} is
 * empty (the pointer names the place).
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

    PassportFormatException(String reason, String pointer, int line, int column, Throwable cause) {
        super(null, format(reason, pointer, line, column), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
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
