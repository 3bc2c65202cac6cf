package org.dppkit.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
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
 * GS1 Digital Link parse and build throughput against the JDK peers on the same data.
 *
 * <ul>
 *   <li>{@code parseDigitalLink} parses and fully validates a typical item-level URI (GTIN check
 *       digit, key-qualifier order, CSET 82 serial, percent-decoding); its peer
 *       {@code parseJavaNetUri} only splits the same strings with {@code new URI(s)};</li>
 *   <li>{@code buildDigitalLink} builds an item link from a GTIN and a serial and formats it;
 *       its peer {@code concatenate} joins the same parts with {@code +} (no validation, no
 *       escaping).</li>
 * </ul>
 * Run: {@code java -jar dpp-bench/target/benchmarks.jar Gs1Benchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Gs1Benchmark {

    private static final int N = 64;

    private final String[] uris = new String[N];
    private final Gtin[] gtins = new Gtin[N];
    private final String[] serials = new String[N];
    private int next;

    /** Prepares 64 item URIs, GTINs and serials; one serial in eight needs escaping. */
    @Setup
    public void setUp() {
        for (int i = 0; i < N; i++) {
            gtins[i] = Gtin.withCheckDigit(String.format(Locale.ROOT, "095060001%04d", i * 37));
            serials[i] = i % 8 == 0 ? String.format(Locale.ROOT, "SN-%06d/B", i * 7919)
                    : String.format(Locale.ROOT, "SN%08d", i * 7919);
            uris[i] = DigitalLink.builder(gtins[i]).serial(serials[i]).build().toString();
        }
    }

    private int index() {
        int i = next;
        next = (i + 1) & (N - 1);
        return i;
    }

    /**
     * Parses and validates one item URI.
     *
     * @return the link
     */
    @Benchmark
    public DigitalLink parseDigitalLink() {
        return DigitalLink.parse(uris[index()]);
    }

    /**
     * Peer: {@code new java.net.URI(s)} on the same strings.
     *
     * @return the URI
     * @throws URISyntaxException never for these strings
     */
    @Benchmark
    public URI parseJavaNetUri() throws URISyntaxException {
        return new URI(uris[index()]);
    }

    /**
     * Builds and formats one item link.
     *
     * @return the URI text
     */
    @Benchmark
    public String buildDigitalLink() {
        int i = index();
        return DigitalLink.builder(gtins[i]).serial(serials[i]).build().toString();
    }

    /**
     * Peer: string concatenation of the same parts, without validation or escaping.
     *
     * @return the text
     */
    @Benchmark
    public String concatenate() {
        int i = index();
        return "https://id.gs1.org/01/" + gtins[i].digits() + "/21/" + serials[i];
    }
}
