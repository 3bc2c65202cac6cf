package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast decimal format is exactly {@link BigDecimal#toPlainString()}, on and off its fast path. */
class DecimalsTest {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the value through Jackson and through {@link TextOut}; both must agree. */
    private static String written(BigDecimal value) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            Decimals.write(JsonOut.of(g), value);
        }
        TextOut text = new TextOut(4);
        Decimals.write(text, value);
        assertEquals(sw.toString(), text.toString());
        return sw.toString();
    }

    @Property(tries = 3000)
    void plain_equalsToPlainString_forLongUnscaledValues(@ForAll long unscaled,
            @ForAll @IntRange(min = -4, max = 24) int scale) throws IOException {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        char[] fast = Decimals.plain(value);
        if (fast != null) {
            assertEquals(value.toPlainString(), new String(fast));
        }
        assertEquals(value.toPlainString(), written(value));
    }

    @Property(tries = 2000)
    void write_equalsToPlainString_forAnySize(
            @ForAll @BigRange(min = "-1e40", max = "1e40") BigInteger unscaled,
            @ForAll @IntRange(min = -30, max = 40) int scale) throws IOException {
        BigDecimal value = new BigDecimal(unscaled, scale);
        assertEquals(value.toPlainString(), written(value));
    }

    @Property(tries = 1000)
    void plain_coversEveryValueOfAtMost18DigitsAndScale0To18(
            @ForAll @BigRange(min = "-999999999999999999", max = "999999999999999999") BigInteger unscaled,
            @ForAll @IntRange(min = 0, max = 18) int scale) {
        BigDecimal value = new BigDecimal(unscaled, scale);
        char[] fast = Decimals.plain(value);
        assertNotNull(fast, value::toString);
        assertEquals(value.toPlainString(), new String(fast));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.5", "0.000000000000000001", "-999999999999999999",
        "99999999999999999.9", "3.7", "450.5", "280.0", "-20", "1E+3", "0E-3", "0E+2", "1.5E-20",
        "1000000000000000000", "123456789012345678901234567890.123"})
    void examples(String text) throws IOException {
        BigDecimal value = new BigDecimal(text);
        assertEquals(value.toPlainString(), written(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2E-7", "1E+3", "-5E-12", "123456789012345678901234567890E+5"})
    void codecs_arePlainOnAGeneratorWithoutWriteBigDecimalAsPlain(String text) throws IOException {
        // A user's ObjectMapper (PassportJsonModule) need not enable WRITE_BIGDECIMAL_AS_PLAIN.
        BigDecimal value = new BigDecimal(text);
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            g.writeStartArray();
            JsonOut out = JsonOut.of(g);
            Codecs.DECIMAL.write(out, value);
            ValueCodecs.ANY_QUANTITY.write(out, Quantity.of(value.abs(), Unit.ONE));
            g.writeEndArray();
        }
        assertEquals("[" + value.toPlainString() + ",{\"value\":" + value.abs().toPlainString()
                + ",\"unit\":\"C62\"}]", sw.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+3", "1000000000000000000", "0.0000000000000000001"})
    void plain_leavesValuesOutsideTheFastPathToToPlainString(String text) {
        assertNull(Decimals.plain(new BigDecimal(text)));
    }
}
