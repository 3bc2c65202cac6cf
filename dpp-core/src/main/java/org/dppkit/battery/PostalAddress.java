package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_FORMAT;

import java.util.Objects;
import java.util.Optional;

/**
 * A postal address (manufacturer, facility, operator, spare-part source).
 *
 * <pre>{@code
 * PostalAddress.of("Hauptstrasse 1", "Berlin", "DE").withPostalCode("10115");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class PostalAddress {

    private final String streetAddress;
    private final String postalCode;
    private final String locality;
    private final String countryCode;
    private final String region;

    private PostalAddress(String streetAddress, String postalCode, String locality, String countryCode, String region) {
        this.streetAddress = Checks.text(streetAddress, "PostalAddress.streetAddress");
        this.postalCode = postalCode == null ? null : Checks.text(postalCode, "PostalAddress.postalCode");
        this.locality = Checks.text(locality, "PostalAddress.locality");
        this.countryCode = countryCode(countryCode, "PostalAddress.countryCode");
        this.region = region == null ? null : Checks.text(region, "PostalAddress.region");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param streetAddress the street and house number, or a post-office box, not null
     * @param locality the city or town, not null
     * @param countryCode the ISO 3166-1 alpha-2 country code, upper case, e.g. {@code DE}, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static PostalAddress of(String streetAddress, String locality, String countryCode) {
        return new PostalAddress(streetAddress, null, locality, countryCode, null);
    }

    /**
     * Returns a copy with the postal code.
     *
     * @param postalCode the postal code, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public PostalAddress withPostalCode(String postalCode) {
        Objects.requireNonNull(postalCode, "PostalAddress.postalCode");
        return new PostalAddress(streetAddress, postalCode, locality, countryCode, region);
    }

    /**
     * Returns a copy with the region, state or province.
     *
     * @param region the region, state or province, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public PostalAddress withRegion(String region) {
        Objects.requireNonNull(region, "PostalAddress.region");
        return new PostalAddress(streetAddress, postalCode, locality, countryCode, region);
    }

    /**
     * Returns the street and house number, or a post-office box.
     *
     * @return the value, not null
     */
    public String streetAddress() {
        return streetAddress;
    }

    /**
     * Returns the postal code.
     *
     * @return the value, or empty
     */
    public Optional<String> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    /**
     * Returns the city or town.
     *
     * @return the value, not null
     */
    public String locality() {
        return locality;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 country code, upper case, e.g. {@code DE}.
     *
     * @return the value, not null
     */
    public String countryCode() {
        return countryCode;
    }

    /**
     * Returns the region, state or province.
     *
     * @return the value, or empty
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    private static String countryCode(String v, String p) {
        Checks.text(v, p);
        if (v.length() != 2 || !Character.isUpperCase(v.charAt(0)) || !Character.isUpperCase(v.charAt(1))
                || v.charAt(0) > 'Z' || v.charAt(1) > 'Z') {
            throw new PassportException(BAD_FORMAT,
                    p + " must be an ISO 3166-1 alpha-2 code of two upper-case "
                    + "letters A-Z but was '" + Checks.truncate(v) + "'");
        }
        return v;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof PostalAddress o
                && Objects.equals(streetAddress, o.streetAddress)
                && Objects.equals(postalCode, o.postalCode)
                && Objects.equals(locality, o.locality)
                && Objects.equals(countryCode, o.countryCode)
                && Objects.equals(region, o.region);
    }

    @Override
    public int hashCode() {
        return Objects.hash(streetAddress, postalCode, locality, countryCode, region);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PostalAddress[");
        sb.append("streetAddress=").append(streetAddress);
        if (postalCode != null) {
            sb.append(", postalCode=").append(postalCode);
        }
        sb.append(", locality=").append(locality);
        sb.append(", countryCode=").append(countryCode);
        if (region != null) {
            sb.append(", region=").append(region);
        }
        return sb.append(']').toString();
    }
}
