package org.dppkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PassportView;
import org.dppkit.core.Audience;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Passport, export, import, compare on the fields the mapping says the format keeps. */
class RoundTripTest {

    private static final InteropExporter EXPORTER = Support.exporter();

    @Property(tries = 40)
    void exportThenImportKeepsEveryMappedField(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 0, max = 12) int index, @ForAll Audience audience) {
        BatteryPassport p = Support.fixtures(seed).get(index);
        PassportView view = p.view(audience);
        for (InteropExport e : EXPORTER.exportAll(p, audience).exports().values()) {
            PassportBuilder<?, ?> b = Support.emptyBuilder(p);
            ImportReport r = InteropImporter.standard().read(e.format(), e.json(), b);
            assertEquals(Map.of(), r.rejectedFields(), e + " " + p.id());
            Map<BatteryField, Object> expected = new EnumMap<>(BatteryField.class);
            Map<BatteryField, Object> actual = new EnumMap<>(BatteryField.class);
            for (BatteryField f : e.exportedFields()) {
                FieldMapping row = importRow(e.format(), f);
                if (row == null) {
                    assertTrue(r.unmappedPaths().stream().anyMatch(x -> x.startsWith(
                            JsonPath.normalise(anyRow(e.format(), f).path()))), e + " " + f);
                    continue;
                }
                Conversions.Conversion c = Conversions.of(row);
                expected.put(f, c.project(view.get(f).orElseThrow(), view));
                Object back = b.get(f).orElse(null);
                if (back == null) {
                    // identity fields are checked against the builder's identifier, not set
                    assertTrue(r.importedFields().contains(f), e + " " + f);
                    back = view.get(f).orElseThrow();
                }
                actual.put(f, c.project(back, view));
            }
            assertEquals(expected, actual, e + " " + p.id());
        }
    }

    private static FieldMapping importRow(InteropFormat format, BatteryField f) {
        for (FieldMapping m : InteropMapping.standard().rows(format)) {
            if (m.field().orElse(null) == f && m.isImported()) {
                return m;
            }
        }
        return null;
    }

    private static FieldMapping anyRow(InteropFormat format, BatteryField f) {
        for (FieldMapping m : InteropMapping.standard().rows(format)) {
            if (m.field().orElse(null) == f) {
                return m;
            }
        }
        throw new AssertionError(f);
    }
}
