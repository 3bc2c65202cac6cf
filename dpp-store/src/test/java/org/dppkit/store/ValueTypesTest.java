package org.dppkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.dppkit.battery.ItemPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.junit.jupiter.api.Test;

/** The store's value types and exceptions. */
class ValueTypesTest {

    private static final String HASH = "a".repeat(64);
    private static final Instant AT = Instant.parse("2027-03-01T00:00:00Z");

    @Test
    void pageRequest_checksSizeAndCursor() {
        PageRequest first = PageRequest.first(10);
        assertEquals(10, first.size());
        assertTrue(first.cursor().isEmpty());
        assertEquals("PageRequest[size=10]", first.toString());
        PageRequest after = PageRequest.after("abc", 5);
        assertEquals("abc", after.cursor().orElseThrow());
        assertEquals("PageRequest[size=7, after=abc]", after.withSize(7).toString());
        assertEquals(after, PageRequest.after("abc", 5));
        assertEquals(after.hashCode(), PageRequest.after("abc", 5).hashCode());
        assertNotEquals(after, PageRequest.after("abd", 5));
        assertNotEquals(after, after.withSize(6));
        assertNotEquals(first, "PageRequest[size=10]");
        assertEquals("size: expected 1 to 10000 but was 0",
                assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PageRequest.first(PageRequest.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.after("", 5));
        assertEquals("cursor", assertThrows(NullPointerException.class, () -> PageRequest.after(null, 5)).getMessage());
    }

    @Test
    void page_holdsItemsAndNext() {
        Page<String> last = Page.of(List.of("a", "b"), null);
        assertFalse(last.hasNext());
        assertEquals("Page[2 items, last]", last.toString());
        Page<String> more = Page.of(List.of("a", "b"), PageRequest.after("x", 2));
        assertTrue(more.hasNext());
        assertEquals("Page[2 items, more]", more.toString());
        assertNotEquals(last, more);
        assertEquals(more, Page.of(List.of("a", "b"), PageRequest.after("x", 2)));
        assertEquals(more.hashCode(), Page.of(List.of("a", "b"), PageRequest.after("x", 2)).hashCode());
        assertNotEquals(more, "Page");
        assertThrows(UnsupportedOperationException.class, () -> more.items().add("c"));
        assertThrows(java.util.NoSuchElementException.class,
                () -> Page.stream(r -> Page.<String>of(List.of(), null), 3).iterator().next());
        assertEquals(List.of("a", "b", "c"), Page.stream(r -> r.cursor().isEmpty()
                ? Page.of(List.of("a", "b"), PageRequest.after("2", 2)) : Page.of(List.of("c"), null), 2)
                .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void storedPassportAndResolution_valueSemantics() {
        ItemPassport item = TestPassports.item("V-1");
        StoredPassport stored = StoredPassport.of(item, AT, HASH);
        assertEquals(item.id(), stored.id());
        assertEquals(PassportLevel.ITEM, stored.level());
        assertEquals(1, stored.version());
        assertEquals(stored, StoredPassport.of(item, AT, HASH));
        assertEquals(stored.hashCode(), StoredPassport.of(item, AT, HASH).hashCode());
        assertNotEquals(stored, StoredPassport.of(item, AT.plusSeconds(1), HASH));
        assertNotEquals(stored, StoredPassport.of(item, AT, "b".repeat(64)));
        assertNotEquals(stored, item);
        assertTrue(stored.toString().contains(item.id() + " v1"), stored.toString());
        assertThrows(IllegalArgumentException.class, () -> StoredPassport.of(item, AT, "A".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> StoredPassport.of(item, AT, "abc"));
        assertEquals("storedAt", assertThrows(NullPointerException.class,
                () -> StoredPassport.of(item, null, HASH)).getMessage());

        DigitalLink link = item.id().withDomain("http://localhost:8080");
        Resolution r = Resolution.of(link, stored);
        assertTrue(r.isExact());
        assertEquals(stored, r.stored());
        assertEquals(r, Resolution.of(link, stored));
        assertEquals(r.hashCode(), Resolution.of(link, stored).hashCode());
        assertNotEquals(r, Resolution.of(item.id(), stored));
        assertNotEquals(r, stored);
        assertEquals("Resolution[" + link + " -> ITEM " + item.id() + " v1]", r.toString());
        StoredPassport batch = StoredPassport.of(TestPassports.BATCH, AT, HASH);
        assertFalse(Resolution.of(link, batch).isExact());
        assertTrue(Resolution.of(TestPassports.MODEL.id(), StoredPassport.of(TestPassports.MODEL, AT, HASH)).isExact());
        assertEquals("link", assertThrows(NullPointerException.class, () -> Resolution.of(null, stored)).getMessage());
    }

    @Test
    void storedVersion_valueSemanticsAndChecks() {
        ItemPassport item = TestPassports.item("V-1");
        StoredVersion v = StoredVersion.from(StoredPassport.of(item, AT, HASH));
        DigitalLink canonical = DigitalLink.parse("https://id.gs1.org/01/" + item.id().gtin() + "/21/V-1");
        assertTrue(item.id().lot().isPresent(), "the item's own identifier carries the lot");
        assertEquals(canonical, v.id());
        assertEquals(PassportLevel.ITEM, v.level());
        assertEquals(1, v.version());
        assertEquals(AT, v.storedAt());
        assertEquals(HASH, v.sha256());
        StoredVersion same = StoredVersion.of(canonical, PassportLevel.ITEM, 1, AT, HASH);
        assertEquals(v, same);
        assertEquals(v.hashCode(), same.hashCode());
        assertNotEquals(v, StoredVersion.of(canonical, PassportLevel.ITEM, 2, AT, HASH));
        assertNotEquals(v, StoredVersion.of(canonical, PassportLevel.ITEM, 1, AT, "b".repeat(64)));
        assertNotEquals(v, StoredVersion.of(canonical, PassportLevel.ITEM, 1, AT.plusSeconds(1), HASH));
        assertNotEquals(v, item);
        assertEquals("StoredVersion[ITEM " + canonical + " v1, storedAt=" + AT + ", sha256=" + HASH + "]",
                v.toString());
        assertThrows(IllegalArgumentException.class, () -> StoredVersion.of(
                canonical.withDomain("https://brand.example.com"), PassportLevel.ITEM, 1, AT, HASH));
        assertThrows(IllegalArgumentException.class, () -> StoredVersion.of(item.id(), PassportLevel.ITEM, 1, AT,
                HASH), "an item's identity has no lot");
        assertThrows(IllegalArgumentException.class, () -> StoredVersion.of(
                DigitalLink.parse("https://id.gs1.org/414/9506000134352"), PassportLevel.MODEL, 1, AT, HASH));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StoredVersion.of(
                canonical, PassportLevel.BATCH, 1, AT, HASH)).getMessage().contains("names the ITEM level"));
        assertThrows(IllegalArgumentException.class,
                () -> StoredVersion.of(canonical, PassportLevel.ITEM, 0, AT, HASH));
        assertThrows(IllegalArgumentException.class,
                () -> StoredVersion.of(canonical, PassportLevel.ITEM, 1, AT, "A".repeat(64)));
        assertEquals("sha256", assertThrows(NullPointerException.class,
                () -> StoredVersion.of(canonical, PassportLevel.ITEM, 1, AT, null)).getMessage());
        assertEquals("stored", assertThrows(NullPointerException.class,
                () -> StoredVersion.from(null)).getMessage());
    }

    @Test
    void summaries_checkTheirCounts() {
        assertEquals(5, new ImportSummary(3, 2).total());
        assertThrows(IllegalArgumentException.class, () -> new ImportSummary(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BackupSummary(3, 2, HASH));
        assertThrows(IllegalArgumentException.class, () -> new BackupSummary(0, 0, "x"));
        assertEquals(2, new BackupSummary(1, 2, HASH).versions());
    }

    @Test
    void exceptions_nameWhatIsWrong() {
        DigitalLink id = TestPassports.item("V-1").id();
        VersionConflictException content = new VersionConflictException(id, 3, 2,
                VersionConflictException.Reason.CONTENT, "backup entry versions/000000002.json");
        assertEquals("version conflict for " + id + ": version 2 differs from the stored version 2 (latest is 3)"
                + " (backup entry versions/000000002.json)", content.getMessage());
        VersionConflictException identity = new VersionConflictException(id, 1, 2,
                VersionConflictException.Reason.IDENTIFIER, "");
        assertEquals("version conflict for " + id + ": version 2 changes the identity of stored version 1",
                identity.getMessage());
        CorruptRecordException corrupt = new CorruptRecordException("x", 4, "bad", null);
        assertEquals("x", corrupt.id());
        assertEquals("stored passport x version 4 is damaged: bad", corrupt.getMessage());
        assertEquals("backup: empty", new BackupException("", "empty", null).getMessage());
        assertEquals("boom", new StoreException("boom").getMessage());
    }

    @Test
    void cursors_refuseForeignAndDamagedText() {
        String items = JdbcPassportStore.Cursors.encode("items", "SN-1");
        assertEquals(List.of("SN-1"), List.of(JdbcPassportStore.Cursors.decode(items, "items")));
        assertThrows(IllegalArgumentException.class, () -> JdbcPassportStore.Cursors.decode(items, "batches"));
        assertThrows(IllegalArgumentException.class, () -> JdbcPassportStore.Cursors.decode("%%%", "items"));
        assertThrows(IllegalArgumentException.class, () -> JdbcPassportStore.Cursors.instant("yesterday"));
        assertThrows(IllegalArgumentException.class, () -> JdbcPassportStore.Cursors.integer("two"));
    }

    @Test
    void dialect_onlyH2AndPostgres() {
        assertEquals(Dialect.H2, Dialect.of("H2"));
        assertEquals(Dialect.POSTGRESQL, Dialect.of("PostgreSQL"));
        StoreException e = assertThrows(StoreException.class, () -> Dialect.of("MySQL"));
        assertTrue(e.getMessage().contains("unsupported database 'MySQL'"), e.getMessage());
    }

    @Test
    void builder_checksOptions() {
        assertThrows(IllegalArgumentException.class, () -> PassportStores.builder().batchSize(0));
        assertEquals("clock", assertThrows(NullPointerException.class,
                () -> PassportStores.builder().clock(null)).getMessage());
        assertEquals("json", assertThrows(NullPointerException.class,
                () -> PassportStores.builder().json(null)).getMessage());
        assertEquals("directory", assertThrows(NullPointerException.class,
                () -> PassportStores.embedded(null)).getMessage());
        assertEquals("dataSource", assertThrows(NullPointerException.class,
                () -> PassportStores.jdbc(null)).getMessage());
    }
}
