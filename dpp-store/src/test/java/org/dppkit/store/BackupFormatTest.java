package org.dppkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dppkit.battery.json.PassportJson;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backups that are not what export writes: each refused with the entry named, nothing imported. */
class BackupFormatTest {

    private static int databases;
    private JdbcConnectionPool pool;
    private PassportStore store;
    private Map<String, byte[]> entries;

    @BeforeEach
    void open() throws IOException {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:backup-format-" + (++databases), "", "");
        store = PassportStores.jdbc(pool);
        JdbcConnectionPool source = JdbcConnectionPool.create("jdbc:h2:mem:backup-source-" + databases, "", "");
        try (PassportStore s = PassportStores.jdbc(source)) {
            s.put(TestPassports.MODEL);
            s.put(TestPassports.BATCH);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.export(out);
            entries = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } finally {
            source.dispose();
        }
    }

    @AfterEach
    void close() {
        store.close();
        pool.dispose();
    }

    private static byte[] zip(Map<String, byte[]> content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private BackupException refused(Map<String, byte[]> content) throws IOException {
        byte[] bytes = zip(content);
        BackupException e = assertThrows(BackupException.class,
                () -> store.importFrom(new ByteArrayInputStream(bytes)));
        assertEquals(0, store.countVersions(), "nothing imported");
        return e;
    }

    private String manifest() {
        return new String(entries.get(Backup.MANIFEST), StandardCharsets.UTF_8);
    }

    private Map<String, byte[]> withManifest(String manifest) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(Backup.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        return copy;
    }

    @Test
    void intact_imports() throws IOException {
        assertEquals(new ImportSummary(2, 0), store.importFrom(new ByteArrayInputStream(zip(entries))));
    }

    @Test
    void manifestNotFirst_refused() throws IOException {
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("versions/000000001.json", entries.get("versions/000000001.json"));
        reordered.putAll(entries);
        assertEquals("versions/000000001.json", refused(reordered).entry());
    }

    @Test
    void missingDocument_refused() throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.remove("versions/000000002.json");
        BackupException e = refused(copy);
        assertEquals("versions/000000002.json", e.entry());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void unlistedEntry_refused() throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        BackupException e = refused(copy);
        assertEquals("notes.txt", e.entry());
        assertTrue(e.getMessage().contains("not listed in the manifest"), e.getMessage());
    }

    @Test
    void documentOfAnotherPassport_refused() throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        byte[] other = PassportJson.standard().write(TestPassports.LMT_MODEL).getBytes(StandardCharsets.UTF_8);
        copy.put("versions/000000001.json", other);
        String m = manifest().replaceFirst("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"" + Hashes.sha256Hex(other)
                + "\"");
        copy.put(Backup.MANIFEST, m.getBytes(StandardCharsets.UTF_8));
        BackupException e = refused(copy);
        assertEquals("versions/000000001.json", e.entry());
        assertTrue(e.getMessage().contains("but the manifest lists"), e.getMessage());
    }

    @Test
    void documentThatIsNoPassport_refused() throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        byte[] junk = "{\"level\":\"ITEM\"}".getBytes(StandardCharsets.UTF_8);
        copy.put("versions/000000002.json", junk);
        String m = manifest().replaceFirst("(\"path\":\"versions/000000002.json\".*?\"sha256\":\")[0-9a-f]{64}",
                "$1" + Hashes.sha256Hex(junk));
        copy.put(Backup.MANIFEST, m.getBytes(StandardCharsets.UTF_8));
        BackupException e = refused(copy);
        assertEquals("versions/000000002.json", e.entry());
        assertTrue(e.getMessage().contains("not a valid passport document"), e.getMessage());
    }

    @Test
    void badManifests_refusedWithThePointer() throws IOException {
        String m = manifest();
        assertTrue(refused(withManifest("[]")).getMessage().contains("at the top"));
        assertTrue(refused(withManifest("{")).getMessage().contains("not valid JSON"));
        assertTrue(refused(withManifest(m.replace("dppkit-passport-store-backup", "other")))
                .getMessage().contains("/format"));
        assertTrue(refused(withManifest(m.replace("\"formatVersion\":1", "\"formatVersion\":2")))
                .getMessage().contains("newer dppkit"));
        assertTrue(refused(withManifest(m.replace("\"formatVersion\":1", "\"formatVersion\":1,\"x\":0")))
                .getMessage().contains("/x"));
        assertTrue(refused(withManifest(m.replace("\"version\":1,", "\"version\":1,\"extra\":true,")))
                .getMessage().contains("/versions/0/extra"));
        assertTrue(refused(withManifest(m.replace("versions/000000002.json\"", "versions/000000009.json\"")))
                .getMessage().contains("/versions/1/path"));
        assertTrue(refused(withManifest(m.replaceFirst("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"XYZ\"")))
                .getMessage().contains("/versions/0/sha256"));
        assertTrue(refused(withManifest(m.replaceFirst(",\"sha256\":\"[0-9a-f]{64}\"", "")))
                .getMessage().contains("expected the properties path, id, version and sha256"));
        assertTrue(refused(withManifest("{\"format\":\"dppkit-passport-store-backup\"}"))
                .getMessage().contains("expected the properties format, formatVersion and versions"));
        assertTrue(refused(withManifest(m.replace("\"versions\":[", "\"versions\":[1,")))
                .getMessage().contains("/versions/0"));
        assertTrue(refused(withManifest(m.replace("\"version\":1,", "\"version\":\"1\",")))
                .getMessage().contains("/versions/0/version"));
    }
}
