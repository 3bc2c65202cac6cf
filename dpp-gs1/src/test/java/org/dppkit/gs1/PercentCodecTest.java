package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PercentCodecTest {

    static Stream<Arguments> escape() {
        return Vectors.rows("uri-escape.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escape")
    void encode_vectors(String id, Map<String, String> row) {
        assertEquals(row.get("path_escaped"), PercentCodec.encode(row.get("raw"), false), id);
        assertEquals(row.get("query_escaped"), PercentCodec.encode(row.get("raw"), true), id);
    }

    static Stream<Arguments> unescape() {
        return Vectors.rows("uri-unescape.tsv");
    }

    /**
     * Rows where the engine passes a malformed escape through literally. dppkit is strict by
     * design (RFC 3986 section 2.1: '%' only starts "%" HEXDIG HEXDIG; BWIPP also rejects it;
     * vectors README "Where dppkit deliberately differs from the engine"), so these must fail.
     */
    private static final Set<String> STRICT_DIFFERS = Set.of(
            "unesc-008", "unesc-009", "unesc-018", "unesc-019", "unesc-020", "unesc-021");

    @ParameterizedTest(name = "{0}")
    @MethodSource("unescape")
    void decode_vectors(String id, Map<String, String> row) {
        String input = row.get("input");
        if (row.get("expect").equals("error") || STRICT_DIFFERS.contains(id)) {
            Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                    () -> PercentCodec.decode(input, 0, input.length(), false, "value"), id);
            assertEquals(Gs1ErrorCode.BAD_PERCENT_ENCODING, e.errorCode());
            assertEquals(input.indexOf('%'), e.position());
            assertThrows(Gs1SyntaxException.class, () -> PercentCodec.decode(input, 0, input.length(), true, "value"));
            return;
        }
        assertEquals(Vectors.hex(row.get("path_output_hex")), PercentCodec.decode(input, 0, input.length(), false,
                "v"), id);
        assertEquals(Vectors.hex(row.get("query_output_hex")), PercentCodec.decode(input, 0, input.length(), true,
                "v"), id);
        assertEquals(Vectors.pct(row.get("path_output_pct")), Vectors.hex(row.get("path_output_hex")), id);
    }
}
