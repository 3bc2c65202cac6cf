package org.dppkit.examples;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.gs1.ApplicationIdentifier;

/**
 * Reads the production-record CSV file of the ERP example: a header row, then one row per battery.
 *
 * <table>
 * <caption>Columns (any order; names are case-insensitive; other columns are ignored)</caption>
 * <tr><th>Column</th><th>Rule</th></tr>
 * <tr><td>{@code serial}</td><td>GS1 AI (21): 1 to 20 characters of CSET 82; unique in the file</td></tr>
 * <tr><td>{@code lot}</td><td>GS1 AI (10): 1 to 20 characters of CSET 82</td></tr>
 * <tr><td>{@code manufacturing_date}</td><td>{@code yyyy-MM-dd}, not after the run date</td></tr>
 * <tr><td>{@code state_of_health_pct}</td><td>decimal, 0 to 100</td></tr>
 * <tr><td>{@code remaining_capacity_ah}</td><td>optional column and value; decimal above 0</td></tr>
 * <tr><td>{@code cycles}</td><td>whole number, 0 or more</td></tr>
 * <tr><td>{@code status}</td><td>{@code original}, {@code repurposed}, {@code re-used},
 *     {@code remanufactured} or {@code waste}</td></tr>
 * </table>
 *
 * <p>Each row yields a {@link ProductionRecord} or a {@link RowError} with the row's line number;
 * a bad row never stops the reader. A header without a required column throws
 * {@link IllegalArgumentException} naming it, since no row could then be read.
 *
 * <p>This class is mutable and not thread-safe; it owns the reader and closes it.
 */
final class ProductionRecordReader implements AutoCloseable {

    static final String SERIAL = "serial";
    static final String LOT = "lot";
    static final String MANUFACTURING_DATE = "manufacturing_date";
    static final String STATE_OF_HEALTH = "state_of_health_pct";
    static final String REMAINING_CAPACITY = "remaining_capacity_ah";
    static final String CYCLES = "cycles";
    static final String STATUS = "status";

    private static final List<String> REQUIRED =
            List.of(SERIAL, LOT, MANUFACTURING_DATE, STATE_OF_HEALTH, CYCLES, STATUS);
    private static final Set<String> STATUSES =
            Set.of("original", "repurposed", "re-used", "remanufactured", "waste");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ApplicationIdentifier AI_SERIAL = ApplicationIdentifier.of("21");
    private static final ApplicationIdentifier AI_LOT = ApplicationIdentifier.of("10");

    private final CsvReader csv;
    private final LocalDate today;
    private final List<String> header;
    private final int serialAt;
    private final int lotAt;
    private final int dateAt;
    private final int sohAt;
    private final int capacityAt;
    private final int cyclesAt;
    private final int statusAt;
    /** Serials of earlier rows as 64-bit hashes: 16 bytes a serial, not a String each. */
    private final LongHashSet seenSerials = new LongHashSet();

    /**
     * Opens the file and reads its header.
     *
     * @param in the characters of the file (decoded as UTF-8), not null
     * @param today the run date: manufacturing dates after it are rejected, not null
     * @throws IllegalArgumentException if the file is empty, the header is malformed or lacks a
     *     required column
     */
    ProductionRecordReader(Reader in, LocalDate today) {
        this.csv = new CsvReader(in);
        this.today = Objects.requireNonNull(today, "today");
        CsvRecord first = csv.next().orElseThrow(() ->
                new IllegalArgumentException("the production-record file is empty: expected a"
                        + " header line with the columns " + REQUIRED));
        if (first.error().isPresent()) {
            throw new IllegalArgumentException("line " + first.line() + ": the header is not"
                    + " valid CSV: " + first.error().get());
        }
        List<String> names = new ArrayList<>();
        for (String name : first.fields()) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        this.header = List.copyOf(names);
        for (String required : REQUIRED) {
            if (!header.contains(required)) {
                throw new IllegalArgumentException("line " + first.line() + ": the header lacks"
                        + " the column '" + required + "' (found " + header + ", required "
                        + REQUIRED + ")");
            }
        }
        serialAt = header.indexOf(SERIAL);
        lotAt = header.indexOf(LOT);
        dateAt = header.indexOf(MANUFACTURING_DATE);
        sohAt = header.indexOf(STATE_OF_HEALTH);
        capacityAt = header.indexOf(REMAINING_CAPACITY);
        cyclesAt = header.indexOf(CYCLES);
        statusAt = header.indexOf(STATUS);
    }

