package org.dppkit.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportException;

/**
 * The backup format and its two directions.
 *
 * <p>A backup is a ZIP: first {@code manifest.json}
 * <pre>{@code
 * {"format": "dppkit-passport-store-backup", "formatVersion": 1,
 *  "versions": [{"path": "versions/000000001.json", "id": "01/09506000134352",
 *                "version": 1, "sha256": "..."}, ...]}
 * }</pre>
 * then one entry per version, in manifest order (identity key, then version), each the version's
 * PassportJson document (ISSUER audience, UTF-8). Entry times are fixed, so equal stores give
 * byte-identical backups.
 *
 * <p>Export reads the store twice in one repeatable-read transaction (a snapshot): first the
 * keys and recorded hashes for the manifest, then the documents, each decoded and checked; memory
 * does not grow with the store. Import holds the manifest (about 150 bytes per version) and
 * streams the documents into one transaction.
 */
final class Backup {

    static final String MANIFEST = "manifest.json";
    static final String FORMAT = "dppkit-passport-store-backup";
    static final int FORMAT_VERSION = 1;
    /** Largest document accepted from a backup: PassportJson's default document limit. */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Largest manifest accepted: 1 GiB, about seven million versions. */
    static final long MAX_MANIFEST_BYTES = 1L << 30;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private final JdbcPassportStore store;

    Backup(JdbcPassportStore store) {
        this.store = store;
    }

    static String path(long n) {
        return String.format(Locale.ROOT, "versions/%09d.json", n);
    }

    // ------------------------------------------------------------------------------ export

    BackupSummary export(OutputStream out) {
        try (Connection c = store.dataSource.getConnection()) {
            c.setAutoCommit(false);
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                BackupSummary summary = export(c, out);
                c.commit();
                return summary;
            } catch (SQLException | IOException | RuntimeException e) {
                JdbcPassportStore.rollback(c, e);
                throw e;
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export the passport store: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot write the backup: " + e.getMessage(), e);
        }
    }

