package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed passport documents ({@code malformed/*.json} beside this class) with the
 * JSON pointer, line, column and reason each must be rejected with.
 */
class MalformedCorpusTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, pointer, line, column, start of the reason
                Arguments.of("root-array", "", 1, 1, "expected a passport object but found an array"),
                Arguments.of("empty", "", 1, 1, "expected a passport object but found the end of the input"),
                Arguments.of("missing-level", "/level", 8, 1, "missing required property \"level\""),
                Arguments.of("unknown-property", "/colour", 3, 3, "unknown property \"colour\""),
                Arguments.of("duplicate-key", "/level", 3, 10, "duplicate key \"level\""),
                Arguments.of("duplicate-fields", "/fields", 4, 11, "duplicate key \"fields\""),
                Arguments.of("version-string", "/version", 3, 14,
                        "expected a version number but found string \"1\""),
                Arguments.of("version-fraction", "/version", 3, 14,
                        "expected a version number but found number 1.5, which has a fraction"),
                Arguments.of("version-exponent", "/version", 3, 14,
                        "expected a version number written without exponent but found number 1e2"),
                Arguments.of("unknown-field-key", "/fields/colour", 4, 5, "unknown field key \"colour\""),
                Arguments.of("trailing-document", "", 4, 3,
                        "expected the end of the input after the passport object but found an object"),
                Arguments.of("bad-level", "/level", 2, 36,
                        "expected a passport level (MODEL, BATCH, ITEM) but found string \"SINGLE\""),
                Arguments.of("schema-version-2", "/schemaVersion", 2, 20, "unsupported schemaVersion \"2.0\""),
                Arguments.of("extensions-array", "/extensions", 4, 17,
                        "expected an object of user data but found an array"),
                Arguments.of("truncated", "/fields", 3, 14, "malformed JSON: Unexpected end-of-input"),
                Arguments.of("nan", "/extensions/x", 4, 26, "malformed JSON: Non-standard token 'NaN'"),
                Arguments.of("derived-from-unknown", "/derivedFrom/parent", 3, 19,
                        "unknown property \"parent\" in derivedFrom"),
                Arguments.of("deep-extensions", "/extensions" + "/a".repeat(31), 4, 204,
                        "input exceeds a reader limit: Document nesting depth (33)"),
                Arguments.of("long-number", "/extensions/n", 4, 103,
                        "input exceeds a reader limit: Number value length (80)"),
                Arguments.of("extension-exponent", "/extensions/n", 4, 23,
                        "expected a number written without exponent but found number 1e-999999999"),
                Arguments.of("fields-null", "/fields", 3, 13,
                        "expected an object of field values keyed by catalogue key but found null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void read_malformed_throwsWithPointerAndPosition(String file, String pointer, int line, int column,
            String reason) {
        String json = load(file);
        PassportFormatException e = assertThrows(PassportFormatException.class, () -> Reading.read(json));
        assertEquals(pointer, e.pointer(), e::getMessage);
        assertEquals(line, e.line(), e::getMessage);
        assertEquals(column, e.column(), e::getMessage);
        assertTrue(e.reason().startsWith(reason), e::getMessage);
        assertTrue(e.getMessage().contains("(line " + line + ", column " + column + ")"), e::getMessage);
        // The same document as bytes gives the same pointer and line.
        PassportFormatException b = assertThrows(PassportFormatException.class,
                () -> Reading.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(pointer, b.pointer());
        assertEquals(line, b.line());
    }

    static String load(String file) {
        try (InputStream in = MalformedCorpusTest.class.getResourceAsStream("malformed/" + file + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
