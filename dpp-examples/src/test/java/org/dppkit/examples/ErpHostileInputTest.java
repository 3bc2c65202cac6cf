package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile production-record files: the example reads any of them in bounded memory and time. */
class ErpHostileInputTest {

    private static final String HEADER = ProductionRecordReaderTest.HEADER;
    private static final LocalDate TODAY = ProductionRecordReaderTest.TODAY;

    private static String row(int i) {
        return "SN-" + i + ",LOT-1,2027-01-15,98.5,,12,original\n";
    }

    /** A reader of a generated text, without holding it: line(i) gives line i. */
    private static Reader generated(String head, long lines, IntFunction<String> line) {
        return new Reader() {
            private String current = head;
            private int at;
            private long next;

            @Override
            public int read(char[] buf, int off, int len) {
                if (at == current.length()) {
                    if (next == lines) {
                        return -1;
                    }
                    current = line.apply((int) next++);
                    at = 0;
                }
                int n = Math.min(len, current.length() - at);
                current.getChars(at, at + n, buf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<CsvRecord> csv(Reader in) {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(in)) {
            for (Optional<CsvRecord> n = r.next(); n.isPresent(); n = r.next()) {
                out.add(n.get());
            }
        }
        return out;
    }

    @Test
    void anUnclosedQuoteHidesNoGoodRow() {
        List<CsvRecord> records = csv(new StringReader("a,b\n\"open,x\nc,d\ne,f\n"));
        assertEquals(List.of(CsvRecord.of(1, List.of("a", "b")),
                CsvRecord.error(2, 1, "the quote opened on line 2 is never closed"),
                CsvRecord.of(3, List.of("c", "d")), CsvRecord.of(4, List.of("e", "f"))), records);
        List<ProductionRecordReader.ParsedRow> rows = ProductionRecordReaderTest.read(
                HEADER + row(1) + "\"SN-2,LOT-1,2027-01-15,98.5,,12,original\n" + row(3) + row(4));
        assertEquals(4, rows.size());
        assertEquals(3, rows.stream().filter(r -> r.record().isPresent()).count());
    }

    @Test
    void aQuoteLeftOpenOverTheFieldLimitResumesOnTheNextLine() {
        // the quote is never closed and the file goes on for far longer than one field may be
        List<CsvRecord> records = csv(generated("\"x\n", 100_000, i -> "r" + i + ",v\n"));
        assertEquals(100_001, records.size());
        assertTrue(records.get(0).error().isPresent());
        assertEquals(CsvRecord.of(2, List.of("r0", "v")), records.get(1));
        assertEquals(CsvRecord.of(100_001, List.of("r99999", "v")), records.get(100_000));
    }

    @Test
    void hugeFieldsAreBoundedNotHeldInMemory() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // a 20 M character quoted field on one line, then a good line
            String[] parts = {"\"", "a".repeat(1 << 20)};
            List<CsvRecord> records = csv(generated("", 22, i -> i == 0 ? parts[0] : i < 21 ? parts[1] : "\"\nok,1\n"));
            assertTrue(records.get(0).error().isPresent(), records.get(0)::toString);
            assertEquals(CsvRecord.of(2, List.of("ok", "1")), records.get(records.size() - 1));
            // a 20 M character unquoted field
            records = csv(generated("", 22, i -> i < 21 ? parts[1] : "\nok,2\n"));
            assertTrue(records.get(0).error().isPresent());
            assertEquals(CsvRecord.of(2, List.of("ok", "2")), records.get(1));
        });
    }

    @Test
    void aHugeNumberIsRejectedWithoutParsingIt() {
        String number = "1".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<ProductionRecordReader.ParsedRow> rows = ProductionRecordReaderTest.read(
                    HEADER + "SN-1,LOT-1,2027-01-15," + number.substring(0, 60_000) + ",,12,original\n" + row(2));
            assertEquals(RowError.Kind.BAD_NUMBER, rows.get(0).error().orElseThrow().kind());
            assertTrue(rows.get(1).record().isPresent());
        });
    }

    @Test
    void invalidUtf8IsABadRowOnItsOwnLine(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((HEADER + row(1)).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("SN-2,LOT-\u00ff,2027-01-15,98.5,,12,original\n".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 3; i < 200; i++) {
            bytes.writeBytes(row(i).getBytes(StandardCharsets.UTF_8));
        }
        Path csv = Files.write(dir.resolve("records.csv"), bytes.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ErpBulkLabels.run(new String[] {"--csv", csv.toString(), "--out", dir.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, System::nanoTime);
        String console = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, () -> console + err.toString(StandardCharsets.UTF_8));
        assertTrue(console.contains("line 3"), console);
        assertTrue(console.contains("UTF-8"), console);
        assertTrue(console.matches("(?s).*item passports written\\s+198.*"), console);
    }

    @Test
    void manyDuplicateSerialsAndLotsKeepOnlySmallPerRunState() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int[] duplicates = {0};
            try (ProductionRecordReader r = new ProductionRecordReader(generated(HEADER, 300_000,
                    i -> "SN-" + (i % 1000) + ",LOT-" + i + ",2027-01-15,98.5,,12,original\n"), TODAY)) {
                for (Optional<ProductionRecordReader.ParsedRow> n = r.next(); n.isPresent(); n = r.next()) {
                    if (n.get().error().isPresent()) {
                        assertEquals(RowError.Kind.DUPLICATE_SERIAL, n.get().error().get().kind());
                        duplicates[0]++;
                    }
                }
            }
            assertEquals(299_000, duplicates[0]);
        });
    }

    @Test
    void longHashSetCountsDistinctKeys() {
        LongHashSet set = new LongHashSet();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(set.add(LongHashSet.hash("SN-" + i)));
        }
        assertEquals(-1, set.putIfAbsent(LongHashSet.hash("new"), 7));
        assertEquals(7, set.putIfAbsent(LongHashSet.hash("new"), 9));
        assertEquals(100_001, set.size());
        assertTrue(!set.add(LongHashSet.hash("SN-5")));
    }
}
