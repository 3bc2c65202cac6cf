/**
 * Helpers dppkit's own modules share; not part of the API. Exported only to dppkit's modules (on
 * the class path visible but unsupported): {@link org.dppkit.gs1.internal.Excerpts} shows input in
 * exception messages the same way in every module; {@link org.dppkit.gs1.internal.FileNames} names
 * an identifier's files the same way in dpp-core and dpp-qr.
 */
package org.dppkit.gs1.internal;
