package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.gs1.Gtin;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;
import org.dppkit.store.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart's {@code --store DIR}: the passports land in an embedded store. */
class QuickstartStoreTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void store_keepsEveryPassport_secondRunFindsThemStored() throws Exception {
        Path out = dir.resolve("out");
        Path store = dir.resolve("store");
        String first = run("--out", out.toString(), "--count", "2", "--store", store.toString());
        assertTrue(first.contains("Store: 4 passport version(s) added, 0 already there; 4 in " + store), first);
        String second = run("--out", out.toString(), "--count", "2", "--store", store.toString());
        assertTrue(second.contains("Store: 0 passport version(s) added, 4 already there; 4 in " + store), second);

        Path json;
        try (var files = Files.list(out.resolve("json"))) {
            json = files.filter(p -> p.getFileName().toString().contains("SN-0002")).findFirst().orElseThrow();
        }
        BatteryPassport item = PassportJson.standard().read(Files.readString(json));
        try (PassportStore s = PassportStores.embedded(store)) {
            Resolution r = s.resolve(item.id().withDomain("http://localhost:8080")).orElseThrow();
            assertEquals(PassportLevel.ITEM, r.level());
            assertEquals(item.id(), r.passport().id());
            DigitalLink unknown = item.id().withSerial("SN-9999");
            assertEquals(PassportLevel.BATCH, s.resolve(unknown).orElseThrow().level());
        }
    }

    @Test
    void readmeStoreExample_keepsVersionsAndResolvesToTheBatch() throws Exception {
        Instant now = Instant.parse("2027-02-18T08:00:00Z");
        ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME Batteries GmbH").issuedAt(now).build();
        BatchPassport batch = BatchPassport.builder(model, "LOT-2702-A").issuedAt(now).build();
        ItemPassport item = ItemPassport.builder(batch, "SN-0001")
                .stateOfHealthStateOfCertifiedEnergy(Quantity.of("99.5", Unit.PERCENT)).issuedAt(now).build();
        Path passports = dir.resolve("passports");
        Path backup = dir.resolve("backup.zip");
        // --- README store example, with the folders in the test's temporary directory ---
        try (PassportStore store = PassportStores.embedded(passports)) {
            store.put(batch);
            store.put(item);                                             // version 1
            store.put(item.revise(Instant.parse("2028-02-18T08:00:00Z"))
                    .stateOfHealthStateOfCertifiedEnergy(Quantity.of("97.0", Unit.PERCENT)).build());
            List<BatteryPassport> history = store.history(item.id());   // [version 1, version 2]
            Optional<Resolution> r = store.resolve(
                    DigitalLink.parse("http://localhost:8080/01/09506000134352/10/LOT-2702-A/21/SN-9"));
            try (OutputStream out = Files.newOutputStream(backup)) {
                store.export(out);                                       // every version, SHA-256 manifest
            }
            // --- end of the README store example ---
            assertEquals(List.of(1, 2), history.stream().map(BatteryPassport::version).collect(Collectors.toList()));
            assertEquals(PassportLevel.BATCH, r.orElseThrow().level());
        }
        assertTrue(Files.size(backup) > 0);
    }

    @Test
    void store_withoutPath_isAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(new String[] {"--store"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--store"), err.toString(StandardCharsets.UTF_8));
    }
}
