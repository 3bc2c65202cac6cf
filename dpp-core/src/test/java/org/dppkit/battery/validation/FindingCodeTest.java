package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.dppkit.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingCodeTest {

    /** The published code table, at the root of the dpp-core module (the tests' working directory). */
    private static final Path PUBLISHED = Path.of("VALIDATION-CODES.md");

    @Test
    void codes_areUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (FindingCode c : FindingCode.values()) {
            assertTrue(seen.add(c.code()), c.code());
            assertTrue(c.code().matches("DPP(-[A-Z0-9]+)+"), c.code());
            assertEquals("DPP-" + c.name().replace('_', '-'), c.code(), "code follows the constant name");
        }
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void fromCode_roundTrips(FindingCode code) {
        assertEquals(code, FindingCode.fromCode(code.code()));
        assertFalse(code.description().isBlank());
        assertFalse(code.legalReference().isBlank());
    }

    @Test
    void fromCode_unknown_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FindingCode.fromCode("DPP-NOPE"));
        assertEquals("no finding code 'DPP-NOPE'; known codes are listed in FindingCode", e.getMessage());
    }

    /** Codes never change meaning: pin the severity of the first published codes. */
    @Test
    void severities_arePinned() {
        assertEquals(Severity.ERROR, FindingCode.MISSING_MANDATORY.severity());
        assertEquals(Severity.INFO, FindingCode.NOT_YET_REQUIRED.severity());
        assertEquals(Severity.WARNING, FindingCode.NOT_APPLICABLE.severity());
        assertEquals(Severity.WARNING, FindingCode.LEVEL_NOT_PER_BATTERY.severity());
        assertEquals(Severity.INFO, FindingCode.NO_PASSPORT_REQUIRED.severity());
        assertTrue(FindingCode.VALUE_NOT_POSITIVE.isBeanValidation());
        assertEquals(Severity.WARNING, FindingCode.CONDITION_UNDECIDED.severity());
        assertFalse(FindingCode.VOLTAGE_ORDER.isBeanValidation());
    }

    @Test
    void markdownTable_isPublishedUpToDate() throws IOException {
        String expected = FindingCode.markdownTable();
        if (Boolean.getBoolean("dppkit.writeCodes")) {
            Files.writeString(PUBLISHED, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PUBLISHED), "VALIDATION-CODES.md missing: run this test once with"
                + " -Ddppkit.writeCodes=true");
        assertEquals(expected, Files.readString(PUBLISHED, StandardCharsets.UTF_8),
                "VALIDATION-CODES.md is out of date: run FindingCodeTest with -Ddppkit.writeCodes=true");
    }

    @Test
    void markdownTable_hasOneRowPerCode() {
        String table = FindingCode.markdownTable();
        for (FindingCode c : FindingCode.values()) {
            assertTrue(table.contains("| `" + c.code() + "` | " + c.severity() + " |"), c.code());
        }
        assertEquals(FindingCode.values().length + 2, table.lines().filter(l -> l.startsWith("|")).count());
    }

    @Test
    void javadocTable_listsEveryCode() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/dppkit/battery/validation/FindingCode.java"),
                StandardCharsets.UTF_8);
        for (FindingCode c : FindingCode.values()) {
            assertTrue(source.contains(" * <tr><td>" + c.code() + "</td><td>" + c.severity() + "</td><td>"),
                    "Javadoc table row missing or with another severity: " + c.code());
        }
    }
}
