package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

/**
 * Rendered labels are byte-identical to those made before dppkit had its own encoder (when
 * ZXing's {@code Encoder} made the symbols): version, mask and the SHA-256 (first 8 bytes) of the
 * SVG, PNG and ZPL output of 15 symbols (three links at every level, with and without
 * upper-cased scheme and host, a version-21 text, a non-ASCII text and a fixed mask), recorded
 * with the ZXing-based build.
 */
class LabelBytesGoldenTest {

    /** version, mask, SVG, PNG, ZPL. */
    static final String[] GOLDEN = {
        "3 2 992a497af6c091cf e91e2d5e2c7540c9 031dedab12bb2b8a",
        "3 3 9627f4bee3a4e147 967142487a14ef5f aa69e55d0bf42e9a",
        "5 4 d5148dbac1f498a3 5937d9426e5fbd39 85646f0d91e06690",
        "4 6 b1233a655e44b3a2 ef534a00390bfc5c bf01abd44a4007d9",
        "4 2 129ae664bd22ce60 36e4d0988fd75929 3d0bbfb864bba452",
        "5 6 b36bce7e8cf7fa55 4f5a87c6fbd73cee 546b68620df00dc8",
        "6 2 982b4b5450952234 035d716e98d265dd 90b711c54e6cf120",
        "8 5 c4a6f28b520ae8db 8debb2ff919d561d 7e26adc3c7c95ce8",
        "4 0 20078698384b0dc5 16357fdaf77aa622 1430db859955a24b",
        "5 3 472cf20f5f3e79f4 2c7f889703e7c4f7 0015855276595c4d",
        "6 0 9626352f3fba43c9 ccc4a9e04e510147 84669928a3251bdb",
        "8 0 d570cd9ccb4268eb 12b06aeab7213209 be1b670759c1f97c",
        "21 2 eabd317a2fc334e9 852d8cb3b27dac1b 61528e5dab5c13d1",
        "5 0 bd084cbd5a12cf76 a87809379fe372f3 9a560ce52803321f",
        "2 5 8fd93783bd360386 6858ae0870559ae3 9bc24957a4231df8"
    };

    static List<QrSymbol> symbols() {
        List<QrSymbol> symbols = new ArrayList<>();
        DigitalLink l1 = DigitalLink.builder(Gtin.parse("09506000134352")).serial("SN-000123").build();
        DigitalLink l2 = DigitalLink.builder(Gtin.parse("09506000134352")).lot("LOT/2025%42")
                .serial("A&B?c=1").build();
        DigitalLink l3 = DigitalLink.builder(Gtin.parse("04012345000009"))
                .domain("https://dpp.example.com/p").serial("X".repeat(20)).build();
        int k = 0;
        for (DigitalLink l : List.of(l1, l2, l3)) {
            for (ErrorCorrection e : ErrorCorrection.values()) {
                symbols.add(QrSymbol.encode(l, QrOptions.of(e).withUpperCaseSchemeAndHost(k++ % 2 == 1)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            text.append((char) ('a' + (i * 7) % 26));
        }
        symbols.add(QrSymbol.encode(text, QrOptions.of(ErrorCorrection.L)));
        symbols.add(QrSymbol.encode("https://example.com/Gr\u00f6\u00dfe/\u96fb\u6c60",
                QrOptions.of(ErrorCorrection.H)));
        symbols.add(QrSymbol.encode("0123456789012345678901234567890",
                QrOptions.of(ErrorCorrection.Q).withMask(5)));
        return symbols;
    }

    @Test
    void labels_areByteIdenticalToTheZxingEra() throws NoSuchAlgorithmException {
        PrintSpec spec = PrintSpec.of(0.5, 300);
        SvgRenderer svg = SvgRenderer.of(spec);
        PngRenderer png = PngRenderer.of(spec);
        ZplRenderer zpl = ZplRenderer.of(spec);
        List<QrSymbol> symbols = symbols();
        assertEquals(GOLDEN.length, symbols.size());
        for (int i = 0; i < symbols.size(); i++) {
            QrSymbol s = symbols.get(i);
            String actual = s.version() + " " + s.mask() + " " + sha(svg.render(s).bytes()) + " "
                    + sha(png.render(s).bytes()) + " " + sha(zpl.render(s).bytes());
            assertEquals(GOLDEN[i], actual, s.toString());
        }
    }

    static String sha(byte[] bytes) throws NoSuchAlgorithmException {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
        }
        return sb.toString();
    }

    @Test
    void sha_isSha256Prefix() throws NoSuchAlgorithmException {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assertEquals("ba7816bf8f01cfea", sha("abc".getBytes(StandardCharsets.US_ASCII)));
    }
}
