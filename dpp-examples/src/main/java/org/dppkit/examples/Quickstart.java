package org.dppkit.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;
import org.dppkit.store.StoreException;

/**
 * The quickstart: dppkit's main job in one run. It builds the passport of an EV battery model,
 * a production batch of it and a few item passports derived from the batch; validates them as of
 * 18 February 2027, the day battery passports become mandatory, and prints every finding
 * (including those whose obligation starts later, "not yet required"); writes the JSON views,
 * the QR codes (SVG and print PNG) and an A4 label sheet into an output folder; and ends with a
 * summary table.
 *
 * <p>Run it from the repository root:
 * <pre>
 * ./mvnw -B -q -pl dpp-examples -am -DskipTests package exec:java
 * ./mvnw -B -q -pl dpp-examples -am -DskipTests package exec:java -Dexec.args="--out /some/dir --count 20"
 * </pre>
 *
 * <p>Options: {@code --out DIR} (default {@code dppkit-out} in the current directory),
 * {@code --count N} item passports (default 3, at most 1000), {@code --store DIR} (also keep
 * every passport in an embedded passport store, {@code dpp-store}, in that folder), {@code --help}.
 * {@code --serve PORT} stores the passports in an embedded store and serves them with the
 * dppkit resolver at {@code http://localhost:PORT} (the passports' identifiers, and so their QR
 * codes, use that stem), printing the URLs to open, until the program is stopped.
 */
public final class Quickstart {

    /** The date the validation judges obligations by: passports are mandatory from it. */
    static final LocalDate AS_OF = LocalDate.of(2027, 2, 18);
    static final String DEFAULT_OUT = "dppkit-out";
    static final String LOT = "LOT-2702-A";

    private static final String USAGE = String.join("\n",
            "Usage: Quickstart [--out DIR] [--count N] [--store DIR] [--serve PORT]",
            "  --out DIR    output folder (default: " + DEFAULT_OUT + " in the current directory)",
            "  --count N    number of item passports, 1 to 1000 (default: 3)",
            "  --store DIR  also keep every passport in an embedded passport store in DIR",
            "  --serve PORT store the passports and serve them at http://localhost:PORT",
            "  --help       show this help");

    private Quickstart() {
    }

