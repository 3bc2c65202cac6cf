package org.dppkit.examples;

import java.util.Objects;
import org.dppkit.gs1.internal.Excerpts;

/**
 * Why one row of a production-record file was rejected: its line number, the column, the
 * offending value (truncated) and the rule it broke. A rejected row never produces a passport.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RowError {

    /** The kinds of row problems, stable for tests and for an ERP to map to its own messages. */
    enum Kind {
        /** The row is not valid CSV (stray or unclosed quote). */
        MALFORMED_CSV,
        /** The row has more or fewer fields than the header. */
        WRONG_FIELD_COUNT,
        /** A required value is empty. */
        MISSING_VALUE,
        /** A serial or lot is not a valid GS1 AI (21) or (10) value. */
        BAD_IDENTIFIER,
        /** A serial appears twice in the file. */
        DUPLICATE_SERIAL,
        /** A date is not an ISO-8601 calendar date (yyyy-MM-dd) or lies in the future. */
        BAD_DATE,
        /** A number does not parse. */
        BAD_NUMBER,
        /** A number is outside its allowed range. */
        OUT_OF_RANGE,
        /** A status is not one of the regulation's battery statuses. */
        BAD_STATUS,
        /** The manufacturing month differs from the month of the row's lot (its batch passport). */
        LOT_DATE_MISMATCH,
        /** The item passport built from the row has an {@code ERROR} validation finding. */
        NOT_COMPLIANT,
        /** The passport could not be built from an otherwise readable row. */
        REJECTED_BY_PASSPORT
    }

    private final int line;
    private final Kind kind;
    private final String column;
    private final String value;
    private final String message;

    private RowError(int line, Kind kind, String column, String value, String message) {
        this.line = line;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.column = Objects.requireNonNull(column, "column");
        this.value = Objects.requireNonNull(value, "value");
        this.message = Objects.requireNonNull(message, "message");
    }

    static RowError of(int line, Kind kind, String column, String value, String message) {
        return new RowError(line, kind, column, value, message);
    }

    int line() {
        return line;
    }

    Kind kind() {
        return kind;
    }

    String column() {
        return column;
    }

    String value() {
        return value;
    }

    String message() {
        return message;
    }

    /** Returns the text shown to a clerk, e.g. {@code line 7, column lot: ... (BAD_IDENTIFIER)}. */
    String describe() {
        StringBuilder sb = new StringBuilder().append("line ").append(line);
        if (!column.isEmpty()) {
            sb.append(", column ").append(column);
        }
        if (!value.isEmpty()) {
            sb.append(", value '").append(truncate(value)).append('\'');
        }
        return sb.append(": ").append(message).append(" [").append(kind).append(']').toString();
    }

    /** Shows a cell's value in a message: see {@link Excerpts#truncate}. */
    static String truncate(String s) {
        return Excerpts.truncate(s);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RowError o && line == o.line && kind == o.kind
                && column.equals(o.column) && value.equals(o.value) && message.equals(o.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, kind, column, value, message);
    }

    @Override
    public String toString() {
        return "RowError[" + describe() + "]";
    }
}
