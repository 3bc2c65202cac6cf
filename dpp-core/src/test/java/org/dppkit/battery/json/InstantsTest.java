package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast instant format agrees with {@link Instant#toString()} and {@link Instant#parse}. */
class InstantsTest {

    @Property
    void format_equalsInstantToString(@ForAll @LongRange(min = -70_000_000_000L, max = 300_000_000_000L) long seconds,
            @ForAll @LongRange(min = 0, max = 3) long nanoChoice) {
        Instant i = Instant.ofEpochSecond(seconds, nanoChoice == 0 ? 0 : nanoChoice * 123_000_000L);
        assertEquals(i.toString(), Instants.format(i));
        assertEquals(i, Instants.parse(Instants.format(i)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-18T08:00:00Z", "2027-02-29T00:00:00Z", "2028-02-29T23:59:59Z",
        "2027-13-01T00:00:00Z", "2027-02-18T24:00:00Z", "2027-02-18T08:00:60Z", "0999-12-31T23:59:59Z",
        "2027-02-18T08:00:00.5Z", "2027-02-18 08:00:00Z", "2027-02-18T08:00:00+01:00", "20270218T080000Z"})
    void parse_agreesWithInstantParse(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> Instants.parse(text));
            return;
        }
        assertEquals(expected, Instants.parse(text));
    }
}
