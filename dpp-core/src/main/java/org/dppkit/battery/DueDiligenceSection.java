package org.dppkit.battery;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Typed read access to the {@code dueDiligence} section of a passport or view
 * ({@link BatteryPassport#dueDiligence()}, {@link PassportView#dueDiligence()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class DueDiligenceSection {

    private final FieldSource source;

    DueDiligenceSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code dueDiligence.report}: Responsible-sourcing information taken from the operator's published battery due-diligence report.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> report() {
        Object v = source.lookup(BatteryField.DUE_DILIGENCE_REPORT);
        return v == null ? Optional.empty() : Optional.of((DocumentRef) v);
    }

    /**
     * Returns {@code dueDiligence.thirdPartyAssurances}: Links to third-party assurances or recognised schemes covering the supply chain.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<URI>> thirdPartyAssurances() {
        Object v = source.lookup(BatteryField.DUE_DILIGENCE_THIRD_PARTY_ASSURANCES);
        return v == null ? Optional.empty() : Optional.of((List<URI>) v);
    }

    /**
     * Returns {@code dueDiligence.supplyChainIndices}: Supply-chain sustainability index values, e.g. Global Battery Alliance ESG indices once published.
     *
     * @return the value (unmodifiable), or empty
     */
    @SuppressWarnings("unchecked")
    public Optional<List<SupplyChainIndex>> supplyChainIndices() {
        Object v = source.lookup(BatteryField.DUE_DILIGENCE_SUPPLY_CHAIN_INDICES);
        return v == null ? Optional.empty() : Optional.of((List<SupplyChainIndex>) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DueDiligenceSection";
    }
}
