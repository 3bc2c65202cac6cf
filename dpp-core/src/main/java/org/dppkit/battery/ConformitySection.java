package org.dppkit.battery;

import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code conformity} section of a passport or view
 * ({@link BatteryPassport#conformity()}, {@link PassportView#conformity()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ConformitySection {

    private final FieldSource source;

    ConformitySection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code conformity.declarationOfConformity}: EU declaration of conformity for the battery model, with its identification number.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> declarationOfConformity() {
        Object v = source.lookup(BatteryField.CONFORMITY_DECLARATION_OF_CONFORMITY);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code conformity.testReports}: Results of the test reports showing compliance with the Regulation and its delegated and implementing acts.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<DocumentRef>> testReports() {
        Object v = source.lookup(BatteryField.CONFORMITY_TEST_REPORTS);
        return v == null ? Optional.empty() : Optional.of((List<DocumentRef>) v);
    }

    /**
     * Returns {@code conformity.separateCollectionSymbol}: Crossed-out wheeled-bin symbol for separate collection, as a graphic.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> separateCollectionSymbol() {
        Object v = source.lookup(BatteryField.CONFORMITY_SEPARATE_COLLECTION_SYMBOL);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code conformity.cadmiumLeadSymbols}: Chemical symbols Cd and/or Pb printed under the bin symbol when cadmium or lead exceed the thresholds.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<CadmiumLeadSymbol>> cadmiumLeadSymbols() {
        Object v = source.lookup(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS);
        return v == null ? Optional.empty() : Optional.of((List<CadmiumLeadSymbol>) v);
    }

    /**
     * Returns {@code instructionsForUse}: Instructions for use that can be printed, downloaded and kept, reachable e.g. during a breakdown.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> instructionsForUse() {
        Object v = source.lookup(BatteryField.INSTRUCTIONS_FOR_USE);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ConformitySection";
    }
}
