package org.dppkit.battery;

import java.util.Optional;

/**
 * Typed read access to the {@code recycledContent} section of a passport or view
 * ({@link BatteryPassport#recycledContent()}, {@link PassportView#recycledContent()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class RecycledContentSection {

    private final FieldSource source;

    RecycledContentSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code recycledContent.cobalt}: Percentage of the cobalt in active materials that comes from recovered battery manufacturing waste or post-consumer waste.
     *
     * @return the value, or empty
     */
    public Optional<RecycledShare> cobalt() {
        Object v = source.lookup(BatteryField.RECYCLED_CONTENT_COBALT);
        return v == null ? Optional.empty() : Optional.of((RecycledShare) v);
    }

    /**
     * Returns {@code recycledContent.lithium}: Percentage of the lithium in active materials that comes from recovered battery manufacturing waste or post-consumer waste.
     *
     * @return the value, or empty
     */
    public Optional<RecycledShare> lithium() {
        Object v = source.lookup(BatteryField.RECYCLED_CONTENT_LITHIUM);
        return v == null ? Optional.empty() : Optional.of((RecycledShare) v);
    }

    /**
     * Returns {@code recycledContent.nickel}: Percentage of the nickel in active materials that comes from recovered battery manufacturing waste or post-consumer waste.
     *
     * @return the value, or empty
     */
    public Optional<RecycledShare> nickel() {
        Object v = source.lookup(BatteryField.RECYCLED_CONTENT_NICKEL);
        return v == null ? Optional.empty() : Optional.of((RecycledShare) v);
    }

    /**
     * Returns {@code recycledContent.lead}: Percentage of the lead in the battery that comes from recovered battery manufacturing waste or post-consumer waste.
     *
     * @return the value, or empty
     */
    public Optional<RecycledShare> lead() {
        Object v = source.lookup(BatteryField.RECYCLED_CONTENT_LEAD);
        return v == null ? Optional.empty() : Optional.of((RecycledShare) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RecycledContentSection";
    }
}
