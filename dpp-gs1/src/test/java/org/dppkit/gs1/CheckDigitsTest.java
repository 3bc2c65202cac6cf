package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    @Test
    void compute_gs1Examples() {
        assertEquals(2, CheckDigits.compute("0950600013435"));
        assertEquals("9520123456788", CheckDigits.withCheckDigit("952012345678"));
        assertTrue(CheckDigits.isValid("095201234567891235"));
        assertFalse(CheckDigits.isValid("095201234567891234"));
        assertFalse(CheckDigits.isValid("1"));
        assertEquals(Gs1ErrorCode.BAD_CHARACTER,
                assertThrows(Gs1SyntaxException.class, () -> CheckDigits.compute("12a")).errorCode());
        assertEquals(Gs1ErrorCode.EMPTY, assertThrows(Gs1SyntaxException.class, () -> CheckDigits.compute(""))
                .errorCode());
    }

    @Test
    void checkCharacterPair_gmnExample() {
        // GS1 General Specifications 7.9.5 example GMN
        assertEquals("2K", CheckDigits.checkCharacterPair("1987654Ad4X4bL5ttr2310c"));
        assertTrue(ApplicationIdentifier.of("8013").isValid("1987654Ad4X4bL5ttr2310c2K"));
        assertEquals(Gs1ErrorCode.BAD_CHARACTER,
                assertThrows(Gs1SyntaxException.class, () -> CheckDigits.checkCharacterPair("AB C")).errorCode());
        assertEquals(Gs1ErrorCode.BAD_LENGTH,
                assertThrows(Gs1SyntaxException.class, () -> CheckDigits.checkCharacterPair("")).errorCode());
    }

    @Property
    void withCheckDigit_isAlwaysValid(@ForAll @NumericChars @StringLength(min = 1, max = 30) String digits) {
        assertTrue(CheckDigits.isValid(CheckDigits.withCheckDigit(digits)));
    }
}
