package org.dppkit.battery;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded value with its time ({@code usage.operatingTemperature}, {@code usage.stateOfCharge}).
 *
 * <pre>{@code
 * Observation.of(Instant.parse("2028-05-03T10:15:30Z"), Quantity.of("23.5", Unit.DEGREE_CELSIUS));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Observation {

    private final Instant time;
    private final Quantity value;

    private Observation(Instant time, Quantity value) {
        this.time = Checks.instant(time, "Observation.time");
        this.value = Checks.notNull(value, "Observation.value");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param time when the value was recorded, not null
     * @param value the recorded value (its unit must suit the field), not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static Observation of(Instant time, Quantity value) {
        return new Observation(time, value);
    }

    /**
     * Returns when the value was recorded.
     *
     * @return the value, not null
     */
    public Instant time() {
        return time;
    }

    /**
     * Returns the recorded value (its unit must suit the field).
     *
     * @return the value, not null
     */
    public Quantity value() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Observation o
                && Objects.equals(time, o.time)
                && Objects.equals(value, o.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Observation[");
        sb.append("time=").append(time);
        sb.append(", value=").append(value);
        return sb.append(']').toString();
    }
}
