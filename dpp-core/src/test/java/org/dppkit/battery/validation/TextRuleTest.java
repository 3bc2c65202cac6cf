package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.ModelPassport;
import org.dppkit.core.Finding;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextRuleTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    private static ModelPassport.Builder model() {
        return ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .issuedAt(Instant.parse("2027-02-18T00:00:00Z"));
    }

    private static List<Finding> textFindings(ModelPassport p) {
        return BatteryPassportValidator.create().validate(p, AS_OF).findings().stream()
                .filter(f -> f.code().equals("DPP-TEXT-UNSAFE")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME\u0000", "AC\u0001ME", "ACME\u007f", "ACME\u0085", "\u202eEMCA", "A\u2066B",
            "ACME\ud800", "\udc00ACME", "\u00a0\u00a0", "\u200b", "\ufeff\u2007", "A\uffff"})
    void unsafeTextIsReportedWithoutEchoingIt(String name) {
        List<Finding> found = textFindings(model().manufacturerName(name).build());
        assertEquals(1, found.size(), () -> found.toString());
        Finding f = found.get(0);
        assertEquals("/fields/manufacturer.name", f.path());
        assertEquals(org.dppkit.core.Severity.ERROR, f.severity());
        assertFalse(f.message().contains(name), f::message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACME Batteries GmbH", "Zeile 1\nZeile 2\tTab\r\n", "\u4e2d\u6587", "\ud83d\udd0b Akku",
            "\u05e9\u05dc\u05d5\u05dd \u200f", "caf\u00e9"})
    void readableTextIsNotReported(String name) {
        assertTrue(textFindings(model().manufacturerName(name).build()).isEmpty());
    }

    @Test
    void nestedTextsAreCheckedWithTheirPointer() {
        ModelPassport p = model()
                .hazardousSubstances(List.of(HazardousSubstance.of("Cobalt").withHazardClasses(List.of("ok",
                        "bad\u202e"))))
                .endOfLifeLabelMeaning(LocalizedText.of("en", "fine").with("de", "\u0007"))
                .build();
        List<Finding> found = textFindings(p);
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.path().equals("/fields/hazardousSubstances/0/hazardClasses/1")),
                found::toString);
        assertTrue(found.stream().anyMatch(f -> f.path().endsWith("/de")), found::toString);
    }

    @Test
    void problemNamesCodePointAndPosition() {
        assertEquals("has the bidirectional control U+202E at position 2 (it can make the text display"
                + " differently from what it holds)", TextRule.problem("ab\u202e"));
        assertNull(TextRule.problem("x"));
    }
}