    private BackupSummary export(Connection c, OutputStream out) throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        zip.putNextEntry(entry(MANIFEST));
        MessageDigest manifestDigest = Hashes.sha256();
        long versions = 0;
        long passports = 0;
        try (JsonGenerator g = JSON.createGenerator(new DigestOutputStream(zip, manifestDigest))) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeArrayFieldStart("versions");
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id_key, version, sha256 FROM dpp_passport_version ORDER BY id_key, version")) {
                ps.setFetchSize(JdbcPassportStore.FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        versions++;
                        int version = rs.getInt(2);
                        if (version == 1) {
                            passports++;
                        }
                        g.writeStartObject();
                        g.writeStringField("path", path(versions));
                        g.writeStringField("id", rs.getString(1));
                        g.writeNumberField("version", version);
                        g.writeStringField("sha256", rs.getString(3).trim());
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        zip.closeEntry();
        long written = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id_key, version, lot, stored_at, sha256, document FROM dpp_passport_version"
                        + " ORDER BY id_key, version")) {
            ps.setFetchSize(JdbcPassportStore.FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JdbcPassportStore.Stored s = new JdbcPassportStore.Stored(rs);
                    StoredPassport p = store.decode(s);
                    String text = store.json.write(p.passport());
                    if (!Hashes.sha256Hex(text).equals(p.sha256())) {
                        throw new CorruptRecordException(Identity.describe(s.key), s.version,
                                "its passport does not write back to the stored document", null);
                    }
                    written++;
                    zip.putNextEntry(entry(path(written)));
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        if (written != versions) {
            throw new StoreException("the store changed during the export: " + versions + " versions listed, "
                    + written + " read");
        }
        zip.finish();
        zip.flush();
        return new BackupSummary(passports, versions, Hashes.hex(manifestDigest.digest()));
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        return e;
    }

    // ------------------------------------------------------------------------------ import

    /** One line of the manifest. */
    private static final class Listed {
        final String path;
        final String key;
        final int version;
        final String sha256;

        Listed(String path, String key, int version, String sha256) {
            this.path = path;
            this.key = key;
            this.version = version;
            this.sha256 = sha256;
        }
    }

    ImportSummary importFrom(InputStream in) {
        ZipInputStream zip = new ZipInputStream(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream stays open
            }
        });
        List<Listed> manifest;
        try {
            ZipEntry first = zip.getNextEntry();
            if (first == null) {
                throw new BackupException("", "not a ZIP archive, or an empty one", null);
            }
            if (!first.getName().equals(MANIFEST)) {
                throw new BackupException(first.getName(), "expected " + MANIFEST + " as the first entry", null);
            }
            manifest = readManifest(zip);
        } catch (IOException e) {
            throw new BackupException(MANIFEST, "cannot read: " + e.getMessage(), e);
        }
        try (Connection c = store.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ImportSummary summary = importAll(c, zip, manifest);
                c.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                JdbcPassportStore.rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot import the backup: " + e.getMessage(), e);
        }
    }

    private ImportSummary importAll(Connection c, ZipInputStream zip, List<Listed> manifest) throws SQLException {
        long imported = 0;
        long skipped = 0;
        for (Listed listed : manifest) {
            byte[] bytes;
            try {
                ZipEntry e = zip.getNextEntry();
                if (e == null) {
                    throw new BackupException(listed.path, "listed in the manifest but missing", null);
                }
                if (!e.getName().equals(listed.path)) {
                    throw new BackupException(e.getName(), "expected " + listed.path
                            + " at this position, as the manifest lists", null);
                }
                bytes = readEntry(zip, listed.path);
            } catch (IOException e) {
                throw new BackupException(listed.path, "damaged: " + e.getMessage(), e);
            }
            String hash = Hashes.sha256Hex(bytes);
            if (!hash.equals(listed.sha256)) {
                throw new BackupException(listed.path, "SHA-256 " + hash + " differs from the manifest's "
                        + listed.sha256 + ": the document was changed after export", null);
            }
            BatteryPassport passport;
            try {
                passport = store.json.read(new String(bytes, StandardCharsets.UTF_8));
            } catch (PassportException e) {
                throw new BackupException(listed.path, "not a valid passport document: " + e.getMessage(), e);
            }
            Identity identity = Identity.of(passport);
            if (!identity.key.equals(listed.key) || passport.version() != listed.version) {
                throw new BackupException(listed.path, "holds " + identity.key + " version " + passport.version()
                        + " but the manifest lists " + listed.key + " version " + listed.version, null);
            }
            JdbcPassportStore.Row row = store.row(passport);
            String stored = storedHash(c, identity.key, passport.version());
            if (stored == null) {
                store.insert(c, row, true);
                imported++;
            } else if (stored.equals(row.sha256)) {
                skipped++;
            } else {
                throw new VersionConflictException(passport.id(), latest(c, identity.key), passport.version(),
                        VersionConflictException.Reason.CONTENT, "backup entry " + listed.path);
            }
        }
        try {
            ZipEntry extra = zip.getNextEntry();
            if (extra != null) {
                throw new BackupException(extra.getName(), "not listed in the manifest", null);
            }
        } catch (IOException e) {
            throw new BackupException("", "damaged after the last document: " + e.getMessage(), e);
        }
        return new ImportSummary(imported, skipped);
    }

    private static String storedHash(Connection c, String key, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256 FROM dpp_passport_version WHERE id_key = ? AND version = ?")) {
            ps.setString(1, key);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).trim() : null;
            }
        }
    }

    private static int latest(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(version) FROM dpp_passport_version WHERE id_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static byte[] readEntry(InputStream in, String path) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        byte[] b = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(b)) > 0;) {
            total += n;
            if (total > MAX_DOCUMENT_BYTES) {
                throw new BackupException(path, "longer than " + MAX_DOCUMENT_BYTES + " bytes", null);
            }
            buf.write(b, 0, n);
        }
        return buf.toByteArray();
    }

    private static List<Listed> readManifest(InputStream in) throws IOException {
        List<Listed> out = new ArrayList<>();
        InputStream bounded = new FilterInputStream(in) {
            private long left = MAX_MANIFEST_BYTES;

            @Override
            public int read() throws IOException {
                check(1);
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                check(len);
                int n = super.read(b, off, (int) Math.min(len, Math.max(left, 1)));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            private void check(int len) {
                if (left <= 0 && len > 0) {
                    throw new BackupException(MANIFEST, "longer than " + MAX_MANIFEST_BYTES + " bytes", null);
                }
            }
        };
        try (JsonParser p = JSON.createParser(bounded)) {
            expect(p, JsonToken.START_OBJECT, "");
            boolean format = false;
            boolean versions = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                switch (name) {
                    case "format":
                        expect(p, JsonToken.VALUE_STRING, "/format");
                        if (!p.getText().equals(FORMAT)) {
                            throw bad("/format", "expected \"" + FORMAT + "\" but was \"" + p.getText() + "\"");
                        }
                        format = true;
                        break;
                    case "formatVersion":
                        expect(p, JsonToken.VALUE_NUMBER_INT, "/formatVersion");
                        if (p.getIntValue() != FORMAT_VERSION) {
                            throw bad("/formatVersion", "expected " + FORMAT_VERSION + " but was " + p.getText()
                                    + ": written by a newer dppkit");
                        }
                        break;
                    case "versions":
                        expect(p, JsonToken.START_ARRAY, "/versions");
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            out.add(readListed(p, out.size()));
                        }
                        if (p.currentToken() != JsonToken.END_ARRAY) {
                            throw bad("/versions/" + out.size(), "expected an object");
                        }
                        versions = true;
                        break;
                    default:
                        throw bad("/" + name, "unknown property");
                }
            }
            if (!format || !versions) {
                throw bad("", "expected the properties format, formatVersion and versions");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BackupException(MANIFEST, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        return out;
    }

    private static Listed readListed(JsonParser p, int index) throws IOException {
        String at = "/versions/" + index;
        String path = null;
        String id = null;
        Integer version = null;
        String sha = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            switch (name) {
                case "path":
                    expect(p, JsonToken.VALUE_STRING, at + "/path");
                    path = p.getText();
                    break;
                case "id":
                    expect(p, JsonToken.VALUE_STRING, at + "/id");
                    id = p.getText();
                    break;
                case "version":
                    expect(p, JsonToken.VALUE_NUMBER_INT, at + "/version");
                    version = p.getIntValue();
                    break;
                case "sha256":
                    expect(p, JsonToken.VALUE_STRING, at + "/sha256");
                    sha = p.getText();
                    try {
                        Hashes.checkHex(sha, "sha256");
                    } catch (IllegalArgumentException e) {
                        throw bad(at + "/sha256", e.getMessage());
                    }
                    break;
                default:
                    throw bad(at + "/" + name, "unknown property");
            }
        }
        if (path == null || id == null || version == null || sha == null) {
            throw bad(at, "expected the properties path, id, version and sha256");
        }
        if (!path.equals(path(index + 1L))) {
            throw bad(at + "/path", "expected " + path(index + 1L) + " but was " + path);
        }
        return new Listed(path, id, version, sha);
    }

    private static void expect(JsonParser p, JsonToken token, String pointer) throws IOException {
        JsonToken t = p.nextToken();
        if (t != token) {
            throw bad(pointer, "expected " + token + " but found " + t);
        }
    }

    private static BackupException bad(String pointer, String problem) {
        return new BackupException(MANIFEST, problem + " at " + (pointer.isEmpty() ? "the top" : pointer), null);
    }
}
