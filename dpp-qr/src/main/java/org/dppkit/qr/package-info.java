/**
 * QR symbols for GS1 Digital Link URIs and their print output.
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise. No method accepts or returns {@code null} unless documented.
 */
package org.dppkit.qr;
