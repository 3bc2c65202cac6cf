package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.gs1.DigitalLink;

/**
 * Every label made with dppkit's own encoder decodes back with ZXing's reader: SVG, PNG and the
 * symbol itself, for random Digital Links (with percent-escapes) at every level, with and
 * without the upper-cased scheme and host (alphanumeric mode).
 */
class DecodeBackTest {

    @Property(tries = 40)
    void renderedLabels_decodeBack(@ForAll("links") DigitalLink link, @ForAll ErrorCorrection ecc,
            @ForAll boolean upperCase) {
        QrOptions options = QrOptions.of(ecc).withUpperCaseSchemeAndHost(upperCase);
        QrSymbol symbol = QrSymbol.encode(link, options);
        PrintSpec spec = PrintSpec.of(0.5, 300);
        RenderResult svg = SvgRenderer.of(spec).withVerify(true).render(symbol);
        RenderResult png = PngRenderer.of(spec).withVerify(true).render(symbol);
        assertTrue(svg.verified() && png.verified());
        assertEquals(symbol.text(), QrVerifier.verify(symbol).decoded().orElseThrow());
    }

    @Provide
    Arbitrary<DigitalLink> links() {
        return Links.links();
    }
}
