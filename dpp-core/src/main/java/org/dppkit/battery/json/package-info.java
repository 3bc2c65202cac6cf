/**
 * The JSON format of battery passports: {@link org.dppkit.battery.json.PassportJson} writes and
 * strictly reads passports, per audience, and bundles the format's JSON Schema (draft 2020-12).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise. No method accepts or returns {@code null} unless documented.
 */
package org.dppkit.battery.json;
