package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GtinTest {

    /** GS1 General Specifications and engine examples: input, 14-digit form. */
    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("02345673", "00000002345673"),
                Arguments.of("416000336108", "00416000336108"),
                Arguments.of("9506000134352", "09506000134352"),
                Arguments.of("1234567890128", "01234567890128"),
                Arguments.of("12345678901231", "12345678901231"),
                Arguments.of("24012345678905", "24012345678905"),
                Arguments.of("09520123456788", "09520123456788"));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void parse_valid_normalisesTo14(String input, String digits) {
        Gtin gtin = Gtin.parse(input);
        assertEquals(digits, gtin.digits());
        assertEquals(digits, gtin.toString());
        assertEquals(digits.charAt(13) - '0', gtin.checkDigit());
        assertTrue(Gtin.isValid(input));
        assertEquals(gtin, Gtin.parse(gtin.toShortestForm()));
    }

    @Test
    void parse_wrongCheckDigit_throws() {
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class, () -> Gtin.parse("09506000134353"));
        assertEquals(Gs1ErrorCode.BAD_CHECK_DIGIT, e.errorCode());
        assertEquals(13, e.position());
        assertEquals("GTIN check digit must be 2 but was 3 at position 13 in '09506000134353'", e.getMessage());
        assertFalse(Gtin.isValid("09506000134353"));
    }

    @Test
    void parse_badLengthCharacterEmpty_throw() {
        assertEquals(Gs1ErrorCode.BAD_LENGTH, assertThrows(Gs1SyntaxException.class, () -> Gtin.parse("123"))
                .errorCode());
        Gs1SyntaxException e = assertThrows(Gs1SyntaxException.class, () -> Gtin.parse("0950600013435A"));
        assertEquals(Gs1ErrorCode.BAD_CHARACTER, e.errorCode());
        assertEquals(13, e.position());
        assertEquals(Gs1ErrorCode.EMPTY, assertThrows(Gs1SyntaxException.class, () -> Gtin.parse("")).errorCode());
        assertFalse(Gtin.isValid("123"));
        assertFalse(Gtin.isValid("0950600013435A"));
    }

    @Test
    void withCheckDigit_completes() {
        assertEquals(Gtin.parse("09506000134352"), Gtin.withCheckDigit("0950600013435"));
        assertEquals("02112345678900", Gtin.withCheckDigit("211234567890").digits());
        assertEquals(Gs1ErrorCode.BAD_LENGTH,
                assertThrows(Gs1SyntaxException.class, () -> Gtin.withCheckDigit("12345678")).errorCode());
    }

    @Test
    void shortestForm_andOrder() {
        assertEquals("02345673", Gtin.parse("00000002345673").toShortestForm());
        assertEquals("416000336108", Gtin.parse("00416000336108").toShortestForm());
        assertEquals("9506000134352", Gtin.parse("09506000134352").toShortestForm());
        assertEquals("12345678901231", Gtin.parse("12345678901231").toShortestForm());
        assertTrue(Gtin.parse("09506000134352").compareTo(Gtin.parse("12345678901231")) < 0);
        assertNotEquals(Gtin.parse("09506000134352"), "09506000134352");
        assertEquals(Gtin.parse("9506000134352").hashCode(), Gtin.parse("09506000134352").hashCode());
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().numeric().ofLength(13);
    }

    @Property
    void withCheckDigit_thenParse_roundTrips(@ForAll("bodies") String body) {
        Gtin gtin = Gtin.withCheckDigit(body);
        assertEquals(gtin, Gtin.parse(gtin.toString()));
        assertTrue(Gtin.isValid(gtin.toString()));
    }

    @Property
    void everySingleDigitChange_isDetected(@ForAll("bodies") String body,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 13) int position,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 9) int delta) {
        char[] digits = Gtin.withCheckDigit(body).digits().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
        assertFalse(Gtin.isValid(new String(digits)));
    }
}
