package org.dppkit.battery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hazardous substance other than mercury, cadmium and lead ({@code hazardousSubstances}).
 *
 * <pre>{@code
 * HazardousSubstance.of("lithium hexafluorophosphate").withIdentifier("21324-40-3");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class HazardousSubstance {

    private final String name;
    private final String identifier;
    private final List<String> hazardClasses;
    private final Quantity concentration;
    private final String location;

    private HazardousSubstance(String name, String identifier, List<String> hazardClasses, Quantity concentration,
            String location) {
        this.name = Checks.text(name, "HazardousSubstance.name");
        this.identifier = identifier == null ? null : Checks.text(identifier, "HazardousSubstance.identifier");
        this.hazardClasses = hazardClasses == null ? null : Checks.textList(hazardClasses,
                "HazardousSubstance.hazardClasses");
        this.concentration = concentration == null ? null : Checks.percent(concentration,
                "HazardousSubstance.concentration");
        this.location = location == null ? null : Checks.text(location, "HazardousSubstance.location");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param name the substance name, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static HazardousSubstance of(String name) {
        return new HazardousSubstance(name, null, null, null, null);
    }

    /**
     * Returns a copy with the identifier, e.g. a CAS or EC number.
     *
     * @param identifier the identifier, e.g. a CAS or EC number, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public HazardousSubstance withIdentifier(String identifier) {
        Objects.requireNonNull(identifier, "HazardousSubstance.identifier");
        return new HazardousSubstance(name, identifier, hazardClasses, concentration, location);
    }

    /**
     * Returns a copy with the CLP hazard classes, e.g. {@code Acute Tox. 4}.
     *
     * @param hazardClasses the CLP hazard classes, e.g. {@code Acute Tox. 4}, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public HazardousSubstance withHazardClasses(List<String> hazardClasses) {
        Objects.requireNonNull(hazardClasses, "HazardousSubstance.hazardClasses");
        return new HazardousSubstance(name, identifier, hazardClasses, concentration, location);
    }

    /**
     * Returns a copy with the concentration in percent by weight (0 to 100).
     *
     * @param concentration the concentration in percent by weight (0 to 100), not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public HazardousSubstance withConcentration(Quantity concentration) {
        Objects.requireNonNull(concentration, "HazardousSubstance.concentration");
        return new HazardousSubstance(name, identifier, hazardClasses, concentration, location);
    }

    /**
     * Returns a copy with where in the battery it occurs, e.g. {@code electrolyte}.
     *
     * @param location where in the battery it occurs, e.g. {@code electrolyte}, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public HazardousSubstance withLocation(String location) {
        Objects.requireNonNull(location, "HazardousSubstance.location");
        return new HazardousSubstance(name, identifier, hazardClasses, concentration, location);
    }

    /**
     * Returns the substance name.
     *
     * @return the value, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the identifier, e.g. a CAS or EC number.
     *
     * @return the value, or empty
     */
    public Optional<String> identifier() {
        return Optional.ofNullable(identifier);
    }

    /**
     * Returns the CLP hazard classes, e.g. {@code Acute Tox. 4}.
     *
     * @return the value, or empty
     */
    public Optional<List<String>> hazardClasses() {
        return Optional.ofNullable(hazardClasses);
    }

    /**
     * Returns the concentration in percent by weight (0 to 100).
     *
     * @return the value, or empty
     */
    public Optional<Quantity> concentration() {
        return Optional.ofNullable(concentration);
    }

    /**
     * Returns where in the battery it occurs, e.g. {@code electrolyte}.
     *
     * @return the value, or empty
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof HazardousSubstance o
                && Objects.equals(name, o.name)
                && Objects.equals(identifier, o.identifier)
                && Objects.equals(hazardClasses, o.hazardClasses)
                && Objects.equals(concentration, o.concentration)
                && Objects.equals(location, o.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, identifier, hazardClasses, concentration, location);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("HazardousSubstance[");
        sb.append("name=").append(name);
        if (identifier != null) {
            sb.append(", identifier=").append(identifier);
        }
        if (hazardClasses != null) {
            sb.append(", hazardClasses=").append(hazardClasses);
        }
        if (concentration != null) {
            sb.append(", concentration=").append(concentration);
        }
        if (location != null) {
            sb.append(", location=").append(location);
        }
        return sb.append(']').toString();
    }
}