    /**
     * Reads the next row.
     *
     * @return the row (a record or an error), or empty at the end of the file
     */
    Optional<ParsedRow> next() {
        Optional<CsvRecord> next = csv.next();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        CsvRecord r = next.get();
        int line = r.line();
        if (r.error().isPresent()) {
            String column = r.errorColumn() <= header.size() ? header.get(r.errorColumn() - 1) : "";
            return error(line, RowError.Kind.MALFORMED_CSV, column, "", r.error().get());
        }
        List<String> f = r.fields();
        if (f.size() != header.size()) {
            return error(line, RowError.Kind.WRONG_FIELD_COUNT, "", "", "expected "
                    + header.size() + " fields as in the header but found " + f.size());
        }
        String serial = f.get(serialAt).trim();
        String lot = f.get(lotAt).trim();
        Optional<ParsedRow> bad = identifier(line, SERIAL, serial, AI_SERIAL)
                .or(() -> identifier(line, LOT, lot, AI_LOT));
        if (bad.isPresent()) {
            return bad;
        }
        String dateText = f.get(dateAt).trim();
        if (dateText.isEmpty()) {
            return missing(line, MANUFACTURING_DATE);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            return error(line, RowError.Kind.BAD_DATE, MANUFACTURING_DATE, dateText,
                    "not a calendar date in the form yyyy-MM-dd");
        }
        if (date.getYear() < 1) {
            return error(line, RowError.Kind.BAD_DATE, MANUFACTURING_DATE, dateText,
                    "a manufacturing date must lie in the years 1 to 9999");
        }
        if (date.isAfter(today)) {
            return error(line, RowError.Kind.BAD_DATE, MANUFACTURING_DATE, dateText,
                    "a manufacturing date cannot be after the run date " + today);
        }
        String sohText = f.get(sohAt).trim();
        Optional<BigDecimal> soh = Optional.empty();
        if (sohText.isEmpty()) {
            return missing(line, STATE_OF_HEALTH);
        }
        BigDecimal sohValue = decimal(sohText);
        if (sohValue == null) {
            return error(line, RowError.Kind.BAD_NUMBER, STATE_OF_HEALTH, sohText,
                    "expected a decimal number such as 98.5");
        }
        if (sohValue.signum() < 0 || sohValue.compareTo(HUNDRED) > 0) {
            return error(line, RowError.Kind.OUT_OF_RANGE, STATE_OF_HEALTH, sohText,
                    "a state of health must be between 0 and 100 %");
        }
        soh = Optional.of(sohValue);
        BigDecimal capacity = null;
        if (capacityAt >= 0 && !f.get(capacityAt).trim().isEmpty()) {
            String text = f.get(capacityAt).trim();
            capacity = decimal(text);
            if (capacity == null) {
                return error(line, RowError.Kind.BAD_NUMBER, REMAINING_CAPACITY, text,
                        "expected a decimal number such as 142.5");
            }
            if (capacity.signum() <= 0) {
                return error(line, RowError.Kind.OUT_OF_RANGE, REMAINING_CAPACITY, text,
                        "a remaining capacity must be greater than 0 Ah");
            }
        }
        String cyclesText = f.get(cyclesAt).trim();
        if (cyclesText.isEmpty()) {
            return missing(line, CYCLES);
        }
        long cycles;
        try {
            cycles = Long.parseLong(cyclesText);
        } catch (NumberFormatException e) {
            return error(line, RowError.Kind.BAD_NUMBER, CYCLES, cyclesText,
                    "expected a whole number of cycles");
        }
        if (cycles < 0) {
            return error(line, RowError.Kind.OUT_OF_RANGE, CYCLES, cyclesText,
                    "a cycle count cannot be negative");
        }
        String status = f.get(statusAt).trim().toLowerCase(Locale.ROOT);
        if (status.isEmpty()) {
            return missing(line, STATUS);
        }
        if (!STATUSES.contains(status)) {
            return error(line, RowError.Kind.BAD_STATUS, STATUS, f.get(statusAt).trim(),
                    "expected one of original, repurposed, re-used, remanufactured, waste");
        }
        if (!seenSerials.add(LongHashSet.hash(serial))) {
            return error(line, RowError.Kind.DUPLICATE_SERIAL, SERIAL, serial,
                    "this serial appears on an earlier line; each battery needs its own");
        }
        return Optional.of(ParsedRow.of(ProductionRecord.of(line, serial, lot, date, soh.get(),
                capacity, cycles, status)));
    }

    private static Optional<ParsedRow> identifier(int line, String column, String value,
            ApplicationIdentifier ai) {
        if (value.isEmpty()) {
            return missing(line, column);
        }
        if (!ai.isValid(value)) {
            return error(line, RowError.Kind.BAD_IDENTIFIER, column, value, "not a valid GS1 AI ("
                    + ai.code() + ") value: 1 to 20 characters of letters, digits and"
                    + " !\"%&'()*+,-./:;<=>?_");
        }
        return Optional.empty();
    }

    private static BigDecimal decimal(String text) {
        // new BigDecimal(String) is quadratic in the length: never parse an unbounded text
        if (text.length() > org.dppkit.battery.PassportLimits.MAX_NUMBER_LENGTH
                || !text.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
            return null;
        }
        return new BigDecimal(text);
    }

    private static Optional<ParsedRow> missing(int line, String column) {
        return error(line, RowError.Kind.MISSING_VALUE, column, "", "a value is required");
    }

    private static Optional<ParsedRow> error(int line, RowError.Kind kind, String column,
            String value, String message) {
        return Optional.of(ParsedRow.of(RowError.of(line, kind, column, value, message)));
    }

    @Override
    public void close() {
        csv.close();
    }

    /** A row: either a record or an error. Immutable and thread-safe. */
    static final class ParsedRow {
        private final ProductionRecord record;
        private final RowError error;

        private ParsedRow(ProductionRecord record, RowError error) {
            this.record = record;
            this.error = error;
        }

        static ParsedRow of(ProductionRecord record) {
            return new ParsedRow(Objects.requireNonNull(record, "record"), null);
        }

        static ParsedRow of(RowError error) {
            return new ParsedRow(null, Objects.requireNonNull(error, "error"));
        }

        Optional<ProductionRecord> record() {
            return Optional.ofNullable(record);
        }

        Optional<RowError> error() {
            return Optional.ofNullable(error);
        }

        @Override
        public String toString() {
            return record != null ? record.toString() : error.toString();
        }
    }
}
