package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;

import java.util.Objects;

/**
 * A temperature range in degrees Celsius ({@code idleTemperatureRange}); lower must not exceed upper.
 *
 * <pre>{@code
 * TemperatureRange.of(Quantity.of(-20, Unit.DEGREE_CELSIUS), Quantity.of(45, Unit.DEGREE_CELSIUS));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class TemperatureRange {

    private final Quantity lower;
    private final Quantity upper;

    private TemperatureRange(Quantity lower, Quantity upper) {
        this.lower = Checks.unit(lower, Unit.DEGREE_CELSIUS, "TemperatureRange.lower");
        this.upper = Checks.unit(upper, Unit.DEGREE_CELSIUS, "TemperatureRange.upper");
        if (lower.value().compareTo(upper.value()) > 0) {
            throw new PassportException(OUT_OF_RANGE,
                    "TemperatureRange.lower must not exceed TemperatureRange.upper but was "
                    + lower + " > " + upper);
        }
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param lower the lower bound in CEL, not null
     * @param upper the upper bound in CEL, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static TemperatureRange of(Quantity lower, Quantity upper) {
        return new TemperatureRange(lower, upper);
    }

    /**
     * Returns the lower bound in CEL.
     *
     * @return the value, not null
     */
    public Quantity lower() {
        return lower;
    }

    /**
     * Returns the upper bound in CEL.
     *
     * @return the value, not null
     */
    public Quantity upper() {
        return upper;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof TemperatureRange o
                && Objects.equals(lower, o.lower)
                && Objects.equals(upper, o.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("TemperatureRange[");
        sb.append("lower=").append(lower);
        sb.append(", upper=").append(upper);
        return sb.append(']').toString();
    }
}
