package org.dppkit.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the GS1 conformance vectors in {@code src/test/resources/gs1-vectors/} (see README.md). */
final class Vectors {

    private Vectors() {
    }

    /** Returns every row of a TSV file as a column-to-value map, in file order. */
    static List<Map<String, String>> load(String file) {
        try (InputStream in = Vectors.class.getResourceAsStream("/gs1-vectors/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\t", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(file + ": bad row " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the rows as JUnit arguments (id, row), so reports name each vector. */
    static Stream<Arguments> rows(String file) {
        return load(file).stream().map(r -> Arguments.of(r.values().iterator().next(), r));
    }

    /** Decodes a {@code _pct} column: %HH to the character with that code. */
    static String pct(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Decodes a {@code _hex} column (lower-case hex bytes) to ISO-8859-1 characters. */
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < s.length(); i += 2) {
            sb.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
        }
        return sb.toString();
    }

    /** Maps a row's {@code options} to parser options for Digital Link URIs. */
    static ParseOptions dlOptions(String options) {
        ParseOptions o = ParseOptions.strict();
        List<String> list = List.of(options.split(","));
        if (list.contains("permit-zero-suppressed-gtin")) {
            o = o.withZeroSuppressedGtin(true);
        }
        if (list.contains("permit-convenience-alphas")) {
            o = o.withConvenienceAlphas(true);
        }
        // In a Digital Link URI an unknown AI can only be a query attribute: the engine needs
        // both of its flags for that, dppkit's single option covers exactly that case.
        if (list.contains("permit-unknown-ai-dl-attributes")) {
            o = o.withUnknownAis(true);
        }
        return o;
    }
}
