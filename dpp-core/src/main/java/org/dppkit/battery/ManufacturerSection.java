package org.dppkit.battery;

import java.net.URI;
import java.util.Optional;

/**
 * Typed read access to the {@code manufacturer} section of a passport or view
 * ({@link BatteryPassport#manufacturer()}, {@link PassportView#manufacturer()}): one method per catalogue field of
 * the section, returning the effective value (own or shared from the parent passport).
 * On a {@link PassportView}, fields the audience may not read are empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ManufacturerSection {

    private final FieldSource source;

    ManufacturerSection(FieldSource source) {
        this.source = source;
    }

    /**
     * Returns {@code manufacturer.name}: Manufacturer's name, registered trade name or registered trade mark.
     *
     * @return the value, or empty
     */
    public Optional<String> name() {
        Object v = source.lookup(BatteryField.MANUFACTURER_NAME);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code manufacturer.postalAddress}: Manufacturer's postal address, naming a single point of contact.
     *
     * @return the value, or empty
     */
    public Optional<PostalAddress> postalAddress() {
        Object v = source.lookup(BatteryField.MANUFACTURER_POSTAL_ADDRESS);
        return v == null ? Optional.empty() : Optional.of((PostalAddress) v);
    }

    /**
     * Returns {@code manufacturer.webAddress}: Manufacturer's website, where one exists.
     *
     * @return the value, or empty
     */
    public Optional<URI> webAddress() {
        Object v = source.lookup(BatteryField.MANUFACTURER_WEB_ADDRESS);
        return v == null ? Optional.empty() : Optional.of((URI) v);
    }

    /**
     * Returns {@code manufacturer.emailAddress}: Manufacturer's e-mail address, where one exists.
     *
     * @return the value, or empty
     */
    public Optional<String> emailAddress() {
        Object v = source.lookup(BatteryField.MANUFACTURER_EMAIL_ADDRESS);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns {@code manufacturer.identifier}: Unique operator identifier of the manufacturer (e.g. GLN or EORI).
     *
     * @return the value, or empty
     */
    public Optional<String> identifier() {
        Object v = source.lookup(BatteryField.MANUFACTURER_IDENTIFIER);
        return v == null ? Optional.empty() : Optional.of((String) v);
    }

    /**
     * Returns the section key and nothing else, so that no restricted value is shown.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ManufacturerSection";
    }
}
