package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.PassportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the bundled catalogue against the counts and rules its README states. */
class BatteryFieldTest {

    @Test
    void values_matchCatalogueRowsInOrder() {
        assertEquals(98, BatteryField.values().length);
        List<String> keys = new ArrayList<>();
        for (BatteryField f : BatteryField.values()) {
            keys.add(f.key());
        }
        assertEquals(FieldCatalogue.keys(), keys);
    }

    @Test
    void sections_countAsReadmeSays() {
        Map<Section, Integer> expected = new EnumMap<>(Section.class);
        expected.put(Section.IDENTITY, 8);
        expected.put(Section.MANUFACTURER, 5);
        expected.put(Section.MANUFACTURING, 2);
        expected.put(Section.CHARACTERISTICS, 3);
        expected.put(Section.COMPOSITION, 4);
        expected.put(Section.CARBON_FOOTPRINT, 6);
        expected.put(Section.RECYCLED_CONTENT, 4);
        expected.put(Section.DUE_DILIGENCE, 3);
        expected.put(Section.CONFORMITY, 5);
        expected.put(Section.CIRCULARITY, 11);
        expected.put(Section.PERFORMANCE, 35);
        expected.put(Section.LIFECYCLE, 12);
        for (Section s : Section.values()) {
            assertEquals(expected.get(s), BatteryField.inSection(s).size(), s.key());
            for (BatteryField f : BatteryField.inSection(s)) {
                assertEquals(s, f.section());
            }
        }
    }

    @Test
    void accessLevelMutable_countAsReadmeSays() {
        Map<AccessGroup, Integer> access = new EnumMap<>(AccessGroup.class);
        Map<PassportLevel, Integer> level = new EnumMap<>(PassportLevel.class);
        int mutable = 0;
        int pending = 0;
        int later = 0;
        for (BatteryField f : BatteryField.values()) {
            access.merge(f.access(), 1, Integer::sum);
            level.merge(f.scope(), 1, Integer::sum);
            mutable += f.isMutable() ? 1 : 0;
            pending += f.isPending() ? 1 : 0;
            later += f.applicableFrom().filter(d -> d.isAfter(FieldCatalogue.PASSPORT_START))
                    .isPresent() ? 1 : 0;
        }
        assertEquals(Map.of(AccessGroup.PUBLIC, 62, AccessGroup.LEGITIMATE_INTEREST_AND_AUTHORITIES,
                5, AccessGroup.LEGITIMATE_INTEREST, 30, AccessGroup.AUTHORITIES, 1), access);
        assertEquals(Map.of(PassportLevel.MODEL, 51, PassportLevel.BATCH, 13, PassportLevel.ITEM, 34),
                level);
        assertEquals(30, mutable);
        assertEquals(6, pending);
        assertEquals(5, later);
    }

    @Test
    void everyMutableField_hasItemScope() {
        for (BatteryField f : BatteryField.values()) {
            if (f.isMutable()) {
                assertEquals(PassportLevel.ITEM, f.scope(), f.key());
            }
        }
    }

    @Test
    void annexPoint4Fields_areLegitimateInterestAtItemScope() {
        for (BatteryField f : BatteryField.values()) {
            if (f.annexXiiiRef().filter(r -> r.startsWith("4")).isPresent()) {
                assertEquals(AccessGroup.LEGITIMATE_INTEREST, f.access(), f.key());
                assertEquals(PassportLevel.ITEM, f.scope(), f.key());
            }
        }
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(BatteryField.RATED_CAPACITY, "ratedCapacity", Section.PERFORMANCE,
                        AccessGroup.PUBLIC, PassportLevel.MODEL, Optional.of(Unit.AMPERE_HOUR),
                        FieldType.DECIMAL, false),
                Arguments.of(BatteryField.VOLTAGE_NOMINAL, "voltage.nominal", Section.PERFORMANCE,
                        AccessGroup.PUBLIC, PassportLevel.MODEL, Optional.of(Unit.VOLT),
                        FieldType.DECIMAL, false),
                Arguments.of(BatteryField.CONFORMITY_TEST_REPORTS, "conformity.testReports",
                        Section.CONFORMITY, AccessGroup.AUTHORITIES, PassportLevel.MODEL,
                        Optional.empty(), FieldType.DOCUMENT_REF, true),
                Arguments.of(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT,
                        "carbonFootprint.perFunctionalUnit", Section.CARBON_FOOTPRINT,
                        AccessGroup.PUBLIC, PassportLevel.BATCH,
                        Optional.of(Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR), FieldType.DECIMAL, false),
                Arguments.of(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY,
                        "stateOfHealth.remainingCapacity", Section.PERFORMANCE,
                        AccessGroup.LEGITIMATE_INTEREST, PassportLevel.ITEM,
                        Optional.of(Unit.AMPERE_HOUR), FieldType.DECIMAL, false),
                Arguments.of(BatteryField.DETAILED_COMPOSITION, "detailedComposition",
                        Section.COMPOSITION, AccessGroup.LEGITIMATE_INTEREST_AND_AUTHORITIES,
                        PassportLevel.MODEL, Optional.of(Unit.KILOGRAM), FieldType.OBJECT, true),
                Arguments.of(BatteryField.END_OF_LIFE_LABEL_MEANING, "endOfLife.labelMeaning",
                        Section.CIRCULARITY, AccessGroup.PUBLIC, PassportLevel.MODEL,
                        Optional.empty(), FieldType.TEXT_MULTILINGUAL, false),
                Arguments.of(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                        "roundTripEfficiency.at50PercentCycleLife", Section.PERFORMANCE,
                        AccessGroup.PUBLIC, PassportLevel.MODEL, Optional.of(Unit.PERCENT),
                        FieldType.DECIMAL, false));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void metadata_matchesCatalogue(BatteryField field, String key, Section section,
            AccessGroup access, PassportLevel scope, Optional<Unit> unit, FieldType type,
            boolean list) {
        assertEquals(key, field.key());
        assertEquals(section, field.section());
        assertEquals(access, field.access());
        assertEquals(scope, field.scope());
        assertEquals(unit, field.unit());
        assertEquals(type, field.type());
        assertEquals(list, field.isList());
        assertEquals(Optional.of(field), BatteryField.fromKey(key));
    }

