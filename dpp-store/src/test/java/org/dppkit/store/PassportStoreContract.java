package org.dppkit.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every passport store must have, run against H2 and against a real PostgreSQL by
 * the subclasses.
 */
abstract class PassportStoreContract {

    static final Instant T0 = Instant.parse("2027-03-01T08:00:00Z");

    TestClock clock;
    PassportStore store;

    /** Returns a data source on a new, empty database for this test (same one on each call). */
    abstract DataSource database();

    /** Returns a data source on a second, empty database. */
    abstract DataSource otherDatabase();

    /** Returns SQL that changes the stored document of one row, keeping it valid JSON. */
    abstract String editDocumentSql(String key, int version, String from, String to);

    @BeforeEach
    void open() {
        clock = new TestClock(T0);
        store = PassportStores.builder().clock(clock).jdbc(database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    void execute(String sql) {
        try (Connection c = database().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------- put and read

    @Test
    void put_everyFixture_readsBackEqual() {
        for (BatteryPassport p : TestPassports.FIXTURES.all()) {
            if (p.version() != 1) {
                continue;
            }
            StoredPassport stored = store.put(p);
            assertEquals(T0, stored.storedAt());
            assertEquals(p, store.latest(p.id()).orElseThrow(), p.toString());
            assertEquals(p, store.version(p.id(), 1).orElseThrow());
            assertEquals(List.of(p), store.history(p.id()));
            assertEquals(List.of(stored), store.storedHistory(p.id()));
        }
        ItemPassport item = TestPassports.item("SN-1");
        store.put(item);
        assertEquals(item, store.latest(item.id()).orElseThrow());
        assertEquals(item.batch(), ((ItemPassport) store.latest(item.id()).orElseThrow()).batch());
    }

    @Test
    void put_revisions_historyOldestFirst() {
        BatteryPassport v1 = TestPassports.item("SN-1");
        BatteryPassport v2 = TestPassports.revise(v1, 98);
        BatteryPassport v3 = TestPassports.revise(v2, 95);
        store.put(v1);
        clock.advance(Duration.ofHours(1));
        store.put(v2);
        clock.advance(Duration.ofHours(1));
        StoredPassport s3 = store.put(v3);
        assertEquals(List.of(v1, v2, v3), store.history(v1.id()));
        assertEquals(v3, store.latest(v1.id()).orElseThrow());
        assertEquals(v2, store.version(v1.id(), 2).orElseThrow());
        assertTrue(store.version(v1.id(), 4).isEmpty());
        assertEquals(T0.plus(Duration.ofHours(2)), s3.storedAt());
        assertEquals(List.of(T0, T0.plusSeconds(3600), T0.plusSeconds(7200)),
                store.storedHistory(v1.id()).stream().map(StoredPassport::storedAt).collect(Collectors.toList()));
        assertEquals(1, store.countPassports());
        assertEquals(3, store.countVersions());
    }

    @Test
    void latest_unknown_isEmpty() {
        DigitalLink unknown = DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/NOPE");
        assertTrue(store.latest(unknown).isEmpty());
        assertTrue(store.version(unknown, 1).isEmpty());
        assertEquals(List.of(), store.history(unknown));
        assertThrows(IllegalArgumentException.class, () -> store.version(unknown, 0));
    }

    // ------------------------------------------------------------------------- conflicts

    @Test
    void put_staleVersion_refusedNamingBothVersions() {
        BatteryPassport v1 = TestPassports.item("SN-1");
        BatteryPassport v2 = TestPassports.revise(v1, 98);
        BatteryPassport otherV2 = TestPassports.revise(v1, 90);
        store.put(v1);
        store.put(v2);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> store.put(otherV2));
        assertEquals(VersionConflictException.Reason.STALE, e.reason());
        assertEquals(2, e.storedVersion());
        assertEquals(2, e.offeredVersion());
        assertEquals(v1.id().toString(), e.id());
        assertTrue(e.getMessage().contains("version 2 is already stored (latest is 2)"), e.getMessage());
        VersionConflictException again = assertThrows(VersionConflictException.class, () -> store.put(v1));
        assertEquals(VersionConflictException.Reason.STALE, again.reason());
        assertEquals(List.of(v1, v2), store.history(v1.id()));
    }

    @Test
    void put_gap_refused() {
        BatteryPassport v1 = TestPassports.item("SN-1");
        BatteryPassport v2 = TestPassports.revise(v1, 98);
        BatteryPassport v3 = TestPassports.revise(v2, 95);
        VersionConflictException none = assertThrows(VersionConflictException.class, () -> store.put(v2));
        assertEquals(VersionConflictException.Reason.GAP, none.reason());
        assertEquals(0, none.storedVersion());
        assertTrue(none.getMessage().contains("nothing is stored"), none.getMessage());
        store.put(v1);
        VersionConflictException gap = assertThrows(VersionConflictException.class, () -> store.put(v3));
        assertEquals(VersionConflictException.Reason.GAP, gap.reason());
        assertEquals(1, gap.storedVersion());
        assertEquals(3, gap.offeredVersion());
        assertTrue(gap.getMessage().contains("expected version 2"), gap.getMessage());
        assertEquals(List.of(v1), store.history(v1.id()));
    }

    @Test
    void put_otherCategorySameIdentity_refused() {
        ItemPassport ev = TestPassports.item("SN-1");
        ItemPassport lmt = ItemPassport.builder(BatteryCategory.LMT, ev.id()).issuedAt(ev.issuedAt()).build();
        BatteryPassport lmtV2 = TestPassports.revise(lmt, 90);
        store.put(ev);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> store.put(lmtV2));
        assertEquals(VersionConflictException.Reason.CATEGORY, e.reason());
        assertTrue(e.getMessage().contains("stored EV, offered LMT"), e.getMessage());
        VersionConflictException first = assertThrows(VersionConflictException.class, () -> store.put(lmt));
        assertEquals(VersionConflictException.Reason.CATEGORY, first.reason());
    }

    @Test
    void put_otherLotSameItem_refused() {
        ItemPassport inBatch = TestPassports.item("SN-1");
        BatchPassport otherBatch = BatchPassport.builder(TestPassports.MODEL, "OTHER-LOT")
                .issuedAt(TestPassports.BATCH.issuedAt()).build();
        BatteryPassport moved = TestPassports.revise(TestPassports.item(otherBatch, "SN-1"), 90);
        store.put(inBatch);
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> store.put(moved));
        assertEquals(VersionConflictException.Reason.IDENTIFIER, e.reason());
        assertTrue(e.getMessage().contains("offered lot OTHER-LOT"), e.getMessage());
    }

    @Test
    void put_concurrentWriters_exactlyOneWinsPerVersion() throws Exception {
        List<BatteryPassport> firsts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            BatteryPassport p = TestPassports.item("C-" + i);
            store.put(p);
            firsts.add(p);
        }
        int threads = 8;
        int rounds = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> wins = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int soh = 50 + t;
                wins.add(pool.submit((Callable<Integer>) () -> {
                    int won = 0;
                    for (int r = 0; r < rounds; r++) {
                        for (BatteryPassport first : firsts) {
                            BatteryPassport latest = store.latest(first.id()).orElseThrow();
                            try {
                                store.put(TestPassports.revise(latest, soh));
                                won++;
                            } catch (VersionConflictException e) {
                                if (e.reason() != VersionConflictException.Reason.STALE) {
                                    throw e;
                                }
                            }
                        }
                    }
                    return won;
                }));
            }
            int total = 0;
            for (Future<Integer> f : wins) {
                total += f.get();
            }
            int versions = 0;
            for (BatteryPassport first : firsts) {
                List<BatteryPassport> history = store.history(first.id());
                for (int v = 0; v < history.size(); v++) {
                    assertEquals(v + 1, history.get(v).version());
                }
                versions += history.size() - 1;
            }
            assertEquals(total, versions, "every won put is stored once, no other");
            assertTrue(total >= rounds, "some writes won: " + total);
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------- resolve

