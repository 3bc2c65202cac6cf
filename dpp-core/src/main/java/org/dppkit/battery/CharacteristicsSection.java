package org.dppkit.battery;

import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code characteristics} section of a passport or view
 * ({@link BatteryPassport#characteristics()}, {@link PassportView#characteristics()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class CharacteristicsSection {

    private final FieldSource source;

    CharacteristicsSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code batteryMass}: Weight of the battery.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> batteryMass() {
        Object v = source.lookup(BatteryField.BATTERY_MASS);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code extinguishingAgent}: Fire-extinguishing agents (or fire classes) usable on the battery.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> extinguishingAgent() {
        Object v = source.lookup(BatteryField.EXTINGUISHING_AGENT);
        return v == null ? Optional.empty() : Optional.of((List<String>) v);
    }

    /**
     * Returns {@code warrantyPeriod}: Length of the commercial warranty covering the calendar life.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> warrantyPeriod() {
        Object v = source.lookup(BatteryField.WARRANTY_PERIOD);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CharacteristicsSection";
    }
}
