package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"gs1:dpp", "https://ref.gs1.org/voc/dpp", "https://gs1.org/voc/dpp",
        "https://www.gs1.org/voc/dpp", "http://www.gs1.org/voc/dpp"})
    void parse_allGs1Forms_giveSameValue(String text) {
        LinkType t = LinkType.parse(text);
        assertEquals(LinkType.DPP, t);
        assertEquals(Optional.of("gs1:dpp"), t.curie());
        assertEquals("https://ref.gs1.org/voc/dpp", t.uri());
        assertEquals("gs1:dpp", t.toString());
        assertTrue(t.isGs1());
    }

    @Test
    void parse_otherVocabularyAndLinkset() {
        LinkType t = LinkType.parse("https://example.com/voc/battery");
        assertFalse(t.isGs1());
        assertEquals(Optional.empty(), t.curie());
        assertEquals("https://example.com/voc/battery", t.toString());
        assertEquals(LinkType.LINKSET, LinkType.parse("linkset"));
        assertEquals("linkset", LinkType.LINKSET.uri());
        assertEquals(LinkType.gs1("recallStatus"), LinkType.parse("gs1:recallStatus"));
        assertEquals(LinkType.PIP.hashCode(), LinkType.parse("gs1:pip").hashCode());
        assertNotEquals(LinkType.PIP, LinkType.DPP);
        assertNotEquals(LinkType.PIP, "gs1:pip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dpp", "gs1:", "gs1:1dpp", "gs1:d p", "ftp://x/y", "https://", "https://a b"})
    void parse_invalid_throws(String text) {
        assertThrows(Gs1SyntaxException.class, () -> LinkType.parse(text));
    }

    @Test
    void constants_haveTheirCuries() {
        assertEquals("gs1:sustainabilityInfo", LinkType.SUSTAINABILITY_INFO.toString());
        assertEquals("gs1:certificationInfo", LinkType.CERTIFICATION_INFO.toString());
        assertEquals(LinkType.DEFAULT_LINK, LinkType.parse("gs1:defaultLink"));
        assertThrows(Gs1SyntaxException.class, () -> LinkType.gs1("a:b"));
    }
}
