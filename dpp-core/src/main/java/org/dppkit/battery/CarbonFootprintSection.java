package org.dppkit.battery;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code carbonFootprint} section of a passport or view
 * ({@link BatteryPassport#carbonFootprint()}, {@link PassportView#carbonFootprint()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class CarbonFootprintSection {

    private final FieldSource source;

    CarbonFootprintSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code carbonFootprint.perFunctionalUnit}: Life-cycle carbon footprint per kWh of total energy the battery supplies over its expected service life.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> perFunctionalUnit() {
        Object v = source.lookup(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code carbonFootprint.perLifecycleStage}: Carbon footprint split over raw material acquisition and pre-processing, main production, distribution, and end of life and recycling.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<LifecycleStageEmission>> perLifecycleStage() {
        Object v = source.lookup(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE);
        return v == null ? Optional.empty() : Optional.of((List<LifecycleStageEmission>) v);
    }

    /**
     * Returns {@code carbonFootprint.performanceClass}: Carbon-footprint performance class of the model as made in this plant.
     *
     * @return the value, or empty
     */
    public Optional<String> performanceClass() {
        Object v = source.lookup(BatteryField.CARBON_FOOTPRINT_PERFORMANCE_CLASS);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code carbonFootprint.label}: Carbon-footprint label graphic showing the footprint and its class.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> label() {
        Object v = source.lookup(BatteryField.CARBON_FOOTPRINT_LABEL);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code carbonFootprint.studyUrl}: Link to the public version of the study supporting the footprint values.
     *
     * @return the value, or empty
     */
    public Optional<URI> studyUrl() {
        Object v = source.lookup(BatteryField.CARBON_FOOTPRINT_STUDY_URL);
        return v == null ? Optional.empty() : Optional.of((URI) v);
    }

    /**
     * Returns {@code carbonFootprint.absolute}: Total carbon footprint of one battery, not divided by the energy it delivers.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> absolute() {
        Object v = source.lookup(BatteryField.CARBON_FOOTPRINT_ABSOLUTE);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CarbonFootprintSection";
    }
}
