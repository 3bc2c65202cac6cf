/**
 * Deterministic, seeded fixture passports for every battery category and passport level, and
 * jqwik arbitraries (jqwik is an optional dependency).
 */
package org.dppkit.testing;
