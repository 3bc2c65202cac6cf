package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;

/**
 * Power capability at a state of charge ({@code originalPowerCapability}, {@code
 * stateOfHealth.remainingPowerCapability}).
 *
 * <pre>{@code
 * PowerCapability.of(Quantity.of(80, Unit.PERCENT), Quantity.of(150000, Unit.WATT));
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class PowerCapability {

    private final Quantity stateOfCharge;
    private final Quantity power;
    private final TemperatureRange temperatureRange;

    private PowerCapability(Quantity stateOfCharge, Quantity power, TemperatureRange temperatureRange) {
        this.stateOfCharge = Checks.percent(stateOfCharge, "PowerCapability.stateOfCharge");
        this.power = Checks.nonNegative(power, Unit.WATT, "PowerCapability.power");
        this.temperatureRange = temperatureRange == null ? null : Checks.notNull(temperatureRange,
                "PowerCapability.temperatureRange");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param stateOfCharge the state of charge in percent (0 to 100), not null
     * @param power the power in watts (WTT), not negative, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static PowerCapability of(Quantity stateOfCharge, Quantity power) {
        return new PowerCapability(stateOfCharge, power, null);
    }

    /**
     * Returns a copy with the temperature range the value holds for.
     *
     * @param temperatureRange the temperature range the value holds for, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public PowerCapability withTemperatureRange(TemperatureRange temperatureRange) {
        Objects.requireNonNull(temperatureRange, "PowerCapability.temperatureRange");
        return new PowerCapability(stateOfCharge, power, temperatureRange);
    }

    /**
     * Returns the state of charge in percent (0 to 100).
     *
     * @return the value, not null
     */
    public Quantity stateOfCharge() {
        return stateOfCharge;
    }

    /**
     * Returns the power in watts (WTT), not negative.
     *
     * @return the value, not null
     */
    public Quantity power() {
        return power;
    }

    /**
     * Returns the temperature range the value holds for.
     *
     * @return the value, or empty
     */
    public Optional<TemperatureRange> temperatureRange() {
        return Optional.ofNullable(temperatureRange);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof PowerCapability o
                && Objects.equals(stateOfCharge, o.stateOfCharge)
                && Objects.equals(power, o.power)
                && Objects.equals(temperatureRange, o.temperatureRange);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stateOfCharge, power, temperatureRange);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PowerCapability[");
        sb.append("stateOfCharge=").append(stateOfCharge);
        sb.append(", power=").append(power);
        if (temperatureRange != null) {
            sb.append(", temperatureRange=").append(temperatureRange);
        }
        return sb.append(']').toString();
    }
}
