package org.dppkit.bench;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dppkit.aas.AasExporter;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.Audience;
import org.dppkit.interop.InteropExport;
import org.dppkit.interop.InteropExporter;
import org.dppkit.interop.InteropFormat;
import org.dppkit.testing.PassportFixtures;
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
 * Exports a fixture EV item passport (every field the EV fixtures fill, issuer view) to the
 * seven IDTA 02035 submodel payloads, and to an AAS V3 environment serialised by AAS4J, against
 * {@link PassportJson#write(org.dppkit.battery.BatteryPassport, Audience)} of the same passport
 * in the same run. Targets (DESIGN.md section 7): all IDTA payloads at most 3x the cost of the
 * JSON write; the AAS environment's ratio is reported.
 *
 * <pre>
 * java -jar dpp-bench/target/benchmarks.jar InteropBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 * java -cp dpp-bench/target/benchmarks.jar org.dppkit.bench.InteropBenchmark 2000
 * </pre>
 *
 * <p>The second command ({@link #main(String[])}) interleaves the three operations call by
 * call, so that on a shared, loaded machine each ratio compares calls made under the same load;
 * JMH runs the three benchmarks one after the other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class InteropBenchmark {

    private static final Set<InteropFormat> IDTA = EnumSet.complementOf(
            EnumSet.of(InteropFormat.CATENA_X_BATTERY_PASS));

    private ItemPassport item;
    private PassportJson json;
    private InteropExporter exporter;
    private AasExporter aas;

    /** Builds the passport and checks that every IDTA submodel can be exported. */
    @Setup
    public void setUp() {
        item = PassportFixtures.withSeed(42).item(BatteryCategory.EV);
        json = PassportJson.standard();
        exporter = InteropExporter.standard();
        aas = AasExporter.standard();
        if (!exporter.exportAll(item, Audience.ISSUER, IDTA).exports().keySet().equals(IDTA)
                || !aas.export(item, Audience.ISSUER).submodels().equals(IDTA)) {
            throw new IllegalStateException("the AAS environment misses submodels");
        }
    }

    /**
     * Interleaved measurement: each round times N calls of each operation, alternating, and
     * prints the mean times and the ratios to {@code PassportJson.write}.
     *
     * @param args the number of calls per round (default 2000)
     */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        InteropBenchmark b = new InteropBenchmark();
        b.setUp();
        long sink = 0;
        for (int round = 1; round <= 6; round++) {
            long json = 0;
            long idta = 0;
            long aasTime = 0;
            int aasCalls = 0;
            for (int k = 0; k < n; k++) {
                long t0 = System.nanoTime();
                sink += b.passportJson();
                long t1 = System.nanoTime();
                sink += b.idtaPayloads();
                long t2 = System.nanoTime();
                json += t1 - t0;
                idta += t2 - t1;
                if (k % 4 == 0) {
                    long t3 = System.nanoTime();
                    sink += b.aasEnvironment();
                    aasTime += System.nanoTime() - t3;
                    aasCalls++;
                }
            }
            double jsonUs = json / 1e3 / n;
            double idtaUs = idta / 1e3 / n;
            double aasUs = aasTime / 1e3 / aasCalls;
            System.out.printf(java.util.Locale.ROOT,
                    "round %d: PassportJson.write %.1f us, IDTA payloads %.1f us (%.2fx), "
                            + "AAS environment %.1f us (%.2fx)%n",
                    round, jsonUs, idtaUs, idtaUs / jsonUs, aasUs, aasUs / jsonUs);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /**
     * The peer: dppkit's own JSON of the passport.
     *
     * @return the JSON length
     */
    @Benchmark
    public int passportJson() {
        return json.write(item, Audience.ISSUER).length();
    }

    /**
     * All seven IDTA submodel payloads of the passport, as JSON text.
     *
     * @return the total JSON length
     */
    @Benchmark
    public int idtaPayloads() {
        int n = 0;
        for (InteropExport e : exporter.exportAll(item, Audience.ISSUER, IDTA).exports().values()) {
            n += e.json().length();
        }
        return n;
    }

    /**
     * The AAS V3 environment (shell and seven submodels) serialised by AAS4J.
     *
     * @return the JSON length
     */
    @Benchmark
    public int aasEnvironment() {
        return aas.export(item, Audience.ISSUER).json().length();
    }
}
