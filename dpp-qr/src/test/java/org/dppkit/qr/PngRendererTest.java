package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dppkit.gs1.DigitalLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PngRendererTest {

    static Stream<Arguments> dpis() {
        return Stream.of(
                Arguments.of(72, 2835),
                Arguments.of(203, 7992),
                Arguments.of(300, 11811),
                Arguments.of(600, 23622));
    }

    @ParameterizedTest
    @MethodSource("dpis")
    void render_pHYsRecordsPixelsPerMetre(int dpi, long ppm) {
        byte[] png = PngRenderer.of(PrintSpec.of(0.5, dpi)).render(QrSymbol.encode("x")).bytes();
        assertEquals(ppm, PngCodec.readPixelsPerMetre(png));
        // unit byte follows the two values: 1 = metre
        int at = indexOf(png, "pHYs".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, png[at + 4 + 8]);
    }

    @Test
    void render_isOneBitGreyscaleAtPrintSize() throws IOException {
        RenderResult r = PngRenderer.of(PrintSpec.of(0.5, 300)).render(QrSymbol.encode(QrSymbolTest.SAMPLE));
        byte[] png = r.bytes();
        assertEquals(246, r.layout().totalDots());
        int ihdr = indexOf(png, "IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, png[ihdr + 4 + 8]); // bit depth
        assertEquals(0, png[ihdr + 4 + 9]); // colour type
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(246, img.getWidth());
        assertEquals(246, img.getHeight());
        // quiet zone white, first finder module black, exactly where the layout says
        assertEquals(0xFFFFFFFF, img.getRGB(23, 23));
        assertEquals(0xFF000000, img.getRGB(24, 24));
        assertEquals(0xFF000000, img.getRGB(24 + 6 * 7 - 1, 24));
        assertEquals(0xFFFFFFFF, img.getRGB(24 + 6 * 7, 24));
        assertEquals(RenderFormat.PNG, r.format());
        assertThrows(IllegalStateException.class, r::asString);
    }

    @Test
    void render_withVerify_isVerified() {
        RenderResult r = PngRenderer.of(PrintSpec.defaults()).withVerify(true)
                .render(QrSymbol.encode(QrSymbolTest.SAMPLE));
        assertTrue(r.verified());
        assertFalse(PngRenderer.of(PrintSpec.defaults()).render(QrSymbol.encode("x")).verified());
    }

    @Test
    void render_isDeterministic() {
        QrSymbol s = QrSymbol.encode(QrSymbolTest.SAMPLE);
        PngRenderer r = PngRenderer.of(PrintSpec.defaults());
        assertArrayEquals(r.render(s).bytes(), r.render(QrSymbol.encode(QrSymbolTest.SAMPLE)).bytes());
        assertEquals(r.render(s), r.render(s));
    }

    @Test
    void render_tooLarge_throws() {
        QrSymbol big = QrSymbol.encode("a".repeat(2000));
        QrException e = assertThrows(QrException.class,
                () -> PngRenderer.of(PrintSpec.of(10, 4800)).render(big));
        assertEquals(QrErrorCode.DOES_NOT_FIT, e.errorCode());
    }

    @Property(tries = 40)
    void render_decodesBackWithImageIoAndOwnReader(@ForAll @From("links") DigitalLink link,
            @ForAll ErrorCorrection ecc, @ForAll @IntRange(min = 2, max = 7) int dots)
            throws IOException {
        QrSymbol s = QrSymbol.encode(link, QrOptions.of(ecc));
        PrintSpec spec = PrintSpec.builder().dpi(300).xDimensionMm(dots * 25.4 / 300).build();
        byte[] png = PngRenderer.of(spec).render(s).bytes();
        assertEquals(s.text(), QrVerifier.decodePng(png).orElseThrow());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        byte[] lum = new byte[img.getWidth() * img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                lum[y * img.getWidth() + x] = (byte) (img.getRGB(x, y) & 0xFF);
            }
        }
        Verification v = QrVerifier.verifyRaster(lum, img.getWidth(), img.getHeight(), link.toString());
        assertTrue(v.passed(), v.detail());
    }

    @Provide
    net.jqwik.api.Arbitrary<DigitalLink> links() {
        return Links.links();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
    }
}
