package org.dppkit.battery;

import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code composition} section of a passport or view
 * ({@link BatteryPassport#composition()}, {@link PassportView#composition()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class CompositionSection {

    private final FieldSource source;

    CompositionSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code chemistry}: Battery chemistry as a short code plus a full name.
     *
     * @return the value, or empty
     */
    public Optional<Chemistry> chemistry() {
        Object v = source.lookup(BatteryField.CHEMISTRY);
        return v == null ? Optional.empty() : Optional.of((Chemistry) v);
    }

    /**
     * Returns {@code hazardousSubstances}: Hazardous substances other than mercury, cadmium and lead, each with name, identifier, hazard class, concentration and location.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<HazardousSubstance>> hazardousSubstances() {
        Object v = source.lookup(BatteryField.HAZARDOUS_SUBSTANCES);
        return v == null ? Optional.empty() : Optional.of((List<HazardousSubstance>) v);
    }

    /**
     * Returns {@code criticalRawMaterials}: Critical raw materials present above 0.1 % by weight.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> criticalRawMaterials() {
        Object v = source.lookup(BatteryField.CRITICAL_RAW_MATERIALS);
        return v == null ? Optional.empty() : Optional.of((List<String>) v);
    }

    /**
     * Returns {@code detailedComposition}: Materials making up the battery, including cathode, anode and electrolyte materials, with identifiers and amounts.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<MaterialShare>> detailedComposition() {
        Object v = source.lookup(BatteryField.DETAILED_COMPOSITION);
        return v == null ? Optional.empty() : Optional.of((List<MaterialShare>) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CompositionSection";
    }
}
