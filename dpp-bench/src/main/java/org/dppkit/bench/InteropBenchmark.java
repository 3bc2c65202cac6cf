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
 * </pre>
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
