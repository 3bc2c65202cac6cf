package org.dppkit.examples;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record read by {@link CsvReader}: the line it starts on and its fields, or why it could
 * not be read.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CsvRecord {

    private final int line;
    private final List<String> fields;
    private final int errorColumn;
    private final String error;

    private CsvRecord(int line, List<String> fields, int errorColumn, String error) {
        this.line = line;
        this.fields = fields;
        this.errorColumn = errorColumn;
        this.error = error;
    }

    static CsvRecord of(int line, List<String> fields) {
        return new CsvRecord(line, List.copyOf(fields), 0, null);
    }

    static CsvRecord error(int line, int column, String error) {
        return new CsvRecord(line, List.of(), column, Objects.requireNonNull(error, "error"));
    }

    /** Returns the 1-based line number the record starts on. */
    int line() {
        return line;
    }

    /** Returns the fields, empty if the record is malformed. */
    List<String> fields() {
        return fields;
    }

    /** Returns why the record is malformed, or empty if it was read. */
    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** Returns the 1-based field number where the record went wrong, 0 if it was read. */
    int errorColumn() {
        return errorColumn;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CsvRecord other && line == other.line && fields.equals(other.fields)
                && errorColumn == other.errorColumn && Objects.equals(error, other.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, fields, errorColumn, error);
    }

    @Override
    public String toString() {
        return error == null ? "CsvRecord[line " + line + ": " + fields + "]"
                : "CsvRecord[line " + line + ", field " + errorColumn + ": " + error + "]";
    }
}
