package org.dppkit.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.core.PassportLevel;

/**
 * Realistic, valid battery passports for tests, generated deterministically from a seed: the
 * same seed gives equal passports (and byte-identical JSON) on every machine and JDK, because
 * every value comes from a generator written out in this library (SplitMix64), integer
 * arithmetic and a fixed calendar; nothing reads the clock, the default locale or hash order.
 *
 * <pre>{@code
 * PassportFixtures fixtures = PassportFixtures.withSeed(42);
 * ItemPassport ev = fixtures.item(BatteryCategory.EV);            // item of batch of model
 * List<ItemPassport> series = fixtures.itemSeries(fixtures.batch(BatteryCategory.LMT), 1000);
 * BatteryPassport bess = fixtures.stationaryStorage(PassportLevel.BATCH);
 * List<ItemPassport> chain = fixtures.predecessorChain(3);        // EV pack, then 2nd life
 * for (InvalidFixture f : fixtures.invalid()) { ... }              // one broken rule each
 * }</pre>
 *
 * <h2>What the passports look like</h2>
 * <ul>
 * <li>Four kinds of battery: EV packs (NMC811, NMC622, NCA, LFP), LMT e-bike packs (NMC622,
 *     LMO, LFP, NMC811), industrial traction batteries ({@link BatteryCategory#INDUSTRIAL} with
 *     industrialSubCategory OTHER_INTERNAL_STORAGE; lead-acid, LFP, NMC622) and stationary
 *     storage (INDUSTRIAL with STATIONARY_BESS; LFP, NMC622).
 * <li>Consistent values: voltages are cells in series times the chemistry's cell voltages
 *     (minimum &le; nominal &le; maximum); energy, mass, power and resistance follow from them;
 *     the carbon footprint stages sum exactly to the total; materials, hazardous substances,
 *     critical raw materials and recycled content match the chemistry; GTINs carry valid check
 *     digits (GS1 example prefix 950 6000); web and e-mail addresses use the reserved
 *     {@code .example} domain; manufacturers are fictitious.
 * <li>Dates in order: model passport issued two months before the batch is made (between
 *     2026-03 and 2026-10), item passports issued when the battery is placed on the market the
 *     month after; put into service afterwards; usage observed until 2027-01-31, recorded in
 *     version 2 of each item passport, revised that evening. Every valid fixture is therefore
 *     valid on any date from {@link #VALID_FROM} on (predecessor chains start earlier).
 * <li>Every catalogue field that applies to a kind of battery is filled (optional ones
 *     included, negative events for about one item in four), so {@link #everyFieldFilled()}
 *     between them fill all of {@link BatteryField}.
 * </ul>
 *
 * <p>The MODEL, BATCH and ITEM passports of one category belong together: {@code batch(c)} is
 * derived from {@code model(c)} and {@code item(c)} from {@code batch(c)}. Fixtures of
 * different categories, seeds and series are independent of each other and of the order in
 * which they are asked for.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; each call builds new passports (equal ones for equal
 * arguments).
 */
public final class PassportFixtures {

    /**
     * Valid fixtures validate without ERROR findings on this date and on every later date
     * (the passport obligation starts on 2027-02-18).
     */
    public static final LocalDate VALID_FROM = LocalDate.of(2027, 2, 1);

    /**
     * The date at which {@link #invalid()} fixtures yield exactly their code: after every
     * catalogue date that is already set (recycled content applies from 2028-08-18), so a
     * conditional field that a chemistry lacks is not reported.
     */
    public static final LocalDate INVALID_VALIDATION_DATE = LocalDate.of(2028, 9, 1);

    private static final int MAX_CHAIN = 20;
    private static final long CHAIN_STREAM = 0x434841494EL;
    private static final long INVALID_STREAM = 0x494E56414CL;
    private static final long COVER_STREAM = 0x434F564552L;

    private final long seed;

    private PassportFixtures(long seed) {
        this.seed = seed;
    }

