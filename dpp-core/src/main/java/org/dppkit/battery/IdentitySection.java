package org.dppkit.battery;

import java.util.Optional;

/**
 * Typed read access to the {@code identity} section of a passport or view
 * ({@link BatteryPassport#identity()}, {@link PassportView#identity()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class IdentitySection {

    private final FieldSource source;

    IdentitySection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code uniqueIdentifier}: Identifier given by the operator placing the battery on the market; the QR code resolves it to this battery's passport.
     *
     * @return the value, or empty
     */
    public Optional<String> uniqueIdentifier() {
        Object v = source.lookup(BatteryField.UNIQUE_IDENTIFIER);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code passportIdentifier}: Identifier of this passport record, kept apart from the battery identifier because one battery can have several passports over its life.
     *
     * @return the value, or empty
     */
    public Optional<String> passportIdentifier() {
        Object v = source.lookup(BatteryField.PASSPORT_IDENTIFIER);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code modelIdentifier}: Identification of the battery model, shared by all units of the model (e.g. GTIN or model number).
     *
     * @return the value, or empty
     */
    public Optional<String> modelIdentifier() {
        Object v = source.lookup(BatteryField.MODEL_IDENTIFIER);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code batchNumber}: Production batch or lot code.
     *
     * @return the value, or empty
     */
    public Optional<String> batchNumber() {
        Object v = source.lookup(BatteryField.BATCH_NUMBER);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code serialNumber}: Serial number distinguishing this unit from the other units of its model.
     *
     * @return the value, or empty
     */
    public Optional<String> serialNumber() {
        Object v = source.lookup(BatteryField.SERIAL_NUMBER);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code batteryCategory}: Legal category of the battery: LMT, EV or industrial.
     *
     * @return the value, or empty
     */
    public Optional<BatteryCategory> batteryCategory() {
        Object v = source.lookup(BatteryField.BATTERY_CATEGORY);
        return v == null ? Optional.empty() : Optional.of((BatteryCategory) v);
    }

    /**
     * Returns {@code industrialSubCategory}: Sub-category of an industrial battery: stationary energy storage system, other with internal storage, or exclusively external storage.
     *
     * @return the value, or empty
     */
    public Optional<IndustrialSubCategory> industrialSubCategory() {
        Object v = source.lookup(BatteryField.INDUSTRIAL_SUB_CATEGORY);
        return v == null ? Optional.empty() : Optional.of((IndustrialSubCategory) v);
    }

    /**
     * Returns {@code responsibleOperator}: Economic operator currently responsible for the passport: name, postal address and operator identifier.
     *
     * @return the value, or empty
     */
    public Optional<EconomicOperator> responsibleOperator() {
        Object v = source.lookup(BatteryField.RESPONSIBLE_OPERATOR);
        return v == null ? Optional.empty() : Optional.of((EconomicOperator) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "IdentitySection";
    }
}
