package org.dppkit.resolver;

import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The credentials of a request, as an {@link AccessPolicy} sees them: the bearer token of the
 * {@code Authorization} header, the {@code X-API-Key} header, the principal of a TLS client
 * certificate, and the request headers. {@code toString()} shows which credentials are present,
 * never their values.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class AccessRequest {

    /** The header that carries an API key: {@value}. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private final String method;
    /** Header name (case-insensitive) to values; unmodifiable. */
    private final Map<String, List<String>> headers;
    private final Principal clientPrincipal;

    private AccessRequest(String method, Map<String, List<String>> headers,
            Principal clientPrincipal) {
        this.method = method;
        this.headers = headers;
        this.clientPrincipal = clientPrincipal;
    }

    /**
     * Returns a request with these headers and client principal.
     *
     * @param method the HTTP method, not null
     * @param headers the request headers, name to values, not null; copied, names compared
     *     without regard to case
     * @param clientPrincipal the TLS client certificate principal, or null if none
     * @return the request, not null
     */
    public static AccessRequest of(String method, Map<String, List<String>> headers,
            Principal clientPrincipal) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(headers, "headers");
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, List.copyOf(v));
            }
        });
        return new AccessRequest(method, Collections.unmodifiableMap(copy), clientPrincipal);
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method, not null
     */
    public String method() {
        return method;
    }

    /**
     * Returns the first value of a request header.
     *
     * @param name the header name, any case, not null
     * @return the value, or empty if the header is absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name"));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the request headers, name to values (read-only, names without regard to case).
     *
     * @return the headers, not null
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns the token of an {@code Authorization: Bearer ...} header.
     *
     * @return the token, or empty if there is no such header
     */
    public Optional<String> bearerToken() {
        String auth = header("Authorization").orElse(null);
        if (auth == null || auth.length() < 7
                || !auth.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.empty();
        }
        return Optional.of(auth.substring(7).trim());
    }

    /**
     * Returns the value of the {@value #API_KEY_HEADER} header.
     *
     * @return the key, or empty
     */
    public Optional<String> apiKey() {
        return header(API_KEY_HEADER).map(String::trim);
    }

    /**
     * Tells whether the request carries any credentials: an {@code Authorization} or
     * {@value #API_KEY_HEADER} header, or a client certificate.
     *
     * @return true if it does
     */
    public boolean hasCredentials() {
        return headers.containsKey("Authorization") || headers.containsKey(API_KEY_HEADER)
                || clientPrincipal != null;
    }

    /**
     * Returns the principal of the TLS client certificate.
     *
     * @return the principal, or empty on plain HTTP or without a client certificate
     */
    public Optional<Principal> clientPrincipal() {
        return Optional.ofNullable(clientPrincipal);
    }

    /**
     * Returns the method and which credentials are present, never their values.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "AccessRequest[" + method + (headers.containsKey("Authorization") ? " authorization" : "")
                + (headers.containsKey(API_KEY_HEADER) ? " api-key" : "")
                + (clientPrincipal != null ? " client-certificate" : "") + "]";
    }
}
