package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.LinkType;
import org.junit.jupiter.api.Test;

class LinkTest {

    private static final DigitalLink ITEM = DigitalLink.parse(
            "https://brand.example/dpp/01/09506000134352/10/L%2F1/21/S%2B1?17=271231");

    @Test
    void href_expandsPlaceholdersPercentEncoded() {
        Link l = Link.of(LinkType.SUSTAINABILITY_INFO, "https://b.example/{gtin}/{lot}", "Footprint")
                .atLevel(PassportLevel.BATCH);
        DigitalLink batch = DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/L%2F1");
        assertEquals("https://b.example/09506000134352/L%2F1", l.href(batch));
        Link s = Link.of(LinkType.INSTRUCTIONS, "https://b.example/s?id={serial}", "Manual")
                .atLevel(PassportLevel.ITEM);
        assertEquals("https://b.example/s?id=S%2B1", s.href(PassportKeys.key(ITEM)));
    }

    @Test
    void forIdentifier_fixesLevelAndKey() {
        Link l = Link.of(LinkType.PIP, "https://b.example/x", "Page").forIdentifier(ITEM);
        assertEquals(PassportLevel.ITEM, l.level());
        assertEquals("https://id.gs1.org/01/09506000134352/10/L%2F1/21/S%2B1", l.identifier().orElseThrow().toString());
        assertTrue(l.appliesTo(PassportKeys.key(ITEM), PassportLevel.ITEM));
    }

    @Test
    void badLinks_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.DPP, "https://x.example", "t"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.LINKSET, "https://x.example", "t"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "ftp://x.example", "t"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "/relative", "t"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "https://x.example", " "));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "https://x.example/{sku}", "t"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "https://x.example/{gtin", "t"));
        assertEquals("placeholder {lot} at position 18 needs a level that has it, not MODEL, in link"
                + " template 'https://x.example/{lot}'", assertThrows(IllegalArgumentException.class,
                () -> Resolver.builder(new AudienceLeakProperties.MapSource())
                        .link(Link.of(LinkType.PIP, "https://x.example/{lot}", "t"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "https://x.example", "t")
                .withMediaType("html"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "https://x.example", "t")
                .withLanguage("english!"));
        assertThrows(IllegalArgumentException.class, () -> Link.of(LinkType.PIP, "https://x.example", "t")
                .forIdentifier(DigitalLink.parse("https://id.gs1.org/00/106141412345678908")));
    }

    @Test
    void valueSemantics() {
        Link a = Link.of(LinkType.PIP, "https://x.example", "t").withMediaType("text/HTML").withLanguage("en");
        Link b = Link.of(LinkType.PIP, "https://x.example", "t").withMediaType("text/html").withLanguage("en");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("text/html", a.mediaType().orElseThrow());
        assertEquals("Link[gs1:pip MODEL https://x.example]", a.toString());
    }
}
