/**
 * GS1 keys, Application Identifiers, element strings and GS1 Digital Link URIs.
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise (builders are mutable and meant for a single thread). No method accepts or returns
 * {@code null} unless documented.
 */
package org.dppkit.gs1;
