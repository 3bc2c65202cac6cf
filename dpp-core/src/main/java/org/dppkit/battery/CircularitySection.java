package org.dppkit.battery;

import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code circularity} section of a passport or view
 * ({@link BatteryPassport#circularity()}, {@link PassportView#circularity()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class CircularitySection {

    private final FieldSource source;

    CircularitySection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code renewableContent}: Share of renewable content in the battery.
     *
     * @return the value, or empty
     */
    public Optional<Quantity> renewableContent() {
        Object v = source.lookup(BatteryField.RENEWABLE_CONTENT);
        return v == null ? Optional.empty() : Optional.of((Quantity) v);
    }

    /**
     * Returns {@code spareParts.partNumbers}: Part numbers of the battery's components.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<SparePart>> sparePartsPartNumbers() {
        Object v = source.lookup(BatteryField.SPARE_PARTS_PART_NUMBERS);
        return v == null ? Optional.empty() : Optional.of((List<SparePart>) v);
    }

    /**
     * Returns {@code spareParts.sources}: Contact details of where replacement spare parts can be obtained.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<SparePartSource>> sparePartsSources() {
        Object v = source.lookup(BatteryField.SPARE_PARTS_SOURCES);
        return v == null ? Optional.empty() : Optional.of((List<SparePartSource>) v);
    }

    /**
     * Returns {@code dismantlingInformation}: Dismantling documents: exploded views with cell locations, disassembly sequence, fasteners to release, tools, damage warnings, number and layout of cells.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<DocumentRef>> dismantlingInformation() {
        Object v = source.lookup(BatteryField.DISMANTLING_INFORMATION);
        return v == null ? Optional.empty() : Optional.of((List<DocumentRef>) v);
    }

    /**
     * Returns {@code safetyMeasures}: Safety measures to follow when handling, dismantling or treating the battery.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<DocumentRef>> safetyMeasures() {
        Object v = source.lookup(BatteryField.SAFETY_MEASURES);
        return v == null ? Optional.empty() : Optional.of((List<DocumentRef>) v);
    }

    /**
     * Returns {@code endOfLife.wastePrevention}: How end users help prevent waste, incl. good practice for longer use and re-use, repurposing or remanufacturing options.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> endOfLifeWastePrevention() {
        Object v = source.lookup(BatteryField.END_OF_LIFE_WASTE_PREVENTION);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code endOfLife.separateCollection}: End users' part in the separate collection of waste batteries.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> endOfLifeSeparateCollection() {
        Object v = source.lookup(BatteryField.END_OF_LIFE_SEPARATE_COLLECTION);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code endOfLife.collectionAndTreatment}: Available take-back and collection points, preparation for re-use or repurposing, and treatment and recycling options.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> endOfLifeCollectionAndTreatment() {
        Object v = source.lookup(BatteryField.END_OF_LIFE_COLLECTION_AND_TREATMENT);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code endOfLife.wasteHandlingSafety}: Safety instructions for handling waste batteries.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> endOfLifeWasteHandlingSafety() {
        Object v = source.lookup(BatteryField.END_OF_LIFE_WASTE_HANDLING_SAFETY);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code endOfLife.labelMeaning}: Explanation of the labels and symbols on the battery and in the passport.
     *
     * @return the value, or empty
     */
    public Optional<LocalizedText> endOfLifeLabelMeaning() {
        Object v = source.lookup(BatteryField.END_OF_LIFE_LABEL_MEANING);
        return v == null ? Optional.empty() : Optional.of((LocalizedText) v);
    }

    /**
     * Returns {@code endOfLife.substanceImpact}: Effects of the battery's substances on environment, health and safety, including from littering or unsorted disposal.
     *
     * @return the value, or empty
     */
    public Optional<LocalizedText> endOfLifeSubstanceImpact() {
        Object v = source.lookup(BatteryField.END_OF_LIFE_SUBSTANCE_IMPACT);
        return v == null ? Optional.empty() : Optional.of((LocalizedText) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CircularitySection";
    }
}
