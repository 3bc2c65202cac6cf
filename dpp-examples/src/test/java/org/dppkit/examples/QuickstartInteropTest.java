package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.interop.ImportReport;
import org.dppkit.interop.InteropFormat;
import org.dppkit.interop.InteropImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart's interop/ folder: IDTA payloads of each item passport that read back. */
class QuickstartInteropTest {

    @Test
    void quickstartWritesTheItemsIdtaPayloads(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Quickstart.run(new String[] {"--out", dir.toString(), "--count", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        String console = out.toString(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("interop"))) {
            files = s.sorted().collect(Collectors.toList());
        }
        assertTrue(console.contains("interop/ " + files.size() + " IDTA 02035 submodel payloads"), console);
        assertTrue(console.contains("CATENA_X_BATTERY_PASS"), console);
        assertTrue(files.size() >= 2 * 4, files.toString());
        Path nameplate = dir.resolve("interop").resolve(
                "01_09506000134352_10_LOT-2702-A_21_SN-0001.Circularity.json");
        assertTrue(Files.exists(nameplate), files.toString());
        ItemPassport.Builder builder = ItemPassport.builder(BatteryCategory.EV,
                DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/LOT-2702-A/21/SN-0001"));
        ImportReport report = InteropImporter.standard().read(InteropFormat.CIRCULARITY,
                Files.readString(nameplate, StandardCharsets.UTF_8), builder);
        assertEquals(java.util.Map.of(), report.rejectedFields(), report.toString());
        assertTrue(!report.importedFields().isEmpty(), report.toString());
        for (Path p : files) {
            assertTrue(p.getFileName().toString().contains("_21_SN-"), "only items: " + p);
        }
    }
}
