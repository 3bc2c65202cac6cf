package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArgumentsTest {

    static final Set<String> ALLOWED = Set.of("out", "count", "on-error");

    @Test
    void parse_spaceAndEqualsForms() {
        Arguments a = Arguments.parse(new String[] {"--out", "x/y", "--count=20", "--on-error", "STOP"},
                ALLOWED);
        assertEquals(Paths.get("x/y"), a.path("out", "d"));
        assertEquals(20, a.count("count", 3, 1, 1000));
        assertEquals("stop", a.choice("on-error", List.of("skip", "stop"), "skip"));
        assertFalse(a.help());
    }

    @Test
    void parse_nothing_givesDefaults() {
        Arguments a = Arguments.parse(new String[0], ALLOWED);
        assertEquals(Paths.get("dppkit-out"), a.path("out", "dppkit-out"));
        assertEquals(3, a.count("count", 3, 1, 1000));
        assertEquals("skip", a.choice("on-error", List.of("skip", "stop"), "skip"));
        assertEquals(Optional.empty(), a.get("out"));
    }

    @Test
    void parse_help() {
        assertTrue(Arguments.parse(new String[] {"--help"}, ALLOWED).help());
        assertTrue(Arguments.parse(new String[] {"-h"}, ALLOWED).help());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> badCommandLines() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of(new String[] {"--colour", "red"},
                        "unknown option --colour: options are --count, --on-error, --out, --help"),
                org.junit.jupiter.params.provider.Arguments.of(new String[] {"--out"},
                        "option --out needs a value"),
                org.junit.jupiter.params.provider.Arguments.of(new String[] {"--out", "--count", "3"},
                        "option --out needs a value"),
                org.junit.jupiter.params.provider.Arguments.of(new String[] {"out"},
                        "unexpected argument 'out': options are --count, --on-error, --out, --help"),
                org.junit.jupiter.params.provider.Arguments.of(new String[] {"--count=1", "--count=2"},
                        "option --count is given twice"));
    }

    @ParameterizedTest
    @MethodSource("badCommandLines")
    void parse_badCommandLine_throwsNamingTheProblem(String[] args, String message) {
        Arguments.UsageException e = assertThrows(Arguments.UsageException.class,
                () -> Arguments.parse(args, ALLOWED));
        assertEquals(message, e.getMessage());
    }

    @Test
    void count_notANumberOrOutOfRange_throws() {
        assertEquals("option --count must be a whole number but was 'ten'",
                assertThrows(Arguments.UsageException.class, () -> Arguments.parse(
                        new String[] {"--count", "ten"}, ALLOWED).count("count", 3, 1, 1000)).getMessage());
        assertEquals("option --count must be between 1 and 1000 but was 0",
                assertThrows(Arguments.UsageException.class, () -> Arguments.parse(
                        new String[] {"--count", "0"}, ALLOWED).count("count", 3, 1, 1000)).getMessage());
    }

    @Test
    void choice_unknownWord_throws() {
        assertEquals("option --on-error must be one of skip, stop but was 'ignore'",
                assertThrows(Arguments.UsageException.class, () -> Arguments.parse(
                        new String[] {"--on-error", "ignore"}, ALLOWED)
                        .choice("on-error", List.of("skip", "stop"), "skip")).getMessage());
    }
}
