/**
 * Test support for dppkit users: deterministic, seeded fixture passports for every battery
 * category and passport level ({@link org.dppkit.testing.PassportFixtures}), deliberately
 * invalid passports with the finding code each must produce
 * ({@link org.dppkit.testing.InvalidFixture}), framework-neutral assertions
 * ({@link org.dppkit.testing.PassportAssertions}) and jqwik arbitraries
 * ({@link org.dppkit.testing.PassportArbitraries}; jqwik is an optional dependency).
 *
 * <pre>{@code
 * PassportFixtures fixtures = PassportFixtures.withSeed(42);
 * for (BatteryPassport p : fixtures.all()) {
 *     PassportAssertions.assertCompliant(p, p.category(), PassportFixtures.VALID_FROM);
 * }
 * }</pre>
 *
 * <p>Add the artifact with {@code <scope>test</scope>}. Arguments are never null unless a
 * parameter says so; no method returns null.
 */
package org.dppkit.testing;
