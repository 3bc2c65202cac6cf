package org.dppkit.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParseOptionsTest {

    @Test
    void strict_hasEveryRelaxationOff() {
        ParseOptions strict = ParseOptions.strict();
        assertFalse(strict.allowsZeroSuppressedGtin());
        assertFalse(strict.allowsUnknownAis());
        assertFalse(strict.allowsConvenienceAlphas());
        assertTrue(strict.checksAssociations());
        assertEquals("ParseOptions[zeroSuppressedGtin=false, unknownAis=false, convenienceAlphas=false,"
                + " associationChecks=true]", strict.toString());
    }

    @Test
    void withers_changeOneOptionEach() {
        ParseOptions all = ParseOptions.strict().withZeroSuppressedGtin(true).withUnknownAis(true)
                .withConvenienceAlphas(true).withAssociationChecks(false);
        assertTrue(all.allowsZeroSuppressedGtin() && all.allowsUnknownAis() && all.allowsConvenienceAlphas());
        assertFalse(all.checksAssociations());
        assertEquals(all, ParseOptions.strict().withAssociationChecks(false).withConvenienceAlphas(true)
                .withUnknownAis(true).withZeroSuppressedGtin(true));
        assertEquals(all.hashCode(), ParseOptions.strict().withZeroSuppressedGtin(true).withUnknownAis(true)
                .withConvenienceAlphas(true).withAssociationChecks(false).hashCode());
        assertNotEquals(all, ParseOptions.strict());
        assertNotEquals(ParseOptions.strict(), ParseOptions.strict().withUnknownAis(true));
        assertNotEquals(ParseOptions.strict(), "strict");
        assertEquals(ParseOptions.strict(), ParseOptions.strict().withUnknownAis(true).withUnknownAis(false));
    }
}
