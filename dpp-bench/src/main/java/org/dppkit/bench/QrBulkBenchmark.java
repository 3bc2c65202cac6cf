package org.dppkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.dppkit.qr.BulkResult;
import org.dppkit.qr.PrintSpec;
import org.dppkit.qr.QrBulkWriter;
import org.dppkit.qr.SvgRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Bulk labels: {@code links} item-level Digital Links (generated lazily) to SVG labels in one ZIP,
 * with 1 and 2 worker threads. Labels per second = links / score (seconds per job).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QrBulkBenchmark {

    /** Number of links per job. */
    @Param("100000")
    public long links;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Path dir;
    private QrBulkWriter writer;

    /**
     * Creates the temporary directory and the writer.
     *
     * @throws IOException if the directory cannot be created
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("dppkit-qr-bulk");
        writer = QrBulkWriter.builder(SvgRenderer.of(PrintSpec.defaults())).threads(threads).build();
    }

    /**
     * Deletes the output.
     *
     * @throws IOException if deletion fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /**
     * Writes one ZIP of {@code links} SVG labels.
     *
     * @return the outcome
     */
    @Benchmark
    public BulkResult zipOfSvgLabels() {
        Gtin gtin = Gtin.parse("09506000134352");
        Stream<DigitalLink> stream = LongStream.range(0, links).mapToObj(i -> DigitalLink.builder(gtin)
                .serial(String.format(Locale.ROOT, "SN-%08d", i)).build());
        return writer.writeZip(stream, links, dir.resolve("labels.zip"));
    }
}
