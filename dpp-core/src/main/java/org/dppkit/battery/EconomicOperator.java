package org.dppkit.battery;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An economic operator: the operator responsible for the passport ({@code responsibleOperator}).
 *
 * <pre>{@code
 * EconomicOperator.of("ACME Batteries GmbH").withIdentifier("4012345000009");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class EconomicOperator {

    private final String name;
    private final PostalAddress postalAddress;
    private final String identifier;
    private final String emailAddress;
    private final URI webAddress;

    private EconomicOperator(String name, PostalAddress postalAddress, String identifier, String emailAddress,
            URI webAddress) {
        this.name = Checks.text(name, "EconomicOperator.name");
        this.postalAddress = postalAddress == null ? null : Checks.notNull(postalAddress,
                "EconomicOperator.postalAddress");
        this.identifier = identifier == null ? null : Checks.text(identifier, "EconomicOperator.identifier");
        this.emailAddress = emailAddress == null ? null : Checks.email(emailAddress, "EconomicOperator.emailAddress");
        this.webAddress = webAddress == null ? null : Checks.absoluteUri(webAddress, "EconomicOperator.webAddress");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param name the registered name, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static EconomicOperator of(String name) {
        return new EconomicOperator(name, null, null, null, null);
    }

    /**
     * Returns a copy with the postal address.
     *
     * @param postalAddress the postal address, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public EconomicOperator withPostalAddress(PostalAddress postalAddress) {
        Objects.requireNonNull(postalAddress, "EconomicOperator.postalAddress");
        return new EconomicOperator(name, postalAddress, identifier, emailAddress, webAddress);
    }

    /**
     * Returns a copy with the operator identifier, e.g. a GLN or EORI number.
     *
     * @param identifier the operator identifier, e.g. a GLN or EORI number, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public EconomicOperator withIdentifier(String identifier) {
        Objects.requireNonNull(identifier, "EconomicOperator.identifier");
        return new EconomicOperator(name, postalAddress, identifier, emailAddress, webAddress);
    }

    /**
     * Returns a copy with the e-mail address.
     *
     * @param emailAddress the e-mail address, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public EconomicOperator withEmailAddress(String emailAddress) {
        Objects.requireNonNull(emailAddress, "EconomicOperator.emailAddress");
        return new EconomicOperator(name, postalAddress, identifier, emailAddress, webAddress);
    }

    /**
     * Returns a copy with the website (absolute URI).
     *
     * @param webAddress the website (absolute URI), not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public EconomicOperator withWebAddress(URI webAddress) {
        Objects.requireNonNull(webAddress, "EconomicOperator.webAddress");
        return new EconomicOperator(name, postalAddress, identifier, emailAddress, webAddress);
    }

    /**
     * Returns the registered name.
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
     * Returns the operator identifier, e.g. a GLN or EORI number.
     *
     * @return the value, or empty
     */
    public Optional<String> identifier() {
        return Optional.ofNullable(identifier);
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

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof EconomicOperator o
                && Objects.equals(name, o.name)
                && Objects.equals(postalAddress, o.postalAddress)
                && Objects.equals(identifier, o.identifier)
                && Objects.equals(emailAddress, o.emailAddress)
                && Objects.equals(webAddress, o.webAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, postalAddress, identifier, emailAddress, webAddress);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("EconomicOperator[");
        sb.append("name=").append(name);
        if (postalAddress != null) {
            sb.append(", postalAddress=").append(postalAddress);
        }
        if (identifier != null) {
            sb.append(", identifier=").append(identifier);
        }
        if (emailAddress != null) {
            sb.append(", emailAddress=").append(emailAddress);
        }
        if (webAddress != null) {
            sb.append(", webAddress=").append(webAddress);
        }
        return sb.append(']').toString();
    }
}
