package org.dppkit.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads RFC 4180 comma-separated values one record at a time, remembering the line each record
 * starts on.
 *
 * <p>Accepted: fields separated by {@code ,}; records ended by CRLF, LF or CR (a lone CR is taken
 * as a line end too); fields in double quotes that may contain commas, line breaks and doubled
 * quotes ({@code ""}); a final record with or without a line end; an optional UTF-8 byte-order
 * mark at the start. A malformed record (a quote inside an unquoted field, text after a closing
 * quote, a quote left open at the end of the input) is returned as a {@link CsvRecord} with an
 * {@linkplain CsvRecord#error() error}, and reading resumes on the next line, so one bad row never
 * hides the rows after it. Blank lines are skipped.
 *
 * <pre>{@code
 * try (CsvReader csv = new CsvReader(Files.newBufferedReader(path, StandardCharsets.UTF_8))) {
 *     for (CsvRecord r; (r = csv.next().orElse(null)) != null; ) {
 *         System.out.println(r.line() + ": " + r.fields());
 *     }
 * }
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe; it owns the reader and closes it.
 */
final class CsvReader implements AutoCloseable {

    private static final int EOF = -1;

    private final Reader in;
    private int pushedBack = -2;
    /** The line the next character is on, 1-based. */
    private int line = 1;
    private boolean first = true;

    /**
     * Creates a reader over characters (decode the bytes as UTF-8 before).
     *
     * @param in the characters, not null; closed by {@link #close()}
     */
    CsvReader(Reader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /**
     * Reads the next record.
     *
     * @return the record, or empty at the end of the input
     * @throws UncheckedIOException if the reader fails
     */
    Optional<CsvRecord> next() {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {          // blank lines
            c = lineEnd(c);
        }
        if (c == EOF) {
            return Optional.empty();
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' ) {
                if (field.length() > 0) {
                    return Optional.of(skipRest(startLine, fields.size() + 1,
                            "a quote inside an unquoted field"));
                }
                int openedOn = line;
                while (true) {
                    c = read();
                    if (c == EOF) {
                        return Optional.of(CsvRecord.error(startLine, fields.size() + 1,
                                "the quote opened on line " + openedOn + " is never closed"));
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        break;
                    }
                    if (c == '\r' || c == '\n') {
                        field.append('\n');
                        c = lineEnd(c);
                        pushBack(c);
                        continue;
                    }
                    field.append((char) c);
                }
                if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    return Optional.of(skipRest(startLine, fields.size() + 1,
                            "text after the closing quote"));
                }
                continue;   // c is a separator, handled below
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n' || c == EOF) {
                fields.add(field.toString());
                if (c != EOF) {
                    pushBack(lineEnd(c));
                }
                return Optional.of(CsvRecord.of(startLine, fields));
            }
            field.append((char) c);
            c = read();
        }
    }

    /** Drops the rest of the current physical line and reports the record as malformed. */
    private CsvRecord skipRest(int startLine, int column, String problem) {
        int c = read();
        while (c != '\r' && c != '\n' && c != EOF) {
            c = read();
        }
        if (c != EOF) {
            pushBack(lineEnd(c));
        }
        return CsvRecord.error(startLine, column, problem);
    }

    /** Consumes a line end starting with c and returns the character after it. */
    private int lineEnd(int c) {
        line++;
        int next = read();
        if (c == '\r' && next == '\n') {
            next = read();
        }
        return next;
    }

    private void pushBack(int c) {
        pushedBack = c;
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV input at line " + line, e);
        }
    }

    /**
     * Closes the underlying reader.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
