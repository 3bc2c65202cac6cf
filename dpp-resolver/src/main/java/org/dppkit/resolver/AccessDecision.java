package org.dppkit.resolver;

import java.util.Objects;
import java.util.Optional;
import org.dppkit.core.Audience;

/**
 * What an {@link AccessPolicy} decided about a request: an audience, or a refusal.
 *
 * <table>
 * <caption>Decisions and what the resolver answers</caption>
 * <tr><th>Decision</th><th>Answer</th></tr>
 * <tr><td>{@link #anonymous()}</td><td>the public view</td></tr>
 * <tr><td>{@link #grant(Audience)}</td><td>that audience's view (not cached by shared caches,
 *     no CORS)</td></tr>
 * <tr><td>{@link #unauthenticated(String)}</td><td>401 with a {@code WWW-Authenticate}
 *     challenge</td></tr>
 * <tr><td>{@link #forbidden()}</td><td>403</td></tr>
 * </table>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; a value type.
 */
public final class AccessDecision {

    private static final AccessDecision ANONYMOUS = new AccessDecision(Audience.PUBLIC, false, 0, null);
    private static final AccessDecision FORBIDDEN = new AccessDecision(null, false, 403, null);

    private final Audience audience;
    private final boolean authenticated;
    private final int status;
    private final String challenge;

    private AccessDecision(Audience audience, boolean authenticated, int status, String challenge) {
        this.audience = audience;
        this.authenticated = authenticated;
        this.status = status;
        this.challenge = challenge;
    }

    /**
     * Returns the decision for a request without credentials: the public audience.
     *
     * @return the decision, not null
     */
    public static AccessDecision anonymous() {
        return ANONYMOUS;
    }

    /**
     * Returns the decision for authenticated credentials that read as an audience.
     *
     * @param audience the audience, not null
     * @return the decision, not null
     */
    public static AccessDecision grant(Audience audience) {
        return new AccessDecision(Objects.requireNonNull(audience, "audience"), true, 0, null);
    }

    /**
     * Returns the decision for credentials that are missing where required, malformed, unknown or
     * wrong: HTTP 401.
     *
     * @param challenge the {@code WWW-Authenticate} value, for example
     *     {@code Bearer realm="dppkit", error="invalid_token"}, not null
     * @return the decision, not null
     * @throws IllegalArgumentException if the challenge is blank or holds a line break
     */
    public static AccessDecision unauthenticated(String challenge) {
        Objects.requireNonNull(challenge, "challenge");
        if (challenge.isBlank() || challenge.indexOf('\r') >= 0 || challenge.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("challenge must be one non-blank header line");
        }
        return new AccessDecision(null, false, 401, challenge);
    }

    /**
     * Returns the decision for valid credentials that may not read through this resolver:
     * HTTP 403.
     *
     * @return the decision, not null
     */
    public static AccessDecision forbidden() {
        return FORBIDDEN;
    }

    /**
     * Returns the audience granted.
     *
     * @return the audience, or empty for a refusal
     */
    public Optional<Audience> audience() {
        return Optional.ofNullable(audience);
    }

    /**
     * Tells whether the audience was granted to checked credentials (not anonymous).
     *
     * @return true for {@link #grant(Audience)}
     */
    public boolean isAuthenticated() {
        return authenticated;
    }

    /**
     * Returns the HTTP status of a refusal.
     *
     * @return 401 or 403, or 0 when an audience was granted
     */
    public int refusalStatus() {
        return status;
    }

    /**
     * Returns the challenge of a 401 refusal.
     *
     * @return the {@code WWW-Authenticate} value, or empty
     */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    /**
     * Compares every property.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AccessDecision o && audience == o.audience
                && authenticated == o.authenticated && status == o.status
                && Objects.equals(challenge, o.challenge);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(audience, authenticated, status, challenge);
    }

    /**
     * Returns the decision, for example {@code AccessDecision[grant AUTHORITIES]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (audience != null) {
            return "AccessDecision[" + (authenticated ? "grant " : "anonymous ") + audience + "]";
        }
        return "AccessDecision[refuse " + status + "]";
    }
}
