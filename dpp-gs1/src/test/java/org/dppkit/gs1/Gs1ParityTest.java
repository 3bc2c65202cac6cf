package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differences to GS1's Barcode Syntax Engine found by differential testing, where the engine is
 * right; each is pinned here.
 */
class Gs1ParityTest {

    private static final String GTIN_LINK = "https://id.gs1.org/01/09506000134352";

    @ParameterizedTest
    @ValueSource(strings = {"?linkType=gs1:", "?linkType=", "?linkType=%20", "?linkType=gs1:dpp&linkType=bad%20value",
            "?linkType=not%20a%20type&17=271231"})
    void linkTypeValuesAreOrdinaryParameters(String query) {
        DigitalLink link = assertDoesNotThrow(() -> DigitalLink.parse(GTIN_LINK + query));
        assertEquals("09506000134352", link.gtin().toString());
        assertEquals(link, DigitalLink.parse(link.toString()));
        assertDoesNotThrow(link::toUri);
    }

    @Test
    void badLinkTypeIsKeptAsAnOtherParameter() {
        DigitalLink link = DigitalLink.parse(GTIN_LINK + "?linkType=bad%20value&x=1");
        assertEquals(Optional.empty(), link.linkType());
        assertEquals(List.of("linkType=bad%20value", "x=1"), link.otherQueryParameters());
        DigitalLink two = DigitalLink.parse(GTIN_LINK + "?linkType=gs1:dpp&linkType=gs1:pip");
        assertEquals(Optional.of(LinkType.DPP), two.linkType());
        assertEquals(List.of("linkType=gs1:pip"), two.otherQueryParameters());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?=abc", "?17=271231&=abc", "?=", "?x=1&=&y=2"})
    void emptyQueryKeyIsRejected(String query) {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse(GTIN_LINK + query));
        assertTrue(e.position() >= GTIN_LINK.length() && e.position() < (GTIN_LINK + query).length(), e::getMessage);
    }

    @Test
    void packageTypeCodeListIsChecked() {
        ElementString ok = ElementString.parse("(00)106141412345678908(7041)BX");
        assertEquals(Optional.of("BX"), ok.value("7041"));
        assertDoesNotThrow(() -> ElementString.parse("(00)106141412345678908(7041)PX"));
        for (String bad : new String[] {"ZZZZ", "bx", "B", "QQ9"}) {
            Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                    () -> ElementString.parse("(00)106141412345678908(7041)" + bad), bad);
            assertEquals(Gs1ErrorCode.BAD_VALUE, e.errorCode());
        }
    }

    @Test
    void mediaTypeCodeListIsChecked() {
        assertDoesNotThrow(() -> ElementString.parse("(8017)795260646688514634(7241)01"));
        assertDoesNotThrow(() -> ElementString.parse("(8017)795260646688514634(7241)10"));
        assertDoesNotThrow(() -> ElementString.parse("(8017)795260646688514634(7241)80"));
        for (String bad : new String[] {"00", "11", "79"}) {
            Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                    () -> ElementString.parse("(8017)795260646688514634(7241)" + bad), bad);
            assertEquals(Gs1ErrorCode.BAD_VALUE, e.errorCode());
        }
    }

    @Test
    void unknownAiContradictingTheLengthByPrefixIsRejected() {
        ParseOptions unknown = ParseOptions.strict().withUnknownAis(true);
        assertEquals(Optional.of("ABC"), ElementString.parse("(01)09506000134352(4399)ABC", unknown).value("4399"));
        assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("(01)09506000134352(439)ABC", unknown));
        assertEquals(Optional.of("ABC"), ElementString.parse("(01)09506000134352(89)ABC", unknown).value("89"));
        assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("(01)09506000134352(922)ABC", unknown));
        assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("(01)09506000134352(9)ABC", unknown));
        assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.parse(GTIN_LINK + "?922=ABC", unknown));
        assertEquals(Optional.of("ABC"), Optional.ofNullable(DigitalLink.parse(GTIN_LINK + "?92=ABC", unknown)
                .attributes().get("92")));
    }

    @Test
    void trailingCompositeSeparatorIsRejectedInBothForms() {
        ParseOptions strict = ParseOptions.strict();
        assertThrows(Gs1SyntaxException.class, () -> ElementString.parse("(01)09506000134352|"));
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> ElementString.parse("^0109506000134352|", strict));
        assertThrows(Gs1SyntaxException.class,
                () -> ElementString.parseUnbracketed("0109506000134352|", strict));
        assertTrue(e.position() < "^0109506000134352|".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"]", "[xx]", "[", "a]", "[::1", "a[b]", "[::1]x", "[::1]:x", "a:b:c", "[]"})
    void hostsThatNoUriCanHoldAreRejectedAtParseAndInTheBuilder(String host) {
        String uri = "https://" + host + "/01/09506000134352";
        try {
            DigitalLink link = DigitalLink.parse(uri);
            assertDoesNotThrow(link::toUri, uri);
        } catch (Gs1SyntaxException e) {
            assertEquals(Gs1ErrorCode.BAD_DOMAIN, e.errorCode());
            assertTrue(e.position() < uri.length());
        }
        try {
            DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352")).domain("https://" + host).build();
            assertDoesNotThrow(link::toUri, host);
        } catch (Gs1SyntaxException e) {
            assertEquals(Gs1ErrorCode.BAD_DOMAIN, e.errorCode());
        }
        assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse("https://]/01/09506000134352"));
        assertThrows(Gs1SyntaxException.class, () -> DigitalLink.parse("https://[xx]/01/09506000134352"));
        assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.builder(Gtin.parse("09506000134352")).domain("https://[xx]"));
        assertDoesNotThrow(() -> DigitalLink.parse("https://[2001:db8::1]/01/09506000134352").toUri());
        assertDoesNotThrow(() -> DigitalLink.parse("https://a:65535/01/09506000134352").toUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "https://a/01/", "https://a/01/0950600013435", "https://a/01/09506000134352/",
            "https://a/01/09506000134352?", "https://a/01/09506000134352?17", "https://a/01/09506000134352?17=",
            "https://a/01/09506000134352/10", "https://a/01/09506000134352%", "https://a/01/09506000134352/21/%4",
            "h", "https://a/01/09506000134352?99=%", "https://[", "https://a:/01/123"})
    void errorPositionsNeverPointPastTheEnd(String uri) {
        try {
            DigitalLink.parse(uri);
        } catch (Gs1SyntaxException e) {
            assertTrue(e.position() >= 0 && e.position() < uri.length(),
                    () -> "position " + e.position() + " of '" + uri + "': " + e.getMessage());
        }
        assertFalse(uri.isEmpty());
    }

    @Test
    void bracketsInThePathPrefixAreRejected() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class,
                () -> DigitalLink.parse("https://a/00/f]aux/00/006141411234567890"));
        assertEquals(14, e.position());
    }
}
