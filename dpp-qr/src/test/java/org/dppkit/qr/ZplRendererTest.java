package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

class ZplRendererTest {

    @Test
    void render_sample_isBqModel2WithMagnificationAndEcc() {
        RenderResult r = ZplRenderer.of(PrintSpec.of(0.5, 300)).render(QrSymbol.encode(QrSymbolTest.SAMPLE));
        assertEquals("^XA\n^PW246^LL246^LH0,0\n"
                + "^FO24,24^BQN,2,6,M^FH\\^FDMA," + QrSymbolTest.SAMPLE + "^FS\n^XZ\n", r.asString());
        assertEquals(RenderFormat.ZPL, r.format());
    }

    @Test
    void render_at203dpiEccQ_usesFourDots() {
        RenderResult r = ZplRenderer.of(PrintSpec.of(0.5, 203))
                .render(QrSymbol.encode("x", QrOptions.of(ErrorCorrection.Q)));
        assertTrue(r.asString().contains("^FO16,16^BQN,2,4,Q^FH\\^FDQA,x^FS"), r.asString());
    }

    @Test
    void render_escapesCommandCharacters() {
        RenderResult r = ZplRenderer.of(PrintSpec.defaults()).withVerify(true)
                .render(QrSymbol.encode("a^b~c\\d"));
        assertTrue(r.asString().contains("^FDMA,a\\5Eb\\7Ec\\5Cd^FS"), r.asString());
        assertTrue(r.verified());
    }

    @Test
    void render_nonAscii_switchesToUtf8() {
        RenderResult r = ZplRenderer.of(PrintSpec.defaults()).render(QrSymbol.encode("Größe"));
        assertTrue(r.asString().startsWith("^XA\n^CI28\n"), r.asString());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("The text is not ASCII"));
    }

    @Test
    void render_withCaption_addsCentredHri() {
        DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352")).serial("SN-000123").build();
        String zpl = ZplRenderer.of(PrintSpec.of(0.5, 300)).withCaption(true)
                .render(QrSymbol.encode(link)).asString();
        // 20.828 mm wide: the font shrinks to 1.827 mm = 22 dots so the GTIN element fits
        assertTrue(zpl.contains("^FO0,246^FB246,1,0,C^A0N,22,22^FH\\^FD(01) 09506000134352^FS\n"
                + "^FO0,272^FB246,1,0,C^A0N,22,22^FH\\^FD(21) SN-000123^FS\n"), zpl);
        assertTrue(zpl.contains("^LL298"), zpl);
    }

    @Test
    void of_magnificationAboveTen_throws() {
        QrException e = assertThrows(QrException.class, () -> ZplRenderer.of(PrintSpec.of(1.0, 600)));
        assertEquals(QrErrorCode.OUT_OF_RANGE, e.errorCode());
        assertTrue(e.getMessage().startsWith("ZPL ^BQ magnification must be between 1 and 10 dots a"
                + " module but the print spec needs 24"), e.getMessage());
    }

    @Property(tries = 100)
    void render_fieldDataIsExactlyTheText(@ForAll @From("links") DigitalLink link,
            @ForAll ErrorCorrection ecc) {
        QrSymbol s = QrSymbol.encode(link, QrOptions.of(ecc));
        RenderResult r = ZplRenderer.of(PrintSpec.defaults()).withVerify(true).render(s);
        assertEquals(link.toString(), ZplRenderer.unescape(ZplRenderer.fieldData(r.asString())));
        assertTrue(r.asString().contains("^BQN,2,6," + ecc.name() + "^FH\\^FD" + ecc.name() + "A,"));
        assertEquals(r, ZplRenderer.of(PrintSpec.defaults()).withVerify(true).render(s));
    }

    @Provide
    Arbitrary<DigitalLink> links() {
        return Links.links();
    }
}