    /**
     * Returns the fixtures of a seed.
     *
     * @param seed any value; equal seeds give equal fixtures
     * @return the fixtures, not null
     */
    public static PassportFixtures withSeed(long seed) {
        return new PassportFixtures(seed);
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    // ------------------------------------------------------------------ per category and level

    /**
     * Returns the model passport of a category: every MODEL-scope field that applies to the
     * category. {@link BatteryCategory#INDUSTRIAL} gives an industrial traction battery; use
     * {@link #stationaryStorage(PassportLevel)} for stationary storage.
     *
     * @param category the category, not null
     * @return a new passport, not null
     * @throws NullPointerException if the category is null
     */
    public ModelPassport model(BatteryCategory category) {
        return FixtureGenerator.model(design(variant(category)));
    }

    /**
     * Returns the batch passport of a category, derived from {@link #model(BatteryCategory)}
     * with every BATCH-scope field (manufacturing place and month, carbon footprint, recycled
     * content).
     *
     * @param category the category, not null
     * @return a new passport, not null
     * @throws NullPointerException if the category is null
     */
    public BatchPassport batch(BatteryCategory category) {
        return batchOf(variant(category));
    }

    /**
     * Returns the item passport of a category, derived from {@link #batch(BatteryCategory)}
     * with every ITEM-scope field that applies (performance, state of health, usage, status
     * ORIGINAL). Equal to the first element of {@code itemSeries(batch(category), 1)}.
     *
     * @param category the category, not null
     * @return a new passport, not null
     * @throws NullPointerException if the category is null
     */
    public ItemPassport item(BatteryCategory category) {
        Design d = design(variant(category));
        return FixtureGenerator.item(FixtureGenerator.batch(FixtureGenerator.model(d), d), d, 1,
                false);
    }

    /**
     * Returns the passport of a category at a level: {@link #model(BatteryCategory)},
     * {@link #batch(BatteryCategory)} or {@link #item(BatteryCategory)}.
     *
     * @param category the category, not null
     * @param level the level, not null
     * @return a new passport, not null
     * @throws NullPointerException if an argument is null
     */
    public BatteryPassport passport(BatteryCategory category, PassportLevel level) {
        return passportOf(variant(category), level);
    }

    /**
     * Returns a passport of a stationary battery energy storage system (category INDUSTRIAL,
     * industrialSubCategory STATIONARY_BESS, with the state-of-health and usage fields that
     * only stationary storage has) at a level.
     *
     * @param level the level, not null
     * @return a new passport, not null
     * @throws NullPointerException if the level is null
     */
    public BatteryPassport stationaryStorage(PassportLevel level) {
        return passportOf(Variant.STATIONARY, level);
    }

    /**
     * Returns every category and level: EV, LMT, industrial and stationary storage, each as
     * MODEL, BATCH and ITEM passport (12 passports, in that order).
     *
     * @return a new unmodifiable list, not null
     */
    public List<BatteryPassport> all() {
        List<BatteryPassport> out = new ArrayList<>(12);
        for (Variant v : Variant.values()) {
            Design d = design(v);
            ModelPassport m = FixtureGenerator.model(d);
            BatchPassport b = FixtureGenerator.batch(m, d);
            out.add(m);
            out.add(b);
            out.add(FixtureGenerator.item(b, d, 1, false));
        }
        return Collections.unmodifiableList(out);
    }

    // ------------------------------------------------------------------ series and chains

    /**
     * Returns {@code count} item passports derived from a batch, with serials
     * {@code SN<lot>-000001} upwards and per-item values (capacity fade, cycles, usage) that
     * differ from item to item. Item values follow from the batch's own values (capacity,
     * voltage, power, efficiency, cycles), so any batch passport works, not only fixtures.
     *
     * @param batch the batch, not null
     * @param count how many, from 0 to 999 999
     * @return a new unmodifiable list, not null
     * @throws IllegalArgumentException if the count is out of range
     * @throws NullPointerException if the batch is null
     */
    public List<ItemPassport> itemSeries(BatchPassport batch, int count) {
        return Collections.unmodifiableList(itemStream(batch, count).collect(
                java.util.stream.Collectors.toCollection(() -> new ArrayList<>(count))));
    }

    /**
     * Returns the items of {@link #itemSeries(BatchPassport, int)} as a sequential, lazy
     * stream, for series too large to hold in memory.
     *
     * @param batch the batch, not null
     * @param count how many, from 0 to 999 999
     * @return a stream of new passports, not null
     * @throws IllegalArgumentException if the count is out of range
     * @throws NullPointerException if the batch is null
     */
    public Stream<ItemPassport> itemStream(BatchPassport batch, int count) {
        Objects.requireNonNull(batch, "batch");
        if (count < 0 || count > 999_999) {
            throw new IllegalArgumentException("count must be between 0 and 999999 but was "
                    + count);
        }
        Design d = designOf(batch);
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> FixtureGenerator.item(batch, d, i, false));
    }