    /**
     * Runs the quickstart; exits with status 2 on a wrong command line, 1 on another failure.
     *
     * @param args command-line arguments, not null
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = run(args, out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the quickstart and returns the exit status: 0 on success, 2 on a wrong command line,
     * 1 if writing the output failed.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments a;
        Path dir;
        int count;
        Path storeDir;
        int port;
        try {
            a = Arguments.parse(args, Set.of("out", "count", "store", "serve"));
            if (a.help()) {
                out.println(USAGE);
                return 0;
            }
            dir = a.path("out", DEFAULT_OUT).toAbsolutePath().normalize();
            count = a.count("count", 3, 1, 1000);
            storeDir = a.get("store").isPresent() ? a.path("store", "").toAbsolutePath().normalize() : null;
            port = a.get("serve").isPresent() ? a.count("serve", 8080, 0, 65535) : -1;
        } catch (Arguments.UsageException e) {
            err.println("quickstart: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            if (port >= 0) {
                QuickstartServer server = QuickstartServer.serve(dir, count, port, out);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
                server.awaitStop();
                return 0;
            }
            List<BatteryPassport> passports = quickstart(dir, count, out);
            if (storeDir != null) {
                QuickstartStore.store(storeDir, passports, out);
            }
            return 0;
        } catch (UncheckedIOException e) {
            err.println("quickstart: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return 1;
        } catch (StoreException e) {
            err.println("quickstart: " + e.getMessage());
            return 1;
        }
    }

    static List<BatteryPassport> quickstart(Path dir, int count, PrintStream out) {
        return quickstart(dir, count, out, org.dppkit.gs1.DigitalLink.CANONICAL_DOMAIN);
    }

    /** Runs the quickstart with passport identifiers on a domain; returns the passports. */
    static List<BatteryPassport> quickstart(Path dir, int count, PrintStream out, String domain) {
        out.println("dppkit quickstart: EV battery passports, validated as of " + AS_OF);
        out.println();

        // 1. The passports: a model, a batch of it, items derived from the batch.
        ModelPassport model = ExamplePassports.model(domain);
        BatchPassport batch = ExamplePassports.batch(model, LOT, YearMonth.of(2027, 2));
        List<BatteryPassport> passports = new ArrayList<>();
        passports.add(model);
        passports.add(batch);
        BigDecimal rated = ExamplePassports.ratedCapacityAh();
        for (int i = 1; i <= count; i++) {
            BigDecimal soh = BigDecimal.valueOf(1000 - (i * 7) % 20, 1);        // 98.0 to 100.0 %
            BigDecimal capacity = rated.multiply(soh).movePointLeft(2).setScale(1,
                    java.math.RoundingMode.HALF_EVEN);
            passports.add(ExamplePassports.item(batch, String.format(Locale.ROOT, "SN-%04d", i),
                    soh, capacity, 2, BatteryStatus.ORIGINAL));
        }

        // 2. Validation: one validator, shared; every finding is printed.
        BatteryPassportValidator validator = BatteryPassportValidator.create();
        List<ValidationReport> reports = new ArrayList<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (BatteryPassport p : passports) {
            ValidationReport report = validator.validate(p, AS_OF);
            reports.add(report);
            printFindings(out, p, report, shown);
        }

        // 3. Files: JSON views, QR codes, label sheets.
        PassportFiles files = new PassportFiles(dir);
        SummaryTable table = new SummaryTable("Passport", "Level", "Errors>", "Warnings>",
                "Not yet required>", "Other info>", "Files>");
        for (int i = 0; i < passports.size(); i++) {
            BatteryPassport p = passports.get(i);
            ValidationReport r = reports.get(i);
            int written = files.write(p);
            long notYet = r.findings().stream().filter(Quickstart::notYetRequired).count();
            table.row(PassportFiles.name(p), p.level(), r.bySeverity(Severity.ERROR).size(),
                    r.bySeverity(Severity.WARNING).size(), notYet,
                    r.bySeverity(Severity.INFO).size() - notYet, written);
        }
        int pages = files.finish();

        // 3b. Data-space exports (IDTA 02035 submodels) of the item passports.
        InteropFiles interop = new InteropFiles(dir);
        for (BatteryPassport p : passports) {
            if (p.level() == org.dppkit.core.PassportLevel.ITEM) {
                interop.write(p);
            }
        }

        // 4. Summary.
        out.println();
        table.print(out);
        out.println();
        out.printf(Locale.ROOT, "%d passports (1 model, 1 batch, %d items), %d files, %d label"
                + " sheet page(s).%n", passports.size(), count, files.files(), pages);
        out.println("Output folder: " + dir);
        out.println("  json/    public and legitimate-interest JSON of each passport");
        out.println("  qr/      QR code of each passport: SVG (vector, mm) and PNG (300 dpi print)");
        out.println("  labels/  A4 label sheet(s), " + PassportFiles.A4_SHEET.labelsPerPage()
                + " labels per page");
        out.println("  interop/ " + interop.files() + " IDTA 02035 submodel payloads of the items ("
                + InteropFiles.AUDIENCE.name().toLowerCase(Locale.ROOT).replace('_', '-') + " view); not filled: "
                + interop.incomplete().keySet());
        return passports;
    }

    static boolean notYetRequired(Finding f) {
        return f.code().equals("DPP-NOT-YET-REQUIRED");
    }

    /**
     * Prints a passport's findings; a finding with the same code, path and message as one already
     * printed for an earlier passport (items share their batch's gaps) is counted, not repeated,
     * and the line says which passport's list it is in.
     *
     * @param shown each finding printed so far (code, path, message) and the passport it was
     *     printed for
     */
    static void printFindings(PrintStream out, BatteryPassport p, ValidationReport report,
            Map<String, String> shown) {
        out.printf(Locale.ROOT, "%s %s: %s, %d finding(s)%n", p.level(), p.id(),
                report.isCompliant() ? "compliant" : "NOT compliant", report.findings().size());
        String self = p.level() + " " + p.id();
        int repeated = 0;
        Set<String> where = new LinkedHashSet<>();
        for (Finding f : report.findings()) {
            String key = f.code() + ' ' + f.path() + ' ' + f.message();
            String first = shown.putIfAbsent(key, self);
            if (first != null) {
                repeated++;
                where.add(first);
                continue;
            }
            String label = notYetRequired(f) ? "NOT YET REQUIRED" : f.severity().toString();
            out.printf(Locale.ROOT, "  %-16s %s  %s%n", label, f.path(), f.message());
        }
        if (repeated > 0) {
            out.printf(Locale.ROOT, "  + %d more finding(s), the same as printed above for %s%n", repeated,
                    String.join(" and ", where));
        }
    }
}
