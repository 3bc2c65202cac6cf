package org.dppkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportView;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.junit.jupiter.api.Test;

/** Every export of every fixture (category x level x audience x format) against the schemas. */
class ExportSchemaTest {

    private static final InteropExporter EXPORTER = Support.exporter();

    @Test
    void everyExportOfEveryFixtureValidatesOrNamesTheMissingRequiredProperties() {
        int valid = 0;
        int incomplete = 0;
        java.util.Map<InteropFormat, Integer> validPerFormat = new java.util.EnumMap<>(InteropFormat.class);
        for (BatteryPassport p : Support.fixtures(42)) {
            for (Audience a : Audience.values()) {
                InteropExports all = EXPORTER.exportAll(p, a);
                for (InteropFormat f : InteropFormat.values()) {
                    String what = p.level() + " " + p.category() + " " + p.id() + " as " + a;
                    Optional<InteropExport> e = all.get(f);
                    if (e.isPresent()) {
                        Support.assertValid(f, e.get().json(), what);
                        assertEquals(e.get(), EXPORTER.export(p, a, f), what);
                        valid++;
                        validPerFormat.merge(f, 1, Integer::sum);
                    } else {
                        assertMissingIsJustified(p.view(a), f, all.incomplete().get(f), what);
                        InteropException ex = org.junit.jupiter.api.Assertions.assertThrows(
                                InteropException.class, () -> EXPORTER.export(p, a, f));
                        assertEquals(all.incomplete().get(f), ex.missingPaths());
                        incomplete++;
                    }
                }
            }
        }
        assertTrue(valid > 150, "valid exports: " + valid + ", incomplete: " + incomplete);
        assertEquals(EnumSet.allOf(InteropFormat.class), validPerFormat.keySet(), validPerFormat.toString());
    }

    /** A missing path is a required row whose field the view lacks or could not represent. */
    private static void assertMissingIsJustified(PassportView view, InteropFormat f, List<String> missing,
            String what) {
        assertFalse(missing.isEmpty(), what);
        for (String path : missing) {
            String norm = JsonPath.normalise(path);
            List<FieldMapping> rows = new ArrayList<>();
            for (FieldMapping m : InteropMapping.standard().rows(f)) {
                if (JsonPath.normalise(m.path()).equals(norm)) {
                    rows.add(m);
                }
            }
            assertFalse(rows.isEmpty(), what + ": " + f + " missing path " + path + " has no mapping row");
            for (FieldMapping m : rows) {
                assertTrue(m.isRequired(), what + ": " + path + " reported missing but not required");
                assertTrue(m.field().isPresent(), what + ": " + path + " has no field and no template value");
                // either the view lacks the field, or the row takes one part of a list (the CELL
                // entry of the resistances, the power at 20 % state of charge) that it lacks
                assertTrue(view.get(m.field().get()).isEmpty() || m.conversion().contains("("),
                        what + ": " + path + " reported missing although the view holds " + m.field().get());
            }
        }
    }

    @Test
    void evItemPassportsForIssuerFillEveryIdtaSubmodel() {
        for (BatteryPassport p : Support.fixtures(7)) {
            if (p.level() != PassportLevel.ITEM || p.category() != org.dppkit.battery.BatteryCategory.EV) {
                continue;
            }
            InteropExports all = EXPORTER.exportAll(p, Audience.ISSUER);
            for (InteropFormat f : InteropFormat.values()) {
                if (f.isIdta()) {
                    assertTrue(all.get(f).isPresent(), p.id() + " " + f + ": " + all.incomplete());
                }
            }
        }
    }

    @Test
    void legitimateInterestSeesTheProductConditionOfItemsOnly() {
        for (BatteryPassport p : Support.fixtures(5)) {
            boolean item = p.level() == PassportLevel.ITEM;
            assertEquals(item, EXPORTER.exportAll(p, Audience.LEGITIMATE_INTEREST)
                    .get(InteropFormat.PRODUCT_CONDITION).isPresent(), p.id().toString());
            assertFalse(EXPORTER.exportAll(p, Audience.PUBLIC).get(InteropFormat.PRODUCT_CONDITION).isPresent(),
                    p.id().toString());
        }
    }

    @Test
    void publicExportsHoldOnlyPublicFields() {
        for (BatteryPassport p : Support.fixtures(11)) {
            InteropExports all = EXPORTER.exportAll(p, Audience.PUBLIC);
            assertFalse(all.exports().isEmpty(), p.id().toString());
            for (InteropExport e : all.exports().values()) {
                for (BatteryField f : e.exportedFields()) {
                    assertEquals(org.dppkit.core.AccessGroup.PUBLIC, f.access(), e + " " + f);
                }
                // read back: nothing outside the public group comes out of a public payload
                ImportReport r = InteropImporter.standard().read(e.format(), e.json(), Support.emptyBuilder(p));
                Set<BatteryField> back = EnumSet.noneOf(BatteryField.class);
                back.addAll(r.importedFields());
                back.addAll(r.rejectedFields().keySet());
                for (BatteryField f : back) {
                    assertEquals(org.dppkit.core.AccessGroup.PUBLIC, f.access(), e + " leaks " + f);
                }
                if (!r.rejectedFields().isEmpty()) {
                    fail(e + ": public payload read back with rejections " + r.rejectedFields());
                }
            }
        }
    }

    @Test
    void exportIsDeterministic() {
        BatteryPassport a = Support.fixtures(3).get(2);
        BatteryPassport b = Support.fixtures(3).get(2);
        for (InteropFormat f : InteropFormat.values()) {
            InteropExports x = EXPORTER.exportAll(a, Audience.ISSUER);
            InteropExports y = EXPORTER.exportAll(b, Audience.ISSUER);
            assertEquals(x.get(f).map(InteropExport::json), y.get(f).map(InteropExport::json), f.name());
        }
    }
}
