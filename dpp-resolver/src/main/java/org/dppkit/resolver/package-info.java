/**
 * The resolver: {@link org.dppkit.resolver.Resolver}, an {@code HttpHandler} to mount in a JDK
 * {@code HttpServer} (or any server that adapts to it), and {@link org.dppkit.resolver.ResolverServer},
 * which runs one on a port with request limits, timeouts and a bounded executor.
 *
 * <p>Who sees what is decided by an {@link org.dppkit.resolver.AccessPolicy}; the shipped
 * {@link org.dppkit.resolver.ApiKeyAccessPolicy} maps hashed API keys to audiences. Redirects to
 * other resources (product pages, sustainability information...) are configured as
 * {@link org.dppkit.resolver.Link}s.
 *
 * <p>Every type in this package is never-null unless documented otherwise.
 */
package org.dppkit.resolver;
