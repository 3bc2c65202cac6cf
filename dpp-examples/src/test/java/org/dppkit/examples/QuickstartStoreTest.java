package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void store_withoutPath_isAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(new String[] {"--store"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--store"), err.toString(StandardCharsets.UTF_8));
    }
}
