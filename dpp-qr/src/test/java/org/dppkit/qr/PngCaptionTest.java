package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

/**
 * PNG labels carry the same caption as SVG labels: read back from the PNG by matching its cells
 * against the bitmap font, the text equals the SVG's {@code <text>} lines.
 */
class PngCaptionTest {

    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    @Test
    void font_hasADistinctGlyphForEveryCset82CharacterAndSpace() {
        Map<Long, Character> seen = new HashMap<>();
        for (char c : (CSET82 + " ").toCharArray()) {
            assertTrue(BitmapFont.has(c), "glyph for " + c);
            Character before = seen.put(BitmapFont.glyphOf(c), c);
            assertEquals(null, before, "glyphs of '" + before + "' and '" + c + "' are the same");
        }
        assertTrue(!BitmapFont.has('~') && !BitmapFont.has('\u00e9'));
        assertEquals(BitmapFont.glyphOf('~'), BitmapFont.glyphOf('\u00e9'), "one box for unknown characters");
        assertEquals(BitmapFont.glyph("#####", "#...#", "#...#", "#...#", "#...#", "#...#", "#####", ".....", "....."),
                BitmapFont.glyphOf('\u00e9'));
    }

    @Provide
    Arbitrary<DigitalLink> links() {
        Arbitrary<String> values = Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(20);
        return net.jqwik.api.Combinators.combine(Arbitraries.strings().numeric().ofLength(13), values, values,
                Arbitraries.of(true, false)).as((digits, lot, serial, withLot) -> {
                    DigitalLink.Builder b = DigitalLink.builder(Gtin.withCheckDigit(digits));
                    if (withLot) {
                        b.lot(lot);
                    }
                    return b.serial(serial).build();
                });
    }

    @Property(tries = 25)
    void caption_readsBackAsTheSvgCaption_andTheCodeStillDecodes(@ForAll("links") DigitalLink link) throws IOException {
        for (PrintSpec spec : List.of(PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300), PrintSpec.of(0.4, 203))) {
            QrSymbol symbol = QrSymbol.encode(link);
            RenderResult png = PngRenderer.of(spec).withCaption(true).withVerify(true).render(symbol);
            assertTrue(png.verified());
            List<String> svgLines = svgCaption(SvgRenderer.of(spec).withCaption(true).render(symbol));
            assertEquals(svgLines, readCaption(png.bytes(), png.layout().totalDots(), svgLines.size()));
        }
    }

    @Test
    void noCaption_isByteIdenticalToBefore_andNonLinksGetAWarning() {
        PrintSpec spec = PrintSpec.of(0.5, 300);
        QrSymbol link = QrSymbol.encode(QrSymbolTest.SAMPLE);
        byte[] plain = PngRenderer.of(spec).render(link).bytes();
        assertArrayEquals(PngCodec.write(link, spec.layout(link)), plain);
        assertArrayEquals(plain, PngRenderer.of(spec).withCaption(false).render(link).bytes());
        assertNotEquals(plain.length, PngRenderer.of(spec).withCaption(true).render(link).bytes().length);

        QrSymbol text = QrSymbol.encode("not a digital link");
        RenderResult r = PngRenderer.of(spec).withCaption(true).render(text);
        assertArrayEquals(PngRenderer.of(spec).render(text).bytes(), r.bytes());
        assertEquals(List.of("No caption: the symbol's text is not a GS1 Digital Link with a GTIN"), r.warnings());
    }

    @Test
    void caption_makesTheLabelTaller_byThePrintedLines() throws IOException {
        PrintSpec spec = PrintSpec.of(PrintSpec.GS1_TARGET_X_MM, 300);
        QrSymbol symbol = QrSymbol.encode(
                DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/LOT-2702-A/21/SN-0001"));
        RenderResult r = PngRenderer.of(spec).withCaption(true).render(symbol);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.bytes()));
        int side = r.layout().totalDots();
        assertEquals(side, img.getWidth());
        // 2 mm font at 300 dpi: 0.2 mm per font dot = 2.36 dots, so 2 printer dots per font dot.
        List<String> lines = svgCaption(SvgRenderer.of(spec).withCaption(true).render(symbol));
        assertEquals(List.of("(01) 09506000134352", "(10) LOT-2702-A", "(21) SN-0001"), lines);
        assertEquals(side + 2 * (12 * 3 - 1), img.getHeight());
        assertEquals(lines, readCaption(r.bytes(), side, 3));
        assertEquals(PngRenderer.of(spec).withCaption(true), PngRenderer.of(spec).withCaption(false).withCaption(true));
        assertNotEquals(PngRenderer.of(spec), PngRenderer.of(spec).withCaption(true));
        assertEquals("PngRenderer[" + spec + ", caption=true, verify=false]",
                PngRenderer.of(spec).withCaption(true).toString());
        assertEquals(3.0, PngRenderer.of(spec).withCaptionFontSizeMm(3).captionFontSizeMm());
        assertThrows(QrException.class, () -> PngRenderer.of(spec).withCaptionFontSizeMm(0.1));
    }

    /** The text of the SVG label's caption lines. */
    static List<String> svgCaption(RenderResult svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(new String(svg.bytes(),
                StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&"));
        }
        return lines;
    }

    /**
     * Reads the caption back from the image below the symbol: finds each line's dark extent,
     * infers the scale from the line pitch and matches every cell against the font's glyphs.
     */
    static List<String> readCaption(byte[] png, int side, int lineCount) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int scale = (img.getHeight() - side) / (BitmapFont.LINE * lineCount - 1);
        assertEquals(img.getHeight() - side, scale * (BitmapFont.LINE * lineCount - 1), "caption height");
        Map<Long, Character> byGlyph = new HashMap<>();
        for (char c = 32; c < 128; c++) {
            if (BitmapFont.has(c)) {
                byGlyph.put(BitmapFont.glyphOf(c), c);
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            int top = side + scale * (1 + BitmapFont.LINE * i);
            int left = Integer.MAX_VALUE;
            int right = -1;
            for (int y = top; y < top + BitmapFont.HEIGHT * scale; y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    if (dark(img, x, y)) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                    }
                }
            }
            // Centred: a line of n characters starts at (width - (6n - 1) * scale) / 2. Find the n
            // whose cells all hold glyphs, covering the dark extent, without blank ends.
            String found = null;
            for (int n = 1; found == null; n++) {
                int w = (n * BitmapFont.ADVANCE - 1) * scale;
                int x0 = (img.getWidth() - w) / 2;
                if (x0 < 0) {
                    break;
                }
                if (x0 > left || x0 + w <= right) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int c = 0; c < n; c++) {
                    long g = 0;
                    for (int r = 0; r < BitmapFont.HEIGHT; r++) {
                        for (int col = 0; col < BitmapFont.WIDTH; col++) {
                            g = g << 1 | (dark(img, x0 + (c * BitmapFont.ADVANCE + col) * scale, top + r * scale) ? 1
                                    : 0);
                        }
                    }
                    Character ch = byGlyph.get(g);
                    if (ch == null) {
                        text = null;
                        break;
                    }
                    text.append(ch.charValue());
                }
                if (text != null && text.charAt(0) != ' ' && text.charAt(n - 1) != ' ') {
                    found = text.toString();
                }
            }
            lines.add(String.valueOf(found));
        }
        return lines;
    }

    private static boolean dark(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xFF) < 128;
    }
}
