package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;

/**
 * A manufacturing place ({@code manufacturingPlace}): the plant, its identifier and geographical address.
 *
 * <pre>{@code
 * Facility.of("Plant 2", address).withIdentifier("4012345000016");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Facility {

    private final String name;
    private final PostalAddress postalAddress;
    private final String identifier;

    private Facility(String name, PostalAddress postalAddress, String identifier) {
        this.name = Checks.text(name, "Facility.name");
        this.postalAddress = Checks.notNull(postalAddress, "Facility.postalAddress");
        this.identifier = identifier == null ? null : Checks.text(identifier, "Facility.identifier");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param name the plant name, not null
     * @param postalAddress the geographical address of the plant, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static Facility of(String name, PostalAddress postalAddress) {
        return new Facility(name, postalAddress, null);
    }

    /**
     * Returns a copy with the facility identifier, e.g. a GLN (GS1 AI 414).
     *
     * @param identifier the facility identifier, e.g. a GLN (GS1 AI 414), not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public Facility withIdentifier(String identifier) {
        Objects.requireNonNull(identifier, "Facility.identifier");
        return new Facility(name, postalAddress, identifier);
    }

    /**
     * Returns the plant name.
     *
     * @return the value, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the geographical address of the plant.
     *
     * @return the value, not null
     */
    public PostalAddress postalAddress() {
        return postalAddress;
    }

    /**
     * Returns the facility identifier, e.g. a GLN (GS1 AI 414).
     *
     * @return the value, or empty
     */
    public Optional<String> identifier() {
        return Optional.ofNullable(identifier);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Facility o
                && Objects.equals(name, o.name)
                && Objects.equals(postalAddress, o.postalAddress)
                && Objects.equals(identifier, o.identifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, postalAddress, identifier);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Facility[");
        sb.append("name=").append(name);
        sb.append(", postalAddress=").append(postalAddress);
        if (identifier != null) {
            sb.append(", identifier=").append(identifier);
        }
        return sb.append(']').toString();
    }
}
