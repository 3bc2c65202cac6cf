package org.dppkit.qr.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dppkit.qr.ErrorCorrection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The encoder against ZXing's {@code Encoder} as oracle: identical grid, version, mask and mode
 * (or both refusing) on random Digital Links, byte strings, numeric and alphanumeric texts and
 * long texts up to version 40, for every level. CI runs {@value #CI_COUNT} inputs a level; set
 * {@code -Ddppkit.qr.oracle.count=200000} for the long run.
 */
class QrEncoderOracleTest {

    static final int CI_COUNT = 5000;

    static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    /** GS1 AI encodable character set 82 minus '%', which is escaped. */
    static final String CSET82 = "!\"&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
            + "abcdefghijklmnopqrstuvwxyz";
    static final String[] HOSTS = {"https://id.gs1.org", "https://id.example.com",
        "https://dpp.battery-maker.eu/p", "http://x.io", "HTTPS://ID.EXAMPLE.COM"};

    static int count() {
        return Integer.getInteger("dppkit.qr.oracle.count", CI_COUNT);
    }

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void randomInputs_sameSymbolsAsZxing(ErrorCorrection ecc) {
        SplittableRandom random = new SplittableRandom(0x5eed0000L + ecc.ordinal());
        int n = count();
        java.util.BitSet versions = new java.util.BitSet();
        for (int i = 0; i < n; i++) {
            String text = randomText(random, i);
            int version = 0;
            int mask = -1;
            int r = random.nextInt(20);
            if (r == 0) {
                version = 1 + random.nextInt(40);
            } else if (r == 1) {
                mask = random.nextInt(8);
            }
            EncodedSymbol s = ZxingOracle.assertSame(text, ecc, version, mask);
            if (s != null) {
                versions.set(s.version());
            }
        }
        // The inputs reach from version 1 to version 40.
        assertTrue(n < CI_COUNT || versions.cardinality() >= 38, versions::toString);
        assertTrue(n < CI_COUNT || versions.get(1) && versions.get(40), versions::toString);
    }

    /** One random input: mostly item links, then byte strings, numeric, alphanumeric, long. */
    static String randomText(SplittableRandom random, int i) {
        switch (i % 10) {
            case 0:
            case 1:
            case 2:
            case 3:
                return link(random);
            case 4:
            case 5:
                return bytes(random, 1 + random.nextInt(random.nextInt(8) == 0 ? 700 : 120));
            case 6:
                return from(random, "0123456789", 1 + random.nextInt(random.nextInt(8) == 0 ? 3000 : 200));
            case 7:
                return from(random, ALNUM, 1 + random.nextInt(random.nextInt(8) == 0 ? 2000 : 150));
            case 8:
                return link(random).toUpperCase(java.util.Locale.ROOT);
            default:
                // Long texts, occasionally near version 40.
                return random.nextInt(25) == 0
                        ? from(random, CSET82, 1500 + random.nextInt(1500))
                        : from(random, CSET82, 100 + random.nextInt(600));
        }
    }

    static String link(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(HOSTS[random.nextInt(HOSTS.length)]);
        sb.append("/01/");
        for (int k = 0; k < 14; k++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        int parts = random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            sb.append(p == 0 ? "/21/" : "/10/");
            serial(random, sb, 1 + random.nextInt(20));
        }
        if (random.nextInt(3) == 0) {
            sb.append("?17=2").append(random.nextInt(10)).append("1231");
            if (random.nextBoolean()) {
                sb.append("&10=");
                serial(random, sb, 1 + random.nextInt(20));
            }
        }
        return sb.toString();
    }

    /** A serial of CSET 82 characters, some percent-escaped as Digital Link requires. */
    static void serial(SplittableRandom random, StringBuilder sb, int length) {
        for (int k = 0; k < length; k++) {
            char c = CSET82.charAt(random.nextInt(CSET82.length()));
            if ("!\"&'()*+,/:;<=>?%#".indexOf(c) >= 0 || random.nextInt(30) == 0) {
                sb.append('%').append(String.format("%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
    }

    /** Random characters: ASCII controls and printables, Latin-1, CJK and surrogate pairs. */
    static String bytes(SplittableRandom random, int length) {
        StringBuilder sb = new StringBuilder(length);
        boolean ascii = random.nextBoolean();
        for (int k = 0; k < length; k++) {
            if (ascii) {
                sb.append((char) random.nextInt(0x80));
            } else {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    sb.append((char) random.nextInt(0x100));
                } else if (kind < 9) {
                    sb.append((char) (0x4E00 + random.nextInt(0x5000)));
                } else {
                    sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
                }
            }
        }
        return sb.toString();
    }

    static String from(SplittableRandom random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // jqwik: shrinks a failing input to a minimal text.

    @Property(tries = 400)
    void anyString_sameSymbolAsZxing(@ForAll("texts") String text, @ForAll ErrorCorrection ecc) {
        ZxingOracle.assertSame(text, ecc, 0, -1);
    }

    @Property(tries = 200)
    void anyString_fixedVersionAndMask_sameSymbolAsZxing(@ForAll("texts") String text,
            @ForAll ErrorCorrection ecc, @ForAll @IntRange(min = 1, max = 40) int version,
            @ForAll @IntRange(min = -1, max = 7) int mask) {
        ZxingOracle.assertSame(text, ecc, version, mask);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(300);
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(300);
        Arbitrary<String> numeric = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(800);
        Arbitrary<String> alnum = Arbitraries.strings().withChars(ALNUM).ofMinLength(1).ofMaxLength(500);
        Arbitrary<String> links = Combinators.combine(Arbitraries.of(HOSTS),
                Arbitraries.strings().numeric().ofLength(14),
                Arbitraries.strings().withChars(CSET82).ofMinLength(1).ofMaxLength(20))
                .as((h, g, s) -> h + "/01/" + g + "/21/" + s);
        return Arbitraries.oneOf(any, ascii, numeric, alnum, links);
    }
}
