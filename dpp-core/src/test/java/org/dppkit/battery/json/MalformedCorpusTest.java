package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.PassportErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed passport documents ({@code malformed/*.json} beside this class) with the
 * JSON pointer, line, column and reason each must be rejected with.
 */
class MalformedCorpusTest {

    /** The code of each corpus file's error. */
    private static final Map<String, PassportErrorCode> CODES = Map.ofEntries(
            Map.entry("root-array", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("empty", PassportErrorCode.MALFORMED_JSON),
            Map.entry("missing-level", PassportErrorCode.MISSING_PROPERTY),
            Map.entry("unknown-property", PassportErrorCode.UNKNOWN_PROPERTY),
            Map.entry("duplicate-key", PassportErrorCode.DUPLICATE_KEY),
            Map.entry("duplicate-fields", PassportErrorCode.DUPLICATE_KEY),
            Map.entry("version-string", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("version-fraction", PassportErrorCode.NOT_WHOLE_NUMBER),
            Map.entry("version-exponent", PassportErrorCode.BAD_FORMAT),
            Map.entry("unknown-field-key", PassportErrorCode.UNKNOWN_PROPERTY),
            Map.entry("trailing-document", PassportErrorCode.MALFORMED_JSON),
            Map.entry("bad-level", PassportErrorCode.UNKNOWN_VALUE),
            Map.entry("schema-version-2", PassportErrorCode.UNSUPPORTED_SCHEMA_VERSION),
            Map.entry("extensions-array", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("truncated", PassportErrorCode.MALFORMED_JSON),
            Map.entry("nan", PassportErrorCode.MALFORMED_JSON),
            Map.entry("derived-from-unknown", PassportErrorCode.UNKNOWN_PROPERTY),
            Map.entry("deep-extensions", PassportErrorCode.READER_LIMIT),
            Map.entry("long-number", PassportErrorCode.READER_LIMIT),
            Map.entry("extension-exponent", PassportErrorCode.TOO_LONG),
            Map.entry("id-wrong-level", PassportErrorCode.WRONG_LEVEL_IDENTIFIER),
            Map.entry("id-not-digital-link", PassportErrorCode.BAD_IDENTIFIER),
            Map.entry("model-derived-from", PassportErrorCode.WRONG_PARENT),
            Map.entry("derived-from-other-gtin", PassportErrorCode.IDENTIFIER_MISMATCH),
            Map.entry("audience-leak", PassportErrorCode.FIELD_NOT_IN_AUDIENCE),
            Map.entry("provenance-without-value", PassportErrorCode.BAD_PROVENANCE),
            Map.entry("provenance-narrower", PassportErrorCode.BAD_PROVENANCE),
            Map.entry("quantity-wrong-unit", PassportErrorCode.WRONG_UNIT),
            Map.entry("quantity-unknown-unit", PassportErrorCode.UNKNOWN_VALUE),
            Map.entry("quantity-string-value", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("quantity-missing-unit", PassportErrorCode.MISSING_PROPERTY),
            Map.entry("integer-fraction", PassportErrorCode.NOT_WHOLE_NUMBER),
            Map.entry("enum-unknown-value", PassportErrorCode.UNKNOWN_VALUE),
            Map.entry("object-unknown-property", PassportErrorCode.UNKNOWN_PROPERTY),
            Map.entry("object-missing-property", PassportErrorCode.MISSING_PROPERTY),
            Map.entry("nested-duplicate-key", PassportErrorCode.DUPLICATE_KEY),
            Map.entry("list-not-array", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("list-element-type", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("scope-item-field-on-model", PassportErrorCode.SCOPE_ABOVE_LEVEL),
            Map.entry("derived-field-mismatch", PassportErrorCode.DERIVED_FIELD),
            Map.entry("localized-bad-tag", PassportErrorCode.BAD_FORMAT),
            Map.entry("percent-over-100", PassportErrorCode.OUT_OF_RANGE),
            Map.entry("date-invalid", PassportErrorCode.BAD_FORMAT),
            Map.entry("sub-category-not-industrial", PassportErrorCode.WRONG_CATEGORY),
            Map.entry("value-null", PassportErrorCode.WRONG_JSON_TYPE),
            Map.entry("revision-without-revised-at", PassportErrorCode.MISSING_PART),
            Map.entry("parent-revision-without-revised-at", PassportErrorCode.MISSING_PART),
            Map.entry("fields-null", PassportErrorCode.WRONG_JSON_TYPE));

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, pointer, line, column, start of the reason
                Arguments.of("root-array", "", 1, 1, "expected a passport object but found an array"),
                Arguments.of("empty", "", 1, 1, "expected a passport object but found the end of the input"),
                Arguments.of("missing-level", "/level", 8, 1, "missing required property \"level\""),
                Arguments.of("unknown-property", "/colour", 3, 3, "unknown property \"colour\""),
                Arguments.of("duplicate-key", "/level", 3, 3, "duplicate key \"level\""),
                Arguments.of("duplicate-fields", "/fields", 4, 3, "duplicate key \"fields\""),
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
                        "expected a number of at most 64 characters written without exponent but found number "
                                + "1e-999999999"),
                Arguments.of("id-wrong-level", "/id", 5, 9,
                        "identifier \"https://id.gs1.org/01/09506000134352/10/L42\" is a BATCH identifier but level "
                                + "is MODEL"),
                Arguments.of("id-not-digital-link", "/id", 5, 9,
                        "expected a GS1 Digital Link URI"),
                Arguments.of("model-derived-from", "/derivedFrom", 8, 18,
                        "a MODEL passport derives from no other passport"),
                Arguments.of("derived-from-other-gtin", "/derivedFrom/model/id", 8, 28,
                        "expected a passport of GTIN 09506000134352 but found GTIN 04012345000009"),
                Arguments.of("audience-leak", "/fields/batteryStatus", 9, 22,
                        "field \"batteryStatus\" (access LEGITIMATE_INTEREST) may not appear in a document for "
                                + "audience PUBLIC"),
                Arguments.of("provenance-without-value", "/provenance/batteryStatus", 9, 17,
                        "provenance given for field \"batteryStatus\", which has no value"),
                Arguments.of("provenance-narrower", "/provenance/manufacturer.name", 9, 17,
                        "provenance ITEM is narrower than the MODEL passport itself (expected MODEL)"),
                Arguments.of("quantity-wrong-unit", "/fields/voltage.nominal/unit", 11, 47,
                        "expected unit \"VLT\" (V) but found \"AMH\""),
                Arguments.of("quantity-unknown-unit", "/fields/voltage.nominal/unit", 11, 47,
                        "expected a UN/CEFACT Rec 20 unit code of the catalogue (KGM, MON"),
                Arguments.of("quantity-string-value", "/fields/voltage.nominal/value", 11, 34,
                        "expected a decimal number but found string \"3.7\""),
                Arguments.of("quantity-missing-unit", "/fields/voltage.nominal/unit", 11, 37,
                        "missing required property \"unit\" in a quantity"),
                Arguments.of("integer-fraction", "/fields/warrantyPeriod/value", 11, 33,
                        "expected a whole number but found number 12.5, which has a fraction "
                                + "(it would lose precision)"),
                Arguments.of("enum-unknown-value", "/fields/batteryStatus", 11, 22,
                        "expected a battery status (original, repurposed, re-used, remanufactured, waste) but found "
                                + "string \"reused\""),
                Arguments.of("object-unknown-property", "/fields/chemistry/colour", 11, 82,
                        "unknown property \"colour\" in a chemistry (allowed: shortName, clearName)"),
                Arguments.of("object-missing-property", "/fields/chemistry/clearName", 11, 40,
                        "missing required property \"clearName\" in a chemistry"),
                Arguments.of("nested-duplicate-key", "/fields/chemistry/shortName", 11, 42,
                        "duplicate key \"shortName\""),
                Arguments.of("list-not-array", "/fields/extinguishingAgent", 11, 27,
                        "expected an array of string but found string \"water\""),
                Arguments.of("list-element-type", "/fields/criticalRawMaterials/1", 11, 40,
                        "expected a string but found number 7"),
                Arguments.of("scope-item-field-on-model", "/fields/batteryStatus", 11, 22,
                        "the passport model rejects the value of \"batteryStatus\": field 'batteryStatus' has scope "
                                + "ITEM"),
                Arguments.of("derived-field-mismatch", "/fields/serialNumber", 11, 21,
                        "field \"serialNumber\" follows from the identifier and category: expected \"SN1\" but found "
                                + "\"SN2\""),
                Arguments.of("localized-bad-tag", "/fields/endOfLife.labelMeaning", 11, 49,
                        "invalid multilingual text: LocalizedText.language must be a BCP 47 language tag"),
                Arguments.of("percent-over-100", "/fields/roundTripEfficiency.initial", 11, 36,
                        "the passport model rejects the value of \"roundTripEfficiency.initial\""),
                Arguments.of("date-invalid", "/fields/puttingIntoServiceDate", 11, 31,
                        "expected an ISO 8601 date (yyyy-MM-dd) but found string \"2027-02-30\""),
                Arguments.of("sub-category-not-industrial", "/fields/industrialSubCategory", 11, 30,
                        "the passport model rejects the value of \"industrialSubCategory\""),
                Arguments.of("value-null", "/fields/voltage.nominal", 11, 24,
                        "expected a quantity in VLT {\"value\": number, \"unit\": code} but found null"),
                Arguments.of("revision-without-revised-at", "", 10, 1,
                        "the passport model rejects the document: cannot build ModelPassport"),
                Arguments.of("parent-revision-without-revised-at", "/derivedFrom/model", 11, 1,
                        "the passport model rejects the document: cannot build ModelPassport"),
                Arguments.of("fields-null", "/fields", 3, 13,
                        "expected an object of field values keyed by catalogue key but found null"));
    }

    @Test
    void everyCorpusFileHasItsCode() {
        assertEquals(CODES.keySet(), corpus().map(a -> (String) a.get()[0]).collect(Collectors.toSet()));
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
        FormatErrors.assertCodeMatchesReason(e);
        assertEquals(CODES.get(file), e.errorCode(), e::getMessage);
        // The same document as bytes gives the same pointer and line.
        PassportFormatException b = assertThrows(PassportFormatException.class,
                () -> Reading.read(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(pointer, b.pointer());
        assertEquals(line, b.line());
        assertEquals(column, b.column(), "ASCII input: byte and character columns agree");
        assertEquals(e.errorCode(), b.errorCode());
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
