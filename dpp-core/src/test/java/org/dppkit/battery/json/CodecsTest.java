package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Scalar and list codecs: exact, plain numbers; strict reading. */
class CodecsTest {

    private static final PassportJson JSON = PassportJson.standard();

    static <T> String write(ValueCodec<T> codec, T value) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.generator(sw)) {
            codec.write(JsonOut.of(g), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    static <T> T read(ValueCodec<T> codec, String json) {
        try (JsonCursor c = JSON.cursor(new StringReader(json))) {
            T v = codec.read(c);
            c.end();
            return v;
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                .flatMap(unscaled -> Arbitraries.integers().between(-12, 25)
                        .map(scale -> new BigDecimal(unscaled, scale)));
    }

    @Property
    void decimal_roundTripsExactlyWithoutExponent(@ForAll("decimals") BigDecimal d) {
        String json = write(Codecs.DECIMAL, d);
        assertFalse(json.contains("E") || json.contains("e"), json);
        assertEquals(d.toPlainString(), json);
        BigDecimal back = read(Codecs.DECIMAL, json);
        assertEquals(0, d.compareTo(back));
        if (d.scale() >= 0) {
            assertEquals(d, back, "scale kept");
        }
    }

    @Property
    void integer_roundTrips(@ForAll BigInteger i) {
        assertEquals(i, read(Codecs.INTEGER, write(Codecs.INTEGER, i)));
    }

    @Property
    void string_roundTrips(@ForAll String s) {
        assertEquals(s, read(Codecs.STRING, write(Codecs.STRING, s)));
    }

    @Property
    void dates_roundTrip(@ForAll @IntRange(min = 1900, max = 2200) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate d = LocalDate.of(year, month, day);
        assertEquals("\"" + d + "\"", write(Codecs.DATE, d));
        assertEquals(d, read(Codecs.DATE, write(Codecs.DATE, d)));
        YearMonth ym = YearMonth.of(year, month);
        assertEquals(ym, read(Codecs.YEAR_MONTH, write(Codecs.YEAR_MONTH, ym)));
    }

    @Property(tries = 300)
    void yearMonth_writesExactlyToString(@ForAll @IntRange(min = -999_999_999, max = 999_999_999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth ym = YearMonth.of(year, month);
        assertEquals("\"" + ym + "\"", write(Codecs.YEAR_MONTH, ym));
    }

    @Property(tries = 300)
    void instant_writesExactlyToString(@ForAll @LongRange(min = -31_557_014_167_219_200L,
            max = 31_556_889_864_403_199L) long seconds, @ForAll @IntRange(min = 0, max = 2) int nanoKind) {
        Instant t = Instant.ofEpochSecond(seconds, nanoKind == 0 ? 0 : nanoKind == 1 ? 500_000_000 : 123);
        assertEquals("\"" + t + "\"", write(ValueCodecs.INSTANT, t));
        Instant whole = Instant.ofEpochSecond(Math.floorMod(seconds, 253_402_300_800L));
        assertEquals("\"" + whole + "\"", write(ValueCodecs.INSTANT, whole));
    }

    @Test
    void yearMonth_fourDigitYearsAndOthers() {
        assertEquals("\"2027-02\"", write(Codecs.YEAR_MONTH, YearMonth.of(2027, 2)));
        assertEquals("\"0999-12\"", write(Codecs.YEAR_MONTH, YearMonth.of(999, 12)));
        assertEquals("\"10000-01\"", write(Codecs.YEAR_MONTH, YearMonth.of(10000, 1)));
    }

    @Test
    void decimal_exponentAcceptedWhenBoundedStringRejected() {
        assertEquals(0, new BigDecimal("370").compareTo(read(Codecs.DECIMAL, "3.7E2")));
        assertEquals("370", write(Codecs.DECIMAL, read(Codecs.DECIMAL, "3.7E2")));
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> read(Codecs.DECIMAL, "1E-63"));
        assertEquals("expected a decimal number of at most 64 characters written without exponent "
                + "but found number 1E-63", e.reason());
        assertThrows(PassportFormatException.class, () -> read(Codecs.DECIMAL, "1E+64"));
        assertEquals(BigDecimal.ONE.movePointLeft(62), read(Codecs.DECIMAL, "1E-62"));
        assertEquals(0, BigDecimal.ONE.movePointRight(63).compareTo(read(Codecs.DECIMAL, "1E+63")));
        e = assertThrows(PassportFormatException.class, () -> read(Codecs.DECIMAL, "\"3.7\""));
        assertEquals("expected a decimal number but found string \"3.7\"", e.reason());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void decimal_keepsDigitsBeyondDoublePrecision() {
        String digits = "3.14159265358979323846264338327950288";
        assertEquals(new BigDecimal(digits), read(Codecs.DECIMAL, digits));
        assertEquals(digits, write(Codecs.DECIMAL, new BigDecimal(digits)));
        assertEquals("100000000000000000000", write(Codecs.DECIMAL, new BigDecimal("1E+20")));
    }

    @Test
    void uri_relativeOrMalformed_rejected() {
        assertEquals(URI.create("https://example.com/a"), read(Codecs.URI_CODEC, "\"https://example.com/a\""));
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> read(Codecs.URI_CODEC, "\"/relative\""));
        assertTrue(e.reason().startsWith("expected an absolute URI but found string \"/relative\""), e.reason());
        assertThrows(PassportFormatException.class, () -> read(Codecs.URI_CODEC, "\"a b:c\""));
    }

    @Test
    void date_invalid_rejectedWithReason() {
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> read(Codecs.DATE, "\"2027-02-30\""));
        assertTrue(e.reason().startsWith("expected an ISO 8601 date (yyyy-MM-dd) but found string \"2027-02-30\""),
                e.reason());
    }

    @Test
    void list_readsElementsAndPointsIntoTheArray() {
        ValueCodec<List<String>> codec = Codecs.listOf(Codecs.STRING);
        assertEquals(List.of("a", "b"), read(codec, "[\"a\",\"b\"]"));
        assertEquals(Collections.emptyList(), read(codec, "[]"));
        assertEquals("[\"a\",\"b\"]", write(codec, List.of("a", "b")));
        PassportFormatException e = assertThrows(PassportFormatException.class, () -> read(codec, "[\"a\",2]"));
        assertEquals("/1", e.pointer());
        assertEquals("expected a string but found number 2", e.reason());
        assertEquals(6, e.column());
        e = assertThrows(PassportFormatException.class, () -> read(codec, "{}"));
        assertEquals("expected an array of string but found an object", e.reason());
    }

    @Test
    void int_outOfRange_rejected() {
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> read(Codecs.INT, "4294967296"));
        assertTrue(e.reason().startsWith("expected an integer from -2147483648 to 2147483647"), e.reason());
    }

    // ------------------------------------------------------------------ extension trees

    @Provide
    Arbitrary<List<String>> keyLists() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(8).list().uniqueElements().ofMaxSize(8);
    }

    @Property(tries = 200)
    void extensions_keyOrderDoesNotChangeBytes(@ForAll("keyLists") List<String> keys) {
        ObjectNode a = JsonNodeFactory.instance.objectNode();
        ObjectNode b = JsonNodeFactory.instance.objectNode();
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        for (String k : keys) {
            a.put(k, k.length());
        }
        for (String k : reversed) {
            b.put(k, k.length());
        }
        assertEquals(a, b);
        assertEquals(writeTree(a), writeTree(b));
        assertEquals(a, readTree(writeTree(a)));
    }

    @Test
    void extensions_exactNumbersAndNestedValues() {
        String json = "{\"a\":[1,2.50,12345678901234567890,true,null,\"x\"],\"b\":{\"z\":1,\"y\":-0.000001}}";
        JsonNode tree = readTree(json);
        assertEquals(new BigDecimal("2.50"), tree.path("a").path(1).decimalValue());
        assertEquals("{\"a\":[1,2.50,12345678901234567890,true,null,\"x\"],\"b\":{\"y\":-0.000001,\"z\":1}}",
                writeTree(tree));
        ObjectNode doubles = JsonNodeFactory.instance.objectNode().put("d", 1.0E-7);
        assertEquals("{\"d\":0.00000010}", writeTree(doubles));
        assertThrows(IllegalArgumentException.class,
                () -> writeTree(JsonNodeFactory.instance.objectNode().put("d", Double.NaN)));
    }

    private static String writeTree(JsonNode node) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.generator(sw)) {
            JsonTrees.writeSorted(JsonOut.of(g), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static JsonNode readTree(String json) {
        try (JsonCursor c = JSON.cursor(new StringReader(json))) {
            return c.tree();
        }
    }
}
