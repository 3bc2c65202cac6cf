package org.dppkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.h2.jdbcx.JdbcConnectionPool;

/** Any sequence of puts, revisions and stale writes reads back as the same history. */
class HistoryProperties {

    private static JdbcConnectionPool database;
    private static PassportStore store;
    private static final AtomicInteger IDS = new AtomicInteger();

    @BeforeContainer
    static void open() {
        database = JdbcConnectionPool.create("jdbc:h2:mem:history-properties", "", "");
        store = PassportStores.jdbc(database);
    }

    @AfterContainer
    static void close() {
        store.close();
        database.dispose();
    }

    /** A step: a state of health for the next revision, or -k to re-put the stored version k. */
    @Provide
    Arbitrary<List<Integer>> steps() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(-6, -1))
                .list().ofMinSize(0).ofMaxSize(10);
    }

    @Property(tries = 60)
    void putsAndRevisions_readBackAsTheSameHistory(@ForAll("steps") List<Integer> steps,
            @ForAll boolean batchLevel) {
        int n = IDS.incrementAndGet();
        BatteryPassport first = batchLevel
                ? BatchPassport.builder(TestPassports.MODEL, "P-" + n).issuedAt(TestPassports.BATCH.issuedAt()).build()
                : TestPassports.item("P-" + n);
        List<BatteryPassport> expected = new ArrayList<>();
        store.put(first);
        expected.add(first);
        for (int step : steps) {
            BatteryPassport latest = expected.get(expected.size() - 1);
            if (step >= 0) {
                BatteryPassport next = TestPassports.revise(latest, step);
                store.put(next);
                expected.add(next);
            } else if (-step <= expected.size()) {
                BatteryPassport stale = expected.get(-step - 1);
                VersionConflictException e = assertThrows(VersionConflictException.class, () -> store.put(stale));
                assertEquals(VersionConflictException.Reason.STALE, e.reason());
                assertEquals(expected.size(), e.storedVersion());
            } else {
                BatteryPassport ahead = TestPassports.revise(TestPassports.revise(latest, 1), 2);
                VersionConflictException e = assertThrows(VersionConflictException.class, () -> store.put(ahead));
                assertEquals(VersionConflictException.Reason.GAP, e.reason());
            }
        }
        assertEquals(expected, store.history(first.id()));
        assertEquals(expected.get(expected.size() - 1), store.latest(first.id()).orElseThrow());
        for (BatteryPassport v : expected) {
            assertEquals(v, store.version(first.id(), v.version()).orElseThrow());
        }
        assertEquals(expected.get(expected.size() - 1), store.resolve(first.id()).orElseThrow().passport());
    }
}