    @Test
    void resolve_walksUpItemBatchModel() {
        store.put(TestPassports.MODEL);
        String gtin = TestPassports.MODEL.id().gtin().toString();
        String lot = TestPassports.BATCH.lot();
        DigitalLink itemWithLot = DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/" + lot + "/21/SN-9");
        Resolution r = store.resolve(itemWithLot).orElseThrow();
        assertEquals(PassportLevel.MODEL, r.level());
        assertFalse(r.isExact());
        assertEquals(itemWithLot, r.link());
        assertEquals(TestPassports.MODEL, r.passport());

        store.put(TestPassports.BATCH);
        assertEquals(PassportLevel.BATCH, store.resolve(itemWithLot).orElseThrow().level());
        DigitalLink batchLink = DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/" + lot);
        assertTrue(store.resolve(batchLink).orElseThrow().isExact());
        DigitalLink otherLot = DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/NOLOT");
        assertEquals(PassportLevel.MODEL, store.resolve(otherLot).orElseThrow().level());
        DigitalLink itemNoLot = DigitalLink.parse("http://localhost:8080/01/" + gtin + "/21/SN-9");
        assertEquals(PassportLevel.MODEL, store.resolve(itemNoLot).orElseThrow().level());

        ItemPassport item = TestPassports.item("SN-9");
        store.put(item);
        store.put(TestPassports.revise(item, 97));
        Resolution exact = store.resolve(itemWithLot).orElseThrow();
        assertEquals(PassportLevel.ITEM, exact.level());
        assertTrue(exact.isExact());
        assertEquals(2, exact.passport().version());
        assertEquals(PassportLevel.ITEM, store.resolve(itemNoLot).orElseThrow().level(),
                "an item is found by GTIN and serial when the link has no lot");
        DigitalLink wrongLot = DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/NOLOT/21/SN-9");
        assertEquals(PassportLevel.MODEL, store.resolve(wrongLot).orElseThrow().level(),
                "a link whose lot differs from the item's does not name that item");
        assertTrue(store.latest(wrongLot).isEmpty());
        assertEquals(item, store.version(itemNoLot, 1).orElseThrow());
    }

