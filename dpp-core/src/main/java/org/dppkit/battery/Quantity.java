package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_FORMAT;
import static org.dppkit.battery.PassportErrorCode.TOO_LONG;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured value: an exact decimal number with a UN/CEFACT Rec 20 unit ({@link Unit}).
 *
 * <pre>{@code
 * Quantity capacity = Quantity.of("105.5", Unit.AMPERE_HOUR);
 * capacity.value();      // 105.5
 * capacity.unit();       // AMPERE_HOUR (code "AMH")
 * capacity.toString();   // "105.5 AMH"
 * }</pre>
 *
 * <p>The value keeps the scale it was given ({@code value()} of {@code "1.50"} is {@code 1.50}),
 * but equality is numeric: {@code of("1.5", VOLT)} equals {@code of("1.50", VOLT)} and both have
 * the same hash code (the value is compared with trailing zeros stripped). Quantities in different
 * units are never equal, even if convertible.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Quantity {

    private final BigDecimal value;
    private final Unit unit;

    private Quantity(BigDecimal value, Unit unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * Returns a quantity.
     *
     * @param value the exact value, not null
     * @param unit the unit, not null
     * @return the quantity, not null
     * @throws PassportException if the value written plain is longer than
     *     {@link PassportLimits#MAX_NUMBER_LENGTH} characters
     * @throws NullPointerException if an argument is null
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        Objects.requireNonNull(value, "Quantity.value");
        Objects.requireNonNull(unit, "Quantity.unit");
        return new Quantity(Checks.decimal(value, "Quantity.value"), unit);
    }

    /**
     * Returns a quantity from a decimal text such as {@code "3.7"} or {@code "-20"}.
     *
     * @param value the value as a plain or scientific decimal ({@link BigDecimal#BigDecimal(String)}),
     *     not null
     * @param unit the unit, not null
     * @return the quantity, not null
     * @throws PassportException if the text is not a decimal number, is longer than
     *     {@link PassportLimits#MAX_NUMBER_LENGTH} characters, or its value written plain is
     *     longer than that
     * @throws NullPointerException if an argument is null
     */
    public static Quantity of(String value, Unit unit) {
        Objects.requireNonNull(value, "Quantity.value");
        Objects.requireNonNull(unit, "Quantity.unit");
        if (value.length() > PassportLimits.MAX_NUMBER_LENGTH) {
            // new BigDecimal(String) is quadratic in the length: never parse an unbounded text.
            throw new PassportException(TOO_LONG, "Quantity.value must have at most "
                    + PassportLimits.MAX_NUMBER_LENGTH + " characters but has " + value.length());
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new PassportException(BAD_FORMAT,
                    "Quantity.value must be a decimal number but was '"
                    + Checks.truncate(value) + "'");
        }
        return of(parsed, unit);
    }

    /**
     * Returns a quantity with a whole value, for counts and durations.
     *
     * @param value the value
     * @param unit the unit, not null
     * @return the quantity, not null
     * @throws NullPointerException if the unit is null
     */
    public static Quantity of(long value, Unit unit) {
        return of(BigDecimal.valueOf(value), unit);
    }

    /**
     * Returns the exact value, with the scale it was given.
     *
     * @return the value, not null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the unit.
     *
     * @return the unit, not null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Tells whether the value is a whole number.
     *
     * @return true if the value has no fractional part
     */
    public boolean isIntegral() {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /**
     * Compares value numerically (ignoring trailing zeros) and unit.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Quantity other && unit == other.unit
                && value.compareTo(other.value) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return normal.hashCode() * 31 + unit.code().hashCode();
    }

    /**
     * Returns the value in plain notation and the unit code, for example {@code 3.7 VLT}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.code();
    }
}
