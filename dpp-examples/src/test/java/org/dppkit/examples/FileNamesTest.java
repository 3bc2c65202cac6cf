package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.json.PassportFiles;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.dppkit.qr.QrBulkWriter;

/**
 * dpp-core's {@link PassportFiles#fileName} and dpp-qr's {@link QrBulkWriter#fileName} name a
 * passport's JSON and its labels alike; neither module may see the other, so the rule is in both
 * and pinned equal here, where both are on the path.
 */
class FileNamesTest {

    private static final char[] CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz".toCharArray();

    @Provide
    Arbitrary<DigitalLink> links() {
        Arbitrary<String> values = Arbitraries.strings().withChars(CSET82).ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(Arbitraries.strings().numeric().ofLength(13), values, values,
                Arbitraries.integers().between(0, 3)).as((digits, lot, serial, shape) -> {
                    DigitalLink.Builder b = DigitalLink.builder(Gtin.withCheckDigit(digits));
                    if ((shape & 1) != 0) {
                        b.lot(lot);
                    }
                    if ((shape & 2) != 0) {
                        b.serial(serial);
                    }
                    return b.build();
                });
    }

    @Property(tries = 200)
    void coreAndQrFileNames_agree(@ForAll("links") DigitalLink link) {
        assertEquals(QrBulkWriter.fileName(link), PassportFiles.fileName(link));
    }
}
