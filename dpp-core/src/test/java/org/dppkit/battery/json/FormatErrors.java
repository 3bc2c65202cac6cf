package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;

/** Checks that a format error's code agrees with what its reason says. */
final class FormatErrors {

    private FormatErrors() {
    }

    /** Fails unless the code is the one the reason's wording implies (both ways where unique). */
    static void assertCodeMatchesReason(PassportFormatException e) {
        String r = e.reason();
        PassportErrorCode c = e.errorCode();
        assertEquals(r.startsWith("duplicate key \""), c == PassportErrorCode.DUPLICATE_KEY, e::getMessage);
        assertEquals(r.startsWith("input exceeds a reader limit"), c == PassportErrorCode.READER_LIMIT,
                e::getMessage);
        if (r.startsWith("malformed JSON")) {
            assertEquals(PassportErrorCode.MALFORMED_JSON, c, e::getMessage);
        }
        if (r.startsWith("unknown property") || r.startsWith("unknown field key")) {
            assertEquals(PassportErrorCode.UNKNOWN_PROPERTY, c, e::getMessage);
        }
        if (r.startsWith("missing required property")) {
            assertEquals(PassportErrorCode.MISSING_PROPERTY, c, e::getMessage);
        }
        if (r.startsWith("the passport model rejects")) {
            assertTrue(e.getCause() instanceof PassportException, e::getMessage);
            assertEquals(((PassportException) e.getCause()).errorCode(), c, e::getMessage);
        }
    }
}
