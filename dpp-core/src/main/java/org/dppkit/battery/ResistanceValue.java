package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.WRONG_UNIT;

import java.util.Objects;

/**
 * A resistance value of one component level: an internal resistance in ohms ({@code internalResistance}) or a
 * resistance increase in percent ({@code itemPerformance.internalResistanceIncrease}).
 *
 * <pre>{@code
 * ResistanceValue.of(BatteryComponent.PACK, Quantity.of("0.045", Unit.OHM));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ResistanceValue {

    private final BatteryComponent component;
    private final Quantity value;

    private ResistanceValue(BatteryComponent component, Quantity value) {
        this.component = Checks.notNull(component, "ResistanceValue.component");
        this.value = resistanceValue(value, "ResistanceValue.value");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param component the component level, not null
     * @param value the value in OHM or P1, not negative, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static ResistanceValue of(BatteryComponent component, Quantity value) {
        return new ResistanceValue(component, value);
    }

    /**
     * Returns the component level.
     *
     * @return the value, not null
     */
    public BatteryComponent component() {
        return component;
    }

    /**
     * Returns the value in OHM or P1, not negative.
     *
     * @return the value, not null
     */
    public Quantity value() {
        return value;
    }

    private static Quantity resistanceValue(Quantity v, String p) {
        java.util.Objects.requireNonNull(v, p);
        if (v.unit() != Unit.OHM && v.unit() != Unit.PERCENT) {
            throw new PassportException(WRONG_UNIT,
                    p + " must be in OHM or P1 but was in " + v.unit().code() + ": " + v);
        }
        return Checks.nonNegative(v, v.unit(), p);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof ResistanceValue o
                && Objects.equals(component, o.component)
                && Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(component, value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ResistanceValue[");
        sb.append("component=").append(component);
        sb.append(", value=").append(value);
        return sb.append(']').toString();
    }
}
