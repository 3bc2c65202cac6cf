package org.dppkit.battery;

import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code performance} section of a passport or view
 * ({@link BatteryPassport#performance()}, {@link PassportView#performance()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class PerformanceSection {

    private final FieldSource source;

    PerformanceSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code ratedCapacity}: Total charge a fully charged battery delivers under reference conditions.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> ratedCapacity() {
        Object v = source.lookup(BatteryField.RATED_CAPACITY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code voltage.minimum}: Lowest permitted voltage.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> voltageMinimum() {
        Object v = source.lookup(BatteryField.VOLTAGE_MINIMUM);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code voltage.nominal}: Nominal voltage.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> voltageNominal() {
        Object v = source.lookup(BatteryField.VOLTAGE_NOMINAL);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code voltage.maximum}: Highest permitted voltage.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> voltageMaximum() {
        Object v = source.lookup(BatteryField.VOLTAGE_MAXIMUM);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code originalPowerCapability}: Power the new battery can deliver, measured at 80 % and 20 % state of charge.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<PowerCapability>> originalPowerCapability() {
        Object v = source.lookup(BatteryField.ORIGINAL_POWER_CAPABILITY);
        return v == null ? Optional.empty() : Optional.of((List<PowerCapability>) v);
    }

    /**
     * Returns {@code maximumPermittedPower}: Power limit: highest power the battery may deliver, with temperature range where relevant.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> maximumPermittedPower() {
        Object v = source.lookup(BatteryField.MAXIMUM_PERMITTED_POWER);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code expectedLifetimeCycles}: Expected lifetime in charge-discharge cycles under the reference test.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> expectedLifetimeCycles() {
        Object v = source.lookup(BatteryField.EXPECTED_LIFETIME_CYCLES);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code cycleLifeReferenceTest}: Reference test used to establish the expected cycle life.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> cycleLifeReferenceTest() {
        Object v = source.lookup(BatteryField.CYCLE_LIFE_REFERENCE_TEST);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code cRateCycleLifeTest}: C-rate applied in the cycle-life test.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> cRateCycleLifeTest() {
        Object v = source.lookup(BatteryField.C_RATE_CYCLE_LIFE_TEST);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code capacityThresholdForExhaustion}: Capacity level below which an EV battery counts as exhausted.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> capacityThresholdForExhaustion() {
        Object v = source.lookup(BatteryField.CAPACITY_THRESHOLD_FOR_EXHAUSTION);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code idleTemperatureRange}: Lowest and highest temperature the battery withstands when not in use, with the reference test.
     *
     * @return the value, or empty
     */
    public Optional<TemperatureRange> idleTemperatureRange() {
        Object v = source.lookup(BatteryField.IDLE_TEMPERATURE_RANGE);
        return v == null ? Optional.empty() : Optional.of((TemperatureRange) v);
    }

    /**
     * Returns {@code roundTripEfficiency.initial}: Energy round-trip efficiency of the new battery.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> roundTripEfficiencyInitial() {
        Object v = source.lookup(BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code roundTripEfficiency.at50PercentCycleLife}: Energy round-trip efficiency expected at half of the cycle life.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> roundTripEfficiencyAt50PercentCycleLife() {
        Object v = source.lookup(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code internalResistance}: Initial internal resistance at cell and pack level (module level optional).
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<ResistanceValue>> internalResistance() {
        Object v = source.lookup(BatteryField.INTERNAL_RESISTANCE);
        return v == null ? Optional.empty() : Optional.of((List<ResistanceValue>) v);
    }

    /**
     * Returns {@code certifiedUsableEnergy}: Certified usable energy of an EV battery, the reference for SOCE.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> certifiedUsableEnergy() {
        Object v = source.lookup(BatteryField.CERTIFIED_USABLE_ENERGY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code powerToEnergyRatio}: Ratio of nominal power to energy.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> powerToEnergyRatio() {
        Object v = source.lookup(BatteryField.POWER_TO_ENERGY_RATIO);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code initialSelfDischargeRate}: Self-discharge rate of the new battery.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> initialSelfDischargeRate() {
        Object v = source.lookup(BatteryField.INITIAL_SELF_DISCHARGE_RATE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.capacity}: Capacity of this battery, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceCapacity() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_CAPACITY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.capacityFade}: Loss of capacity against the original rated capacity, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceCapacityFade() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_CAPACITY_FADE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.power}: Power capability of this battery, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformancePower() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_POWER);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.powerFade}: Loss of power capability against the original value, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformancePowerFade() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_POWER_FADE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.internalResistance}: Internal resistance of this battery, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceInternalResistance() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.internalResistanceIncrease}: Increase of internal resistance against the initial value, stated at placing on the market and at each status change.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<ResistanceValue>> itemPerformanceInternalResistanceIncrease() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE);
        return v == null ? Optional.empty() : Optional.of((List<ResistanceValue>) v);
    }

    /**
     * Returns {@code itemPerformance.roundTripEfficiency}: Energy round-trip efficiency of this battery, where applicable, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceRoundTripEfficiency() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.roundTripEfficiencyFade}: Decrease of round-trip efficiency, where applicable, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceRoundTripEfficiencyFade() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY_FADE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.expectedLifetimeCycles}: Expected lifetime of this battery in cycles under its design reference conditions, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceExpectedLifetimeCycles() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code itemPerformance.expectedLifetimeYears}: Expected lifetime of this battery in calendar years under its design reference conditions, stated at placing on the market and at each status change.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> itemPerformanceExpectedLifetimeYears() {
        Object v = source.lookup(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_YEARS);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.stateOfCertifiedEnergy}: State of certified energy (SOCE): usable energy now relative to the certified usable energy.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthStateOfCertifiedEnergy() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.remainingCapacity}: Capacity the battery can still deliver.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthRemainingCapacity() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.remainingPowerCapability}: Power the battery can still deliver at reference states of charge, where possible.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<PowerCapability>> stateOfHealthRemainingPowerCapability() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY);
        return v == null ? Optional.empty() : Optional.of((List<PowerCapability>) v);
    }

    /**
     * Returns {@code stateOfHealth.remainingRoundTripEfficiency}: Round-trip efficiency the battery still achieves, where possible.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthRemainingRoundTripEfficiency() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_REMAINING_ROUND_TRIP_EFFICIENCY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.selfDischargeEvolution}: How the self-discharge rate has developed over the battery's life.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthSelfDischargeEvolution() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_SELF_DISCHARGE_EVOLUTION);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.ohmicResistance}: Ohmic resistance of the battery, where possible.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthOhmicResistance() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_OHMIC_RESISTANCE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.currentSelfDischargeRate}: Most recently measured self-discharge rate.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthCurrentSelfDischargeRate() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_CURRENT_SELF_DISCHARGE_RATE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code stateOfHealth.remainingUsableEnergy}: Usable energy an EV battery can still deliver.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> stateOfHealthRemainingUsableEnergy() {
        Object v = source.lookup(BatteryField.STATE_OF_HEALTH_REMAINING_USABLE_ENERGY);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PerformanceSection";
    }
}
