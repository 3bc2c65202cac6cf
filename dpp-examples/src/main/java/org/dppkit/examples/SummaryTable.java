package org.dppkit.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table for the console: a header, a rule, rows; numeric columns aligned right.
 *
 * <pre>
 * Passport   Level  Findings  Errors  Files
 * ---------  -----  --------  ------  -----
 * model      MODEL         7       0      5
 * </pre>
 *
 * <p>Only ASCII is used, so the table looks the same on every console and in every log. This
 * class is mutable and not thread-safe.
 */
final class SummaryTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Creates a table with its column headers; a header ending in {@code ">"} marks a column
     * aligned right (the marker is not printed).
     */
    SummaryTable(String... headers) {
        List<String> names = new ArrayList<>();
        rightAligned = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            String h = Objects.requireNonNull(headers[i], "header");
            rightAligned[i] = h.endsWith(">");
            names.add(rightAligned[i] ? h.substring(0, h.length() - 1) : h);
        }
        this.headers = List.copyOf(names);
    }

    /** Adds a row; it must have one value per column. */
    SummaryTable row(Object... values) {
        if (values.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " values but was "
                    + values.length);
        }
        List<String> row = new ArrayList<>();
        for (Object v : values) {
            row.add(String.valueOf(v));
        }
        rows.add(row);
        return this;
    }

    /** Returns the rows added so far. */
    int size() {
        return rows.size();
    }

    /** Returns the table text, lines ended by {@code \n}. */
    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(sb, rule, widths);
        for (List<String> row : rows) {
            line(sb, row, widths);
        }
        return sb.toString();
    }

    /** Prints the table. */
    void print(PrintStream out) {
        out.print(render());
        out.flush();
    }

    private void line(StringBuilder sb, List<String> cells, int[] widths) {
        int start = sb.length();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(rightAligned[i] ? pad + c : c + pad);
        }
        int end = sb.length();
        while (end > start && sb.charAt(end - 1) == ' ') {
            end--;
        }
        sb.setLength(end);
        sb.append('\n');
    }
}
