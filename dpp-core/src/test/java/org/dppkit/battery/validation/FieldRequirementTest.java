package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.core.PassportLevel;
import org.junit.jupiter.api.Test;

/** Which fields must I fill: the API and the published table. */
class FieldRequirementTest {

    private static final Path PUBLISHED = Path.of("REQUIRED-FIELDS.md");
    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();

    @Test
    void markdownTable_isPublishedUpToDate() throws IOException {
        String table = FieldRequirement.markdownTable(RegulatoryCalendar.defaults());
        if (Boolean.getBoolean("dppkit.writeCodes")) {
            Files.writeString(PUBLISHED, table, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(PUBLISHED), "REQUIRED-FIELDS.md missing: run with -Ddppkit.writeCodes=true");
        assertEquals(table, Files.readString(PUBLISHED, StandardCharsets.UTF_8),
                "REQUIRED-FIELDS.md is out of date: run FieldRequirementTest with -Ddppkit.writeCodes=true");
        assertEquals(BatteryField.values().length + 2, table.lines().filter(l -> l.startsWith("|")).count());
    }

    @Test
    void requirements_byCategoryLevelAndDate() {
        List<FieldRequirement> item = VALIDATOR.requirements(BatteryCategory.EV, null, PassportLevel.ITEM,
                LocalDate.of(2027, 3, 1));
        Set<BatteryField> fields = item.stream().map(FieldRequirement::field).collect(Collectors.toSet());
        assertTrue(fields.contains(BatteryField.BATTERY_MASS));
        assertTrue(fields.contains(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY));
        assertFalse(fields.contains(BatteryField.RECYCLED_CONTENT_COBALT));
        assertFalse(fields.contains(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT));
        assertEquals(PassportLevel.MODEL, item.stream().filter(r -> r.field() == BatteryField.BATTERY_MASS)
                .findFirst().orElseThrow().owner());
        List<FieldRequirement> model = VALIDATOR.requirements(BatteryCategory.EV, null, PassportLevel.MODEL,
                LocalDate.of(2027, 3, 1));
        assertTrue(model.stream().allMatch(r -> r.owner() == PassportLevel.MODEL));
        assertTrue(VALIDATOR.requirements(BatteryCategory.LMT, null, PassportLevel.ITEM, LocalDate.of(2033, 8, 18))
                .stream().anyMatch(r -> r.field() == BatteryField.RECYCLED_CONTENT_COBALT));
        assertFalse(VALIDATOR.requirements(BatteryCategory.LMT, null, PassportLevel.ITEM, LocalDate.of(2033, 8, 17))
                .stream().anyMatch(r -> r.field() == BatteryField.RECYCLED_CONTENT_COBALT));
        assertThrows(NullPointerException.class, () -> VALIDATOR.requirements(BatteryCategory.INDUSTRIAL, null,
                PassportLevel.ITEM, LocalDate.of(2027, 3, 1)));
        assertTrue(item.get(0).toString().startsWith("uniqueIdentifier: mandatory (set on the ITEM passport) from"));
    }

    /** Every unconditional requirement of an empty item passport is reported missing, once. */
    @Test
    void emptyItem_missingFindingsMatchTheRequirements_andAreGroupedByOwner() {
        LocalDate at = LocalDate.of(2027, 3, 1);
        ItemPassport empty = ItemPassport.builder(BatteryCategory.EV, CorePassports.GTIN, "S1")
                .issuedAt(CorePassports.ISSUED).build();
        ValidationReport r = VALIDATOR.validate(empty, at);
        for (FieldRequirement req : VALIDATOR.requirements(BatteryCategory.EV, null, PassportLevel.ITEM, at)) {
            if (req.obligation().conditions().isEmpty() && empty.get(req.field()).isEmpty()) {
                FieldOutcome o = r.outcome(req.field()).orElseThrow();
                assertTrue(o == FieldOutcome.MISSING || o == FieldOutcome.RECOMMENDED_MISSING, req + " " + o);
            }
        }
        assertTrue(r.byOwner().get(PassportLevel.MODEL).size() > 20);
        assertEquals(r.findings().size(), r.byOwner().values().stream().mapToInt(List::size).sum());
        assertTrue(r.byOwner().get(PassportLevel.MODEL).stream()
                .filter(f -> f.code().equals(FindingCode.MISSING_MANDATORY.code()))
                .allMatch(f -> "MODEL".equals(f.arguments().get("owner"))));
    }
}
