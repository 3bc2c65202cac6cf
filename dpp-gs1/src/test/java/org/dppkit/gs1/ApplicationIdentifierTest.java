package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationIdentifierTest {

    static Stream<Arguments> aiTable() {
        return Vectors.rows("ai-table.tsv");
    }

    /** Every AI of ai-table.tsv (derived from the dictionary) matches the table built here. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("aiTable")
    void table_matchesVectorTable(String code, Map<String, String> row) {
        ApplicationIdentifier ai = ApplicationIdentifier.of(code);
        assertEquals(row.get("title"), ai.title());
        assertEquals(row.get("fnc1_required").equals("yes"), ai.requiresFnc1());
        assertEquals(row.get("dl_data_attribute").equals("yes"), ai.isDataAttribute());
        assertEquals(row.get("dl_primary_key").equals("yes"), ai.isPrimaryKey());
        assertEquals(Integer.parseInt(row.get("min_length")), ai.minLength(), code);
        assertEquals(Integer.parseInt(row.get("max_length")), ai.maxLength(), code);
        assertEquals(Integer.parseInt(row.get("components")), ai.components().size(), code);
        assertEquals(row.get("spec"), ai.format().replace("],", "],"), code);
        assertEquals(row.get("req"), String.join(" ", ai.requires()));
        assertEquals(row.get("ex"), String.join(" ", ai.excludes()));
    }

    @Test
    void all_has541Entries() {
        assertEquals(541, ApplicationIdentifier.all().size());
        assertEquals("00", ApplicationIdentifier.all().get(0).code());
    }

    static Stream<Arguments> keyQualifiers() {
        return Vectors.rows("key-qualifiers.tsv");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("keyQualifiers")
    void qualifierSequences_permitEveryVectorPath(String key, Map<String, String> row) {
        ApplicationIdentifier ai = ApplicationIdentifier.of(key);
        assertTrue(ai.isPrimaryKey());
        String q = row.get("qualifiers");
        List<String> qs = q.isEmpty() ? List.of() : List.of(q.split(","));
        ApplicationIdentifier[] ais = qs.stream().map(ApplicationIdentifier::of).toArray(ApplicationIdentifier[]::new);
        assertTrue(DigitalLink.matchSequence(ai, ais, ais.length) >= 0, row.toString());
    }

    static Stream<Arguments> pathSequences() {
        return Vectors.rows("dl-path-sequences.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathSequences")
    void pathSequences_engineVectorsAreValid(String id, Map<String, String> row) {
        String[] ais = row.get("path_ais").split(",");
        ApplicationIdentifier key = ApplicationIdentifier.of(ais[0]);
        ApplicationIdentifier[] qs = new ApplicationIdentifier[ais.length - 1];
        for (int i = 1; i < ais.length; i++) {
            qs[i - 1] = ApplicationIdentifier.of(ais[i]);
        }
        assertTrue(DigitalLink.matchSequence(key, qs, qs.length) >= 0, id);
    }

    @Test
    void gtin_entry() {
        ApplicationIdentifier gtin = ApplicationIdentifier.of("01");
        assertEquals("GTIN", gtin.title());
        assertTrue(gtin.isPrimaryKey());
        assertTrue(gtin.isPredefinedLength());
        assertTrue(gtin.hasCheckDigit());
        assertFalse(gtin.isDate());
        assertEquals(List.of(List.of("22", "10", "21"), List.of("235")), gtin.qualifierSequences());
        assertEquals("(01) GTIN N14,csum,gcppos2", gtin.toString());
        assertTrue(gtin.isValid("09506000134352"));
        assertFalse(gtin.isValid("09506000134353"));
        assertEquals(ApplicationIdentifier.CharacterSet.NUMERIC, gtin.components().get(0).characterSet());
        assertEquals(List.of("csum", "gcppos2"), gtin.components().get(0).linters());
        assertFalse(gtin.components().get(0).isOptional());
        assertTrue(ApplicationIdentifier.of("17").isDate());
        assertEquals(Optional.empty(), ApplicationIdentifier.find("89"));
        assertEquals(Gs1ErrorCode.UNKNOWN_AI,
                assertThrows(Gs1SyntaxException.class, () -> ApplicationIdentifier.of("89")).errorCode());
        assertEquals("N13,csum,gcppos1 [X..17]", ApplicationIdentifier.of("253").format());
        assertTrue(ApplicationIdentifier.of("253").components().get(1).isOptional());
    }

    @Test
    void validate_date() {
        ApplicationIdentifier expiry = ApplicationIdentifier.of("17");
        expiry.validate("271231");
        expiry.validate("270200");
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class, () -> expiry.validate("271332"));
        assertEquals(Gs1ErrorCode.BAD_VALUE, e.errorCode());
        assertEquals(2, e.position());
        assertEquals(Gs1ErrorCode.BAD_VALUE,
                assertThrows(Gs1SyntaxException.class, () -> expiry.validate("270230")).errorCode());
        assertTrue(expiry.isValid("240229"));
        assertFalse(expiry.isValid("250229"));
    }

    static Stream<Arguments> checkDigits() {
        return Vectors.rows("check-digits.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkDigits")
    void checkDigits_vectors(String id, Map<String, String> row) {
        String input = row.get("input");
        if (row.get("kind").equals("compute")) {
            assertEquals(Integer.parseInt(row.get("correct_check_digit")), CheckDigits.mod10(input, 0, input.length()));
            return;
        }
        assertEquals(row.get("expect").equals("valid"), CheckDigits.isValid(input), id);
        if (!row.get("correct_check_digit").isEmpty()) {
            assertEquals(Integer.parseInt(row.get("correct_check_digit")),
                    CheckDigits.mod10(input, 0, input.length() - 1), id);
        }
    }
}