    /**
     * Returns the passports of a battery's lives: element 0 is the item passport of an EV pack
     * (status ORIGINAL, no predecessor); each following element is the passport of the battery
     * after repurposing (element 1: stationary storage, status REPURPOSED) or remanufacturing
     * (later elements, status REMANUFACTURED), a new identifier whose
     * {@code predecessorPassports} holds the previous element's identifier (Art. 77(7)). Each
     * life's rated capacity is the previous life's remaining capacity and each life starts
     * after the previous one was last observed.
     *
     * @param length the number of lives, 1 to 20
     * @return a new unmodifiable list of {@code length} passports, oldest first, not null
     * @throws IllegalArgumentException if the length is out of range
     */
    public List<ItemPassport> predecessorChain(int length) {
        if (length < 1 || length > MAX_CHAIN) {
            throw new IllegalArgumentException("predecessor chain length must be between 1 and "
                    + MAX_CHAIN + " but was " + length);
        }
        SplitMix64 rng = SplitMix64.of(seed, CHAIN_STREAM);
        int step = length == 1 ? 0 : Math.min(24, 72 / (length - 1));
        int last = rng.nextInt(Design.MONTHS);
        int first = last - (length - 1) * step;
        Design d = Design.random(Variant.EV, rng);
        d = new Design(Variant.EV, d.chemistry, d.series, d.capDeciAh, first, d.detailSeed);
        List<ItemPassport> chain = new ArrayList<>(length);
        BatchPassport batch = FixtureGenerator.batch(FixtureGenerator.model(d), d);
        ItemPassport.Builder b = ItemPassport.builder(batch, FixtureGenerator.serial(d.lot, 1));
        LocalDate until = observedUntil(first, step, length == 1);
        FixtureGenerator.itemFields(b, d, SplitMix64.of(d.detailSeed, 1), false, until,
                BatteryStatus.ORIGINAL);
        chain.add(FixtureGenerator.stamp(b, d, 1, until).build());
        for (int k = 1; k < length; k++) {
            ItemPassport prev = chain.get(k - 1);
            int capDeciAh = prev.get(BatteryField.ITEM_PERFORMANCE_CAPACITY, Quantity.class)
                    .map(q -> q.value().movePointRight(1).intValue()).orElse(d.capDeciAh);
            Variant v = Variant.STATIONARY;
            int month = first + k * step;
            Design next = new Design(v, d.chemistry, d.series, capDeciAh, month, rng.nextLong());
            ItemPassport.Builder sb = prev.successor(v.category, next.gtin,
                    FixtureGenerator.serial(next.lot, 1));
            until = observedUntil(month, step, k == length - 1);
            FixtureGenerator.fillStandalone(sb, next, 1, false, until,
                    k == 1 ? BatteryStatus.REPURPOSED : BatteryStatus.REMANUFACTURED);
            chain.add(FixtureGenerator.stamp(sb, next, 1, until).build());
        }
        return Collections.unmodifiableList(chain);
    }

    private static LocalDate observedUntil(int monthIndex, int step, boolean lastLife) {
        if (lastLife) {
            return FixtureGenerator.OBSERVED_UNTIL;
        }
        YearMonth nextLife = Design.FIRST_MONTH.plusMonths(monthIndex + step);
        return nextLife.minusMonths(1).atDay(1);
    }

    // ------------------------------------------------------------------ coverage

