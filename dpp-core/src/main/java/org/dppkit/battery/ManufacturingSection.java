package org.dppkit.battery;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Typed read access to the {@code manufacturing} section of a passport or view
 * ({@link BatteryPassport#manufacturing()}, {@link PassportView#manufacturing()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ManufacturingSection {

    private final FieldSource source;

    ManufacturingSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code manufacturingPlace}: Plant where the battery was made: facility identifier and geographical address.
     *
     * @return the value, or empty
     */
    public Optional<Facility> manufacturingPlace() {
        Object v = source.lookup(BatteryField.MANUFACTURING_PLACE);
        return v == null ? Optional.empty() : Optional.of((Facility) v);
    }

    /**
     * Returns {@code manufacturingDate}: Month and year of manufacture.
     *
     * @return the value, or empty
     */
    public Optional<YearMonth> manufacturingDate() {
        Object v = source.lookup(BatteryField.MANUFACTURING_DATE);
        return v == null ? Optional.empty() : Optional.of((YearMonth) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ManufacturingSection";
    }
}
