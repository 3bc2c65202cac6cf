package org.dppkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FindingTest {

    private static Finding sample() {
        return Finding.of("DPP-MISSING-MANDATORY", Severity.ERROR, "/fields/ratedCapacity",
                "The rated capacity is missing.", "Art. 77(2); Annex XIII 1(a); 1(g)");
    }

    @Test
    void of_keepsEveryComponent() {
        Finding f = sample().withFieldKey("ratedCapacity");
        assertEquals("DPP-MISSING-MANDATORY", f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("/fields/ratedCapacity", f.path());
        assertEquals("The rated capacity is missing.", f.message());
        assertEquals("Art. 77(2); Annex XIII 1(a); 1(g)", f.legalReference());
        assertEquals(Optional.of("ratedCapacity"), f.fieldKey());
        assertEquals(Optional.empty(), sample().fieldKey());
    }

    @Test
    void toString_showsSeverityCodePathMessageAndReference() {
        assertEquals("ERROR DPP-MISSING-MANDATORY at /fields/ratedCapacity: The rated capacity is missing."
                + " [Art. 77(2); Annex XIII 1(a); 1(g)]", sample().toString());
        assertEquals("INFO X at (passport): m", Finding.of("X", Severity.INFO, "", "m", "").toString());
    }

    @Test
    void equals_comparesEveryComponent() {
        assertEquals(sample(), sample());
        assertEquals(sample().hashCode(), sample().hashCode());
        assertNotEquals(sample(), sample().withFieldKey("ratedCapacity"));
        assertNotEquals(sample(), Finding.of("DPP-MISSING-MANDATORY", Severity.WARNING, "/fields/ratedCapacity",
                "The rated capacity is missing.", "Art. 77(2); Annex XIII 1(a); 1(g)"));
        assertNotEquals(sample(), "text");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("dpp-lower", "/a", "m", "Finding code may contain only A-Z, 0-9 and '-' but has 'd'"
                    + " at position 0 in 'dpp-lower'"),
            Arguments.of("", "/a", "m", "Finding code must have 1 to 64 characters but was ''"),
            Arguments.of("X", "fields/a", "m", "Finding path must be a JSON pointer (RFC 6901) starting with"
                    + " '/' but was 'fields/a'"),
            Arguments.of("X", "/a~2b", "m", "Finding path must escape '~' as '~0' (RFC 6901) but has a bare"
                    + " '~' at position 2 in '/a~2b'"),
            Arguments.of("X", "/a~", "m", "Finding path must escape '~' as '~0' (RFC 6901) but has a bare"
                    + " '~' at position 2 in '/a~'"),
            Arguments.of("X", "/a", " ", "Finding message must not be blank (code X)"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void of_malformed_throwsNamingTheRule(String code, String path, String message, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Finding.of(code, Severity.INFO, path, message, ""));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void of_null_throws() {
        assertThrows(NullPointerException.class, () -> Finding.of(null, Severity.INFO, "", "m", ""));
        assertThrows(NullPointerException.class, () -> Finding.of("X", null, "", "m", ""));
        assertThrows(NullPointerException.class, () -> sample().withFieldKey(null));
        assertThrows(IllegalArgumentException.class, () -> sample().withFieldKey(""));
    }

    @Test
    void escapePointerToken_followsRfc6901() {
        assertEquals("voltage.nominal", Finding.escapePointerToken("voltage.nominal"));
        assertEquals("a~1b", Finding.escapePointerToken("a/b"));
        assertEquals("m~0n", Finding.escapePointerToken("m~n"));
        assertEquals("~01", Finding.escapePointerToken("~1"));
    }

    @Property
    void escapePointerToken_isReversibleAndAccepted(@ForAll String token) {
        String escaped = Finding.escapePointerToken(token);
        assertEquals(token, escaped.replace("~1", "/").replace("~0", "~"));
        assertEquals("/" + escaped, Finding.of("X", Severity.INFO, "/" + escaped, "m", "").path());
    }
}
