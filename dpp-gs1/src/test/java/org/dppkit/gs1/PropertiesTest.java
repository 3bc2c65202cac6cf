package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the parsers and formatters, checked on generated input. */
class PropertiesTest {

    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    /** CSET 82 values of 1 to 20 characters: every symbol but - . _ needs escaping in a URI. */
    @Provide
    Arbitrary<String> cset82() {
        return Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<Gtin> gtins() {
        return Arbitraries.strings().numeric().ofLength(13).map(Gtin::withCheckDigit);
    }

    @Provide
    Arbitrary<String> domains() {
        return Arbitraries.of("https://id.gs1.org", "https://brand.example.com", "http://example.org:8080/dpp",
                "https://a.example/some/prefix", "HTTPS://EXAMPLE.COM/x", "https://[2001:db8::1]/p");
    }

    @Provide
    Arbitrary<DigitalLink> links() {
        Arbitrary<String> date = Arbitraries.integers().between(0, 99).flatMap(y -> Arbitraries.integers().between(1,
                12)
                .flatMap(m -> Arbitraries.integers().between(1, 28)
                        .map(d -> String.format(java.util.Locale.ROOT, "%02d%02d%02d", y, m, d))));
        Arbitrary<LinkType> linkType = Arbitraries.of(LinkType.DPP, LinkType.PIP, LinkType.SUSTAINABILITY_INFO,
                LinkType.parse("https://example.com/voc/x"));
        return Combinators.combine(gtins(), cset82().injectNull(0.3), cset82().injectNull(0.3), domains(),
                date.injectNull(0.5), cset82().injectNull(0.5), linkType.injectNull(0.5), cset82().injectNull(0.8))
                .as((gtin, lot, serial, domain, expiry, internal, type, cpv) -> {
                    DigitalLink.Builder b = DigitalLink.builder(gtin).domain(domain).linkType(type);
                    if (lot != null) {
                        b.lot(lot);
                    }
                    if (serial != null) {
                        b.serial(serial);
                    }
                    if (cpv != null) {
                        b.qualifier("22", cpv);
                    }
                    if (expiry != null) {
                        b.attribute("17", expiry);
                    }
                    if (internal != null) {
                        b.attribute("99", internal);
                    }
                    return b.build();
                });
    }

    @Property(tries = 500)
    void parse_toString_roundTrips(@ForAll("links") DigitalLink link) {
        DigitalLink parsed = DigitalLink.parse(link.toString());
        assertEquals(link, parsed);
        assertEquals(link.hashCode(), parsed.hashCode());
        assertEquals(link.toString(), parsed.toString());
        assertEquals(link, DigitalLink.parse(link.toUri().toString()));
    }

    @Property(tries = 300)
    void lotAndSerial_surviveEscaping(@ForAll("gtins") Gtin gtin, @ForAll("cset82") String lot,
            @ForAll("cset82") String serial) {
        DigitalLink parsed = DigitalLink.parse(DigitalLink.builder(gtin).lot(lot).serial(serial).build().toString());
        assertEquals(java.util.Optional.of(lot), parsed.lot());
        assertEquals(java.util.Optional.of(serial), parsed.serial());
        assertEquals(gtin, parsed.gtin());
    }

    @Property(tries = 300)
    void canonical_isIdempotent(@ForAll("links") DigitalLink link) {
        DigitalLink canonical = link.toCanonical();
        assertEquals(canonical, canonical.toCanonical());
        assertEquals(canonical, DigitalLink.parse(canonical.toString()).toCanonical());
        assertEquals(DigitalLink.CANONICAL_DOMAIN, canonical.domain());
        assertTrue(canonical.otherQueryParameters().isEmpty() && canonical.linkType().isEmpty());
        assertTrue(link.hasSameIdentifier(canonical));
    }

    @Property(tries = 300)
    void elementString_digitalLink_roundTrip(@ForAll("links") DigitalLink link) {
        ElementString es = link.toElementString();
        DigitalLink back = DigitalLink.fromElementString(es, link.domain());
        assertEquals(link.withLinkType(null), back);
        assertEquals(es, ElementString.parse(es.toBracketedString()));
        assertEquals(es, ElementString.parse(es.toCaretNotation()));
        assertEquals(es, ElementString.parseUnbracketed(es.toUnbracketedString(), ParseOptions.strict()));
        assertEquals(link.toCanonical(), DigitalLink.fromElementString(ElementString.parse(es.toCaretNotation())));
    }

    @Property(tries = 300)
    void percentCodec_roundTrips(@ForAll String raw) {
        String noNul = raw.replace('\u0000', 'x');
        // values are ISO-8859-1 after decoding; the codec must round-trip every char below 256
        StringBuilder latin1 = new StringBuilder();
        for (int i = 0; i < noNul.length(); i++) {
            latin1.append((char) (noNul.charAt(i) & 0xFF));
        }
        String value = latin1.toString().replace('\u0000', 'y');
        for (boolean query : new boolean[] {false, true}) {
            String encoded = PercentCodec.encode(value, query);
            assertEquals(value, PercentCodec.decode(encoded, 0, encoded.length(), query, "v"));
        }
    }

    // ---------------------------------------------------------------- robustness on any input

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> uriish = Arbitraries.strings()
                .withChars("/01234567890?&=%#+:.ahtps()^|\\\u001D~[]".toCharArray())
                .ofMaxLength(120);
        Arbitrary<String> prefixed = uriish.map(s -> "https://id.gs1.org/01/09506000134352" + s);
        Arbitrary<String> mutated = Combinators.combine(links().map(DigitalLink::toString),
                Arbitraries.integers().between(0, 200), Arbitraries.chars().all())
                .as((s, i, c) -> {
                    int at = Math.min(i, s.length());
                    return s.substring(0, at) + c + s.substring(Math.min(s.length(), at + (i % 2)));
                });
        return Arbitraries.oneOf(any, uriish, prefixed, mutated,
                uriish.map(s -> "(" + s), uriish.map(s -> "^" + s));
    }

