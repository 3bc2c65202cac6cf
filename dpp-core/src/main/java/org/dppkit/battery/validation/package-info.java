/**
 * Compliance validation of battery passports: {@link
 * org.dppkit.battery.validation.BatteryPassportValidator} checks a passport against the field
 * catalogue's obligations and against field constraints (Jakarta Bean Validation), and returns a
 * {@link org.dppkit.battery.validation.ValidationReport} of {@link org.dppkit.core.Finding}s with
 * stable {@link org.dppkit.battery.validation.FindingCode}s.
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise. No method accepts or returns {@code null} unless documented.
 */
package org.dppkit.battery.validation;
