package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {

    static Stream<Arguments> numbers() {
        return Stream.of(
            Arguments.of(new BigDecimal("3.70"), "3.70"),
            Arguments.of(42, "42"),
            Arguments.of(42L, "42"),
            Arguments.of((short) 7, "7"),
            Arguments.of(2.5d, "2.5"),
            Arguments.of(2.5f, "2.5"),
            Arguments.of(BigInteger.TEN, "10"),
            Arguments.of(Map.of("value", new BigDecimal("1.5"), "unit", Unit.VOLT), "1.5"));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void number_readsNumericTypes(Object value, String expected) {
        assertEquals(new BigDecimal(expected), Values.number(value));
    }

    @Test
    void number_ofNonNumbers_isNull() {
        assertNull(Values.number("12"));
        assertNull(Values.number(Double.NaN));
        assertNull(Values.number(Map.of("value", "x", "unit", Unit.VOLT)));
        assertNull(Values.number(Map.of("value", Map.of(), "unit", Unit.VOLT)));
        assertNull(Values.number(null));
    }

    @Test
    void unit_readsUnitOrCode() {
        assertEquals(Unit.VOLT, Values.unit(Map.of("value", BigDecimal.ONE, "unit", Unit.VOLT)));
        assertEquals(Unit.AMPERE_HOUR, Values.unit(Map.of("value", BigDecimal.ONE, "unit", "AMH")));
        assertNull(Values.unit(Map.of("value", BigDecimal.ONE, "unit", "XYZ")));
        assertNull(Values.unit(BigDecimal.ONE));
    }

    @Test
    void dates_readMonthAndDayPrecision() {
        assertEquals(LocalDate.of(2027, 2, 1), Values.firstDay(YearMonth.of(2027, 2)));
        assertEquals(LocalDate.of(2027, 2, 28), Values.lastDay(YearMonth.of(2027, 2)));
        assertEquals(LocalDate.of(2027, 2, 3), Values.firstDay(LocalDateTime.of(2027, 2, 3, 4, 5)));
        assertEquals(LocalDate.of(2027, 2, 3), Values.firstDay(OffsetDateTime.of(2027, 2, 3, 4, 5, 0, 0,
                ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2027, 2, 3), Values.firstDay(OffsetDateTime.of(2027, 2, 3, 4, 5, 0, 0,
                ZoneOffset.UTC).toZonedDateTime()));
        assertNull(Values.firstDay("2027-02-03"));
    }

    @Test
    void uri_readsUriTextOrDocument() {
        assertEquals(URI.create("https://a.example"), Values.uri("https://a.example"));
        assertEquals(URI.create("https://a.example"), Values.uri(Map.of("uri", URI.create("https://a.example"))));
        assertNull(Values.uri("a b"));
        assertNull(Values.uri(12));
        assertEquals("a b", Values.linkText(Map.of("uri", "a b")));
    }

    @Test
    void elementsAndEmptiness() {
        assertEquals(List.of(1), Values.elements(1));
        assertEquals(List.of(1), Values.elements(Set.of(1)));
        assertTrue(Values.isEmpty(" "));
        assertTrue(Values.isEmpty(List.of()));
        assertTrue(Values.isEmpty(Map.of()));
        assertEquals("RE-USED", Values.text(Letter.RE_USED).replace('_', '-'));
        assertEquals("re-used", Values.token(Letter.RE_USED));
        assertNull(Values.token(3));
        assertEquals("x".repeat(57) + "...", Values.shorten("x".repeat(61)));
    }

    private enum Letter { RE_USED }

    @Test
    void names_areReadable() {
        assertEquals("voltage (nominal)", Paths.name(BatteryField.VOLTAGE_NOMINAL));
        assertEquals("round trip efficiency (at 50 percent cycle life)",
                Paths.name(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE));
        assertEquals("/fields/voltage.nominal/unit", Paths.append(Paths.of(BatteryField.VOLTAGE_NOMINAL), "unit"));
    }

    @Test
    void cset82_acceptsGs1CharactersOnly() {
        assertTrue(BeanLayer.isCset82("ABC-123_x", 20));
        assertEquals(false, BeanLayer.isCset82("", 20));
        assertEquals(false, BeanLayer.isCset82("ä", 20));
        assertEquals(false, BeanLayer.isCset82("A B", 20));
        assertEquals(false, BeanLayer.isCset82("x".repeat(21), 20));
    }
}