    @Test
    void resolve_unknownGtinOrOtherKey_isEmpty() {
        store.put(TestPassports.MODEL);
        assertTrue(store.resolve(DigitalLink.parse("https://id.gs1.org/01/09506000134369/21/X")).isEmpty());
        assertTrue(store.resolve(DigitalLink.parse("https://id.gs1.org/414/9506000134352")).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> store.latest(DigitalLink.parse("https://id.gs1.org/414/9506000134352")));
    }

    @Test
    void lookups_ignoreDomainLinkTypeAndAttributes() {
        ItemPassport item = TestPassports.item("SN-7");
        store.put(item);
        DigitalLink elsewhere = item.id().withDomain("https://resolver.example.com/dpp");
        assertEquals(item, store.latest(elsewhere).orElseThrow());
        assertEquals(List.of(item), store.history(elsewhere));
        DigitalLink typed = DigitalLink.parse(item.id().withDomain("http://localhost:8080") + "?linkType=gs1:dpp");
        assertEquals(item, store.resolve(typed).orElseThrow().passport());
    }

    /** The same store through the interface's default {@code resolveVersion} (via resolve). */
    private PassportStore viaDefaults() {
        return (PassportStore) java.lang.reflect.Proxy.newProxyInstance(
                PassportStore.class.getClassLoader(), new Class<?>[] {PassportStore.class},
                (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void resolveVersion_walksUpLikeResolve() {
        String gtin = TestPassports.MODEL.id().gtin().toString();
        String lot = TestPassports.BATCH.lot();
        List<DigitalLink> links = List.of(
                DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/" + lot + "/21/SN-9"),
                DigitalLink.parse("http://localhost:8080/01/" + gtin + "/21/SN-9?linkType=gs1:dpp"),
                DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/" + lot),
                DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/NOLOT"),
                DigitalLink.parse("http://localhost:8080/01/" + gtin + "/10/NOLOT/21/SN-9"),
                DigitalLink.parse("http://localhost:8080/01/" + gtin),
                DigitalLink.parse("https://id.gs1.org/01/09506000134369/21/X"),
                DigitalLink.parse("https://id.gs1.org/414/9506000134352"));
        PassportStore defaults = viaDefaults();
        ItemPassport item = TestPassports.item("SN-9");
        List<Runnable> steps = List.of(() -> { }, () -> store.put(TestPassports.MODEL),
                () -> store.put(TestPassports.BATCH), () -> store.put(item),
                () -> store.put(TestPassports.revise(item, 97)),
                () -> store.put(TestPassports.revise(TestPassports.BATCH, 0)));
        int answered = 0;
        for (Runnable step : steps) {
            clock.advance(Duration.ofMinutes(1));
            step.run();
            for (DigitalLink l : links) {
                java.util.Optional<StoredVersion> expected =
                        store.resolve(l).map(r -> StoredVersion.from(r.stored()));
                assertEquals(expected, store.resolveVersion(l), l.toString());
                assertEquals(expected, defaults.resolveVersion(l), l.toString());
                answered += expected.isPresent() ? 1 : 0;
            }
        }
        assertEquals(30, answered, "six GTIN links answer from the second step on");
        StoredVersion v = store.resolveVersion(links.get(1)).orElseThrow();
        assertEquals(PassportLevel.ITEM, v.level());
        assertEquals(2, v.version());
        assertEquals(DigitalLink.parse("https://id.gs1.org/01/" + gtin + "/21/SN-9"), v.id());
        assertEquals(store.storedHistory(item.id()).get(1).sha256(), v.sha256());
        assertEquals(store.storedHistory(item.id()).get(1).storedAt(), v.storedAt());
        assertEquals(TestPassports.revise(item, 97), store.version(v.id(), v.version()).orElseThrow());
        StoredVersion batch = store.resolveVersion(links.get(2)).orElseThrow();
        assertEquals(PassportLevel.BATCH, batch.level());
        assertEquals(2, batch.version());
        assertEquals(DigitalLink.parse("https://id.gs1.org/01/" + gtin + "/10/" + lot), batch.id());
        assertThrows(NullPointerException.class, () -> store.resolveVersion(null));
    }

    @Test
    void resolveVersion_leavesTheDocumentAlone_butADamagedHashIsRefused() {
        ItemPassport item = TestPassports.item("SN-1");
        store.put(item);
        store.put(TestPassports.revise(item, 96));
        String key = "01/" + item.id().gtin() + "/21/SN-1";
        execute(editDocumentSql(key, 2, "96", "99"));
        StoredVersion v = store.resolveVersion(item.id()).orElseThrow();
        assertEquals(2, v.version());
        assertThrows(CorruptRecordException.class, () -> store.version(v.id(), v.version()),
                "the passport itself is read strictly");
        execute("UPDATE dpp_passport_version SET sha256 = '" + "X".repeat(64) + "' WHERE id_key = '" + key
                + "' AND version = 2");
        CorruptRecordException e = assertThrows(CorruptRecordException.class,
                () -> store.resolveVersion(item.id()));
        assertEquals(2, e.version());
        assertTrue(e.getMessage().contains("/21/SN-1 version 2"), e.getMessage());
    }

    // ------------------------------------------------------------------------- queries

    @Test
    void itemsOfBatch_pagesInSerialOrder_latestVersionsOnly() {
        store.put(TestPassports.MODEL);
        store.put(TestPassports.BATCH);
        List<ItemPassport> items = TestPassports.items(TestPassports.BATCH, 25);
        store.putAll(items);
        store.putAll(TestPassports.items(TestPassports.LMT_BATCH, 3));
        BatteryPassport revised = TestPassports.revise(items.get(3), 80);
        store.put(revised);
        List<BatteryPassport> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(10);
        List<Integer> sizes = new ArrayList<>();
        while (true) {
            Page<ItemPassport> page = store.itemsOfBatch(TestPassports.BATCH.id(), request);
            sizes.add(page.items().size());
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = page.next().orElseThrow();
        }
        assertEquals(List.of(10, 10, 5), sizes);
        List<BatteryPassport> expected = new ArrayList<>(items);
        expected.set(3, revised);
        assertEquals(expected, seen);
        DigitalLink batchElsewhere = TestPassports.BATCH.id().withDomain("http://localhost:8080");
        assertEquals(expected, Page.stream(r -> store.itemsOfBatch(batchElsewhere, r), 7)
                .collect(Collectors.toList()));
        assertThrows(IllegalArgumentException.class,
                () -> store.itemsOfBatch(TestPassports.MODEL.id(), PageRequest.first(5)));
    }

    @Test
    void batchesOfModel_pagesInLotOrder() {
        store.put(TestPassports.MODEL);
        List<BatchPassport> batches = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            BatchPassport b = BatchPassport.builder(TestPassports.MODEL, "LOT-" + i)
                    .issuedAt(TestPassports.BATCH.issuedAt()).build();
            store.put(b);
            batches.add(0, b);
        }
        store.putAll(TestPassports.items(batches.get(0), 4));
        Page<BatchPassport> first = store.batchesOfModel(TestPassports.MODEL.id(), PageRequest.first(3));
        assertEquals(batches.subList(0, 3), first.items());
        Page<BatchPassport> second = store.batchesOfModel(TestPassports.MODEL.id(), first.next().orElseThrow());
        assertEquals(batches.subList(3, 5), second.items());
        assertFalse(second.hasNext());
        assertThrows(IllegalArgumentException.class, () -> store.batchesOfModel(TestPassports.MODEL.id(),
                PageRequest.after(first.next().orElseThrow().cursor().orElseThrow(), 3).withSize(2)
                        .cursor().map(c -> PageRequest.after("x" + c, 2)).orElseThrow()));
        PageRequest foreign = store.itemsOfBatch(batches.get(0).id(), PageRequest.first(1)).next().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> store.batchesOfModel(TestPassports.MODEL.id(), foreign));
    }

    @Test
    void changedSince_pagesInStoreTimeOrder() {
        ItemPassport a = TestPassports.item("A");
        ItemPassport b = TestPassports.item("B");
        store.put(a);
        clock.advance(Duration.ofMinutes(1));
        Instant t1 = clock.instant();
        store.put(b);
        BatteryPassport a2 = TestPassports.revise(a, 90);
        store.put(a2);
        clock.advance(Duration.ofMinutes(1));
        BatteryPassport b2 = TestPassports.revise(b, 91);
        store.put(b2);
        List<BatteryPassport> seen = Page.stream(r -> store.changedSince(t1, r), 1)
                .map(StoredPassport::passport).collect(Collectors.toList());
        assertEquals(List.of(a2, b, b2), seen, "same store time: identity order, then version");
        assertEquals(4, store.changedSince(T0, PageRequest.first(100)).items().size());
        assertEquals(0, store.changedSince(clock.instant().plusNanos(1000), PageRequest.first(100)).items().size());
    }

    @Test
    void putAll_conflictInSecondBatch_keepsFirstBatchOnly() {
        PassportStore small = PassportStores.builder().clock(clock).batchSize(10).jdbc(database());
        List<BatteryPassport> input = new ArrayList<>(TestPassports.items(TestPassports.BATCH, 25));
        BatteryPassport v2 = TestPassports.revise(input.get(2), 70);
        input.add(3, v2);
        input.add(14, TestPassports.revise(input.get(2), 71));
        VersionConflictException e = assertThrows(VersionConflictException.class, () -> small.putAll(input));
        assertEquals(VersionConflictException.Reason.STALE, e.reason());
        assertEquals(2, e.storedVersion(), "the stored latest includes the first batch's version 2");
        assertEquals(10, small.countVersions(), "the first batch (10 versions) is stored, the second is not");
        assertEquals(v2, small.latest(v2.id()).orElseThrow());
        assertTrue(small.latest(TestPassports.item("SN-000011").id()).isEmpty());
    }

    @Test
    void putAll_manyBatches_allStored() {
        PassportStore small = PassportStores.builder().clock(clock).batchSize(100).jdbc(database());
        List<BatteryPassport> input = new ArrayList<>(TestPassports.items(TestPassports.BATCH, 350));
        input.add(TestPassports.revise(input.get(0), 99));
        assertEquals(351, small.putAll(input));
        assertEquals(350, store.countPassports());
        assertEquals(351, store.countVersions());
        assertEquals(input.get(349), store.latest(input.get(349).id()).orElseThrow());
    }

    // ------------------------------------------------------------------------- damaged rows

    @Test
    void read_handEditedRow_refusedNamingIdAndVersion() {
        ItemPassport item = TestPassports.item("SN-1");
        store.put(item);
        BatteryPassport v2 = TestPassports.revise(item, 96);
        store.put(v2);
        execute(editDocumentSql("01/" + item.id().gtin() + "/21/SN-1", 2, "96", "99"));
        CorruptRecordException e = assertThrows(CorruptRecordException.class, () -> store.latest(item.id()));
        assertEquals(2, e.version());
        assertTrue(e.getMessage().contains("/21/SN-1 version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("the document was changed"), e.getMessage());
        assertEquals(item, store.version(item.id(), 1).orElseThrow(), "version 1 is intact");
        assertThrows(CorruptRecordException.class, () -> store.export(new ByteArrayOutputStream()));
    }

    @Test
    void read_rowThatIsNoPassport_refused() {
        ItemPassport item = TestPassports.item("SN-1");
        store.put(item);
        execute(editDocumentSql("01/" + item.id().gtin() + "/21/SN-1", 1, "\"ITEM\"", "\"MODEL\""));
        CorruptRecordException e = assertThrows(CorruptRecordException.class,
                () -> store.resolve(item.id()));
        assertEquals(1, e.version());
        assertTrue(e.getMessage().contains("does not read back"), e.getMessage());
    }

    // ------------------------------------------------------------------------- backup

    private byte[] backup(PassportStore s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(out);
        return out.toByteArray();
    }

    private void fill() {
        store.put(TestPassports.MODEL);
        store.put(TestPassports.BATCH);
        List<ItemPassport> items = TestPassports.items(TestPassports.BATCH, 12);
        store.putAll(items);
        store.put(TestPassports.revise(items.get(0), 93));
        store.put(TestPassports.LMT_MODEL);
    }

    @Test
    void export_import_roundTripsEveryVersion() {
        fill();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupSummary summary = store.export(out);
        assertEquals(15, summary.passports());
        assertEquals(16, summary.versions());
        try (PassportStore copy = PassportStores.builder().clock(clock).jdbc(otherDatabase())) {
            ImportSummary imported = copy.importFrom(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(new ImportSummary(16, 0), imported);
            DigitalLink first = TestPassports.item("SN-000001").id();
            assertEquals(store.history(first), copy.history(first));
            assertEquals(store.latest(TestPassports.LMT_MODEL.id()), copy.latest(TestPassports.LMT_MODEL.id()));
            assertArrayEquals(out.toByteArray(), backup(copy), "equal stores give byte-identical backups");
            assertEquals(new ImportSummary(0, 16), copy.importFrom(new ByteArrayInputStream(out.toByteArray())));
            assertEquals(16, copy.countVersions());
        }
    }

    @Test
    void export_manifestListsTheHashOfEveryDocument() throws IOException {
        fill();
        byte[] zip = backup(store);
        List<String> names = new ArrayList<>();
        String manifest = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                names.add(e.getName());
                if (e.getName().equals("manifest.json")) {
                    manifest = new String(bytes, StandardCharsets.UTF_8);
                } else {
                    assertTrue(manifest.contains("\"path\":\"" + e.getName() + "\"") && manifest.contains(
                            "\"sha256\":\"" + Hashes.sha256Hex(bytes) + "\""), e.getName());
                    BatteryPassport p = org.dppkit.battery.json.PassportJson.standard()
                            .read(new String(bytes, StandardCharsets.UTF_8));
                    assertEquals(store.version(p.id(), p.version()).orElseThrow(), p);
                }
            }
        }
        assertEquals("manifest.json", names.get(0));
        assertEquals("versions/000000016.json", names.get(16));
        assertEquals(17, names.size());
    }

    @Test
    void import_oneByteChanged_refusedNothingImported() {
        fill();
        byte[] zip = backup(store);
        int failures = 0;
        int tries = 0;
        for (int at = 7; at < zip.length; at += Math.max(1, zip.length / 12)) {
            tries++;
            byte[] tampered = zip.clone();
            tampered[at] ^= 0x20;
            try (PassportStore copy = PassportStores.builder().clock(clock).jdbc(otherDatabase())) {
                try {
                    copy.importFrom(new ByteArrayInputStream(tampered));
                    // A flipped byte in ZIP metadata that nothing reads (an extra field, a
                    // central directory entry after the data) leaves every document intact.
                    assertEquals(16, copy.countVersions());
                } catch (BackupException e) {
                    failures++;
                    assertEquals(0, copy.countVersions(), "nothing half-imported after " + e.getMessage());
                }
            }
        }
        assertTrue(failures * 2 >= tries, "most single-byte changes are caught: " + failures + " of " + tries);
    }

    @Test
    void import_editedDocumentWithValidZip_refusedNamingTheEntry() throws IOException {
        fill();
        byte[] zip = backup(store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("versions/000000014.json")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    String edited = text.replaceFirst("\"value\":100\\.0", "\"value\":100.1");
                    assertNotEquals(text, edited);
                    bytes = edited.getBytes(StandardCharsets.UTF_8);
                }
                rewritten.putNextEntry(new ZipEntry(e.getName()));
                rewritten.write(bytes);
                rewritten.closeEntry();
            }
        }
        try (PassportStore copy = PassportStores.builder().clock(clock).jdbc(otherDatabase())) {
            BackupException e = assertThrows(BackupException.class,
                    () -> copy.importFrom(new ByteArrayInputStream(out.toByteArray())));
            assertEquals("versions/000000014.json", e.entry());
            assertTrue(e.getMessage().contains("differs from the manifest"), e.getMessage());
            assertEquals(0, copy.countVersions());
        }
    }

