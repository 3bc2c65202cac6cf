package org.dppkit.testing;

import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.core.PassportLevel;

/**
 * jqwik arbitraries of valid battery passports, for property tests:
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("evItems") ItemPassport p) {
 *     assertEquals(p, json.read(json.write(p), ItemPassport.class));
 * }
 *
 * @Provide
 * Arbitrary<ItemPassport> evItems() {
 *     return PassportArbitraries.items(BatteryCategory.EV);
 * }
 * }</pre>
 *
 * <p>Each passport is built from a few independent design choices (chemistry, cells in series,
 * rated capacity, manufacturing month, serial number and a seed for the remaining details, the
 * same generator as {@link PassportFixtures}), each drawn from a range in which every value
 * gives a valid passport. Shrinking therefore stays valid: it moves each choice towards the
 * simplest value of its range (first chemistry, smallest pack, first month, serial 1, seed 0),
 * never outside it. Nothing is filtered, so generation never runs dry.
 *
 * <p>jqwik is an optional dependency of dpp-testing: this class needs {@code net.jqwik:jqwik}
 * (1.9) on the test class path; {@link PassportFixtures} works without it.
 *
 * <h2>Implementation Requirements</h2>
 * This class has static methods only; it is stateless and thread-safe, and so are the returned
 * arbitraries.
 */
public final class PassportArbitraries {

    private PassportArbitraries() {
    }

    /**
     * Returns valid item passports of a category, each derived from a batch and a model.
     * {@link BatteryCategory#INDUSTRIAL} covers both stationary storage and other industrial
     * batteries.
     *
     * @param category the category, not null
     * @return the arbitrary, not null
     * @throws NullPointerException if the category is null
     */
    public static Arbitrary<ItemPassport> items(BatteryCategory category) {
        return Combinators.combine(designs(category), Arbitraries.integers().between(1, 999_999))
                .as((d, index) -> FixtureGenerator.item(
                        FixtureGenerator.batch(FixtureGenerator.model(d), d), d, index, false));
    }

    /**
     * Returns valid model passports of a category.
     *
     * @param category the category, not null
     * @return the arbitrary, not null
     * @throws NullPointerException if the category is null
     */
    public static Arbitrary<ModelPassport> models(BatteryCategory category) {
        return designs(category).map(FixtureGenerator::model);
    }

    /**
     * Returns valid batch passports of a category, each derived from a model.
     *
     * @param category the category, not null
     * @return the arbitrary, not null
     * @throws NullPointerException if the category is null
     */
    public static Arbitrary<BatchPassport> batches(BatteryCategory category) {
        return designs(category).map(d -> FixtureGenerator.batch(FixtureGenerator.model(d), d));
    }

    /**
     * Returns valid passports of a category at a level.
     *
     * @param category the category, not null
     * @param level the level, not null
     * @return the arbitrary, not null
     * @throws NullPointerException if an argument is null
     */
    public static Arbitrary<BatteryPassport> passports(BatteryCategory category,
            PassportLevel level) {
        Objects.requireNonNull(level, "level");
        switch (level) {
            case MODEL:
                return models(category).map(p -> p);
            case BATCH:
                return batches(category).map(p -> p);
            default:
                return items(category).map(p -> p);
        }
    }

    /**
     * Returns valid passports of every category and level; shrinks towards an EV model
     * passport.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<BatteryPassport> passports() {
        return Combinators.combine(Arbitraries.of(BatteryCategory.EV, BatteryCategory.LMT,
                BatteryCategory.INDUSTRIAL), Arbitraries.of(PassportLevel.MODEL,
                PassportLevel.BATCH, PassportLevel.ITEM)).flatAs(PassportArbitraries::passports);
    }

    /**
     * Returns valid passports of stationary battery energy storage systems (INDUSTRIAL,
     * STATIONARY_BESS) at a level.
     *
     * @param level the level, not null
     * @return the arbitrary, not null
     * @throws NullPointerException if the level is null
     */
    public static Arbitrary<BatteryPassport> stationaryStorage(PassportLevel level) {
        Objects.requireNonNull(level, "level");
        Arbitrary<Design> designs = designs(Arbitraries.just(Variant.STATIONARY));
        switch (level) {
            case MODEL:
                return designs.map(FixtureGenerator::model);
            case BATCH:
                return designs.map(d -> FixtureGenerator.batch(FixtureGenerator.model(d), d));
            default:
                return Combinators.combine(designs, Arbitraries.integers().between(1, 999_999))
                        .as((d, index) -> FixtureGenerator.item(FixtureGenerator.batch(
                                FixtureGenerator.model(d), d), d, index, false));
        }
    }

    private static Arbitrary<Design> designs(BatteryCategory category) {
        Objects.requireNonNull(category, "category");
        if (category == BatteryCategory.INDUSTRIAL) {
            return designs(Arbitraries.of(Variant.INDUSTRIAL, Variant.STATIONARY));
        }
        return designs(Arbitraries.just(Variant.of(category, null)));
    }

    /**
     * Combines independent, always-valid choices into a design. The chemistry, series and
     * capacity arbitraries are indexes and fractions into the variant's own tables, so that
     * every combination is valid whichever variant is chosen.
     */
    private static Arbitrary<Design> designs(Arbitrary<Variant> variants) {
        return Combinators.combine(variants,
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, Design.MONTHS - 1),
                Arbitraries.longs())
                .as((v, chem, series, capPermille, month, seed) -> {
                    ChemistryProfile c = v.chemistries[chem % v.chemistries.length];
                    int[] s = v.seriesFor(c);
                    int cap = v.minCapDeciAh
                            + (v.maxCapDeciAh - v.minCapDeciAh) * capPermille / 1000;
                    return new Design(v, c, s[series % s.length], cap, month, seed);
                });
    }
}
