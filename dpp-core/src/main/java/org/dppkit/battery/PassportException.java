package org.dppkit.battery;

import java.util.Optional;

/**
 * Thrown when a battery passport, one of its values or one of its builders is given input that
 * breaks a rule: a blank text, a value out of range, a quantity in the wrong unit, a value of the
 * wrong Java type for a field, a field whose scope is above the builder's level, an identifier of
 * the wrong level, or missing structural parts at {@code build()}.
 *
 * <p>The message names the field (its catalogue key) or the value property, the offending value
 * (truncated) and the rule, for example
 * {@code field 'ratedCapacity' has scope MODEL and cannot be set on a BATCH passport derived from
 * a MODEL passport}. Fix the input as the message says; nothing partial was created.
 *
 * <p>This is the base of the dpp-core exception family: validation and JSON reading reuse it.
 * Null arguments are reported with {@link NullPointerException} naming the parameter instead.
 *
 * <h2>Implementation Requirements</h2>
 * Instances are immutable once thrown and safe to share between threads; dppkit does not use
 * Java serialization.
 */
public class PassportException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The field concerned, or null. */
    private final BatteryField field;

    /**
     * Creates an exception that concerns no single catalogue field.
     *
     * @param message the message naming the property, value and rule, not null
     */
    public PassportException(String message) {
        this(null, message, null);
    }

    /**
     * Creates an exception about a catalogue field.
     *
     * @param field the field concerned, or null if none
     * @param message the message naming the field, value and rule, not null
     */
    public PassportException(BatteryField field, String message) {
        this(field, message, null);
    }

    /**
     * Creates an exception about a catalogue field, with a cause.
     *
     * @param field the field concerned, or null if none
     * @param message the message naming the field, value and rule, not null
     * @param cause the underlying exception, or null
     */
    public PassportException(BatteryField field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
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
