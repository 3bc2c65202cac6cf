package org.dppkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs on one store, and a JVM killed in the middle of a bulk put. */
class MultiProcessTest {

    /** Items in the crash test: 10 000, or 100 000 with {@code -Ddppkit.store.long=true}. */
    static final int CRASH_ITEMS = Boolean.getBoolean("dppkit.store.long") ? 100_000 : 10_000;

    @TempDir
    Path dir;

    private static String lastLine(Process p) throws IOException {
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                last = line;
            }
        }
        return last;
    }

    @Test
    void twoJvms_writingTheSamePassports_noLostOrDuplicatedVersion() throws Exception {
        String schema = Postgres.newSchema();
        JdbcConnectionPool pool = Postgres.pool(schema);
        List<String> serials = List.of("J-1", "J-2", "J-3");
        try (PassportStore store = PassportStores.jdbc(pool)) {
            for (String s : serials) {
                store.put(TestPassports.item(s));
            }
            List<String> args = new ArrayList<>(List.of("revise", Postgres.url(schema), "15"));
            args.addAll(serials);
            Process a = ChildJvm.start(args.toArray(new String[0]));
            Process b = ChildJvm.start(args.toArray(new String[0]));
            String outA = lastLine(a);
            String outB = lastLine(b);
            assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, a.exitValue());
            assertEquals(0, b.exitValue());
            int won = Integer.parseInt(outA.substring(4)) + Integer.parseInt(outB.substring(4));
            int stored = 0;
            for (String s : serials) {
                List<BatteryPassport> history = store.history(TestPassports.item(s).id());
                for (int v = 0; v < history.size(); v++) {
                    assertEquals(v + 1, history.get(v).version(), s);
                }
                stored += history.size() - 1;
            }
            assertEquals(won, stored, "each won put is one stored version; nothing lost or duplicated");
            assertTrue(won >= 45, "every round of the faster writer wins: " + won);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void killedDuringBulkPut_reopensWithWholeVersionsOnly() throws Exception {
        Path storeDir = dir.resolve("crash");
        int chunk = 500;
        Process child = ChildJvm.start("bulk", storeDir.toString(), Integer.toString(CRASH_ITEMS),
                Integer.toString(chunk));
        int committed = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.startsWith("COMMITTED ")) {
                    committed = Integer.parseInt(line.substring(10));
                    if (committed >= CRASH_ITEMS / 5) {
                        // Kill in the middle of the next putAll's transactions.
                        Thread.sleep(150);
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(committed >= CRASH_ITEMS / 5, "the child committed " + committed + " items before it was killed");
        try (PassportStore store = PassportStores.embedded(storeDir)) {
            long versions = store.countVersions();
            long items = versions - 2;
            assertTrue(items >= committed, items + " items stored, " + committed + " reported committed");
            assertTrue(items < CRASH_ITEMS, "killed before the end");
            assertEquals(0, items % 250, "whole batches only: " + items);
            List<String> serials = Page.stream(p -> store.itemsOfBatch(TestPassports.BATCH.id(), p), 1000)
                    .map(ItemPassport::serial).collect(Collectors.toList());
            assertEquals(items, serials.size(), "every stored item reads back, hash-checked");
            for (int i = 0; i < serials.size(); i++) {
                assertEquals(TestPassports.serial(i + 1), serials.get(i));
            }
            ItemPassport last = TestPassports.item(TestPassports.serial((int) items));
            assertEquals(last, store.latest(last.id()).orElseThrow());
            ItemPassport next = TestPassports.item(TestPassports.serial((int) items + 1));
            store.put(next);
            assertEquals(next, store.resolve(next.id()).orElseThrow().passport(), "the store takes new versions");
        }
    }
}
