package org.dppkit.bench;

import java.util.concurrent.TimeUnit;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.Quantity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deriving an item passport from a batch passport (own serial and state of health), against a
 * naive copying implementation of the same data ({@link PassportCopyingBaseline}).
 *
 * <ul>
 *   <li>{@code deriveItem}: {@code ItemPassport.builder(batch, serial)}, one ITEM-scope value,
 *       {@code build()}: identifier validated by GS1 Digital Link, scope and unit checks, the
 *       batch's and model's values shared;</li>
 *   <li>{@code deriveItemCopying}: the same identifier, plus a full copy of the batch's values;</li>
 *   <li>{@code identifierOnly}: only the item identifier, the cost both share.</li>
 * </ul>
 * Run: {@code java -jar dpp-bench/target/benchmarks.jar PassportBenchmark -prof gc}; the
 * retained heap per item is measured by {@link PassportHeap}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PassportBenchmark {

    private static final int N = 1024;

    private BatchPassport batch;
    private PassportCopyingBaseline baseline;
    private final String[] serials = new String[N];
    private final Quantity[] health = new Quantity[N];
    private int next;

    /** Builds the model and batch and prepares 1024 serials and state-of-health values. */
    @Setup
    public void setUp() {
        batch = BenchPassports.batch(BenchPassports.model());
        baseline = new PassportCopyingBaseline(batch);
        for (int i = 0; i < N; i++) {
            serials[i] = BenchPassports.serial(i);
            health[i] = BenchPassports.stateOfHealth(i);
        }
    }

    private int index() {
        int i = next;
        next = (i + 1) & (N - 1);
        return i;
    }

    /**
     * Derives one item passport from the batch.
     *
     * @return the item
     */
    @Benchmark
    public ItemPassport deriveItem() {
        int i = index();
        return ItemPassport.builder(batch, serials[i])
                .stateOfHealthStateOfCertifiedEnergy(health[i])
                .issuedAt(BenchPassports.ISSUED)
                .build();
    }

    /**
     * Peer: the same item as a naive full copy of the batch's values.
     *
     * @return the naive item
     */
    @Benchmark
    public Object deriveItemCopying() {
        int i = index();
        return baseline.derive(serials[i], health[i]);
    }

    /**
     * Reference: only the item identifier ({@code batch.id().withSerial(serial)}, GS1 Digital Link
     * validation), the part both derivations share.
     *
     * @return the identifier
     */
    @Benchmark
    public Object identifierOnly() {
        return batch.id().withSerial(serials[index()]);
    }
}
