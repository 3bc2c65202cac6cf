package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dppkit.battery.BatteryPassport;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the reader: golden documents with bytes flipped, tokens inserted, numbers
 * and dates replaced by hostile ones, cut short, re-encoded. Every input is either read (and then
 * writes and reads back equal) or rejected with a {@link PassportFormatException} with a pointer,
 * a line and a column; nothing else escapes.
 *
 * <p>CI size by default; {@code -Ddppkit.fuzz.long=true} runs 200 000 mutations and
 * {@code -Ddppkit.fuzz.iterations=N} any number. The seed is {@code -Ddppkit.fuzz.seed} (default
 * fixed, so a failure reproduces).
 */
class JsonFuzzTest {

    static int iterations(int ci, int long_) {
        String n = System.getProperty("dppkit.fuzz.iterations");
        if (n != null) {
            return Integer.parseInt(n);
        }
        return Boolean.getBoolean("dppkit.fuzz.long") ? long_ : ci;
    }

    private static final String[] HOSTILE = {
        "1e2147483647", "1E+2147483648", "1e-2147483648", "-1e999999999", "-0.0", "96.0", "1e2",
        "\"2027-02-18Tx0:00:00Z\"", "\"+999999999-12\"", "\"\\ud800\"", "\"\\u202e\"", "\"\\u0000\"",
        "\" \"", "null", "true", "[]", "{}", "[[[[[[[[", "\"\"",
                "0.000000000000000000000000000000000000000000000000000000000000000001",
        "12345678901234567890123456789012345678901234567890123456789012345", "\"\\uDC00\\uD800\"", "NaN", "-",
        "\"VLT\"", "\"ISSUER\"", "\"PUBLIC\"", "\"ITEM\"", "\"MODEL\"", "\"https://id.gs1.org/01/09506000134352\"",
    };

    private static String golden(String name) throws IOException {
        try (InputStream in = JsonFuzzTest.class.getResourceAsStream("golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void mutatedDocumentsAreReadOrRejectedCleanly() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String g : new String[] {"item-issuer.json", "item-public.json", "item-authorities.json",
                "item-legitimate_interest.json"}) {
            seeds.add(golden(g));
        }
        Random random = new Random(Long.getLong("dppkit.fuzz.seed", 20270218L));
        int n = iterations(800, 200_000);
        int read = 0;
        int rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String doc = seeds.get(random.nextInt(seeds.size()));
            String mutated = mutate(doc, random);
            byte[] bytes = encode(mutated, random);
            try {
                BatteryPassport p = random.nextBoolean() ? PassportJson.standard().read(mutated)
                        : PassportJson.standard().read(new ByteArrayInputStream(bytes));
                read++;
                assertEquals(p, PassportJson.standard().read(PassportJson.standard().write(p, p.audience())), mutated);
            } catch (PassportFormatException e) {
                rejected++;
                assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
                assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e::getMessage);
                FormatErrors.assertCodeMatchesReason(e);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("mutation " + i + " escaped as " + e + ": " + abbreviate(mutated), e);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("JsonFuzzTest: %d mutations, %d read, %d rejected, %d ms%n", n, read, rejected, ms);
        assertEquals(n, read + rejected);
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
    }

    private static byte[] encode(String s, Random random) {
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")};
        byte[] b = s.getBytes(charsets[random.nextInt(charsets.length)]);
        if (random.nextInt(8) == 0 && b.length > 0) {
            // an invalid byte sequence or a code point above U+10FFFF in UTF-32
            int at = random.nextInt(b.length);
            b[at] = (byte) (random.nextBoolean() ? 0xff : 0x11);
        }
        return b;
    }

    static String mutate(String doc, Random random) {
        StringBuilder sb = new StringBuilder(doc);
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && sb.length() > 0; r++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(9)) {
                case 0: // flip a character
                    sb.setCharAt(at, (char) (sb.charAt(at) ^ (1 << random.nextInt(7))));
                    break;
                case 1: // delete a run
                    sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(8)));
                    break;
                case 2: // insert a hostile token
                    sb.insert(at, HOSTILE[random.nextInt(HOSTILE.length)]);
                    break;
                case 3: { // replace a number
                    int d = indexOfDigit(sb, at);
                    if (d >= 0) {
                        int e = d;
                        while (e < sb.length() && "0123456789.eE+-".indexOf(sb.charAt(e)) >= 0) {
                            e++;
                        }
                        sb.replace(d, e, HOSTILE[random.nextInt(7)]);
                    }
                    break;
                }
                case 4: // truncate
                    sb.setLength(at);
                    break;
                case 5: { // replace a string value
                    int q = sb.indexOf("\"", at);
                    int q2 = q < 0 ? -1 : sb.indexOf("\"", q + 1);
                    if (q2 > q) {
                        sb.replace(q, q2 + 1, HOSTILE[7 + random.nextInt(HOSTILE.length - 7)]);
                    }
                    break;
                }
                case 6: // a random char
                    sb.insert(at, (char) random.nextInt(0x10000));
                    break;
                case 7: // duplicate a slice
                    int end = Math.min(sb.length(), at + random.nextInt(40));
                    sb.insert(at, sb.substring(at, end));
                    break;
                default: // digit change
                    int d = indexOfDigit(sb, at);
                    if (d >= 0) {
                        sb.setCharAt(d, (char) ('0' + random.nextInt(10)));
                    }
                    break;
            }
        }
        return sb.toString();
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
