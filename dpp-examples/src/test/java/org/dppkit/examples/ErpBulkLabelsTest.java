package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErpBulkLabelsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    private int run(String... args) {
        return ErpBulkLabels.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                () -> clock.addAndGet(10_000_000L));
    }

    private String console() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    @Test
    void run_sample_skipsBadRowsWithLineNumbersAndWritesTheRest(@TempDir Path dir) throws Exception {
        assertEquals(0, run("--out", dir.toString()));
        List<String> skipped = console().lines().filter(l -> l.startsWith("SKIPPED"))
                .collect(Collectors.toList());
        assertEquals(List.of(
                "SKIPPED  line 10, column manufacturing_date, value '2026-11-31': not a calendar date in"
                        + " the form yyyy-MM-dd [BAD_DATE]",
                "SKIPPED  line 18, column state_of_health_pct, value '104.5': a state of health must be"
                        + " between 0 and 100 % [OUT_OF_RANGE]",
                "SKIPPED  line 30, column serial, value 'EVB-26-000012': this serial appears on an earlier"
                        + " line; each battery needs its own [DUPLICATE_SERIAL]",
                "SKIPPED  line 38, column serial, value 'EVB 26 000036': not a valid GS1 AI (21) value: 1 to"
                        + " 20 characters of letters, digits and !\"%&'()*+,-./:;<=>?_ [BAD_IDENTIFIER]",
                "SKIPPED  line 46, column status, value 'recycled': expected one of original, repurposed,"
                        + " re-used, remanufactured, waste [BAD_STATUS]"), skipped);
        assertEquals(45, count(dir.resolve("json"), ".public.json"));
        assertEquals(45, count(dir.resolve("json"), ".legitimate-interest.json"));
        assertEquals(45, count(dir.resolve("qr"), ".svg"));
        assertEquals(45, count(dir.resolve("qr"), ".png"));
        assertEquals(1, count(dir.resolve("labels"), ".svg"));
        assertFalse(Files.exists(dir.resolve("json")
                .resolve("01_09506000134352_10_LOT-2611-A_21_EVB-26-000009.public.json")),
                "a bad row never produces a passport");
        assertTrue(Files.exists(dir.resolve("json")
                .resolve("01_09506000134352_10_LOT-2611-A_21_EVB-26-000012.public.json")),
                "the first row with a duplicated serial is good");
        assertTrue(console().contains("item passports written     45"), console());
        assertTrue(console().contains("lots (batch passports)      3"), console());
        assertTrue(console().contains("45/45  100.0 %"), console());
        assertTrue(console().contains("Output folder: " + dir.toAbsolutePath().normalize()), console());
    }

    @Test
    void run_sampleWithStop_stopsAtFirstBadRowAndWritesNothing(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out");
        assertEquals(1, run("--out", target.toString(), "--on-error", "stop"));
        assertTrue(console().contains("ERROR    line 10, column manufacturing_date"), console());
        assertTrue(console().contains("Stopped at line 10 (--on-error stop): no passport was written."),
                console());
        assertFalse(console().contains("line 18"), "the run stops at the first bad row");
        assertFalse(Files.exists(target));
    }

    @Test
    void run_ownCsv_reportsLotMonthMismatchAndMalformedRows(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, "serial,lot,manufacturing_date,state_of_health_pct,cycles,status\n"
                + "A-1,L1,2027-01-05,99.5,1,original\n"
                + "A-2,L1,2026-12-30,99.5,1,original\n"
                + "A-3,L1,2027-01-07,\"99.5\"x,1,original\n"
                + "A-4,L2,2027-01-09,100,0,original\n", StandardCharsets.UTF_8);
        Path target = dir.resolve("out");
        assertEquals(0, run("--csv", csv.toString(), "--out", target.toString()));
        assertTrue(console().contains("SKIPPED  line 3, column manufacturing_date, value '2026-12-30': lot"
                + " L1 was made in 2027-01 (its first row) but this row says 2026-12 [LOT_DATE_MISMATCH]"),
                console());
        assertTrue(console().contains("SKIPPED  line 4, column state_of_health_pct: text after the closing"
                + " quote [MALFORMED_CSV]"), console());
        assertEquals(2, count(target.resolve("json"), ".public.json"));
        assertTrue(console().contains("lots (batch passports)      2"), console());
    }

    @Test
    void run_allRowsGood_stopModeWritesEverything(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, "serial,lot,manufacturing_date,state_of_health_pct,cycles,status\n"
                + "B-1,L1,2027-01-05,99.5,1,original\nB-2,L1,2027-01-06,98,2,original\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run("--csv", csv.toString(), "--out", dir.resolve("o").toString(),
                "--on-error", "stop"));
        assertEquals(2, count(dir.resolve("o").resolve("json"), ".public.json"));
    }

    @Test
    void run_missingCsv_exitsTwo(@TempDir Path dir) {
        assertEquals(2, run("--csv", dir.resolve("nope.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a file"));
    }

    @Test
    void run_headerWithoutColumn_exitsOneNamingIt(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, "serial,lot\nA,B\n", StandardCharsets.UTF_8);
        assertEquals(1, run("--csv", csv.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("lacks the column 'manufacturing_date'"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_badOnErrorValue_exitsTwo() {
        assertEquals(2, run("--on-error", "ignore"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("must be one of skip, stop"));
    }
}
