package org.dppkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;

/**
 * The ERP-style example: reads production records from a CSV file (one row per battery), derives
 * an item passport for each from the model and the row's batch, validates it, and writes its JSON
 * views, QR codes and A4 label sheets in bulk, with a progress bar.
 *
 * <p>Bad rows (malformed CSV, a missing or invalid value, a duplicate serial, a passport with an
 * {@code ERROR} finding) are reported with their line number and never produce a passport. With
 * {@code --on-error skip} (the default) they are skipped; with {@code --on-error stop} the run
 * stops at the first one, before any file is written.
 *
 * <p>The run has two passes over the file: the first reads, derives and validates every row
 * (no output), so the progress bar knows the total and a stopping run writes nothing; the second
 * writes the passports of the good rows.
 *
 * <p>Any size of input runs in bounded memory per row and small memory per run: a field is at
 * most 64 Ki characters and a record 1 024 fields ({@link CsvReader}); bytes that are not UTF-8
 * make their row bad (naming its line) instead of ending the run; serials and the lots' months
 * are kept as 64-bit hashes, batch passports in a cache of {@value #MAX_CACHED_BATCHES}; bad rows
 * are counted, not kept.
 *
 * <pre>
 * ./mvnw -B -q -pl dpp-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=org.dppkit.examples.ErpBulkLabels \
 *     -Dexec.args="--csv production-records.csv --out erp-out --on-error stop"
 * </pre>
 *
 * <p>Without {@code --csv} the bundled sample, {@code production-records.csv} (50 rows, 5 of them
 * bad on purpose), is read. See {@link ProductionRecordReader} for the columns.
 */
public final class ErpBulkLabels {

    static final String SAMPLE = "production-records.csv";
    static final String DEFAULT_OUT = "dppkit-out/erp";
    /** Batch passports kept built at once; the rest are built again from their lot. */
    static final int MAX_CACHED_BATCHES = 256;

