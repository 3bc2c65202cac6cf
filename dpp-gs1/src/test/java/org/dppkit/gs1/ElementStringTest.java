package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class ElementStringTest {

    /** Maps a vector's {@code validation} and {@code options} columns to parser options. */
    static ParseOptions options(Map<String, String> row) {
        ParseOptions o = ParseOptions.strict();
        String opts = row.getOrDefault("options", "");
        if (opts.contains("permit-unknown-ais")) {
            o = o.withUnknownAis(true);
        }
        if (opts.contains("no-requisite-validation") || "syntax".equals(row.get("validation"))) {
            o = o.withAssociationChecks(false);
        }
        return o;
    }

    static Stream<Arguments> elementStrings() {
        return Vectors.rows("element-strings.tsv");
    }

    /**
     * Engine vectors: bracketed and caret-notation input, verdict and the other form.
     *
     * <p>Rows marked {@code engine_limit=yes} that fail only because the engine holds at most 64
     * AIs (es-031, es-114, es-131) are not GS1 rules (README: "a Java implementation may skip
     * them"): dppkit has no such limit, so this test asserts that they parse.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("elementStrings")
    void parse_vectors(String id, Map<String, String> row) {
        boolean bracketedInput = row.get("input").equals("bracketed");
        String input = bracketedInput ? row.get("bracketed") : row.get("unbracketed");
        ParseOptions options = options(row);
        boolean ok = row.get("expect").equals("ok") || row.get("engine_limit").equals("yes");
        if (!ok) {
            assertThrows(Gs1SyntaxException.class, () -> ElementString.parse(input, options), id);
            return;
        }
        ElementString es = ElementString.parse(input, options);
        if (row.get("expect").equals("error")) {
            assertTrue(es.elements().size() > 64, id);
            return;
        }
        assertEquals(row.get("bracketed"), es.toBracketedString(), id);
        if (bracketedInput || !row.get("note").contains("superfluous") && !row.get("note").contains("Tolera")) {
            assertEquals(row.get("unbracketed"), es.toCaretNotation(), id);
        }
        assertEquals(es, ElementString.parse(es.toBracketedString(), options), id);
        assertEquals(es, ElementString.parse(es.toCaretNotation(), options), id);
    }

    static Stream<Arguments> associations() {
        return Vectors.rows("ai-associations.tsv");
    }

    /** Engine vectors for repeated AIs, ex= and req= rules and (8030) with serialised keys. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("associations")
    void associations_vectors(String id, Map<String, String> row) {
        ParseOptions syntaxOnly = ParseOptions.strict().withUnknownAis(true).withAssociationChecks(false);
        ElementString es = ElementString.parse(row.get("ai_data"), syntaxOnly);
        String rule = row.get("rule");
        if (row.get("expect").equals("ok")) {
            // the row is only about its own rule: other rules may still fail on purpose
            try {
                ElementString.checkAssociations(es.elements(), null);
            } catch (Gs1SyntaxException e) {
                assertFalse(ruleOf(e).equals(rule), id + ": " + e.getMessage());
            }
        } else {
            Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                    () -> ElementString.checkAssociations(es.elements(), null), id);
            assertTrue(List.of(Gs1ErrorCode.DUPLICATE_AI, Gs1ErrorCode.BAD_AI_COMBINATION).contains(e.errorCode()));
        }
    }

    private static String ruleOf(Gs1SyntaxException e) {
        if (e.errorCode() == Gs1ErrorCode.DUPLICATE_AI) {
            return "repeats";
        }
        String m = e.getMessage();
        if (m.contains("must not appear together")) {
            return "mutex";
        }
        if (m.contains("digital signature")) {
            return "digsig-serialised-key";
        }
        return "requisites";
    }

    static Stream<Arguments> hri() {
        return Vectors.rows("hri.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hri")
    void hri_vectors(String id, Map<String, String> row) {
        String input = row.get("input");
        ElementString es;
        if (row.get("input_kind").equals("dl-uri")) {
            es = DigitalLink.parse(input, Vectors.dlOptions(row.get("options"))).toElementString();
        } else {
            es = ElementString.parse(input, options(row));
        }
        List<String> lines = es.hri(row.get("options").contains("include-data-titles"));
        assertEquals(Integer.parseInt(row.get("hri_count")), lines.size(), id);
        assertEquals(row.get("hri"), String.join("|", lines), id);
    }

    @Test
    void unbracketed_usesGroupSeparator() {
        ElementString es = ElementString.parse("(01)09506000134352(10)ABC123(21)12345");
        assertEquals("010950600013435210ABC123\u001D2112345", es.toUnbracketedString());
        assertEquals("^010950600013435210ABC123^2112345", es.toCaretNotation());
        assertEquals(es, ElementString.parse("\u001D010950600013435210ABC123\u001D2112345"));
        assertEquals(es, ElementString.parseUnbracketed("010950600013435210ABC123\u001D2112345",
                ParseOptions.strict()));
        assertEquals(List.of("(01) 09506000134352", "(10) ABC123", "(21) 12345"), es.hri());
        assertEquals(List.of("GTIN (01) 09506000134352", "BATCH/LOT (10) ABC123", "SERIAL (21) 12345"), es.hri(true));
        assertEquals(Optional.of("ABC123"), es.value("10"));
        assertEquals(Optional.empty(), es.value("17"));
        assertFalse(es.isComposite());
        assertEquals(es.toBracketedString(), es.toString());
    }

    @Test
    void composite_keepsItsSplit() {
        ElementString es = ElementString.parse("(01)12312312312333(10)ABC123|(99)XYZ\\(TM)_CORP");
        assertTrue(es.isComposite());
        assertEquals("^011231231231233310ABC123|^99XYZ(TM)_CORP", es.toCaretNotation());
        assertEquals("011231231231233310ABC123|99XYZ(TM)_CORP", es.toUnbracketedString());
        assertEquals("XYZ(TM)_CORP", es.elements().get(2).value());
    }

    @Test
    void parse_errorsCarryCodeAndPosition() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> ElementString.parse("(01)09506000134352(10)AB C"));
        assertEquals(Gs1ErrorCode.BAD_CHARACTER, e.errorCode());
        e = assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("^0109506000134353"));
        assertEquals(Gs1ErrorCode.BAD_CHECK_DIGIT, e.errorCode());
        assertEquals(16, e.position());
        e = assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("0109506000134352"));
        assertEquals(Gs1ErrorCode.BAD_ELEMENT_STRING, e.errorCode());
        e = assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("(10)ABC"));
        assertEquals(Gs1ErrorCode.BAD_AI_COMBINATION, e.errorCode());
        assertTrue(e.getMessage().contains("(10) requires"), e.getMessage());
        assertEquals(Gs1ErrorCode.EMPTY, assertThrows(Gs1SyntaxException.class, () -> ElementString.parse(""))
                .errorCode());
        assertEquals(Gs1ErrorCode.UNKNOWN_AI, assertThrows(Gs1SyntaxException.class,
                () -> ElementString.parse("(89)ABC")).errorCode());
    }

    @Test
    void of_validatesElements() {
        ElementString es = ElementString.of(List.of(ElementString.Element.of("01", "09506000134352"),
                ElementString.Element.of("21", "S1")));
        assertEquals("(01)09506000134352(21)S1", es.toString());
        assertEquals(Optional.of(ApplicationIdentifier.of("21")), es.elements().get(1).applicationIdentifier());
        assertThrows(Gs1SyntaxException.class, () -> ElementString.Element.of("01", "09506000134353"));
        assertThrows(Gs1SyntaxException.class, () -> ElementString.of(List.of()));
        assertThrows(Gs1SyntaxException.class, () -> ElementString.of(List.of(ElementString.Element.of("21", "S1"))));
        assertEquals(es.elements().get(0), ElementString.Element.of("01", "09506000134352"));
        assertEquals(es.elements().get(0).hashCode(), ElementString.Element.of("01", "09506000134352").hashCode());
        assertNotEquals(es.elements().get(0), es.elements().get(1));
        assertEquals("(10)A\\(B", ElementString.Element.of("10", "A(B").toString());
        assertNotEquals(es, "x");
        assertEquals(es.hashCode(), ElementString.parse(es.toString()).hashCode());
    }
}
