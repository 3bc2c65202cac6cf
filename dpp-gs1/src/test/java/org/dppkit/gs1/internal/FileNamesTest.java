package org.dppkit.gs1.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static final Gtin GTIN = Gtin.parse("09506000134352");
    /** GS1 AI encodable character set 82, which serials and lots use. */
    private static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
            + "abcdefghijklmnopqrstuvwxyz";

    @Test
    void of_namesEveryKeyAndPercentEncodesTheRest() {
        assertEquals("01_09506000134352", FileNames.of(DigitalLink.builder(GTIN).build()));
        assertEquals("01_09506000134352_10_LOT%2F1_21_SN-7",
                FileNames.of(DigitalLink.builder(GTIN).lot("LOT/1").serial("SN-7").build()));
        assertEquals("01_09506000134352_21_A%2Eb%25",
                FileNames.of(DigitalLink.parse("https://example.com/shop/01/09506000134352/21/A.b%25?x=1")));
        assertThrows(NullPointerException.class, () -> FileNames.of(null));
    }

    @Provide
    Arbitrary<String> serials() {
        return Arbitraries.strings().withChars(CSET82).ofMinLength(1).ofMaxLength(20);
    }

    @Property(tries = 300)
    void names_areSafeAndDecodeBackToTheSerial(@ForAll("serials") String serial) {
        String name = FileNames.of(DigitalLink.builder(GTIN).serial(serial).build());
        assertTrue(name.matches("[A-Za-z0-9_%-]+"), name);
        String prefix = "01_09506000134352_21_";
        assertTrue(name.startsWith(prefix), name);
        assertEquals(serial, decode(name.substring(prefix.length())));
    }

    @Property(tries = 300)
    void distinctSerials_giveDistinctNames(@ForAll("serials") String a, @ForAll("serials") String b) {
        String na = FileNames.of(DigitalLink.builder(GTIN).serial(a).build());
        String nb = FileNames.of(DigitalLink.builder(GTIN).serial(b).build());
        if (a.equals(b)) {
            assertEquals(na, nb);
        } else {
            assertNotEquals(na, nb);
        }
    }

    private static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
