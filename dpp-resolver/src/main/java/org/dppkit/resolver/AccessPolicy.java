package org.dppkit.resolver;

/**
 * Decides which {@link org.dppkit.core.Audience} a request reads as: the service provider
 * interface through which an application plugs in its own authentication (bearer tokens checked
 * against an identity provider, API keys, client certificates).
 *
 * <pre>{@code
 * AccessPolicy policy = request -> request.clientPrincipal()
 *         .filter(p -> p.getName().startsWith("CN=msa-"))
 *         .map(p -> AccessDecision.grant(Audience.AUTHORITIES))
 *         .orElse(AccessDecision.anonymous());
 * }</pre>
 *
 * <p>A request without credentials should get {@link AccessDecision#anonymous()} (the public
 * audience); credentials that do not check out {@link AccessDecision#unauthenticated(String)}
 * (HTTP 401); credentials that check out but may not use the resolver
 * {@link AccessDecision#forbidden()} (HTTP 403). The resolver never says more than the status in
 * those cases.
 *
 * <h2>Implementation Requirements</h2>
 * Implementations must be thread-safe: the resolver calls one instance from many threads. They
 * must not throw for bad credentials (return a decision instead); an exception is answered with
 * HTTP 500 and logged by class name only.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Returns the policy that reads every request as public: no credentials are looked at.
     *
     * @return the policy, not null
     */
    static AccessPolicy publicOnly() {
        return request -> AccessDecision.anonymous();
    }

    /**
     * Decides the audience of a request.
     *
     * @param request the request's credentials, not null
     * @return the decision, not null
     */
    AccessDecision decide(AccessRequest request);
}
