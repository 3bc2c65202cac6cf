package org.dppkit.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One battery as an ERP exports it: one row of the production-record CSV file, already checked
 * (see {@link ProductionRecordReader} for the columns and their rules).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProductionRecord {

    private final int line;
    private final String serial;
    private final String lot;
    private final LocalDate manufacturingDate;
    private final BigDecimal stateOfHealthPercent;
    private final BigDecimal remainingCapacityAh;
    private final long cycles;
    private final String status;

    private ProductionRecord(int line, String serial, String lot, LocalDate manufacturingDate,
            BigDecimal stateOfHealthPercent, BigDecimal remainingCapacityAh, long cycles,
            String status) {
        this.line = line;
        this.serial = Objects.requireNonNull(serial, "serial");
        this.lot = Objects.requireNonNull(lot, "lot");
        this.manufacturingDate = Objects.requireNonNull(manufacturingDate, "manufacturingDate");
        this.stateOfHealthPercent = Objects.requireNonNull(stateOfHealthPercent,
                "stateOfHealthPercent");
        this.remainingCapacityAh = remainingCapacityAh;
        this.cycles = cycles;
        this.status = Objects.requireNonNull(status, "status");
    }

    static ProductionRecord of(int line, String serial, String lot, LocalDate manufacturingDate,
            BigDecimal stateOfHealthPercent, BigDecimal remainingCapacityAh, long cycles,
            String status) {
        return new ProductionRecord(line, serial, lot, manufacturingDate, stateOfHealthPercent,
                remainingCapacityAh, cycles, status);
    }

    /** Returns the line of the CSV file the row starts on. */
    int line() {
        return line;
    }

    /** Returns the serial number, a valid GS1 AI (21) value. */
    String serial() {
        return serial;
    }

    /** Returns the lot, a valid GS1 AI (10) value. */
    String lot() {
        return lot;
    }

    /** Returns the manufacturing date. */
    LocalDate manufacturingDate() {
        return manufacturingDate;
    }

    /** Returns the state of health (state of certified energy), 0 to 100 %. */
    BigDecimal stateOfHealthPercent() {
        return stateOfHealthPercent;
    }

    /** Returns the measured remaining capacity in Ah, if the row has one. */
    Optional<BigDecimal> remainingCapacityAh() {
        return Optional.ofNullable(remainingCapacityAh);
    }

    /** Returns the full charge-discharge cycles so far, not negative. */
    long cycles() {
        return cycles;
    }

    /** Returns the battery status as written in the file, lower case (e.g. {@code original}). */
    String status() {
        return status;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProductionRecord o && line == o.line && serial.equals(o.serial)
                && lot.equals(o.lot) && manufacturingDate.equals(o.manufacturingDate)
                && stateOfHealthPercent.equals(o.stateOfHealthPercent)
                && Objects.equals(remainingCapacityAh, o.remainingCapacityAh)
                && cycles == o.cycles && status.equals(o.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, serial, lot, manufacturingDate, stateOfHealthPercent,
                remainingCapacityAh, cycles, status);
    }

    @Override
    public String toString() {
        return "ProductionRecord[line " + line + ", serial " + serial + ", lot " + lot + ", made "
                + manufacturingDate + ", SoH " + stateOfHealthPercent.toPlainString() + " %, "
                + (remainingCapacityAh == null ? "" : remainingCapacityAh.toPlainString() + " Ah, ")
                + cycles + " cycles, " + status + "]";
    }
}
