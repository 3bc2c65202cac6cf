package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Section;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    private static final Finding MISSING = Finding.of("DPP-MISSING-MANDATORY", Severity.ERROR,
            "/fields/ratedCapacity", "The rated capacity is missing.", "Art. 77(2)").withFieldKey("ratedCapacity");
    private static final Finding LEVEL = Finding.of("DPP-LEVEL-NOT-PER-BATTERY", Severity.WARNING, "/level",
            "Model passport.", "Art. 77(1)").withFieldKey("uniqueIdentifier");
    private static final Finding LATER = Finding.of("DPP-NOT-YET-REQUIRED", Severity.INFO,
            "/fields/recycledContent.cobalt", "Applies from 2028-08-18.", "Art. 8(1)")
            .withFieldKey("recycledContent.cobalt");
    private static final Finding GENERAL = Finding.of("X-OTHER", Severity.INFO, "", "About \"all\".", "");

    private static ValidationReport sample() {
        return ValidationReport.of(AS_OF, List.of(GENERAL, LATER, LEVEL, MISSING));
    }

    @Test
    void findings_areSortedBySeverityThenPath() {
        assertEquals(List.of(MISSING, LEVEL, GENERAL, LATER), sample().findings());
        assertThrows(UnsupportedOperationException.class, () -> sample().findings().add(GENERAL));
    }

    @Test
    void isCompliant_meansNoError() {
        assertFalse(sample().isCompliant());
        assertTrue(ValidationReport.of(AS_OF, List.of(LEVEL, LATER)).isCompliant());
        assertTrue(ValidationReport.of(AS_OF, List.of()).isCompliant());
    }

    @Test
    void bySeverity_byCode_has() {
        assertEquals(List.of(GENERAL, LATER), sample().bySeverity(Severity.INFO));
        assertEquals(List.of(MISSING), sample().byCode(FindingCode.MISSING_MANDATORY));
        assertTrue(sample().has(FindingCode.NOT_YET_REQUIRED));
        assertFalse(sample().has(FindingCode.VOLTAGE_ORDER));
        assertEquals(List.of(), sample().byCode(FindingCode.VOLTAGE_ORDER));
    }

    @Test
    void bySection_groupsInSectionOrder() {
        Map<Section, List<Finding>> map = sample().bySection();
        assertEquals(List.of(Section.IDENTITY, Section.RECYCLED_CONTENT, Section.PERFORMANCE),
                new ArrayList<>(map.keySet()));
        assertEquals(List.of(LEVEL, GENERAL), map.get(Section.IDENTITY));
        assertEquals(List.of(MISSING), map.get(Section.PERFORMANCE));
        assertEquals(Optional.of(BatteryField.RATED_CAPACITY), ValidationReport.field(MISSING));
        assertEquals(Optional.empty(), ValidationReport.field(GENERAL));
    }

    @Test
    void toJson_isTheDocumentedShape() throws Exception {
        String json = ValidationReport.of(AS_OF, List.of(MISSING, GENERAL)).toJson();
        assertEquals("{\"compliant\":false,\"asOf\":\"2027-03-01\",\"placedOnMarket\":\"2027-03-01\","
                + "\"levelPolicy\":\"WARN\",\"calendarAsOf\":\"2026-12-01\",\"counts\":{\"ERROR\":1,\"WARNING\":0,"
                + "\"INFO\":1},\"findings\":[{\"code\":\"DPP-MISSING-MANDATORY\",\"severity\":\"ERROR\","
                + "\"path\":\"/fields/ratedCapacity\",\"field\":\"ratedCapacity\",\"section\":\"performance\","
                + "\"message\":\"The rated capacity is missing.\",\"legalReference\":\"Art. 77(2)\","
                + "\"messageKey\":\"DPP-MISSING-MANDATORY\",\"arguments\":{}},"
                + "{\"code\":\"X-OTHER\",\"severity\":\"INFO\",\"path\":\"\",\"message\":\"About \\\"all\\\".\","
                + "\"legalReference\":\"\",\"messageKey\":\"X-OTHER\",\"arguments\":{}}]}", json);
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals("DPP-MISSING-MANDATORY", node.at("/findings/0/code").asText());
    }

    @Property(tries = 100)
    void toJson_isIndependentOfInputOrder(@ForAll long seed) {
        List<Finding> shuffled = new ArrayList<>(Arrays.asList(GENERAL, LATER, LEVEL, MISSING));
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(sample().toJson(), ValidationReport.of(AS_OF, shuffled).toJson());
        assertEquals(sample(), ValidationReport.of(AS_OF, shuffled));
    }

    @Test
    void equalsHashCodeToString() {
        assertEquals(sample(), sample());
        assertEquals(sample().hashCode(), sample().hashCode());
        assertNotEquals(sample(), ValidationReport.of(AS_OF.plusDays(1), sample().findings()));
        assertNotEquals(sample(), "x");
        assertTrue(sample().toString().startsWith("ValidationReport[asOf=2027-03-01, compliant=false, errors=1,"
                + " warnings=1, infos=2]\n  ERROR DPP-MISSING-MANDATORY at /fields/ratedCapacity"), sample()
                        .toString());
        assertEquals(AS_OF, sample().asOf());
    }

    @Test
    void of_null_throws() {
        assertThrows(NullPointerException.class, () -> ValidationReport.of(null, List.of()));
        assertThrows(NullPointerException.class, () -> ValidationReport.of(AS_OF, null));
        assertThrows(NullPointerException.class, () -> ValidationReport.of(AS_OF, Arrays.asList(MISSING, null)));
    }
}
