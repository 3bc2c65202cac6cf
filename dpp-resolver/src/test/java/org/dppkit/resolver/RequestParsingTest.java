package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dppkit.core.Audience;
import org.junit.jupiter.api.Test;

/** Request targets, query values and the Accept header. */
class RequestParsingTest {

    @Test
    void target_takesOutTheResolversParameters() {
        RequestTarget t = RequestTarget.parse("http://h", "/01/09506000134352/",
                "17=271231&linkType=gs1%3Apip&version=3&audience=AUTHORITIES&x=1");
        assertEquals("http://h/01/09506000134352?17=271231&x=1", t.link.toString());
        assertEquals("gs1:pip", t.linkType);
        assertEquals(3, t.version);
        assertEquals(Audience.AUTHORITIES, t.audience);
        assertEquals("17=271231&version=3&audience=AUTHORITIES&x=1", t.passOnQuery);
        RequestTarget plain = RequestTarget.parse("http://h", "/01/09506000134352", null);
        assertNull(plain.linkType);
        assertEquals("", plain.passOnQuery);
    }

    @Test
    void target_errorPositionCountsInTheTargetAsSent() {
        Problem p = assertThrows(Problem.class, () -> RequestTarget.parse("https://long.example.com",
                "/01/09506000134352", "linkType=gs1:pip&17=27XX31"));
        assertEquals(400, p.status);
        assertEquals("bad-digital-link", p.slug);
        org.dppkit.gs1.Gs1ErrorCode.valueOf((String) p.extensions.get("errorCode"));
        int position = (Integer) p.extensions.get("position");
        int attribute = "/01/09506000134352?linkType=gs1:pip&".length();
        org.junit.jupiter.api.Assertions.assertTrue(position >= attribute
                && position < attribute + "17=27XX31".length(), "" + position);
    }

    @Property
    void decode_readsBackWhatPercentEncodingWrote(@ForAll String value) {
        if (value.indexOf('\u0000') >= 0 || value.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        Texts.percentEncode(sb, value);
        assertEquals(value, RequestTarget.decode(sb.toString(), 0));
    }

    @Test
    void decode_rejectsBadEscapes() {
        for (String bad : new String[] {"%", "%4", "%zz", "%00", "%C3%28"}) {
            Problem p = assertThrows(Problem.class, () -> RequestTarget.decode(bad, 5));
            assertEquals("BAD_PERCENT_ENCODING", p.extensions.get("errorCode"));
        }
        assertEquals("a b", RequestTarget.decode("a+b", 0));
    }

    @Test
    void negotiation_followsQualityAndSpecificity() {
        assertEquals(Negotiation.Kind.JSON, Negotiation.choose(null));
        assertEquals(Negotiation.Kind.JSON, Negotiation.choose("*/*"));
        assertEquals(Negotiation.Kind.HTML, Negotiation.choose("text/*"));
        assertEquals(Negotiation.Kind.HTML, Negotiation.choose("application/json;q=0.4, text/html"));
        assertEquals(Negotiation.Kind.JSON, Negotiation.choose("text/html;q=0, */*"));
        assertEquals(Negotiation.Kind.LINKSET, Negotiation.choose("application/linkset+json"));
        assertEquals(Negotiation.Kind.JSON, Negotiation.choose("application/linkset+json;q=0.5, application/json"));
        assertNull(Negotiation.choose("image/png"));
        assertNull(Negotiation.choose("application/json;q=abc"));
    }

    @Test
    void pageHelpers() {
        assertEquals("Per functional unit", PassportPage.words("perFunctionalUnit"));
        assertEquals("Carbon footprint", PassportPage.words("carbonFootprint"));
        assertEquals(102, PassportPage.annexRank("1(c); 1(d)"));
        assertEquals(Integer.MAX_VALUE, PassportPage.annexRank(null));
    }
}
