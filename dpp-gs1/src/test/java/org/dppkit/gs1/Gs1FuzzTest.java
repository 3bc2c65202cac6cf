package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the Digital Link and element string parsers, seeded with the GS1 engine's
 * vectors: only {@link Gs1SyntaxException} with a position inside the input may escape; an
 * accepted link converts to a {@code java.net.URI}, prints and parses back equal, and its AI data
 * round-trips through the element string.
 *
 * <p>CI size by default; {@code -Ddppkit.fuzz.long=true} runs 1 000 000 inputs,
 * {@code -Ddppkit.fuzz.iterations=N} any number; seed {@code -Ddppkit.fuzz.seed}.
 */
class Gs1FuzzTest {

    private static final String[] PIECES = {"/", "?", "&", "=", "%", "%2F", "%25", "#", "|", "^", "(", ")", "[", "]",
        ":", "01", "10", "21", "22", "17", "235", "7041", "7241", "922", "89", "99", "linkType", "gs1:dpp", "=abc",
        "09506000134352", "%00", "%zz", "\u001d", "\u00e9", " ", "", "..", "[::1]", "a:1", "HTTPS://", "http://"};

    private static int iterations() {
        String n = System.getProperty("dppkit.fuzz.iterations");
        if (n != null) {
            return Integer.parseInt(n);
        }
        return Boolean.getBoolean("dppkit.fuzz.long") ? 1_000_000 : 5_000;
    }

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : Vectors.load("dl-parse.tsv")) {
            if (!r.get("uri").isEmpty()) {
                out.add(r.get("uri"));
            }
        }
        for (Map<String, String> r : Vectors.load("element-strings.tsv")) {
            out.add(r.get("bracketed"));
            out.add(r.get("unbracketed"));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    @Test
    void mutatedLinksAndElementStringsFailOnlyWithPositionedSyntaxErrors() {
        List<String> seeds = seeds();
        Random random = new Random(Long.getLong("dppkit.fuzz.seed", 77L));
        ParseOptions[] options = {ParseOptions.strict(), ParseOptions.strict().withUnknownAis(true)
                .withZeroSuppressedGtin(true).withConvenienceAlphas(true)};
        int n = iterations();
        int accepted = 0;
        int rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            ParseOptions o = options[random.nextInt(options.length)];
            try {
                if (input.startsWith("(") || input.startsWith("^")) {
                    ElementString es = ElementString.parse(input, o);
                    assertEquals(es, ElementString.parse(es.toBracketedString(), o), input);
                } else {
                    DigitalLink link = DigitalLink.parse(input, o);
                    link.toUri();
                    assertEquals(link, DigitalLink.parse(link.toString(), o), input);
                    assertEquals(link.toElementString(), DigitalLink.parse(link.toString(), o).toElementString());
                }
                accepted++;
            } catch (Gs1SyntaxException e) {
                rejected++;
                int p = e.position();
                assertTrue(p >= -1 && p < Math.max(1, input.length()),
                        () -> "position " + p + " past the end of '" + input + "': " + e.getMessage());
            } catch (RuntimeException | Error e) {
                throw new AssertionError("input " + i + " '" + input + "' escaped as " + e, e);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Gs1FuzzTest: %d inputs, %d accepted, %d rejected, %d ms%n", n, accepted, rejected, ms);
        assertEquals(n, accepted + rejected);
    }

    static String mutate(String seed, Random random) {
        StringBuilder sb = new StringBuilder(seed);
        int rounds = random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(5)) {
                case 0:
                    sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    break;
                case 1:
                    if (at < sb.length()) {
                        sb.deleteCharAt(at);
                    }
                    break;
                case 2:
                    if (at < sb.length()) {
                        sb.setCharAt(at, (char) (32 + random.nextInt(95)));
                    }
                    break;
                case 3:
                    sb.setLength(at);
                    break;
                default:
                    sb.insert(at, (char) random.nextInt(0x3000));
                    break;
            }
        }
        return sb.toString();
    }
}
