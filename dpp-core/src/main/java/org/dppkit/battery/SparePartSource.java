package org.dppkit.battery;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where replacement spare parts can be obtained ({@code spareParts.sources}).
 *
 * <pre>{@code
 * SparePartSource.of("ACME Service").withEmailAddress("parts@example.com");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class SparePartSource {

    private final String name;
    private final PostalAddress postalAddress;
    private final String emailAddress;
    private final URI webAddress;
    private final List<String> parts;

    private SparePartSource(String name, PostalAddress postalAddress, String emailAddress, URI webAddress,
            List<String> parts) {
        this.name = Checks.text(name, "SparePartSource.name");
        this.postalAddress = postalAddress == null ? null : Checks.notNull(postalAddress,
                "SparePartSource.postalAddress");
        this.emailAddress = emailAddress == null ? null : Checks.email(emailAddress, "SparePartSource.emailAddress");
        this.webAddress = webAddress == null ? null : Checks.absoluteUri(webAddress, "SparePartSource.webAddress");
        this.parts = parts == null ? null : Checks.textList(parts, "SparePartSource.parts");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param name the supplier name, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static SparePartSource of(String name) {
        return new SparePartSource(name, null, null, null, null);
    }

    /**
     * Returns a copy with the postal address.
     *
     * @param postalAddress the postal address, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public SparePartSource withPostalAddress(PostalAddress postalAddress) {
        Objects.requireNonNull(postalAddress, "SparePartSource.postalAddress");
        return new SparePartSource(name, postalAddress, emailAddress, webAddress, parts);
    }

    /**
     * Returns a copy with the e-mail address.
     *
     * @param emailAddress the e-mail address, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public SparePartSource withEmailAddress(String emailAddress) {
        Objects.requireNonNull(emailAddress, "SparePartSource.emailAddress");
        return new SparePartSource(name, postalAddress, emailAddress, webAddress, parts);
    }

    /**
     * Returns a copy with the website (absolute URI).
     *
     * @param webAddress the website (absolute URI), not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public SparePartSource withWebAddress(URI webAddress) {
        Objects.requireNonNull(webAddress, "SparePartSource.webAddress");
        return new SparePartSource(name, postalAddress, emailAddress, webAddress, parts);
    }

    /**
     * Returns a copy with the part numbers available there.
     *
     * @param parts the part numbers available there, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public SparePartSource withParts(List<String> parts) {
        Objects.requireNonNull(parts, "SparePartSource.parts");
        return new SparePartSource(name, postalAddress, emailAddress, webAddress, parts);
    }

    /**
     * Returns the supplier name.
     *
     * @return the value, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the postal address.
     *
     * @return the value, or empty
     */
    public Optional<PostalAddress> postalAddress() {
        return Optional.ofNullable(postalAddress);
    }

    /**
     * Returns the e-mail address.
     *
     * @return the value, or empty
     */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(emailAddress);
    }

    /**
     * Returns the website (absolute URI).
     *
     * @return the value, or empty
     */
    public Optional<URI> webAddress() {
        return Optional.ofNullable(webAddress);
    }

    /**
     * Returns the part numbers available there.
     *
     * @return the value, or empty
     */
    public Optional<List<String>> parts() {
        return Optional.ofNullable(parts);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof SparePartSource o
                && Objects.equals(name, o.name)
                && Objects.equals(postalAddress, o.postalAddress)
                && Objects.equals(emailAddress, o.emailAddress)
                && Objects.equals(webAddress, o.webAddress)
                && Objects.equals(parts, o.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, postalAddress, emailAddress, webAddress, parts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SparePartSource[");
        sb.append("name=").append(name);
        if (postalAddress != null) {
            sb.append(", postalAddress=").append(postalAddress);
        }
        if (emailAddress != null) {
            sb.append(", emailAddress=").append(emailAddress);
        }
        if (webAddress != null) {
            sb.append(", webAddress=").append(webAddress);
        }
        if (parts != null) {
            sb.append(", parts=").append(parts);
        }
        return sb.append(']').toString();
    }
}
