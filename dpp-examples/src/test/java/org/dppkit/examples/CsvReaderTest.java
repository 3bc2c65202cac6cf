package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

    static List<CsvRecord> readAll(String text) {
        List<CsvRecord> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            for (Optional<CsvRecord> n = r.next(); n.isPresent(); n = r.next()) {
                out.add(n.get());
            }
        }
        return out;
    }

    /** RFC 4180 examples (section 2) and the line-end variants found in ERP exports. */
    static Stream<Arguments> wellFormed() {
        return Stream.of(
                Arguments.of("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n",
                        List.of(CsvRecord.of(1, List.of("aaa", "bbb", "ccc")),
                                CsvRecord.of(2, List.of("zzz", "yyy", "xxx")))),
                Arguments.of("aaa,bbb,ccc\r\nzzz,yyy,xxx",
                        List.of(CsvRecord.of(1, List.of("aaa", "bbb", "ccc")),
                                CsvRecord.of(2, List.of("zzz", "yyy", "xxx")))),
                Arguments.of("\"aaa\",\"bbb\",\"ccc\"\n",
                        List.of(CsvRecord.of(1, List.of("aaa", "bbb", "ccc")))),
                Arguments.of("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n",
                        List.of(CsvRecord.of(1, List.of("aaa", "b\nbb", "ccc")),
                                CsvRecord.of(3, List.of("zzz", "yyy", "xxx")))),
                Arguments.of("\"aaa\",\"b\"\"bb\",\"ccc\"\n",
                        List.of(CsvRecord.of(1, List.of("aaa", "b\"bb", "ccc")))),
                Arguments.of("a,,c\n,\n", List.of(CsvRecord.of(1, List.of("a", "", "c")),
                        CsvRecord.of(2, List.of("", "")))),
                Arguments.of("\uFEFFserial,lot\rA,B\r", List.of(
                        CsvRecord.of(1, List.of("serial", "lot")), CsvRecord.of(2, List.of("A", "B")))),
                Arguments.of("a\n\n\r\nb\n", List.of(CsvRecord.of(1, List.of("a")),
                        CsvRecord.of(4, List.of("b")))),
                Arguments.of("\"\"\n", List.of(CsvRecord.of(1, List.of("")))),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void next_wellFormed_givesFieldsAndStartLines(String text, List<CsvRecord> expected) {
        assertEquals(expected, readAll(text));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a,b\"c,d\ne,f\n", CsvRecord.error(1, 2, "a quote inside an unquoted field"),
                        CsvRecord.of(2, List.of("e", "f"))),
                Arguments.of("\"a\"x,b\ne,f\n", CsvRecord.error(1, 1, "text after the closing quote"),
                        CsvRecord.of(2, List.of("e", "f"))),
                Arguments.of("x\n\"a,b", CsvRecord.of(1, List.of("x")),
                        CsvRecord.error(2, 1, "the quote opened on line 2 is never closed")));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void next_malformed_reportsLineAndResumes(String text, CsvRecord first, CsvRecord second) {
        List<CsvRecord> records = readAll(text);
        assertEquals(List.of(first, second), records);
    }

    @Test
    void error_malformedRecord_hasNoFields() {
        CsvRecord r = readAll("a\"b\n").get(0);
        assertEquals(Optional.of("a quote inside an unquoted field"), r.error());
        assertEquals(List.of(), r.fields());
        assertTrue(r.toString().contains("line 1"), r.toString());
    }

    /** Any table written the RFC 4180 way reads back equal, with the right start lines. */
    @Property(tries = 300)
    void next_roundTrip(@ForAll("tables") List<List<String>> table) {
        StringBuilder sb = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (List<String> row : table) {
            lines.add(line);
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String f = row.get(i);
                boolean quote = f.isEmpty() || f.matches("(?s).*[,\"\r\n].*");
                sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
                line += (int) f.chars().filter(c -> c == '\n').count();
            }
            sb.append("\r\n");
            line++;
        }
        List<CsvRecord> expected = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            expected.add(CsvRecord.of(lines.get(i), table.get(i)));
        }
        assertEquals(expected, readAll(sb.toString()));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,\"\n;x1").ofMaxLength(6);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(8);
    }
}
