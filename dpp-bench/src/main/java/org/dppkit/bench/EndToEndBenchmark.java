package org.dppkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * End-to-end benchmark (DESIGN.md section 7, last row): N item passports derived from one batch,
 * validated, written as public JSON, their QR code rendered, all streamed to disk by T worker
 * threads; then the naive peer pipeline ({@link EndToEndNaivePipeline}) on the same machine in the
 * same JVM. A plain main program rather than JMH, because one run takes minutes.
 *
 * <pre>
 * java -Xmx512m -cp dpp-bench/target/benchmarks.jar org.dppkit.bench.EndToEndBenchmark \
 *     --out OUTPUT_DIR [--count 1000000] [--naive-count N] [--threads 2] [--warmup 20000] \
 *     [--pipelines dppkit,naive] [--keep]
 * </pre>
 *
 * <p>Measured on this project's 2-core build machine (Java 17, {@code -Xmx512m}, host load 1.5 to
 * 3.8): 1,000,000 items in 213.6 s (4,681/s), peak heap 135 MiB; QR 88 %, write 5 %, JSON 3 %,
 * validate 3 %, derive 0.5 % of worker time; naive peer (20,000 items, same run) 458/s: dppkit
 * 10.2x per wall second, 7.4x per CPU second.
 *
 * <p>With dppkit's own QR encoder (issue 21), same machine, host load 19 to 26 (other builds
 * running): 1,000,000 items in 531.2 s wall (1,883/s), 89.7 s of worker CPU (11,151 items per
 * CPU second, 0.7 min estimated on 2 idle cores); QR 53 %, write 18 %, validate 15 %, JSON 12 %,
 * derive 2 % of worker time. The ZXing-encoder build in the same conditions (200,000 items, host
 * load 17 to 22): 102.2 s worker CPU for 200,000 (1,957 items per CPU second), QR 88.6 %.
 *
 * <p>{@code --naive-count} runs the (much slower) peer on fewer items; the ratio is then taken
 * on throughput (items per second of wall time, and per second of worker CPU time).
 *
 * <p>Reported per pipeline: wall time, throughput, the share of summed worker time per stage
 * (derive, validate, JSON, QR, write), peak heap (the highest used heap sampled every 10 ms, and
 * the sum of the heap pools' peak usage, an upper bound), GC count and time, bytes written; then
 * the ratio of the naive wall time to dppkit's (above 1 means dppkit is faster). Output files
 * are deleted after each pipeline unless {@code --keep} is given.
 */
public final class EndToEndBenchmark {

    private EndToEndBenchmark() {
    }

    /** Serial number of item {@code index}: {@code SN} and ten digits. */
    static String serial(long index) {
        String digits = Long.toString(index);
        return "SN" + "0000000000".substring(digits.length()) + digits;
    }

    /** State of health of item {@code index}: 95.0 to 99.9 %, one decimal. */
    static BigDecimal stateOfHealth(long index) {
        return BigDecimal.valueOf(950 + index % 50, 1);
    }

    /**
     * Runs the benchmark.
     *
     * @param args the options (see the class doc)
     * @throws Exception if a pipeline fails
     */
    public static void main(String[] args) throws Exception {
        // Hibernate Validator announces its version through java.util.logging; keep the report clean.
        java.util.logging.Logger hibernate = java.util.logging.Logger.getLogger("org.hibernate.validator");
        hibernate.setLevel(java.util.logging.Level.WARNING);
        long count = 1_000_000;
        long naiveCount = -1;
        int threads = Runtime.getRuntime().availableProcessors();
        long warmup = 20_000;
        Path out = null;
        List<String> pipelines = List.of("dppkit", "naive");
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--naive-count" -> naiveCount = Long.parseLong(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Long.parseLong(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                case "--pipelines" -> pipelines = List.of(args[++i].split(","));
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: --out DIR [--count N] [--threads T] [--warmup N]"
                        + " [--pipelines dppkit,naive] [--keep]");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required (files are streamed there)");
        }
        PrintStream con = System.out;
        con.printf(Locale.ROOT, "End-to-end: %,d item passports, %d threads, max heap %,d MiB,"
                + " Java %s%n", count, threads, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        List<Result> results = new ArrayList<>();
        for (String name : pipelines) {
            EndToEndPipeline p = create(name.trim());
            if (warmup > 0) {
                Path dir = out.resolve(name + "-warmup");
                run(p, warmup, threads, dir, false);
                delete(dir);
            }
            Path dir = out.resolve(name);
            long n = name.trim().equals("naive") && naiveCount >= 0 ? naiveCount : count;
            Result r = run(p, n, threads, dir, true);
            results.add(r);
            r.print(con);
            if (!keep) {
                delete(dir);
            }
        }
        if (results.size() == 2) {
            Result a = results.get(0);
            Result b = results.get(1);
            con.printf(Locale.ROOT, "%nRatio %s / %s throughput: %.2fx per wall second, %.2fx per"
                    + " CPU second (above 1: %s is faster)%n", a.name, b.name,
                    a.perWallSecond() / b.perWallSecond(), a.perCpuSecond() / b.perCpuSecond(),
                    a.name);
        }
    }

    static EndToEndPipeline create(String name) {
        return switch (name) {
            case "dppkit" -> new EndToEndDppkitPipeline();
            case "naive" -> new EndToEndNaivePipeline();
            default -> throw new IllegalArgumentException("unknown pipeline " + name
                    + ": expected dppkit or naive");
        };
    }

    /** Runs one pipeline and measures it. */
    static Result run(EndToEndPipeline pipeline, long count, int threads, Path dir,
            boolean progress) throws Exception {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heapPools.add(pool);
            }
        }
        long gcCount0 = gcCount();
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long gcTime0 = gcTime();
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong peakUsed = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        long[] stageNanos = new long[EndToEndStage.values().length];
        long[] bytes = new long[1];
        long[] cpu = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Thread sampler = new Thread(() -> {
            long lastPrint = System.nanoTime();
            long start = lastPrint;
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long now = System.nanoTime();
                if (progress && now - lastPrint >= 10_000_000_000L) {
                    lastPrint = now;
                    long d = done.get();
                    double rate = d / ((now - start) / 1e9);
                    System.err.printf(Locale.ROOT, "  %s: %,d/%,d  %.1f %%  %,.0f/s  ETA %.0f s"
                            + "  heap %,d MiB%n", pipeline.name(), d, count, 100.0 * d / count,
                            rate, (count - d) / rate, memory.getHeapMemoryUsage().getUsed() >> 20);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        long t0 = System.nanoTime();
        sampler.start();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                EndToEndPipeline.StageTimer timer = new EndToEndPipeline.StageTimer();
                long written;
                try (EndToEndSink sink = new EndToEndSink(dir, "items", worker,
                        pipeline.qrExtension())) {
                    while (true) {
                        long from = next.getAndAdd(256);
                        if (from >= count) {
                            break;
                        }
                        long to = Math.min(count, from + 256);
                        for (long i = from; i < to; i++) {
                            pipeline.process(i, sink, timer);
                        }
                        done.addAndGet(to - from);
                    }
                    written = sink.bytes();
                }
                long[] result = new long[stageNanos.length + 2];
                for (EndToEndStage s : EndToEndStage.values()) {
                    result[s.ordinal()] = timer.nanos(s);
                }
                result[stageNanos.length] = written;
                result[stageNanos.length + 1] =
                        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                return result;
            }));
        }
        try {
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                for (int i = 0; i < stageNanos.length; i++) {
                    stageNanos[i] += r[i];
                }
                bytes[0] += r[stageNanos.length];
                cpu[0] += r[stageNanos.length + 1];
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw e;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - t0;
        sampler.interrupt();
        sampler.join();
        long poolPeaks = 0;
        for (MemoryPoolMXBean p : heapPools) {
            poolPeaks += p.getPeakUsage().getUsed();
        }
        double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(pipeline.name(), count, threads, wall, cpu[0], stageNanos,
                peakUsed.get(), poolPeaks, gcCount() - gcCount0, gcTime() - gcTime0, bytes[0],
                load0, load1);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcTime() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The measurements of one pipeline run. */
    static final class Result {
        final String name;
        final long count;
        final int threads;
        final long wallNanos;
        final long cpuNanos;
        final long[] stageNanos;
        final long peakSampled;
        final long peakPools;
        final long gcCount;
        final long gcMillis;
        final long bytes;
        final double load0;
        final double load1;

        Result(String name, long count, int threads, long wallNanos, long cpuNanos,
                long[] stageNanos, long peakSampled, long peakPools, long gcCount, long gcMillis,
                long bytes, double load0, double load1) {
            this.name = name;
            this.count = count;
            this.threads = threads;
            this.wallNanos = wallNanos;
            this.cpuNanos = cpuNanos;
            this.stageNanos = stageNanos.clone();
            this.peakSampled = peakSampled;
            this.peakPools = peakPools;
            this.gcCount = gcCount;
            this.gcMillis = gcMillis;
            this.bytes = bytes;
            this.load0 = load0;
            this.load1 = load1;
        }

        double perWallSecond() {
            return count / (wallNanos / 1e9);
        }

        /** Items per second of worker-thread CPU time (insensitive to other load on the host). */
        double perCpuSecond() {
            return count / (cpuNanos / 1e9);
        }

        void print(PrintStream out) {
            double seconds = wallNanos / 1e9;
            out.printf(Locale.ROOT, "%n%s%n", name);
            out.printf(Locale.ROOT, "  wall time    %,.1f s  (%,.0f items/s, %d threads)%n",
                    seconds, count / seconds, threads);
            out.printf(Locale.ROOT, "  worker CPU   %,.1f s  (%,.0f items per CPU second; 1 M items"
                    + " on %d idle cores: %,.1f min)%n", cpuNanos / 1e9, perCpuSecond(), threads,
                    1e6 / perCpuSecond() / threads / 60);
            out.printf(Locale.ROOT, "  host load    %.1f at start, %.1f at end (%d cores)%n", load0,
                    load1, Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "  peak heap    %,d MiB sampled every 10 ms; %,d MiB sum of"
                    + " heap pool peaks%n", peakSampled >> 20, peakPools >> 20);
            out.printf(Locale.ROOT, "  GC           %,d collections, %,.1f s%n", gcCount,
                    gcMillis / 1e3);
            out.printf(Locale.ROOT, "  written      %,d MiB%n", bytes >> 20);
            long sum = 0;
            for (long n : stageNanos) {
                sum += n;
            }
            out.printf(Locale.ROOT, "  stage        share   us/item (wall, per thread)%n");
            for (EndToEndStage s : EndToEndStage.values()) {
                long n = stageNanos[s.ordinal()];
                out.printf(Locale.ROOT, "  %-11s  %5.1f %%  %8.2f%n", s.name().toLowerCase(Locale.ROOT),
                        100.0 * n / sum, n / 1e3 / count);
            }
        }
    }
}
