package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;

/**
 * One material of the detailed composition ({@code detailedComposition}): name, mass and optional identifier and
 * component.
 *
 * <pre>{@code
 * MaterialShare.of("graphite", Quantity.of("12.4", Unit.KILOGRAM)).withComponent("anode");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class MaterialShare {

    private final String material;
    private final Quantity mass;
    private final String identifier;
    private final String component;

    private MaterialShare(String material, Quantity mass, String identifier, String component) {
        this.material = Checks.text(material, "MaterialShare.material");
        this.mass = Checks.nonNegative(mass, Unit.KILOGRAM, "MaterialShare.mass");
        this.identifier = identifier == null ? null : Checks.text(identifier, "MaterialShare.identifier");
        this.component = component == null ? null : Checks.text(component, "MaterialShare.component");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param material the material name (IUPAC name preferred), not null
     * @param mass the mass in kilograms (KGM), not negative, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static MaterialShare of(String material, Quantity mass) {
        return new MaterialShare(material, mass, null, null);
    }

    /**
     * Returns a copy with the identifier, e.g. a CAS number.
     *
     * @param identifier the identifier, e.g. a CAS number, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public MaterialShare withIdentifier(String identifier) {
        Objects.requireNonNull(identifier, "MaterialShare.identifier");
        return new MaterialShare(material, mass, identifier, component);
    }

    /**
     * Returns a copy with the component it belongs to, e.g. {@code cathode}, {@code anode} or {@code electrolyte}.
     *
     * @param component the component it belongs to, e.g. {@code cathode}, {@code anode} or {@code electrolyte}, not
     * null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public MaterialShare withComponent(String component) {
        Objects.requireNonNull(component, "MaterialShare.component");
        return new MaterialShare(material, mass, identifier, component);
    }

    /**
     * Returns the material name (IUPAC name preferred).
     *
     * @return the value, not null
     */
    public String material() {
        return material;
    }

    /**
     * Returns the mass in kilograms (KGM), not negative.
     *
     * @return the value, not null
     */
    public Quantity mass() {
        return mass;
    }

    /**
     * Returns the identifier, e.g. a CAS number.
     *
     * @return the value, or empty
     */
    public Optional<String> identifier() {
        return Optional.ofNullable(identifier);
    }

    /**
     * Returns the component it belongs to, e.g. {@code cathode}, {@code anode} or {@code electrolyte}.
     *
     * @return the value, or empty
     */
    public Optional<String> component() {
        return Optional.ofNullable(component);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof MaterialShare o
                && Objects.equals(material, o.material)
                && Objects.equals(mass, o.mass)
                && Objects.equals(identifier, o.identifier)
                && Objects.equals(component, o.component);
    }

    @Override
    public int hashCode() {
        return Objects.hash(material, mass, identifier, component);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MaterialShare[");
        sb.append("material=").append(material);
        sb.append(", mass=").append(mass);
        if (identifier != null) {
            sb.append(", identifier=").append(identifier);
        }
        if (component != null) {
            sb.append(", component=").append(component);
        }
        return sb.append(']').toString();
    }
}