    @Test
    void obligations_perCategory() {
        BatteryField f = BatteryField.CAPACITY_THRESHOLD_FOR_EXHAUSTION;
        assertEquals(Obligation.MANDATORY, f.obligation(BatteryCategory.EV));
        assertEquals(Obligation.NOT_APPLICABLE, f.obligation(BatteryCategory.LMT));
        assertEquals(Obligation.NOT_APPLICABLE, f.obligation(BatteryCategory.INDUSTRIAL));
        BatteryField soce = BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY;
        assertEquals(Obligation.MANDATORY, soce.obligation(BatteryCategory.EV));
        assertEquals(Obligation.OPTIONAL,
                BatteryField.INDUSTRIAL_SUB_CATEGORY.obligation(BatteryCategory.INDUSTRIAL));
        assertThrows(NullPointerException.class, () -> f.obligation(null));
    }

    @Test
    void applicableFrom_defaultLaterAndPending() {
        assertEquals(Optional.of(LocalDate.of(2027, 2, 18)),
                BatteryField.RATED_CAPACITY.applicableFrom());
        assertEquals(Optional.of(LocalDate.of(2027, 8, 18)),
                BatteryField.DUE_DILIGENCE_REPORT.applicableFrom());
        assertEquals(Optional.of(LocalDate.of(2028, 8, 18)),
                BatteryField.RECYCLED_CONTENT_COBALT.applicableFrom());
        assertTrue(BatteryField.CARBON_FOOTPRINT_LABEL.isPending());
        assertEquals(Optional.empty(), BatteryField.CARBON_FOOTPRINT_LABEL.applicableFrom());
        assertFalse(BatteryField.RATED_CAPACITY.isPending());
    }

    @Test
    void enumFields_listAllowedValues() {
        assertEquals(List.of("original", "repurposed", "re-used", "remanufactured", "waste"),
                BatteryField.BATTERY_STATUS.allowedValues());
        assertEquals(List.of("Cd", "Pb"), BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS.allowedValues());
        assertTrue(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS.isList());
        assertEquals(List.of(), BatteryField.RATED_CAPACITY.allowedValues());
        for (BatteryCategory c : BatteryCategory.values()) {
            assertTrue(BatteryField.BATTERY_CATEGORY.allowedValues().contains(c.name()));
        }
        for (IndustrialSubCategory c : IndustrialSubCategory.values()) {
            assertTrue(BatteryField.INDUSTRIAL_SUB_CATEGORY.allowedValues().contains(c.name()));
        }
    }

    @Test
    void fromKey_unknownOrNull() {
        assertEquals(Optional.empty(), BatteryField.fromKey("voltage"));
        assertEquals(Optional.empty(), BatteryField.fromKey("RATED_CAPACITY"));
        assertThrows(NullPointerException.class, () -> BatteryField.fromKey(null));
    }

    @Test
    void everyField_hasDescriptionAndLegalReference() {
        for (BatteryField f : BatteryField.values()) {
            assertFalse(f.description().isBlank(), f.key());
            assertFalse(f.legalReference().isBlank(), f.key());
        }
    }

    @Test
    void section_fromKey() {
        for (Section s : Section.values()) {
            assertEquals(s, Section.fromKey(s.key()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Section.fromKey("nope"));
        assertEquals("no passport section has key 'nope'", e.getMessage());
    }

    @Test
    void unit_fromCode() {
        for (Unit u : Unit.values()) {
            assertEquals(Optional.of(u), Unit.fromCode(u.code()));
        }
        assertEquals(Optional.empty(), Unit.fromCode("vlt"));
    }

    @Test
    void parseCsv_quotedFieldsAndLineEnds() {
        List<String[]> records = FieldCatalogue.parseCsv("a,\"b,\"\"c\"\"\",\r\n\"x\ny\",z\n");
        assertEquals(2, records.size());
        assertEquals(List.of("a", "b,\"c\"", ""), List.of(records.get(0)));
        assertEquals(List.of("x\ny", "z"), List.of(records.get(1)));
        assertThrows(IllegalStateException.class, () -> FieldCatalogue.parseCsv("\"open"));
    }

    /** Writing any table as RFC 4180 CSV and parsing it back gives the same table. */
    @Property(tries = 300)
    void parseCsv_roundTripsQuotedRecords(
            @ForAll @Size(min = 1, max = 5) List<@Size(min = 1, max = 4) List<String>> table) {
        StringBuilder sb = new StringBuilder();
        for (List<String> record : table) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append('"').append(record.get(i).replace("\"", "\"\"")).append('"');
            }
            sb.append("\r\n");
        }
        List<String[]> parsed = FieldCatalogue.parseCsv(sb.toString());
        assertEquals(table.size(), parsed.size());
        for (int i = 0; i < table.size(); i++) {
            assertEquals(table.get(i), List.of(parsed.get(i)));
        }
    }
}