    @Property(tries = 1000)
    void parsers_throwOnlyGs1SyntaxException(@ForAll("hostile") String input) {
        expectOnlySyntaxErrors(() -> {
            DigitalLink link = DigitalLink.parse(input);
            // whatever is accepted formats to a valid URI that parses back to the same link
            assertEquals(link, DigitalLink.parse(link.toUri().toString()));
            assertEquals(link.toCanonical(), DigitalLink.fromElementString(link.toElementString()));
        });
        expectOnlySyntaxErrors(() -> DigitalLink.parse(input, ParseOptions.strict().withZeroSuppressedGtin(true)
                .withUnknownAis(true).withConvenienceAlphas(true)));
        expectOnlySyntaxErrors(() -> ElementString.parse(input));
        expectOnlySyntaxErrors(() -> ElementString.parse(input, ParseOptions.strict().withUnknownAis(true)));
        expectOnlySyntaxErrors(() -> ElementString.parseUnbracketed(input, ParseOptions.strict()));
        expectOnlySyntaxErrors(() -> LinkType.parse(input));
        expectOnlySyntaxErrors(() -> Gtin.parse(input));
        expectOnlySyntaxErrors(() -> DigitalLink.builder(Gtin.parse("09506000134352")).domain(input).serial(input)
                .build());
    }

    private static void expectOnlySyntaxErrors(Runnable r) {
        try {
            r.run();
        } catch (Gs1SyntaxException e) {
            assertTrue(e.position() >= -1);
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
        }
    }

    /** Counts character reads, so that the work of a parser can be bounded without a clock. */
    private static final class CountingText implements CharSequence {
        private final String s;
        long reads;

        CountingText(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            reads += s.length();
            return s;
        }
    }

    @Provide
    Arbitrary<String> pathological() {
        return Arbitraries.of("/01", "/00/", "%", "%2", "&", "?99=A", "/21/A", "(99)A", "^99A", "/", "=", "\u001D",
                        "9", "0", "(", "\\(", "|", "+")
                .list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

    /** Reads per input character stay bounded by a constant for inputs up to 60 000 characters. */
    @Property(tries = 40)
    void parsers_readEachCharacterABoundedNumberOfTimes(@ForAll("pathological") String unit,
            @ForAll @IntRange(min = 1000, max = 60000) int length) {
        StringBuilder sb = new StringBuilder(length + 64);
        for (String prefix : List.of("https://id.gs1.org/01/09506000134352")) {
            sb.append(prefix);
        }
        while (sb.length() < length) {
            sb.append(unit);
        }
        String text = sb.toString();
        for (String input : List.of(text, text.substring(18), "^" + text.replace("https://id.gs1.org", ""))) {
            CountingText counting = new CountingText(input);
            expectOnlySyntaxErrors(() -> DigitalLink.parse(counting, ParseOptions.strict().withUnknownAis(true)));
            assertTrue(counting.reads <= 12L * input.length() + 2000, "DigitalLink.parse read " + counting.reads);
            CountingText es = new CountingText(input);
            expectOnlySyntaxErrors(() -> ElementString.parse(es, ParseOptions.strict().withUnknownAis(true)));
            assertTrue(es.reads <= 12L * input.length() + 2000, "ElementString.parse read " + es.reads);
        }
    }
}
