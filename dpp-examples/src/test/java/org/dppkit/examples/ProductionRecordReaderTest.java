package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProductionRecordReaderTest {

    static final String HEADER = "serial,lot,manufacturing_date,state_of_health_pct,"
            + "remaining_capacity_ah,cycles,status\n";
    static final LocalDate TODAY = LocalDate.of(2027, 2, 18);

    static List<ProductionRecordReader.ParsedRow> read(String text) {
        List<ProductionRecordReader.ParsedRow> rows = new ArrayList<>();
        try (ProductionRecordReader r = new ProductionRecordReader(new StringReader(text), TODAY)) {
            for (Optional<ProductionRecordReader.ParsedRow> n = r.next(); n.isPresent(); n = r.next()) {
                rows.add(n.get());
            }
        }
        return rows;
    }

    @Test
    void next_bundledSample_45RecordsAnd5ErrorsWithLineNumbers() throws Exception {
        List<ProductionRecordReader.ParsedRow> rows = new ArrayList<>();
        try (InputStream in = ErpBulkLabels.class.getResourceAsStream(ErpBulkLabels.SAMPLE);
                ProductionRecordReader r = new ProductionRecordReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8), TODAY)) {
            for (Optional<ProductionRecordReader.ParsedRow> n = r.next(); n.isPresent(); n = r.next()) {
                rows.add(n.get());
            }
        }
        assertEquals(50, rows.size());
        List<String> errors = new ArrayList<>();
        for (ProductionRecordReader.ParsedRow row : rows) {
            row.error().ifPresent(e -> errors.add(e.line() + " " + e.kind() + " " + e.column()));
        }
        assertEquals(List.of("10 BAD_DATE manufacturing_date", "18 OUT_OF_RANGE state_of_health_pct",
                "30 DUPLICATE_SERIAL serial", "38 BAD_IDENTIFIER serial", "46 BAD_STATUS status"), errors);
        ProductionRecord r21 = rows.get(20).record().orElseThrow();
        assertEquals("EVB-26-000021", r21.serial());
        assertEquals(22, r21.line());
        assertEquals(24, rows.get(21).record().orElseThrow().line(), "the quoted note spans two lines");
        assertEquals(Optional.empty(), rows.get(29).record().orElseThrow().remainingCapacityAh());
    }

    @Test
    void next_goodRow_givesTypedRecord() {
        ProductionRecord r = read(HEADER + "SN-1,L1,2026-11-20,98.5,146.2,3,Original\n").get(0)
                .record().orElseThrow();
        assertEquals(ProductionRecord.of(2, "SN-1", "L1", LocalDate.of(2026, 11, 20),
                new BigDecimal("98.5"), new BigDecimal("146.2"), 3, "original"), r);
    }

    @Test
    void next_columnsInAnyOrderAndExtraColumns_areAccepted() {
        ProductionRecord r = read("Status,cycles,note,state_of_health_pct,manufacturing_date,lot,serial\n"
                + "waste,7,\"a, b\",80,2026-01-02,L,S\n").get(0).record().orElseThrow();
        assertEquals("S", r.serial());
        assertEquals("waste", r.status());
        assertEquals(7, r.cycles());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of(",L1,2026-11-20,98.5,,3,original", RowError.Kind.MISSING_VALUE, "serial"),
                Arguments.of("SN-1,,2026-11-20,98.5,,3,original", RowError.Kind.MISSING_VALUE, "lot"),
                Arguments.of("SN-1,L 1,2026-11-20,98.5,,3,original", RowError.Kind.BAD_IDENTIFIER, "lot"),
                Arguments.of("SN-123456789012345678901,L1,2026-11-20,98.5,,3,original",
                        RowError.Kind.BAD_IDENTIFIER, "serial"),
                Arguments.of("SN-1,L1,20.11.2026,98.5,,3,original", RowError.Kind.BAD_DATE,
                        "manufacturing_date"),
                Arguments.of("SN-1,L1,2027-03-01,98.5,,3,original", RowError.Kind.BAD_DATE,
                        "manufacturing_date"),
                Arguments.of("SN-1,L1,2026-11-20,98.5%,,3,original", RowError.Kind.BAD_NUMBER,
                        "state_of_health_pct"),
                Arguments.of("SN-1,L1,2026-11-20,-1,,3,original", RowError.Kind.OUT_OF_RANGE,
                        "state_of_health_pct"),
                Arguments.of("SN-1,L1,2026-11-20,98,0,3,original", RowError.Kind.OUT_OF_RANGE,
                        "remaining_capacity_ah"),
                Arguments.of("SN-1,L1,2026-11-20,98,1e2,3,original", RowError.Kind.BAD_NUMBER,
                        "remaining_capacity_ah"),
                Arguments.of("SN-1,L1,2026-11-20,98,,3.5,original", RowError.Kind.BAD_NUMBER, "cycles"),
                Arguments.of("SN-1,L1,2026-11-20,98,,-3,original", RowError.Kind.OUT_OF_RANGE, "cycles"),
                Arguments.of("SN-1,L1,2026-11-20,98,,3,", RowError.Kind.MISSING_VALUE, "status"),
                Arguments.of("SN-1,L1,2026-11-20,98,,3,new", RowError.Kind.BAD_STATUS, "status"),
                Arguments.of("SN-1,L1,2026-11-20,98,,3", RowError.Kind.WRONG_FIELD_COUNT, ""),
                Arguments.of("SN-1,L1,2026-11-20,98,,3,orig\"inal", RowError.Kind.MALFORMED_CSV, "status"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void next_badRow_isReportedWithLineKindAndColumn(String row, RowError.Kind kind, String column) {
        List<ProductionRecordReader.ParsedRow> rows = read(HEADER + "OK-1,L1,2026-11-20,99,,0,original\n"
                + row + "\nOK-2,L1,2026-11-20,99,,0,original\n");
        assertEquals(3, rows.size(), "the rows after a bad one are still read");
        RowError e = rows.get(1).error().orElseThrow();
        assertEquals(3, e.line());
        assertEquals(kind, e.kind());
        assertEquals(column, e.column());
        assertTrue(e.describe().startsWith("line 3"), e.describe());
        assertTrue(rows.get(2).record().isPresent());
    }

    @Test
    void next_duplicateSerial_secondIsRejected() {
        List<ProductionRecordReader.ParsedRow> rows = read(HEADER + "A,L,2026-01-01,99,,0,original\n"
                + "A,L,2026-01-01,99,,0,original\n");
        assertTrue(rows.get(0).record().isPresent());
        assertEquals(RowError.Kind.DUPLICATE_SERIAL, rows.get(1).error().orElseThrow().kind());
    }

    @Test
    void constructor_headerWithoutRequiredColumn_throwsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("serial,lot,manufacturing_date,cycles,status\n"));
        assertTrue(e.getMessage().contains("'state_of_health_pct'"), e.getMessage());
    }

    @Test
    void constructor_emptyFile_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(""));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
