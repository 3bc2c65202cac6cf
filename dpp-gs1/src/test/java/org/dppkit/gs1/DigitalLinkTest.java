package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DigitalLinkTest {

    private static final Gtin GTIN = Gtin.parse("09506000134352");

    static Stream<Arguments> dlParse() {
        return Vectors.rows("dl-parse.tsv");
    }

    /** Engine vectors: parse verdict and the AI data in the engine's order (path, then query). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dlParse")
    void parse_vectors(String id, Map<String, String> row) {
        ParseOptions options = Vectors.dlOptions(row.get("options"));
        String uri = row.get("uri");
        if (row.get("expect").equals("ok")) {
            DigitalLink link = DigitalLink.parse(uri, options);
            assertEquals(row.get("ai_data"), bracketed(link), id);
        } else {
            assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse(uri, options), id);
        }
    }

    /** The bracketed element string of a link, in path-then-query order, '(' escaped. */
    static String bracketed(DigitalLink link) {
        StringBuilder sb = new StringBuilder();
        sb.append('(').append(link.primaryKey().code()).append(')').append(esc(link.primaryKeyValue()));
        link.keyQualifiers().forEach((k, v) -> sb.append('(').append(k).append(')').append(esc(v)));
        link.attributes().forEach((k, v) -> sb.append('(').append(k).append(')').append(esc(v)));
        return sb.toString();
    }

    private static String esc(String v) {
        return v.replace("(", "\\(");
    }

    @Test
    void builder_item_formatsCanonicalUri() {
        DigitalLink link = DigitalLink.builder(GTIN).serial("SN/7").build();
        assertEquals("https://id.gs1.org/01/09506000134352/21/SN%2F7", link.toString());
        assertEquals(Optional.of("SN/7"), link.serial());
        assertEquals(Optional.empty(), link.lot());
        assertEquals(GTIN, link.gtin());
        assertEquals(URI.create("https://id.gs1.org/01/09506000134352/21/SN%2F7"), link.toUri());
    }

    @Test
    void builder_qualifiersInStandardOrder_whateverTheCallOrder() {
        DigitalLink link = DigitalLink.builder(GTIN).serial("S+1").lot("L1/2").attribute("17", "271231")
                .build();
        assertEquals("https://id.gs1.org/01/09506000134352/10/L1%2F2/21/S%2B1?17=271231", link.toString());
        assertEquals(Map.of("10", "L1/2", "21", "S+1"), link.keyQualifiers());
    }

    @Test
    void builder_customDomainWithPrefix_trailingSlashRemoved() {
        DigitalLink link = DigitalLink.builder(GTIN).domain("https://brand.example.com/dpp/").lot("L1").build();
        assertEquals("https://brand.example.com/dpp/01/09506000134352/10/L1", link.toString());
        assertEquals("https://brand.example.com/dpp", link.domain());
        assertEquals(link, DigitalLink.parse(link.toString()));
        assertEquals("https://id.gs1.org/01/09506000134352/10/L1", link.toCanonical().toString());
    }

    @Test
    void builder_domainFromUri() {
        DigitalLink link = DigitalLink.builder(GTIN).domain(URI.create("http://example.org:8080")).build();
        assertEquals("http://example.org:8080/01/09506000134352", link.toString());
    }

    @Test
    void builder_badDomain_throws() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder(GTIN).domain("ftp://example.com"));
        assertEquals(Gs1ErrorCode.BAD_SCHEME, e.errorCode());
        e = assertThrows(Gs1SyntaxException.class, () -> DigitalLink.builder(GTIN).domain("https://a_b.com"));
        assertEquals(Gs1ErrorCode.BAD_DOMAIN, e.errorCode());
        assertEquals(9, e.position());
        e = assertThrows(Gs1SyntaxException.class, () -> DigitalLink.builder(GTIN).domain("https://a.com/x?y"));
        assertEquals(Gs1ErrorCode.BAD_CHARACTER, e.errorCode());
    }

    @Test
    void builder_lotTooLong_throws() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder(GTIN).lot("123456789012345678901"));
        assertEquals(Gs1ErrorCode.BAD_LENGTH, e.errorCode());
        assertTrue(e.getMessage().contains("(10)"), e.getMessage());
    }

    @Test
    void builder_serialWithSpace_throws() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class, () -> DigitalLink.builder(GTIN).serial("A B"));
        assertEquals(Gs1ErrorCode.BAD_CHARACTER, e.errorCode());
        assertEquals(1, e.position());
    }

    @Test
    void builder_mixedAlternatives_throws() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder(GTIN).lot("L").qualifier("235", "X").build());
        assertEquals(Gs1ErrorCode.BAD_KEY_QUALIFIER, e.errorCode());
    }

    @Test
    void builder_attributeThatIsNotOne_throws() {
        assertEquals(Gs1ErrorCode.NOT_AN_ATTRIBUTE, assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder(GTIN).attribute("8200", "http://example.com")).errorCode());
        assertEquals(Gs1ErrorCode.NOT_AN_ATTRIBUTE, assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder("00", "006141411234567890").attribute("21", "X")).errorCode());
    }

    @Test
    void builder_otherPrimaryKey() {
        DigitalLink link = DigitalLink.builder("414", "9520123456788").qualifier("254", "32a/b").build();
        assertEquals("https://id.gs1.org/414/9520123456788/254/32a%2Fb", link.toString());
        assertFalse(link.hasGtin());
        assertThrows(IllegalStateException.class, link::gtin);
        assertEquals(Gs1ErrorCode.BAD_PATH, assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder("10", "ABC")).errorCode());
        assertEquals(Gs1ErrorCode.BAD_KEY_QUALIFIER, assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder("414", "9520123456788").qualifier("21", "X")).errorCode());
    }

    @Test
    void parse_linkTypeAndOtherParameters() {
        DigitalLink link = DigitalLink.parse(
                "https://example.com/01/09506000134352/10/ABC%2f1?17=271231&context=eu&linkType=gs1:dpp&flag#frag");
        assertEquals(Optional.of("ABC/1"), link.lot());
        assertEquals(Map.of("17", "271231"), link.attributes());
        assertEquals(Optional.of(LinkType.DPP), link.linkType());
        assertEquals(List.of("context=eu", "flag"), link.otherQueryParameters());
        assertEquals("https://example.com/01/09506000134352/10/ABC%2F1?17=271231&linkType=gs1:dpp&context=eu&flag",
                link.toString());
        assertEquals("https://id.gs1.org/01/09506000134352/10/ABC%2F1?17=271231", link.toCanonical().toString());
        assertEquals(link, DigitalLink.parse(link.toString()));
    }

    @Test
    void parse_percentEncodedSerialDecodedOnce() {
        DigitalLink link = DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/ABC%2540XYZ");
        assertEquals(Optional.of("ABC%40XYZ"), link.serial());
        assertEquals("https://id.gs1.org/01/09506000134352/21/ABC%2540XYZ", link.toString());
    }

    @Test
    void parse_plusIsLiteralInPath() {
        assertEquals(Optional.of("A+B"), DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/A+B").serial());
    }

    @Test
    void parse_badHex_throwsWithPositionOfPercent() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/AB%4g"));
        assertEquals(Gs1ErrorCode.BAD_PERCENT_ENCODING, e.errorCode());
        assertEquals(42, e.position());
    }

    @Test
    void parse_wrongCheckDigit_reportsPositionInUri() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.parse("https://id.gs1.org/01/09506000134353"));
        assertEquals(Gs1ErrorCode.BAD_CHECK_DIGIT, e.errorCode());
        assertEquals(35, e.position());
        assertTrue(e.getMessage().contains("must be 2 but was 3"), e.getMessage());
    }

    @Test
    void parse_qualifiersOutOfOrder_throws() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/S/10/L"));
        assertEquals(Gs1ErrorCode.BAD_KEY_QUALIFIER, e.errorCode());
        assertEquals(37, e.position());
    }

    @Test
    void parse_trailingSlash_throws() {
        assertEquals(Gs1ErrorCode.BAD_PATH, assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.parse("https://id.gs1.org/01/09506000134352/")).errorCode());
    }

    @Test
    void parse_zeroSuppressedGtin_onlyWithOption() {
        String uri = "https://example.com/01/9506000134352/21/X";
        assertEquals(Gs1ErrorCode.BAD_LENGTH,
                assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse(uri)).errorCode());
        DigitalLink link = DigitalLink.parse(uri, ParseOptions.strict().withZeroSuppressedGtin(true));
        assertEquals(GTIN, link.gtin());
        assertEquals("https://example.com/01/09506000134352/21/X", link.toString());
    }

    @Test
    void equals_isSemantic() {
        DigitalLink a = DigitalLink.parse("https://a.example/01/09506000134352/22/A%2d1?17=271231&11=270101");
        DigitalLink b = DigitalLink.parse("HTTPS://a.example/01/09506000134352/22/A-1?11=270101&17=271231");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        DigitalLink c = DigitalLink.parse("https://b.example/01/09506000134352/22/A-1?11=270101&17=271231");
        assertNotEquals(a, c);
        assertTrue(a.hasSameIdentifier(c));
        assertNotEquals(a, DigitalLink.parse("https://a.example/01/09506000134352/22/A-2?11=270101&17=271231"));
        assertNotEquals(a, "x");
    }

    @Test
    void withers_returnNewLinks() {
        DigitalLink model = DigitalLink.builder(GTIN).build();
        DigitalLink item = model.withLot("L1").withSerial("S1");
        assertEquals("https://id.gs1.org/01/09506000134352/10/L1/21/S1", item.toString());
        assertEquals("https://id.gs1.org/01/09506000134352", model.toString());
        assertEquals("https://x.example/01/09506000134352/10/L1/21/S1", item.withDomain("https://x.example")
                .toString());
        assertEquals("https://id.gs1.org/01/09506000134352?linkType=gs1:pip",
                model.withLinkType(LinkType.PIP).toString());
        assertEquals(item, item.toBuilder().build());
        assertEquals(Optional.of("09506000134352"), item.value("01"));
        assertEquals(Optional.empty(), item.value("22"));
    }

    @Test
    void parse_rejectsEmptyAndNull() {
        assertEquals(Gs1ErrorCode.EMPTY, assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse(""))
                .errorCode());
        assertThrows(NullPointerException.class, () -> DigitalLink.parse(null));
    }

    static Stream<Arguments> dlGenerate() {
        return Vectors.rows("dl-generate.tsv");
    }

    /**
     * Engine vectors: element string (or URI) to Digital Link URI.
     *
     * <p>dlg-025 uses an empty stem and expects the relative reference {@code /01/...}. dppkit
     * deliberately requires an absolute http(s) domain (a relative reference is not a GS1
     * Digital Link URI, URI Syntax section 4.11, and {@code parse(toString())} could not take it
     * back), so that row is expected to fail with {@link Gs1ErrorCode#BAD_SCHEME}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dlGenerate")
    void generate_vectors(String id, Map<String, String> row) {
        String stem = row.get("stem_mode").equals("canonical") ? DigitalLink.CANONICAL_DOMAIN : row.get("stem");
        String opts = row.get("options");
        ParseOptions esOptions = ParseOptions.strict().withAssociationChecks(false)
                .withUnknownAis(opts.contains("permit-unknown-ais"));
        ParseOptions dlOptions = Vectors.dlOptions(opts);
        if (id.equals("dlg-025")) {
            ElementString es = ElementString.parse(row.get("input"), esOptions);
            assertEquals(Gs1ErrorCode.BAD_SCHEME, assertThrows(Gs1SyntaxException.class,
                    () -> DigitalLink.fromElementString(es, stem, dlOptions)).errorCode());
            return;
        }
        java.util.function.Supplier<DigitalLink> generate = () -> {
            if (row.get("input_kind").equals("dl-uri")) {
                return DigitalLink.parse(row.get("input"), dlOptions).withDomain(stem);
            }
            return DigitalLink.fromElementString(ElementString.parse(row.get("input"), esOptions), stem, dlOptions);
        };
        if (row.get("expect").equals("ok")) {
            DigitalLink link = generate.get();
            assertEquals(row.get("uri"), link.toString(), id);
            assertEquals(link, DigitalLink.parse(link.toString(), dlOptions), id);
        } else {
            assertThrows(Gs1SyntaxException.class, generate::get, id);
        }
    }

    static Stream<Arguments> ignoredParameters() {
        return Vectors.rows("dl-ignored-query-params.tsv");
    }

    /** Engine vectors: non-AI query parameters are kept and reported, in order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ignoredParameters")
    void otherQueryParameters_vectors(String id, Map<String, String> row) {
        List<String> others;
        if (row.get("input_kind").equals("dl-uri")) {
            DigitalLink link = DigitalLink.parse(row.get("input"));
            others = link.otherQueryParameters();
            assertEquals(link, DigitalLink.parse(link.toString()), id);
        } else {
            others = DigitalLink.fromElementString(ElementString.parse(row.get("input"))).otherQueryParameters();
        }
        assertEquals(Integer.parseInt(row.get("ignored_count")), others.size(), id);
        assertEquals(row.get("ignored"), String.join("&", others), id);
    }

    static Stream<Arguments> scanData() {
        return Vectors.rows("scan-data.tsv").filter(a -> {
            @SuppressWarnings("unchecked")
            Map<String, String> r = (Map<String, String>) a.get()[1];
            String scan = Vectors.pct(r.get("scan_data_pct"));
            return r.get("direction").equals("process") && SCAN_GS1.stream().anyMatch(scan::startsWith)
                    && !scan.contains("|") || !r.get("dl_ai_data").isEmpty() || scan.startsWith("]Q1https");
        });
    }

    /** Symbology identifiers whose data is a GS1 element string (FNC1 mode). */
    private static final List<String> SCAN_GS1 = List.of("]Q3", "]d2", "]J1", "]e0", "]C1");

    /**
     * Engine scan-data vectors that concern this module: GS1 element strings transmitted after
     * {@code ]Q3 ]d2 ]J1 ]e0 ]C1} (GS as separator), and Digital Link URIs carried as plain data
     * ({@code ]Q1 ]d1 ]J0}). Rows about EAN/UPC symbols and symbology detection are a scanner
     * concern outside dpp-gs1 and are not run (see the test report).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scanData")
    void scanData_vectors(String id, Map<String, String> row) {
        String scan = Vectors.pct(row.get("scan_data_pct"));
        String data = scan.substring(3);
        boolean ok = row.get("expect").equals("ok");
        if (SCAN_GS1.contains(scan.substring(0, 3))) {
            if (ok) {
                ElementString es = ElementString.parseUnbracketed(data, ParseOptions.strict()
                        .withAssociationChecks(false));
                String expected = row.get("data");
                assertEquals(expected.endsWith("^") ? expected.substring(0, expected.length() - 1) : expected,
                        es.toCaretNotation(), id);
            } else {
                assertThrows(Gs1SyntaxException.class, () -> ElementString.parseUnbracketed(data,
                        ParseOptions.strict()), id);
            }
        } else if (!row.get("dl_ai_data").isEmpty()) {
            assertEquals(row.get("dl_ai_data"), DigitalLink.parse(data).toElementString().toBracketedString(), id);
        } else {
            // plain data that is not a Digital Link URI (the engine extracts no AIs)
            assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse(data), id);
        }
    }

    @Test
    void fromElementString_andBack() {
        ElementString es = ElementString.parse("(01)09506000134352(17)271231(10)L1/2(21)S+1");
        DigitalLink link = DigitalLink.fromElementString(es);
        assertEquals("https://id.gs1.org/01/09506000134352/10/L1%2F2/21/S%2B1?17=271231", link.toString());
        assertEquals("(01)09506000134352(10)L1/2(21)S+1(17)271231", link.toElementString().toBracketedString());
        assertEquals(Gs1ErrorCode.BAD_PATH, assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.fromElementString(ElementString.parse("(99)ABC"))).errorCode());
        assertEquals("https://example.com/01/09506000134352/10/L1%2F2/21/S%2B1?17=271231",
                DigitalLink.fromElementString(es, "https://example.com/").toString());
    }
}
