package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Test
    void render_sample_isOnePathSizedInMm() throws Exception {
        RenderResult r = SvgRenderer.of(PrintSpec.of(0.495, 300)).render(QrSymbol.encode(QrSymbolTest.SAMPLE));
        String svg = r.asString();
        Document doc = Xml.parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("20.828mm", root.getAttribute("width"));
        assertEquals("20.828mm", root.getAttribute("height"));
        assertEquals("0 0 41 41", root.getAttribute("viewBox"));
        assertEquals("crispEdges", root.getAttribute("shape-rendering"));
        assertEquals(1, doc.getElementsByTagNameNS(SVG_NS, "path").getLength());
        assertEquals(0, doc.getElementsByTagNameNS(SVG_NS, "text").getLength());
        // the top-left finder pattern is the first run: 7 modules at the quiet-zone offset
        Element path = (Element) doc.getElementsByTagNameNS(SVG_NS, "path").item(0);
        assertTrue(path.getAttribute("d").startsWith("M4 4h7v1h-7z"), path.getAttribute("d"));
        assertEquals(RenderFormat.SVG, r.format());
        assertEquals(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, r.length());
    }

    @Test
    void render_whiteBackgroundCoversTheWholeLabelBeneathThePath() throws Exception {
        String svg = SvgRenderer.of(PrintSpec.of(0.495, 300)).withCaption(true)
                .render(QrSymbol.encode(QrSymbolTest.SAMPLE)).asString();
        Document doc = Xml.parse(svg);
        Element root = doc.getDocumentElement();
        NodeList rects = doc.getElementsByTagNameNS(SVG_NS, "rect");
        assertEquals(1, rects.getLength());
        Element rect = (Element) rects.item(0);
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        assertEquals("#FFFFFF", rect.getAttribute("fill"));
        assertEquals(viewBox[2], rect.getAttribute("width"));
        assertEquals(viewBox[3], rect.getAttribute("height"));
        assertFalse(rect.hasAttribute("x") || rect.hasAttribute("y"), "starts at the origin");
        // painted first, so the dark modules lie on top of it
        assertEquals("rect", ((Element) root.getElementsByTagNameNS(SVG_NS, "*").item(0)).getLocalName());
    }

    @Test
    void render_pathCoversExactlyTheDarkModules() {
        QrSymbol s = QrSymbol.encode(QrSymbolTest.SAMPLE, QrOptions.of(ErrorCorrection.H));
        String svg = SvgRenderer.of(PrintSpec.defaults()).render(s).asString();
        Raster raster = SvgPathReader.rasterise(svg, 1);
        for (int y = 0; y < s.size(); y++) {
            for (int x = 0; x < s.size(); x++) {
                byte lum = raster.getMatrix()[(y + 4) * raster.getWidth() + x + 4];
                assertEquals(s.isDark(x, y), lum == 0, "module " + x + "," + y);
            }
        }
    }

    @Test
    void render_withCaption_printsGs1Hri() throws Exception {
        DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352")).lot("L<&>1")
                .serial("SN-000123").build();
        RenderResult r = SvgRenderer.of(PrintSpec.defaults()).withCaption(true).render(QrSymbol.encode(link));
        Document doc = Xml.parse(r.asString());
        assertEquals(1, doc.getElementsByTagNameNS(SVG_NS, "path").getLength());
        assertEquals("(01) 09506000134352 (10) L<&>1 (21) SN-000123", captionOf(doc));
        // 20.828 mm wide: the 19-character GTIN element sets the font, so 19 characters a line
        NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
        assertEquals(3, texts.getLength());
        assertEquals("(10) L<&>1", texts.item(1).getTextContent());
        assertEquals("(21) SN-000123", texts.item(2).getTextContent());
        assertTrue(r.warnings().isEmpty());
        assertTrue(QrVerifier.verifySvg(r.asString(), link.toString()).passed());
    }

    @Test
    void render_captionFromPlainTextLink_isParsed() throws Exception {
        String uri = "https://id.gs1.org/01/09506000134352/21/SN-000123";
        RenderResult r = SvgRenderer.of(PrintSpec.defaults()).withCaption(true).render(QrSymbol.encode(uri));
        assertEquals("(01) 09506000134352 (21) SN-000123", captionOf(Xml.parse(r.asString())));
    }

    @Test
    void render_captionForNonLink_warns() throws Exception {
        RenderResult r = SvgRenderer.of(PrintSpec.defaults()).withCaption(true).render(QrSymbol.encode("hello"));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("No caption"));
        assertEquals(0, Xml.parse(r.asString()).getElementsByTagNameNS(SVG_NS, "text").getLength());
    }

    @Test
    void render_warningsOfSpecAreReported() {
        RenderResult r = SvgRenderer.of(PrintSpec.of(0.25, 600).withQuietZoneModules(1))
                .render(QrSymbol.encode("x"));
        assertEquals(2, r.warnings().size());
    }

    @Test
    void render_withVerify_isVerified() {
        SvgRenderer r = SvgRenderer.of(PrintSpec.defaults()).withVerify(true).withCaption(true)
                .withCaptionFontSizeMm(3).withPrintSpec(PrintSpec.of(0.4, 600));
        assertTrue(r.verify());
        assertTrue(r.caption());
        assertEquals(3, r.captionFontSizeMm());
        assertTrue(r.render(QrSymbol.encode(QrSymbolTest.SAMPLE)).verified());
        assertThrows(QrException.class, () -> r.withCaptionFontSizeMm(0));
    }

    @Test
    void renderers_valueSemanticsAndWriteTo() throws Exception {
        SvgRenderer a = SvgRenderer.of(PrintSpec.defaults()).withCaption(true);
        assertEquals(a, SvgRenderer.of(PrintSpec.defaults()).withCaption(true));
        assertEquals(a.hashCode(), SvgRenderer.of(PrintSpec.defaults()).withCaption(true).hashCode());
        assertFalse(a.equals(a.withVerify(true)));
        assertTrue(a.toString().startsWith("SvgRenderer[PrintSpec[x=0.495 mm"));
        ZplRenderer z = ZplRenderer.of(PrintSpec.defaults());
        assertEquals(z, ZplRenderer.of(PrintSpec.defaults()));
        assertFalse(z.equals(z.withCaption(true)));
        assertEquals(PngRenderer.of(PrintSpec.defaults()), PngRenderer.of(PrintSpec.defaults()));
        RenderResult r = a.render(QrSymbol.encode(QrSymbolTest.SAMPLE));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        r.writeTo(out);
        assertArrayEquals(r.bytes(), out.toByteArray());
        assertEquals(QrSymbolTest.SAMPLE, r.text());
        assertTrue(r.toString().startsWith("RenderResult[SVG, " + r.length() + " bytes"));
    }

    @Property(tries = 60)
    void render_decodesBackAndIsDeterministic(@ForAll @From("links") DigitalLink link,
            @ForAll ErrorCorrection ecc, @ForAll boolean caption) throws Exception {
        QrSymbol s = QrSymbol.encode(link, QrOptions.of(ecc));
        SvgRenderer renderer = SvgRenderer.of(PrintSpec.defaults()).withCaption(caption);
        RenderResult r = renderer.render(s);
        Verification v = QrVerifier.verifySvg(r.asString(), link.toString());
        assertTrue(v.passed(), v.detail());
        assertArrayEquals(r.bytes(), renderer.render(QrSymbol.encode(link, QrOptions.of(ecc))).bytes());
        Document doc = Xml.parse(r.asString());
        assertEquals(1, doc.getElementsByTagNameNS(SVG_NS, "path").getLength());
        if (caption) {
            assertEquals(s.humanReadable().orElseThrow(), captionOf(doc));
            double width = Double.parseDouble(doc.getDocumentElement().getAttribute("viewBox")
                    .split(" ")[2]);
            NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                double font = Double.parseDouble(t.getAttribute("font-size"));
                assertTrue(t.getTextContent().length() * 0.6 * font <= width + 0.01);
            }
        } else {
            assertEquals(0, doc.getElementsByTagNameNS(SVG_NS, "text").getLength());
        }
        assertFalse(r.verified());
    }

    static String captionOf(Document doc) {
        NodeList texts = doc.getElementsByTagNameNS(SVG_NS, "text");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(texts.item(i).getTextContent());
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<DigitalLink> links() {
        return Links.links();
    }
}
