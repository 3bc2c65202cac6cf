package org.dppkit.battery;

import java.util.Objects;

/**
 * The carbon footprint of one life-cycle stage ({@code carbonFootprint.perLifecycleStage}), in kg CO2e per kWh.
 *
 * <pre>{@code
 * LifecycleStageEmission.of(LifecycleStage.MAIN_PRODUCTION, Quantity.of("21.5", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class LifecycleStageEmission {

    private final LifecycleStage stage;
    private final Quantity footprint;

    private LifecycleStageEmission(LifecycleStage stage, Quantity footprint) {
        this.stage = Checks.notNull(stage, "LifecycleStageEmission.stage");
        this.footprint = Checks.unit(footprint, Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR,
                "LifecycleStageEmission.footprint");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param stage the life-cycle stage, not null
     * @param footprint the footprint in kg CO2e per kWh ({@link Unit#KILOGRAM_CO2E_PER_KILOWATT_HOUR}); may be negative
     * (recycling credits), not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static LifecycleStageEmission of(LifecycleStage stage, Quantity footprint) {
        return new LifecycleStageEmission(stage, footprint);
    }

    /**
     * Returns the life-cycle stage.
     *
     * @return the value, not null
     */
    public LifecycleStage stage() {
        return stage;
    }

    /**
     * Returns the footprint in kg CO2e per kWh ({@link Unit#KILOGRAM_CO2E_PER_KILOWATT_HOUR}); may be negative
     * (recycling credits).
     *
     * @return the value, not null
     */
    public Quantity footprint() {
        return footprint;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof LifecycleStageEmission o
                && Objects.equals(stage, o.stage)
                && Objects.equals(footprint, o.footprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, footprint);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LifecycleStageEmission[");
        sb.append("stage=").append(stage);
        sb.append(", footprint=").append(footprint);
        return sb.append(']').toString();
    }
}