    @Test
    void import_versionConflict_refusedNothingImported() {
        fill();
        byte[] zip = backup(store);
        try (PassportStore copy = PassportStores.builder().clock(clock).jdbc(otherDatabase())) {
            // The backup holds SN-000001 version 2 with a state of health of 93 %.
            ItemPassport item = TestPassports.item("SN-000001");
            copy.put(item);
            copy.put(TestPassports.revise(item, 42));
            VersionConflictException e = assertThrows(VersionConflictException.class,
                    () -> copy.importFrom(new ByteArrayInputStream(zip)));
            assertEquals(VersionConflictException.Reason.CONTENT, e.reason());
            assertEquals(2, e.storedVersion());
            assertEquals(2, e.offeredVersion());
            assertTrue(e.getMessage().contains("SN-000001"), e.getMessage());
            assertEquals(2, copy.countVersions(), "nothing of the backup was imported");
            assertTrue(copy.latest(TestPassports.MODEL.id()).isEmpty());
        }
    }

    @Test
    void import_notABackup_refused() {
        BackupException empty = assertThrows(BackupException.class,
                () -> store.importFrom(new ByteArrayInputStream(new byte[0])));
        assertEquals("", empty.entry());
        BackupException text = assertThrows(BackupException.class,
                () -> store.importFrom(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(text.getMessage().contains("not a ZIP"), text.getMessage());
    }

    // ------------------------------------------------------------------------- schema and lifecycle

    @Test
    void open_twice_appliesSchemaOnce() throws SQLException {
        store.put(TestPassports.MODEL);
        try (PassportStore again = PassportStores.jdbc(database())) {
            assertEquals(TestPassports.MODEL, again.latest(TestPassports.MODEL.id()).orElseThrow());
        }
        try (Connection c = database().getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM dpp_store_schema")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(1, rs.getInt(2));
        }
        execute("INSERT INTO dpp_store_schema (version, description, applied_at)"
                + " VALUES (99, 'future', CURRENT_TIMESTAMP)");
        StoreException e = assertThrows(StoreException.class, () -> PassportStores.jdbc(database()));
        assertTrue(e.getMessage().contains("schema is version 99"), e.getMessage());
    }

    @Test
    void open_concurrently_allSeeOneSchema() throws Exception {
        DataSource fresh = otherDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PassportStore>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(pool.submit(() -> PassportStores.jdbc(fresh)));
            }
            for (Future<PassportStore> f : opened) {
                try (PassportStore s = f.get()) {
                    assertEquals(0, s.countVersions());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = fresh.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dpp_store_schema")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void closed_refusesCalls_nullsNamed() {
        assertEquals("passport", assertThrows(NullPointerException.class, () -> store.put(null)).getMessage());
        assertEquals("link", assertThrows(NullPointerException.class, () -> store.resolve(null)).getMessage());
        assertEquals("passports[1]", assertThrows(NullPointerException.class,
                () -> store.putAll(java.util.Arrays.asList(TestPassports.MODEL, null))).getMessage());
        store.close();
        store.close();
        assertThrows(IllegalStateException.class, () -> store.latest(TestPassports.MODEL.id()));
        assertEquals(0, PassportStores.jdbc(database()).countVersions(),
                "the put before the null is in the unfinished batch, not stored");
    }

    static Quantity percent(int v) {
        return Quantity.of(v, Unit.PERCENT);
    }
}
