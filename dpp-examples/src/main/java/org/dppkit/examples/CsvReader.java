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
 * hides the rows after it: a quote that is not closed within {@link #MAX_FIELD_LENGTH} characters
 * (or by the end of the input) makes its record malformed, and reading resumes on the line after
 * the one the quote opened on. Blank lines are skipped.
 *
 * <p>Memory is bounded whatever the input: a field longer than {@link #MAX_FIELD_LENGTH}
 * characters or a record of more than {@link #MAX_FIELDS} fields is malformed (the rest of its
 * line is skipped without being kept). A character U+FFFD (what a decoder puts in place of bytes
 * that are not UTF-8, see {@link ErpBulkLabels}) makes its record malformed, naming its line.
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
    /** The longest field, in characters. */
    static final int MAX_FIELD_LENGTH = 64 * 1024;
    /** The most fields of one record. */
    static final int MAX_FIELDS = 1024;

    private final Reader in;
    private int pushedBack = -2;
    /** Characters to read again before the input (after an unclosed quote); null when none. */
    private CharSequence replay;
    private int replayAt;
    /** The raw characters of the quoted field being read, from the quote on; null outside one. */
    private StringBuilder raw;
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
                raw = new StringBuilder();
                while (true) {
                    c = read();
                    if (c == EOF || raw.length() > MAX_FIELD_LENGTH) {
                        return Optional.of(unclosed(startLine, fields.size() + 1, openedOn, c == EOF));
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
                raw = null;
                if (c != ',' && c != '\r' && c != '\n' && c != EOF) {
                    return Optional.of(skipRest(startLine, fields.size() + 1,
                            "text after the closing quote"));
                }
                continue;   // c is a separator, handled below
            }
            if (c == '\uFFFD') {
                return Optional.of(skipRest(startLine, fields.size() + 1,
                        "bytes that are not UTF-8 (replaced by U+FFFD)"));
            }
            if (field.length() >= MAX_FIELD_LENGTH) {
                return Optional.of(skipRest(startLine, fields.size() + 1,
                        "a field longer than " + MAX_FIELD_LENGTH + " characters"));
            }
            if (c == ',') {
                if (fields.size() + 1 >= MAX_FIELDS) {
                    return Optional.of(skipRest(startLine, fields.size() + 1,
                            "more than " + MAX_FIELDS + " fields"));
                }
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

    /**
     * Reports a record whose quote is not closed (by the end of the input, or within the field
     * length limit) and arranges for reading to resume on the line after the one the quote
     * opened on: the characters read since then are read again.
     */
    private CsvRecord unclosed(int startLine, int column, int openedOn, boolean atEnd) {
        StringBuilder consumed = raw;
        raw = null;
        int cut = -1;
        for (int i = 0; i < consumed.length(); i++) {
            char ch = consumed.charAt(i);
            if (ch == '\r' || ch == '\n') {
                cut = ch == '\r' && i + 1 < consumed.length() && consumed.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                break;
            }
        }
        line = openedOn + 1;
        if (cut >= 0) {
            CharSequence rest = consumed.subSequence(cut, consumed.length());
            replay = replay == null || replayAt >= replay.length() ? rest
                    : new StringBuilder(rest).append(replay, replayAt, replay.length());
            replayAt = 0;
        } else if (!atEnd) {
            // no line end within the limit: drop the rest of this overlong line
            int c = read();
            while (c != '\r' && c != '\n' && c != EOF) {
                c = read();
            }
            if (c != EOF) {
                pushBack(lineEnd(c));
            }
            line = openedOn + 1;
        }
        String why = atEnd ? "the quote opened on line " + openedOn + " is never closed"
                : "the quote opened on line " + openedOn + " is not closed within "
                        + MAX_FIELD_LENGTH + " characters";
        return CsvRecord.error(startLine, column, why);
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
        int c;
        if (pushedBack != -2) {
            // already kept in raw when it was first read
            c = pushedBack;
            pushedBack = -2;
            return c;
        } else if (replay != null && replayAt < replay.length()) {
            c = replay.charAt(replayAt++);
        } else {
            replay = null;
            try {
                c = in.read();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the CSV input at line " + line, e);
            }
        }
        if (raw != null && c != EOF) {
            raw.append((char) c);
        }
        return c;
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
