package org.dppkit.qr;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;

/** jqwik generators of GS1 Digital Links, including lots and serials that need percent-encoding. */
final class Links {

    /** GS1 AI encodable character set 82. */
    static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
            + "abcdefghijklmnopqrstuvwxyz";

    private Links() {
    }

    static Arbitrary<String> cset82Values() {
        return Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(20);
    }

    static Arbitrary<Gtin> gtins() {
        return Arbitraries.strings().numeric().ofLength(13).map(Gtin::withCheckDigit);
    }

    static Arbitrary<DigitalLink> links() {
        Arbitrary<String> domain = Arbitraries.of("https://id.gs1.org", "https://id.example.com",
                "https://brand.example.com/dpp", "http://example.org");
        return Combinators.combine(gtins(), cset82Values().optional(), cset82Values().optional(),
                domain).as((gtin, lot, serial, d) -> {
                    DigitalLink.Builder b = DigitalLink.builder(gtin).domain(d);
                    lot.ifPresent(b::lot);
                    serial.ifPresent(b::serial);
                    return b.build();
                });
    }
}
