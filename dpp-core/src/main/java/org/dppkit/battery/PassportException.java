package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;
import org.dppkit.battery.json.PassportFormatException;

/**
 * The one exception family of dpp-core: thrown when a battery passport, one of its values, one
 * of its builders, the validator's builder, the JSON reader or writer or the file writer is given
 * input that breaks a rule.
 *
 * <p>Each exception carries a stable {@linkplain #errorCode() error code} (a
 * {@link PassportErrorCode}, whose constants say when they happen and how to fix the input) and a
 * message that names the field (its catalogue key) or the value property, the offending value
 * (truncated) and the rule, for example
 * {@code field 'ratedCapacity' has scope MODEL and cannot be set on a BATCH passport derived from
 * a MODEL passport} ({@link PassportErrorCode#SCOPE_ABOVE_LEVEL}). Fix the input as the message
 * says; nothing partial was created.
 * <pre>{@code
 * try {
 *     builder.set(BatteryField.RATED_CAPACITY, Quantity.of("-1", Unit.AMPERE_HOUR));
 * } catch (PassportException e) {
 *     e.errorCode();  // OUT_OF_RANGE
 *     e.field();      // Optional[RATED_CAPACITY]
 * }
 * }</pre>
 *
 * <h2>The family</h2>
 * The family is sealed: it has exactly two classes.
 * <ul>
 * <li>{@code PassportException} itself, for the passport model, its values and builders, the
 *     validator's builder ({@code org.dppkit.battery.validation}) and the file writer
 *     ({@code PassportFiles}); {@link #field()} names the catalogue field when the problem
 *     concerns one.</li>
 * <li>{@link PassportFormatException}, for JSON documents that are not valid passports (and
 *     passports that cannot be written as one): it adds the
 *     {@linkplain PassportFormatException#pointer() JSON pointer},
 *     {@linkplain PassportFormatException#line() line} and
 *     {@linkplain PassportFormatException#column() column} of the offending value, and carries the
 *     passport model's own code when the model rejects a value of the document.</li>
 * </ul>
 * Catch {@code PassportException} to handle every input failure of dpp-core in one place. Null
 * arguments are reported with {@link NullPointerException} naming the parameter instead; I/O
 * failures with {@link java.io.UncheckedIOException}.
 *
 * <p>The sealing holds on the module path and on the class path alike: the JVM requires a
 * permitted subclass to be in the same run-time module as the sealed class (on the class path,
 * the one unnamed module of the loader that holds the dpp-core jar) and, if it is not public, in
 * the same package (JVMS 17, 5.3.5). {@code PassportFormatException} is public, so it may live in
 * {@code org.dppkit.battery.json}, next to the reader that throws it; a test loads the family in
 * an unnamed module to keep it so.
 *
 * <h2>Implementation Requirements</h2>
 * Instances are immutable once thrown and safe to share between threads; dppkit does not use
 * Java serialization.
 */
public sealed class PassportException extends IllegalArgumentException permits PassportFormatException {

    private static final long serialVersionUID = 1L;

    /** The error code; never null. */
    private final PassportErrorCode errorCode;
    /** The field concerned, or null. */
    private final BatteryField field;

    /**
     * Creates an exception that concerns no single catalogue field.
     *
     * @param errorCode the stable error code, not null
     * @param message the message naming the property, value and rule, not null
     * @throws NullPointerException if an argument is null
     */
    public PassportException(PassportErrorCode errorCode, String message) {
        this(errorCode, null, message, null);
    }

    /**
     * Creates an exception about a catalogue field.
     *
     * @param errorCode the stable error code, not null
     * @param field the field concerned, or null if none
     * @param message the message naming the field, value and rule, not null
     * @throws NullPointerException if the code or the message is null
     */
    public PassportException(PassportErrorCode errorCode, BatteryField field, String message) {
        this(errorCode, field, message, null);
    }

    /**
     * Creates an exception about a catalogue field, with a cause.
     *
     * @param errorCode the stable error code, not null
     * @param field the field concerned, or null if none
     * @param message the message naming the field, value and rule, not null
     * @param cause the underlying exception, or null
     * @throws NullPointerException if the code or the message is null
     */
    public PassportException(PassportErrorCode errorCode, BatteryField field, String message,
            Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.field = field;
    }

    /**
     * Returns the stable error code.
     *
     * @return the error code, not null
     */
    public PassportErrorCode errorCode() {
        return errorCode;
    }

    /**
     * Returns the catalogue field the problem concerns, if it concerns a single field.
     *
     * @return the field, or empty, not null
     */
    public Optional<BatteryField> field() {
        return Optional.ofNullable(field);
    }
}