    private static final String USAGE = String.join("\n",
            "Usage: ErpBulkLabels [--csv FILE] [--out DIR] [--on-error skip|stop]",
            "  --csv FILE            production records, UTF-8 CSV with a header row",
            "                        (default: the bundled sample " + SAMPLE + ")",
            "  --out DIR             output folder (default: " + DEFAULT_OUT + ")",
            "  --on-error skip|stop  skip bad rows (default) or stop at the first one",
            "  --help                show this help");

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private final ModelPassport model = ExamplePassports.model();
    /** The batch passports of the lots seen last (built again when a lot comes back). */
    private final Map<String, BatchPassport> batches = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BatchPassport> eldest) {
            return size() > MAX_CACHED_BATCHES;
        }
    };
    /** Each lot's month of manufacture (of its first row), by a 64-bit hash of the lot. */
    private final LongHashSet lotMonths = new LongHashSet();
    private final BatteryPassportValidator validator = BatteryPassportValidator.create();

    ErpBulkLabels(PrintStream out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /**
     * Runs the example; exits with status 1 if rows were bad and the run stopped, or on a failure,
     * 2 on a wrong command line.
     *
     * @param args command-line arguments, not null
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(args, out, System.err, ProgressBar.isTerminal(), System::nanoTime);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the example and returns the exit status (0 ok, 1 stopped or failed, 2 usage). */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal,
            LongSupplier clock) {
        Path dir;
        Optional<Path> csv;
        boolean stop;
        try {
            Arguments a = Arguments.parse(args, Set.of("csv", "out", "on-error"));
            if (a.help()) {
                out.println(USAGE);
                return 0;
            }
            dir = a.path("out", DEFAULT_OUT).toAbsolutePath().normalize();
            csv = a.get("csv").map(c -> a.path("csv", c));
            stop = a.choice("on-error", List.of("skip", "stop"), "skip").equals("stop");
        } catch (Arguments.UsageException e) {
            err.println("erp-bulk-labels: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (csv.isPresent() && !Files.isRegularFile(csv.get())) {
            err.println("erp-bulk-labels: --csv " + csv.get().toAbsolutePath() + " is not a file");
            return 2;
        }
        try {
            return new ErpBulkLabels(out, terminal, clock).bulk(csv, dir, stop) ? 0 : 1;
        } catch (UncheckedIOException e) {
            err.println("erp-bulk-labels: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {      // a header the reader cannot use
            err.println("erp-bulk-labels: " + e.getMessage());
            return 1;
        }
    }

    /** Runs both passes; returns false if the run stopped at a bad row. */
    boolean bulk(Optional<Path> csv, Path dir, boolean stop) {
        String source = csv.map(p -> p.toAbsolutePath().toString())
                .orElse("bundled sample " + SAMPLE);
        out.println("dppkit ERP bulk labels: " + source);
        out.println("Validated as of " + Quickstart.AS_OF + "; bad rows are "
                + (stop ? "fatal (--on-error stop)" : "skipped (--on-error skip)") + ".");
        out.println();

        // Pass 1: read, derive and validate every row; report bad ones.
        Map<RowError.Kind, Integer> byKind = new EnumMap<>(RowError.Kind.class);
        int errors = 0;
        Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
        int rows = 0;
        int good = 0;
        try (ProductionRecordReader reader = open(csv)) {
            for (Optional<ProductionRecordReader.ParsedRow> next = reader.next(); next.isPresent();
                    next = reader.next()) {
                rows++;
                ProductionRecordReader.ParsedRow row = next.get();
                Optional<RowError> error = row.error();
                if (error.isEmpty()) {
                    ProductionRecord record = row.record().orElseThrow();
                    Derived d = derive(record);
                    error = d.error;
                    if (error.isEmpty()) {
                        for (Finding f : d.report.findings()) {
                            findings.merge(f.severity(), 1, Integer::sum);
                        }
                    }
                }
                if (error.isPresent()) {
                    errors++;
                    byKind.merge(error.get().kind(), 1, Integer::sum);
                    out.println((stop ? "ERROR    " : "SKIPPED  ") + error.get().describe());
                    if (stop) {
                        out.println();
                        out.println("Stopped at line " + error.get().line() + " (--on-error stop):"
                                + " no passport was written. Fix the row, or run with"
                                + " --on-error skip.");
                        return false;
                    }
                    continue;
                }
                good++;
            }
        }
        if (errors > 0) {
            out.println();
        }

        // Pass 2: write the passports of the good rows.
        long started = clock.getAsLong();
        PassportFiles files = new PassportFiles(dir);
        ProgressBar bar = new ProgressBar(out, good, terminal, clock);
        int written = 0;
        try (ProductionRecordReader reader = open(csv)) {
            for (Optional<ProductionRecordReader.ParsedRow> next = reader.next(); next.isPresent();
                    next = reader.next()) {
                Optional<ProductionRecord> record = next.get().record();
                if (record.isEmpty()) {
                    continue;
                }
                // Deriving again gives pass 1's outcome (the lots' months are kept): no list of
                // bad lines is needed.
                Derived d = derive(record.get());
                if (d.error.isPresent()) {
                    continue;
                }
                files.write(d.item);
                written++;
                bar.step(1);
            }
        }
        int pages = files.finish();
        double seconds = Math.max(1, clock.getAsLong() - started) / 1e9;

        out.println();
        SummaryTable table = new SummaryTable("Result", "Count>");
        table.row("rows read", rows);
        table.row("item passports written", written);
        table.row("rows skipped", errors);
        byKind.forEach((kind, n) -> table.row("  " + kind, n));
        table.row("lots (batch passports)", lotMonths.size());
        for (Severity s : Severity.values()) {
            table.row("findings " + s, findings.getOrDefault(s, 0));
        }
        table.row("files", files.files());
        table.row("A4 label sheet pages", pages);
        table.print(out);
        out.println();
        out.printf(Locale.ROOT, "Wrote %d passports in %.1f s (%.0f/s).%n", written, seconds,
                written / seconds);
        out.println("Output folder: " + dir);
        return true;
    }

    /** An item passport and its report, or why the row cannot have one. */
    private static final class Derived {
        final ItemPassport item;
        final ValidationReport report;
        final Optional<RowError> error;

        Derived(ItemPassport item, ValidationReport report, Optional<RowError> error) {
            this.item = item;
            this.report = report;
            this.error = error;
        }
    }

    private Derived derive(ProductionRecord r) {
        YearMonth made = YearMonth.from(r.manufacturingDate());
        int month = made.getYear() * 12 + made.getMonthValue() - 1;
        int first = lotMonths.putIfAbsent(LongHashSet.hash(r.lot()), month);
        YearMonth lotMonth = first < 0 ? made : YearMonth.of(first / 12, first % 12 + 1);
        if (!lotMonth.equals(made)) {
            return new Derived(null, null, Optional.of(RowError.of(r.line(),
                    RowError.Kind.LOT_DATE_MISMATCH, ProductionRecordReader.MANUFACTURING_DATE,
                    r.manufacturingDate().toString(), "lot " + r.lot() + " was made in "
                            + lotMonth + " (its first row) but this row says " + made)));
        }
        ItemPassport item;
        try {
            BatchPassport batch = batches.computeIfAbsent(r.lot(),
                    lot -> ExamplePassports.batch(model, lot, made));
            item = ExamplePassports.item(batch, r.serial(), r.stateOfHealthPercent(),
                    r.remainingCapacityAh().orElse(ExamplePassports.ratedCapacityAh()
                            .multiply(r.stateOfHealthPercent()).movePointLeft(2)
                            .setScale(1, java.math.RoundingMode.HALF_EVEN)),
                    r.cycles(), BatteryStatus.fromValue(r.status()).orElseThrow());
        } catch (PassportException e) {
            return new Derived(null, null, Optional.of(RowError.of(r.line(),
                    RowError.Kind.REJECTED_BY_PASSPORT, "", "", e.getMessage())));
        }
        ValidationReport report = validator.validate(item, Quickstart.AS_OF);
        List<Finding> bad = report.bySeverity(Severity.ERROR);
        if (!bad.isEmpty()) {
            Finding f = bad.get(0);
            return new Derived(null, report, Optional.of(RowError.of(r.line(),
                    RowError.Kind.NOT_COMPLIANT, f.path(), "", f.code() + ": " + f.message()
                            + (bad.size() > 1 ? " (+" + (bad.size() - 1) + " more)" : ""))));
        }
        return new Derived(item, report, Optional.empty());
    }

    private static ProductionRecordReader open(Optional<Path> csv) {
        Reader reader;
        try {
            if (csv.isPresent()) {
                // Bytes that are not UTF-8 become U+FFFD, which the CSV reader reports as a bad
                // row on its own line: one bad byte never ends the run.
                reader = new java.io.BufferedReader(new InputStreamReader(Files.newInputStream(csv.get()),
                        StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
            } else {
                InputStream in = ErpBulkLabels.class.getResourceAsStream(SAMPLE);
                if (in == null) {
                    throw new IllegalStateException("the sample " + SAMPLE + " is missing from"
                            + " the class path");
                }
                reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + csv.orElseThrow(), e);
        }
        return new ProductionRecordReader(reader, Quickstart.AS_OF);
    }

    static LocalDate asOf() {
        return Quickstart.AS_OF;
    }
}
