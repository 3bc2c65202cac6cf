package org.dppkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.ItemPassport;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The published example payloads (CC-BY-4.0, copied into the test resources). */
class UpstreamExamplesTest {

    /** The upstream README: these four examples do not validate against their own schema. */
    private static final Set<InteropFormat> DEFECTIVE = EnumSet.of(InteropFormat.CARBON_FOOTPRINT,
            InteropFormat.CIRCULARITY, InteropFormat.DIGITAL_NAMEPLATE, InteropFormat.HANDOVER_DOCUMENTATION);

    private static ItemPassport.Builder builder() {
        return ItemPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"), "SN12345678");
    }

    @ParameterizedTest
    @EnumSource(InteropFormat.class)
    void examplesThatValidateImportAndReportExactlyTheDeclaredUnmappedProperties(InteropFormat f) {
        String json = Support.example(f);
        boolean valid = Support.errors(f, json).isEmpty();
        assertEquals(!DEFECTIVE.contains(f), valid, f + " upstream example validity");
        if (!valid) {
            return;
        }
        ImportReport report = InteropImporter.standard().read(f, json, builder());
        assertFalse(report.importedFields().isEmpty(), report.toString());
        // exactly the paths the mapping declares as not read (no field or export only) that occur
        List<String> expected = expectedUnmapped(f, json);
        assertEquals(new LinkedHashSet<>(expected), new LinkedHashSet<>(report.unmappedPaths()), report.toString());
        for (String path : report.unmappedPaths()) {
            assertTrue(InteropMapping.standard().notImportedPaths(f).contains(path), f + ": undeclared " + path);
        }
    }

    private static List<String> expectedUnmapped(InteropFormat f, String json) {
        Map<String, Boolean> leaves = new LinkedHashMap<>();
        ImportWalk.leaves(Support.tree("examples/" + fileOf(f)), "", leaves);
        List<String> out = new ArrayList<>();
        for (String d : InteropMapping.standard().notImportedPaths(f)) {
            for (String leaf : leaves.keySet()) {
                if (ImportWalk.under(JsonPath.normalise(leaf), d) && !out.contains(d)) {
                    boolean shadowed = false;
                    for (String other : InteropMapping.standard().notImportedPaths(f)) {
                        shadowed |= !other.equals(d) && ImportWalk.under(d, other);
                    }
                    if (!shadowed) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private static String fileOf(InteropFormat f) {
        return switch (f) {
            case TECHNICAL_DATA -> "TechnicalDataBattery.json";
            case MATERIAL_COMPOSITION -> "MaterialCompositionBattery.json";
            case PRODUCT_CONDITION -> "ProductConditionBattery.json";
            case CARBON_FOOTPRINT -> "CarbonFootprintBattery.json";
            case CIRCULARITY -> "CircularityBattery.json";
            case DIGITAL_NAMEPLATE -> "NameplateBattery.json";
            case HANDOVER_DOCUMENTATION -> "HandoverDocumentationBattery.json";
            case CATENA_X_BATTERY_PASS -> "BatteryPass.json";
        };
    }

    @ParameterizedTest
    @EnumSource(value = InteropFormat.class, names = {"TECHNICAL_DATA", "MATERIAL_COMPOSITION",
        "PRODUCT_CONDITION", "CATENA_X_BATTERY_PASS"})
    void upstreamValuesArriveWithTheirUnits(InteropFormat f) {
        ItemPassport.Builder b = builder();
        ImportReport report = InteropImporter.standard().read(f, Support.example(f), b);
        switch (f) {
            case TECHNICAL_DATA -> {
                assertEquals("210.0 AMH", b.get(BatteryField.RATED_CAPACITY).orElseThrow().toString().replace("Ah",
                        "AMH"));
                assertEquals(org.dppkit.battery.Quantity.of(96, org.dppkit.battery.Unit.MONTH),
                        b.get(BatteryField.WARRANTY_PERIOD).orElseThrow());
                // the upstream example's idle range is upside down (49 to -19 degrees Celsius)
                assertTrue(report.rejectedFields().containsKey(BatteryField.IDLE_TEMPERATURE_RANGE)
                        || b.get(BatteryField.IDLE_TEMPERATURE_RANGE).isPresent(), report.toString());
            }
            case MATERIAL_COMPOSITION -> assertEquals("CAS 346417-97-8",
                    ((org.dppkit.battery.MaterialShare) ((List<?>) b.get(BatteryField.DETAILED_COMPOSITION)
                            .orElseThrow()).get(0)).identifier().orElseThrow());
            case PRODUCT_CONDITION -> {
                assertEquals(org.dppkit.battery.Quantity.of(600, org.dppkit.battery.Unit.CYCLE),
                        b.get(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES).orElseThrow());
                // "2000-01-01T14:23:00" has no time zone: no instant, reported, not guessed
                assertTrue(report.rejectedFields().get(BatteryField.USAGE_STATE_OF_CHARGE)
                        .contains("time zone"), report.toString());
            }
            case CATENA_X_BATTERY_PASS -> {
                // 20 g and 36 days: the mass converts exactly, the days have no month value
                assertEquals(org.dppkit.battery.Quantity.of("0.0200", org.dppkit.battery.Unit.KILOGRAM),
                        b.get(BatteryField.BATTERY_MASS).orElseThrow());
                assertTrue(report.rejectedFields().containsKey(BatteryField.WARRANTY_PERIOD), report.toString());
                // category SLI and another identifier: reported against the builder's identity
                assertTrue(report.rejectedFields().containsKey(BatteryField.BATTERY_CATEGORY), report.toString());
                assertTrue(report.rejectedFields().containsKey(BatteryField.UNIQUE_IDENTIFIER), report.toString());
                assertTrue(report.importedFields().contains(BatteryField.SERIAL_NUMBER), report.toString());
            }
            default -> throw new AssertionError(f);
        }
    }
}
