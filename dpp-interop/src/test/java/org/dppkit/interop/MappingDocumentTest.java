package org.dppkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.junit.jupiter.api.Test;

/** MAPPING.md is generated from the mapping table; this test rewrites it and fails if it changed. */
class MappingDocumentTest {

    @Test
    void mappingDocumentIsCurrent() throws IOException {
        String root = System.getProperty("dppkit.root");
        Path file = root == null ? Path.of("MAPPING.md") : Path.of(root, "dpp-interop", "MAPPING.md");
        String expected = InteropMapping.standard().toMarkdown();
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            fail(file + " was out of date and has been regenerated; commit it");
        }
    }

    @Test
    void heldAndNotHeldPartitionTheCatalogue() {
        for (InteropFormat f : InteropFormat.values()) {
            Set<BatteryField> all = EnumSet.copyOf(InteropMapping.standard().heldFields(f));
            assertTrue(java.util.Collections.disjoint(all, InteropMapping.standard().notHeldFields(f)));
            all.addAll(InteropMapping.standard().notHeldFields(f));
            assertEquals(EnumSet.allOf(BatteryField.class), all, f.name());
        }
    }

    @Test
    void documentNamesEveryFormatAndExampleRows() {
        String md = InteropMapping.standard().toMarkdown();
        for (InteropFormat f : InteropFormat.values()) {
            assertTrue(md.contains("`" + f.semanticId() + "`"), f.name());
        }
        assertTrue(md.contains("| `ratedCapacity` | `TechnicalPropertyAreas/CapacityEnergyVoltage/RatedCapacity`"
                + " | `number` | yes | Ah |"), md);
    }

    @Test
    void everyIdtaPathOfTheCatalogueIsHeldByItsSubmodel() {
        // the catalogue names IDTA paths (Submodel/...); each one with a submodel we export is held
        for (BatteryField f : BatteryField.values()) {
            if (f.idtaSubmodel().isEmpty()) {
                continue;
            }
            for (String path : f.idtaSubmodel().get().split("; ")) {
                String submodel = path.substring(0, path.indexOf('/'));
                for (InteropFormat format : InteropFormat.values()) {
                    if (format.isIdta() && format.idShort().equals(submodel)
                            && !InteropMapping.standard().heldFields(format).contains(f)
                            && !KNOWN_GAPS.contains(f)) {
                        fail(f.key() + " is named for " + path + " in the catalogue but " + format
                                + " does not hold it");
                    }
                }
            }
        }
    }

    /** Catalogue IDTA paths the mapping leaves out on purpose (reasons in MAPPING.md notes). */
    private static final Set<BatteryField> KNOWN_GAPS = EnumSet.of(
            BatteryField.UNIQUE_IDENTIFIER, // SerialNumber holds serialNumber
            BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS, // a marking needs a file
            BatteryField.END_OF_LIFE_LABEL_MEANING, // a marking needs a file
            BatteryField.END_OF_LIFE_SUBSTANCE_IMPACT, // list of strings per substance
            BatteryField.SPARE_PARTS_PART_NUMBERS, BatteryField.SPARE_PARTS_SOURCES,
            BatteryField.STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY, // one value in IDTA
            BatteryField.CARBON_FOOTPRINT_LABEL); // marking in the nameplate, held there
}
