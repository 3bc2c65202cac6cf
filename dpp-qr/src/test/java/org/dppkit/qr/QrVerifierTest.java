package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrVerifierTest {

    @Test
    void verify_wrongText_fails() {
        byte[] png = PngRenderer.of(PrintSpec.defaults()).render(QrSymbol.encode("abc")).bytes();
        Verification v = QrVerifier.verifyPng(png, "abd");
        assertFalse(v.passed());
        assertEquals("abc", v.decoded().orElseThrow());
        assertEquals("the PNG decodes to 'abc' but the expected text is 'abd'", v.detail());
    }

    @Test
    void verify_blankRaster_findsNothing() {
        byte[] white = new byte[100 * 100];
        Arrays.fill(white, (byte) 0xFF);
        Verification v = QrVerifier.verifyRaster(white, 100, 100, "x");
        assertFalse(v.passed());
        assertTrue(v.decoded().isEmpty());
        assertTrue(v.detail().startsWith("no QR Code found in the raster (100x100 pixels)"));
        assertThrows(QrException.class, () -> QrVerifier.verifyRaster(white, 101, 100, "x"));
    }

    @Test
    void decodePng_readsImageIoPngsToo() throws Exception {
        // An 8-bit greyscale PNG written by ImageIO (filters chosen by the JDK).
        QrSymbol s = QrSymbol.encode(QrSymbolTest.SAMPLE);
        int ppm = 4;
        int side = (s.size() + 8) * ppm;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / ppm - 4;
                int my = y / ppm - 4;
                boolean dark = mx >= 0 && my >= 0 && mx < s.size() && my < s.size() && s.isDark(mx, my);
                img.getRaster().setSample(x, y, 0, dark ? 0 : 255);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        assertEquals(QrSymbolTest.SAMPLE, QrVerifier.decodePng(out.toByteArray()).orElseThrow());
    }

    @Test
    void decodePng_rejectsOtherImages() throws Exception {
        BufferedImage rgb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "png", out);
        QrException e = assertThrows(QrException.class, () -> QrVerifier.decodePng(out.toByteArray()));
        assertEquals(QrErrorCode.UNSUPPORTED_IMAGE, e.errorCode());
        assertTrue(e.getMessage().startsWith("Not a readable PNG: colour type 2"), e.getMessage());
        assertEquals(QrErrorCode.UNSUPPORTED_IMAGE, assertThrows(QrException.class,
                () -> QrVerifier.decodePng(new byte[] {1, 2, 3})).errorCode());
        byte[] png = PngRenderer.of(PrintSpec.defaults()).render(QrSymbol.encode("abc")).bytes();
        byte[] cut = Arrays.copyOf(png, png.length - 20);
        assertEquals(QrErrorCode.UNSUPPORTED_IMAGE,
                assertThrows(QrException.class, () -> QrVerifier.decodePng(cut)).errorCode());
    }

    @Test
    void verifySvg_rejectsForeignSvg() {
        assertEquals(QrErrorCode.UNSUPPORTED_IMAGE, assertThrows(QrException.class,
                () -> QrVerifier.verifySvg("<svg><rect/></svg>", "x")).errorCode());
        assertEquals(QrErrorCode.UNSUPPORTED_IMAGE, assertThrows(QrException.class,
                () -> QrVerifier.verifySvg("<svg><path d=\"M0 0L1 1z\"/></svg>", "x")).errorCode());
    }

    /** Symbols ZXing's detector misses (finder-like runs in the data) still verify, flagged. */
    @Test
    void verify_detectorMiss_fallsBackToPureReading() {
        QrSymbol s = QrSymbol.encode("https://brand.example.com/dpp/01/00000000200202/10/%26A%26%2Cfp"
                + "/21/g%22P", QrOptions.of(ErrorCorrection.H));
        assertEquals(8, s.version());
        Verification v = QrVerifier.verify(s);
        assertTrue(v.passed(), v.detail());
        assertFalse(v.detected());
        assertTrue(v.detail().endsWith("(read as a pure barcode: ZXing's finder-pattern detector did"
                + " not locate the symbol)"), v.detail());
        byte[] png = PngRenderer.of(PrintSpec.of(2 * 25.4 / 300, 300)).render(s).bytes();
        assertTrue(QrVerifier.verifyPng(png, s.text()).detected()); // at 2 px a module it finds it
    }

    @Test
    void verify_symbol_passes() {
        Verification v = QrVerifier.verify(QrSymbol.encode("hello"));
        assertTrue(v.passed());
        assertTrue(v.detected());
        assertEquals("hello", v.expected());
        assertEquals(v, QrVerifier.verify(QrSymbol.encode("hello")));
        assertTrue(v.toString().startsWith("Verification[passed"));
    }
}
