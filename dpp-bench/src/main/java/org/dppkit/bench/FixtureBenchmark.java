package org.dppkit.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.ItemPassport;
import org.dppkit.testing.PassportFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Generating fixture item passports with {@code dpp-testing} (target: at least 200 k items per
 * second per core), against deriving a bare item passport from the same batch.
 *
 * <ul>
 *   <li>{@code itemSeries100k}: {@link PassportFixtures#itemStream(BatchPassport, int)} of 100 000
 *       items of one batch, each with every ITEM-scope field of its category (performance,
 *       state of health, usage, status, operator): one operation = one item;</li>
 *   <li>{@code bareItem} (peer): {@code ItemPassport.builder(batch, serial)} with one field and
 *       {@code build()}: the floor that any fixture item costs.</li>
 * </ul>
 * Run: {@code java -jar dpp-bench/target/benchmarks.jar FixtureBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FixtureBenchmark {

    private static final int ITEMS = 100_000;
    private static final Instant ISSUED = Instant.parse("2026-11-01T10:00:00Z");

    /** The category of the batch. */
    @Param({"EV", "LMT"})
    public String category;

    private PassportFixtures fixtures;
    private BatchPassport batch;
    private String[] serials;
    private int next;

    /** Makes the batch and 1024 serials for the peer. */
    @Setup
    public void setUp() {
        fixtures = PassportFixtures.withSeed(42);
        batch = fixtures.batch(BatteryCategory.valueOf(category));
        serials = new String[1024];
        for (int i = 0; i < serials.length; i++) {
            serials[i] = "SN-" + i;
        }
    }

    /**
     * Generates 100 000 fixture items of one batch.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public void itemSeries100k(Blackhole bh) {
        fixtures.itemStream(batch, ITEMS).forEach(bh::consume);
    }

    /**
     * Peer: one bare item derived from the batch.
     *
     * @return the item
     */
    @Benchmark
    public ItemPassport bareItem() {
        int i = next;
        next = (i + 1) & 1023;
        return ItemPassport.builder(batch, serials[i])
                .set(BatteryField.BATTERY_STATUS, BatteryStatus.ORIGINAL)
                .issuedAt(ISSUED).build();
    }
}
