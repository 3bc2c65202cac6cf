package org.dppkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on H2 (file mode), and what is particular to the embedded store. */
class H2StoreTest extends PassportStoreContract {

    @TempDir
    Path dir;

    private final List<JdbcConnectionPool> pools = new ArrayList<>();
    private DataSource database;

    private DataSource h2(Path file) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "", "");
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void dispose() {
        pools.forEach(JdbcConnectionPool::dispose);
    }

    @Override
    DataSource database() {
        if (database == null) {
            database = h2(dir.resolve("main"));
        }
        return database;
    }

    @Override
    DataSource otherDatabase() {
        // A new database per call: tests that import several times want empty targets.
        return h2(dir.resolve("other-" + pools.size()));
    }

    @Override
    String editDocumentSql(String key, int version, String from, String to) {
        return "UPDATE dpp_passport_version SET document = REPLACE(document, '" + from + "', '" + to
                + "') WHERE id_key = '" + key + "' AND version = " + version;
    }

    @Test
    void embedded_reopens_keepsEverything() {
        Path storeDir = dir.resolve("embedded");
        try (PassportStore embedded = PassportStores.embedded(storeDir)) {
            embedded.put(TestPassports.MODEL);
            embedded.put(TestPassports.BATCH);
        }
        assertTrue(Files.exists(storeDir.resolve(PassportStores.EMBEDDED_DATABASE_NAME + ".mv.db")));
        try (PassportStore embedded = PassportStores.embedded(storeDir)) {
            assertEquals(TestPassports.BATCH, embedded.latest(TestPassports.BATCH.id()).orElseThrow());
            assertEquals(2, embedded.countVersions());
            assertTrue(embedded.toString().contains("H2"));
        }
    }

    @Test
    void embedded_resolveVersion_keptReaders_seeEveryWriter() throws Exception {
        Path storeDir = dir.resolve("embedded-readers");
        PassportStore embedded = PassportStores.embedded(storeDir);
        try (PassportStore writer = PassportStores.embedded(storeDir)) {
            JdbcPassportStore jdbc = (JdbcPassportStore) embedded;
            assertEquals(0, jdbc.headReadersOpen());
            embedded.put(TestPassports.MODEL);
            embedded.put(TestPassports.BATCH);
            ItemPassport item = TestPassports.item("SN-R1");
            DigitalLink link = DigitalLink.parse("http://localhost:8080/01/" + item.id().gtin() + "/10/"
                    + TestPassports.BATCH.lot() + "/21/SN-R1");
            assertEquals(PassportLevel.BATCH, embedded.resolveVersion(link).orElseThrow().level());
            writer.put(item);
            assertEquals(PassportLevel.ITEM, embedded.resolveVersion(link).orElseThrow().level());
            BatteryPassport v = item;
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                for (int version = 2; version <= 4; version++) {
                    v = TestPassports.revise(v, 100 - version);
                    writer.put(v);
                    int expected = version;
                    List<Future<Integer>> seen = new ArrayList<>();
                    for (int i = 0; i < 24; i++) {
                        seen.add(pool.submit(() -> embedded.resolveVersion(link).orElseThrow().version()));
                    }
                    for (Future<Integer> f : seen) {
                        assertEquals(expected, f.get(), "a kept connection sees the other writer's commit");
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            int open = jdbc.headReadersOpen();
            assertTrue(open >= 1 && open <= JdbcPassportStore.HeadReaders.MAX, "readers open: " + open);
            assertEquals(embedded.resolve(link).map(r -> StoredVersion.from(r.stored())),
                    embedded.resolveVersion(link));
            embedded.close();
            assertEquals(0, jdbc.headReadersOpen(), "closed with the store");
            assertThrows(IllegalStateException.class, () -> embedded.resolveVersion(link));
            assertEquals(4, writer.resolveVersion(link).orElseThrow().version(), "the other instance reads on");
        } finally {
            embedded.close();
        }
    }

    @Test
    void embedded_directoryIsAFile_refused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> PassportStores.embedded(file));
        assertTrue(e.getMessage().contains("cannot create the store directory"), e.getMessage());
    }
}
