/**
 * Compliance validation of battery passports: {@link
 * org.dppkit.battery.validation.BatteryPassportValidator} checks a passport against the field
 * catalogue's obligations and against field constraints (Jakarta Bean Validation), and returns a
 * {@link org.dppkit.battery.validation.ValidationReport} of {@link org.dppkit.core.Finding}s with
 * stable {@link org.dppkit.battery.validation.FindingCode}s, message keys and typed arguments.
 * Conditional obligations are decided from the passport data and
 * {@link org.dppkit.battery.validation.DeclaredFacts}; dates come from a
 * {@link org.dppkit.battery.validation.RegulatoryCalendar} that can be overridden at runtime;
 * messages render in English, German and French
 * ({@link org.dppkit.battery.validation.FindingMessages}).
 *
 * <p>Every type in this package is immutable and thread-safe unless its documentation says
 * otherwise. No method accepts or returns {@code null} unless documented.
 */
package org.dppkit.battery.validation;