    /**
     * Returns item passports that between them fill every field of {@link BatteryField}: an
     * NMC EV pack, an LMT pack, a lead-acid industrial battery and an LFP stationary storage
     * system (each with a negative event and every optional field) and a repurposed battery
     * (with {@code predecessorPassports}). Each is valid on its own.
     *
     * @return a new unmodifiable list, not null
     */
    public List<ItemPassport> everyFieldFilled() {
        SplitMix64 rng = SplitMix64.of(seed, COVER_STREAM);
        List<ItemPassport> out = new ArrayList<>(5);
        out.add(coverItem(Design.random(Variant.EV, ChemistryProfile.NMC811, rng)));
        out.add(coverItem(Design.random(Variant.LMT, ChemistryProfile.NMC622, rng)));
        out.add(coverItem(Design.random(Variant.INDUSTRIAL, ChemistryProfile.LEAD_ACID, rng)));
        out.add(coverItem(Design.random(Variant.STATIONARY, ChemistryProfile.LFP, rng)));
        out.add(predecessorChain(2).get(1));
        return Collections.unmodifiableList(out);
    }

    private static ItemPassport coverItem(Design d) {
        return FixtureGenerator.item(FixtureGenerator.batch(FixtureGenerator.model(d), d), d, 1,
                true);
    }

    // ------------------------------------------------------------------ invalid fixtures

    /**
     * Returns one passport per validation rule that a built passport can break, each breaking
     * that rule and no other: validated at {@link InvalidFixture#validationDate()}, it yields
     * findings of {@link InvalidFixture#code()} only. Rules that the passport builders already
     * enforce (units, ranges, identifiers; see {@link InvalidFixture#codesNotBuildable()})
     * cannot be broken by a passport object and have no fixture.
     *
     * @return a new unmodifiable list, in {@code FindingCode} order, not null
     */
    public List<InvalidFixture> invalid() {
        return InvalidFixtures.make(seed ^ INVALID_STREAM);
    }

    /**
     * Returns the invalid fixture of one finding code.
     *
     * @param code the code, not null
     * @return the fixture, or empty if no built passport can produce the code (see
     *     {@link InvalidFixture#codesNotBuildable()})
     * @throws NullPointerException if the code is null
     */
    public java.util.Optional<InvalidFixture> invalid(FindingCode code) {
        Objects.requireNonNull(code, "code");
        return invalid().stream().filter(f -> f.code() == code).findFirst();
    }

    // ------------------------------------------------------------------ internals

    private static Variant variant(BatteryCategory category) {
        Objects.requireNonNull(category, "category");
        return Variant.of(category, null);
    }

    private Design design(Variant v) {
        return Design.random(v, SplitMix64.of(seed, v.ordinal() + 1L));
    }

    private BatchPassport batchOf(Variant v) {
        Design d = design(v);
        return FixtureGenerator.batch(FixtureGenerator.model(d), d);
    }

    private BatteryPassport passportOf(Variant v, PassportLevel level) {
        Objects.requireNonNull(level, "level");
        Design d = design(v);
        ModelPassport m = FixtureGenerator.model(d);
        if (level == PassportLevel.MODEL) {
            return m;
        }
        BatchPassport b = FixtureGenerator.batch(m, d);
        return level == PassportLevel.BATCH ? b : FixtureGenerator.item(b, d, 1, false);
    }

    /** The design of a batch: the fixture design if it is one of ours, else read back. */
    private Design designOf(BatchPassport batch) {
        for (Variant v : Variant.values()) {
            if (v.category == batch.category()) {
                Design d = design(v);
                if (batch.id().gtin().equals(d.gtin)
                        && batch.id().lot().equals(java.util.Optional.of(d.lot))) {
                    return d;
                }
            }
        }
        return Design.from(batch, seed);
    }

    /**
     * Returns whether this and another object are fixtures of the same seed.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PassportFixtures && ((PassportFixtures) obj).seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed);
    }

    /**
     * Returns {@code PassportFixtures[seed=...]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PassportFixtures[seed=" + seed + "]";
    }
}
