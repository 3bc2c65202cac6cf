package org.dppkit.battery;

import java.util.Objects;

/**
 * Time spent outside the temperature boundaries, in minutes ({@code usage.timeInExtremeTemperatures}).
 *
 * <pre>{@code
 * ExtremeTemperatureTime.of(Quantity.of(30, Unit.MINUTE), Quantity.of(0, Unit.MINUTE), Quantity.of(0, Unit.MINUTE),
 * Quantity.of(5, Unit.MINUTE));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ExtremeTemperatureTime {

    private final Quantity aboveBoundary;
    private final Quantity belowBoundary;
    private final Quantity chargingAboveBoundary;
    private final Quantity chargingBelowBoundary;

    private ExtremeTemperatureTime(Quantity aboveBoundary, Quantity belowBoundary, Quantity chargingAboveBoundary,
            Quantity chargingBelowBoundary) {
        this.aboveBoundary = Checks.nonNegative(aboveBoundary, Unit.MINUTE, "ExtremeTemperatureTime.aboveBoundary");
        this.belowBoundary = Checks.nonNegative(belowBoundary, Unit.MINUTE, "ExtremeTemperatureTime.belowBoundary");
        this.chargingAboveBoundary = Checks.nonNegative(chargingAboveBoundary, Unit.MINUTE,
                "ExtremeTemperatureTime.chargingAboveBoundary");
        this.chargingBelowBoundary = Checks.nonNegative(chargingBelowBoundary, Unit.MINUTE,
                "ExtremeTemperatureTime.chargingBelowBoundary");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param aboveBoundary minutes above the upper boundary, not null
     * @param belowBoundary minutes below the lower boundary, not null
     * @param chargingAboveBoundary minutes charging above the upper boundary, not null
     * @param chargingBelowBoundary minutes charging below the lower boundary, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static ExtremeTemperatureTime of(Quantity aboveBoundary, Quantity belowBoundary,
            Quantity chargingAboveBoundary, Quantity chargingBelowBoundary) {
        return new ExtremeTemperatureTime(aboveBoundary, belowBoundary, chargingAboveBoundary, chargingBelowBoundary);
    }

    /**
     * Returns minutes above the upper boundary.
     *
     * @return the value, not null
     */
    public Quantity aboveBoundary() {
        return aboveBoundary;
    }

    /**
     * Returns minutes below the lower boundary.
     *
     * @return the value, not null
     */
    public Quantity belowBoundary() {
        return belowBoundary;
    }

    /**
     * Returns minutes charging above the upper boundary.
     *
     * @return the value, not null
     */
    public Quantity chargingAboveBoundary() {
        return chargingAboveBoundary;
    }

    /**
     * Returns minutes charging below the lower boundary.
     *
     * @return the value, not null
     */
    public Quantity chargingBelowBoundary() {
        return chargingBelowBoundary;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof ExtremeTemperatureTime o
                && Objects.equals(aboveBoundary, o.aboveBoundary)
                && Objects.equals(belowBoundary, o.belowBoundary)
                && Objects.equals(chargingAboveBoundary, o.chargingAboveBoundary)
                && Objects.equals(chargingBelowBoundary, o.chargingBelowBoundary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(aboveBoundary, belowBoundary, chargingAboveBoundary, chargingBelowBoundary);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ExtremeTemperatureTime[");
        sb.append("aboveBoundary=").append(aboveBoundary);
        sb.append(", belowBoundary=").append(belowBoundary);
        sb.append(", chargingAboveBoundary=").append(chargingAboveBoundary);
        sb.append(", chargingBelowBoundary=").append(chargingBelowBoundary);
        return sb.append(']').toString();
    }
}
