package org.dppkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.function.IntFunction;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.ItemPassport;

/**
 * Measures the retained heap per item of N item passports derived from one batch (each with its
 * own serial and state of health), for dppkit and for the naive copying peer
 * ({@link PassportCopyingBaseline}), and subtracts the items' own values (serial string and
 * state-of-health quantity, measured alone).
 *
 * <p>Run: {@code java -Xmx2g -cp dpp-bench/target/benchmarks.jar org.dppkit.bench.PassportHeap
 * 1000000}. Uses used-heap after repeated {@code System.gc()}: an estimate, stable to a few
 * bytes per item at one million items.
 */
public final class PassportHeap {

    private PassportHeap() {
    }

    /**
     * Runs the measurement.
     *
     * @param args optional item count (default 1,000,000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BatchPassport batch = BenchPassports.batch(BenchPassports.model());
        PassportCopyingBaseline baseline = new PassportCopyingBaseline(batch);

        double own = perItem(n, i -> new Object[] {BenchPassports.serial(i),
                BenchPassports.stateOfHealth(i)});
        double dppkit = perItem(n, i -> ItemPassport.builder(batch, BenchPassports.serial(i))
                .stateOfHealthStateOfCertifiedEnergy(BenchPassports.stateOfHealth(i))
                .issuedAt(BenchPassports.ISSUED)
                .build());
        double naive = perItem(n, i -> baseline.derive(BenchPassports.serial(i),
                BenchPassports.stateOfHealth(i)));
        // the 'own' holder array costs 16 + 2 * 4 bytes (compressed oops) per item: not own data
        double ownValues = own - 24;
        System.out.printf(Locale.ROOT, "items: %d%n", n);
        System.out.printf(Locale.ROOT, "own values (serial + SoH): %.1f bytes/item%n", ownValues);
        System.out.printf(Locale.ROOT, "dppkit ItemPassport:  %.1f bytes/item, %.1f beyond own values%n",
                dppkit, dppkit - ownValues);
        System.out.printf(Locale.ROOT, "naive copying peer:   %.1f bytes/item, %.1f beyond own values%n",
                naive, naive - ownValues);
        System.out.printf(Locale.ROOT, "ratio naive/dppkit (beyond own values): %.2f%n",
                (naive - ownValues) / (dppkit - ownValues));
    }

    private static double perItem(int n, IntFunction<Object> make) {
        Object[] keep = new Object[n];
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            keep[i] = make.apply(i);
        }
        long after = usedAfterGc();
        if (keep[n - 1] == null) {
            throw new AssertionError();
        }
        return (after - before) / (double) n;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
