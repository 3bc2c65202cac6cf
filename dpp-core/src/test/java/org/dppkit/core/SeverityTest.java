package org.dppkit.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void isMoreSeriousThan_ordersErrorWarningInfo() {
        assertTrue(Severity.ERROR.isMoreSeriousThan(Severity.WARNING));
        assertTrue(Severity.WARNING.isMoreSeriousThan(Severity.INFO));
        assertTrue(Severity.ERROR.isMoreSeriousThan(Severity.INFO));
        assertFalse(Severity.INFO.isMoreSeriousThan(Severity.ERROR));
        assertFalse(Severity.WARNING.isMoreSeriousThan(Severity.WARNING));
    }
}
