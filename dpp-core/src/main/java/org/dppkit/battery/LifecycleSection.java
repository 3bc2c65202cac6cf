package org.dppkit.battery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code lifecycle} section of a passport or view
 * ({@link BatteryPassport#lifecycle()}, {@link PassportView#lifecycle()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class LifecycleSection {

    private final FieldSource source;

    LifecycleSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code batteryStatus}: Current status of the battery in its life.
     *
     * @return the value, or empty
     */
    public Optional<BatteryStatus> batteryStatus() {
        Object v = source.lookup(BatteryField.BATTERY_STATUS);
        return v == null ? Optional.empty() : Optional.of((BatteryStatus) v);
    }

    /**
     * Returns {@code predecessorPassports}: Links to the passport(s) of the original battery or batteries after a re-use preparation, repurposing or remanufacturing operation.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> predecessorPassports() {
        Object v = source.lookup(BatteryField.PREDECESSOR_PASSPORTS);
        return v == null ? Optional.empty() : Optional.of((List<String>) v);
    }

    /**
     * Returns {@code puttingIntoServiceDate}: Date the battery was put into service, where appropriate.
     *
     * @return the value, or empty
     */
    public Optional<LocalDate> puttingIntoServiceDate() {
        Object v = source.lookup(BatteryField.PUTTING_INTO_SERVICE_DATE);
        return v == null ? Optional.empty() : Optional.of((LocalDate) v);
    }

    /**
     * Returns {@code usage.chargeDischargeCycles}: Number of full charge-discharge cycles so far.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> usageChargeDischargeCycles() {
        Object v = source.lookup(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code usage.negativeEvents}: Negative events during use, such as accidents, each with date and description.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<NegativeEvent>> usageNegativeEvents() {
        Object v = source.lookup(BatteryField.USAGE_NEGATIVE_EVENTS);
        return v == null ? Optional.empty() : Optional.of((List<NegativeEvent>) v);
    }

    /**
     * Returns {@code usage.operatingTemperature}: Periodically recorded operating environmental conditions, at least temperature.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<Observation>> usageOperatingTemperature() {
        Object v = source.lookup(BatteryField.USAGE_OPERATING_TEMPERATURE);
        return v == null ? Optional.empty() : Optional.of((List<Observation>) v);
    }

    /**
     * Returns {@code usage.stateOfCharge}: Periodically recorded state of charge.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<Observation>> usageStateOfCharge() {
        Object v = source.lookup(BatteryField.USAGE_STATE_OF_CHARGE);
        return v == null ? Optional.empty() : Optional.of((List<Observation>) v);
    }

    /**
     * Returns {@code usage.timeInExtremeTemperatures}: Time spent above and below the temperature boundaries, in use and while charging.
     *
     * @return the value, or empty
     */
    public Optional<ExtremeTemperatureTime> usageTimeInExtremeTemperatures() {
        Object v = source.lookup(BatteryField.USAGE_TIME_IN_EXTREME_TEMPERATURES);
        return v == null ? Optional.empty() : Optional.of((ExtremeTemperatureTime) v);
    }

    /**
     * Returns {@code usage.energyThroughput}: Cumulative energy that has passed through the battery.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> usageEnergyThroughput() {
        Object v = source.lookup(BatteryField.USAGE_ENERGY_THROUGHPUT);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code usage.capacityThroughput}: Cumulative charge that has passed through the battery.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> usageCapacityThroughput() {
        Object v = source.lookup(BatteryField.USAGE_CAPACITY_THROUGHPUT);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code usage.deepDischargeEvents}: Number of deep-discharge events.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> usageDeepDischargeEvents() {
        Object v = source.lookup(BatteryField.USAGE_DEEP_DISCHARGE_EVENTS);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code usage.overchargeEvents}: Number of overcharge events.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> usageOverchargeEvents() {
        Object v = source.lookup(BatteryField.USAGE_OVERCHARGE_EVENTS);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "LifecycleSection";
    }
}
