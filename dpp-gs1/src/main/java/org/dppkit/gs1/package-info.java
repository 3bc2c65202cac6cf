/**
 * GS1 keys, Application Identifiers, element strings and GS1 Digital Link URIs.
 *
 * <ul>
 *   <li>{@link org.dppkit.gs1.Gtin} and {@link org.dppkit.gs1.CheckDigits}: GS1 keys and their
 *       check digits;</li>
 *   <li>{@link org.dppkit.gs1.ApplicationIdentifier}: the AI table of the bundled GS1 Barcode
 *       Syntax Dictionary, with value validation;</li>
 *   <li>{@link org.dppkit.gs1.ElementString}: bracketed and unbracketed AI data and its
 *       human-readable interpretation;</li>
 *   <li>{@link org.dppkit.gs1.DigitalLink} and {@link org.dppkit.gs1.LinkType}: GS1 Digital Link
 *       URIs (URI Syntax 1.6.0), parsed strictly by default, with
 *       {@link org.dppkit.gs1.ParseOptions} for legacy forms;</li>
 *   <li>{@link org.dppkit.gs1.Gs1SyntaxException} with a stable
 *       {@link org.dppkit.gs1.Gs1ErrorCode}: the one exception family of this module.</li>
 * </ul>
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise (builders are mutable and meant for a single thread). No method accepts or returns
 * {@code null} unless documented. No parser uses regular expressions or exceptions for control
 * flow; each reads its input once, in time linear in its length.
 */
package org.dppkit.gs1;
