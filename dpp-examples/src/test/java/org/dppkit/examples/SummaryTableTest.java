package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void render_alignsTextLeftAndNumbersRight() {
        SummaryTable t = new SummaryTable("Passport", "Level", "Errors>").row("model", "MODEL", 0)
                .row("01_0950_21_SN-1", "ITEM", 12);
        assertEquals("Passport         Level  Errors\n"
                + "---------------  -----  ------\n"
                + "model            MODEL       0\n"
                + "01_0950_21_SN-1  ITEM       12\n", t.render());
        assertEquals(2, t.size());
    }

    @Test
    void render_noRows_givesHeaderAndRule() {
        assertEquals("A  B\n-  -\n", new SummaryTable("A", "B").render());
    }

    @Test
    void row_wrongNumberOfValues_throws() {
        SummaryTable t = new SummaryTable("A", "B");
        assertThrows(IllegalArgumentException.class, () -> t.row("only one"));
    }
}
