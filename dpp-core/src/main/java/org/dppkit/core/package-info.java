/**
 * Generic digital product passport concepts: passport level, access groups and audiences,
 * provenance and validation findings.
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise. No method accepts or returns {@code null} unless documented.
 */
package org.dppkit.core;
