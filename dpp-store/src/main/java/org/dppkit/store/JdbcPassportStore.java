package org.dppkit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The JDBC passport store: one table of versions, one row per version, appended and never
 * updated.
 *
 * <p>Exactly-one-wins: the primary key {@code (id_key, version)} lets one writer of a version in;
 * version {@code n > 1} is inserted by {@code INSERT ... SELECT} from the stored version
 * {@code n - 1} with the same category, level and lot, so a gap or a changed category inserts
 * nothing. Each call is one transaction (a batch of {@link #putAll} is one transaction).
 */
final class JdbcPassportStore implements PassportStore {

    private static final String COLUMNS =
            "id_key, version, level, category, gtin, lot, serial, stored_at, sha256, document";
    private static final String READ_COLUMNS = "id_key, version, lot, stored_at, sha256, document";
    private static final String TABLE = "dpp_passport_version";
    /** SQLState of a unique-key violation (both H2 and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Rows fetched per round trip by streaming reads. */
    static final int FETCH_SIZE = 500;

    final DataSource dataSource;
    final Dialect dialect;
    final PassportJson json;
    private final AutoCloseable owned;
    private final Clock clock;
    private final int batchSize;
    private final String insertFirst;
    private final String insertNext;
    /** Kept connections for {@link #resolveVersion} on the embedded database, else null. */
    private final HeadReaders headReaders;
    private volatile boolean closed;

    private JdbcPassportStore(DataSource dataSource, Dialect dialect, AutoCloseable owned,
            PassportStores.Builder options) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.owned = owned;
        this.clock = options.clock;
        this.batchSize = options.batchSize;
        this.json = options.json;
        this.headReaders = owned != null && dialect == Dialect.H2 ? new HeadReaders(dataSource) : null;
        this.insertFirst = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + dialect.documentParameter + ")";
        this.insertNext = "INSERT INTO " + TABLE + " (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + dialect.documentParameter + " FROM " + TABLE + " p WHERE p.id_key = ? AND p.version = ?"
                + " AND p.category = ? AND p.level = ? AND p.lot IS NOT DISTINCT FROM CAST(? AS VARCHAR(20))";
    }

    /** Opens the embedded H2 store in a directory. */
    static PassportStore openEmbedded(Path directory, PassportStores.Builder options) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(PassportStores.EMBEDDED_DATABASE_NAME)
                + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "", "");
        try {
            return open(pool, pool::dispose, options);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Opens a store over a data source, creating or upgrading its schema. */
    static PassportStore open(DataSource dataSource, AutoCloseable owned, PassportStores.Builder options) {
        try (Connection c = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(c.getMetaData().getDatabaseProductName());
            try {
                Schema.migrate(c, dialect, options.clock.instant());
            } catch (SQLException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                // Another process recorded the same migration first (H2 has no advisory lock):
                // the schema is there now; check again.
                Schema.migrate(c, dialect, options.clock.instant());
            }
            return new JdbcPassportStore(dataSource, dialect, owned, options);
        } catch (SQLException e) {
            throw new StoreException("cannot open the passport store: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------ writing

    /** A version ready to insert. */
    static final class Row {
        final BatteryPassport passport;
        final Identity identity;
        final String document;
        final String sha256;
        final Instant storedAt;

        Row(BatteryPassport passport, Identity identity, String document, String sha256, Instant storedAt) {
            this.passport = passport;
            this.identity = identity;
            this.document = document;
            this.sha256 = sha256;
            this.storedAt = storedAt;
        }

        int version() {
            return passport.version();
        }
    }

    /** Serialises a version for insertion, stamped with the store clock. */
    Row row(BatteryPassport passport) {
        return row(passport, json.write(passport));
    }

    /** Makes a row of a version and its document. */
    Row row(BatteryPassport passport, String document) {
        Identity identity = Identity.of(passport);
        return new Row(passport, identity, document, Hashes.sha256Hex(document), now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public StoredPassport put(BatteryPassport passport) {
        Objects.requireNonNull(passport, "passport");
        checkOpen();
        Row row = row(passport);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                insert(c, row, false);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store " + passport.id() + " version " + passport.version() + ": "
                    + e.getMessage(), e);
        }
        return StoredPassport.of(passport, row.storedAt, row.sha256);
    }

    @Override
    public long putAll(Iterable<? extends BatteryPassport> passports) {
        Objects.requireNonNull(passports, "passports");
        checkOpen();
        // The caller's thread reads the input and writes the JSON of the next batch while a
        // second thread has the database store the previous one: one batch in flight at a time,
        // in input order.
        ExecutorService writer = null;
        Future<?> inFlight = null;
        long stored = 0;
        long index = 0;
        try {
            List<Row> chunk = new ArrayList<>(Math.min(batchSize, 10_000));
            for (BatteryPassport p : passports) {
                if (p == null) {
                    throw new NullPointerException("passports[" + index + "]");
                }
                index++;
                chunk.add(row(p));
                if (chunk.size() == batchSize) {
                    if (inFlight != null) {
                        await(inFlight);
                        stored += batchSize;
                    } else {
                        writer = Executors.newSingleThreadExecutor(WRITER_THREADS);
                    }
                    List<Row> full = chunk;
                    inFlight = writer.submit(() -> writeChunk(full));
                    chunk = new ArrayList<>(full.size());
                }
            }
            if (inFlight != null) {
                await(inFlight);
                stored += batchSize;
                inFlight = null;
            }
            if (!chunk.isEmpty()) {
                writeChunk(chunk);
                stored += chunk.size();
            }
            return stored;
        } finally {
            if (writer != null) {
                if (inFlight != null) {
                    // The input failed while a batch was being written: let that batch finish
                    // (it is whole either way) before the caller sees the failure.
                    try {
                        inFlight.get();
                    } catch (ExecutionException | InterruptedException | RuntimeException e) {
                        // the input's failure is the one reported
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                writer.shutdown();
            }
        }
    }

    /** Names the background threads of {@link #putAll}. */
    private static final ThreadFactory WRITER_THREADS = r -> {
        Thread t = new Thread(r, "dppkit-store-writer");
        t.setDaemon(true);
        return t;
    };

    /** Waits for a batch, rethrowing its failure as it was thrown. */
    private static void await(Future<?> batch) {
        try {
            batch.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new StoreException("cannot store a batch: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while a batch was being stored", e);
        }
    }

    /** Writes one chunk in one transaction; on a conflict, replays it to name the version. */
    void writeChunk(List<Row> chunk) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (insertBatch(c, chunk)) {
                    c.commit();
                    return;
                }
                c.rollback();
                for (Row r : chunk) {
                    insert(c, r, true);
                }
                // The conflict went away (a concurrent writer rolled back): the chunk is whole.
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            Row first = chunk.get(0);
            throw new StoreException("cannot store the batch starting with " + first.passport.id() + " version "
                    + first.version() + ": " + e.getMessage(), e);
        }
    }

    /** Inserts a chunk with JDBC batches; false if some version did not go in. */
    private boolean insertBatch(Connection c, List<Row> chunk) throws SQLException {
        try (PreparedStatement first = c.prepareStatement(insertFirst);
                PreparedStatement next = c.prepareStatement(insertNext)) {
            int firsts = 0;
            int nexts = 0;
            for (Row r : chunk) {
                if (r.version() == 1) {
                    bindRow(first, r);
                    first.addBatch();
                    firsts++;
                } else {
                    bindNext(next, r);
                    next.addBatch();
                    nexts++;
                }
            }
            try {
                if (firsts > 0) {
                    first.executeBatch();
                }
                if (nexts > 0) {
                    for (int n : next.executeBatch()) {
                        if (n == 0) {
                            return false;
                        }
                    }
                }
            } catch (BatchUpdateException e) {
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
            return true;
        }
    }

    /**
     * Inserts one version in the connection's transaction, or throws the conflict. With a
     * savepoint, a failure rolls back to it (the transaction's earlier inserts stay); without,
     * the whole transaction is rolled back.
     */
    void insert(Connection c, Row row, boolean savepoint) throws SQLException {
        Savepoint sp = savepoint ? c.setSavepoint() : null;
        boolean inserted;
        try {
            if (row.version() == 1) {
                try (PreparedStatement ps = c.prepareStatement(insertFirst)) {
                    bindRow(ps, row);
                    inserted = ps.executeUpdate() == 1;
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(insertNext)) {
                    bindNext(ps, row);
                    inserted = ps.executeUpdate() == 1;
                }
            }
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            inserted = false;
        }
        if (inserted) {
            if (sp != null) {
                c.releaseSavepoint(sp);
            }
            return;
        }
        if (sp != null) {
            c.rollback(sp);
        } else {
            c.rollback();
        }
        throw diagnose(c, row);
    }

    private void bindRow(PreparedStatement ps, Row r) throws SQLException {
        Identity id = r.identity;
        ps.setString(1, id.key);
        ps.setInt(2, r.version());
        ps.setString(3, id.level.name());
        ps.setString(4, r.passport.category().name());
        ps.setString(5, id.gtin);
        ps.setString(6, id.lot);
        ps.setString(7, id.serial);
        ps.setObject(8, OffsetDateTime.ofInstant(r.storedAt, ZoneOffset.UTC));
        ps.setString(9, r.sha256);
        ps.setString(10, r.document);
    }

    private void bindNext(PreparedStatement ps, Row r) throws SQLException {
        bindRow(ps, r);
        ps.setString(11, r.identity.key);
        ps.setInt(12, r.version() - 1);
        ps.setString(13, r.passport.category().name());
        ps.setString(14, r.identity.level.name());
        ps.setString(15, r.identity.lot);
    }

    /** Explains why a version did not go in, from the stored latest version. */
    VersionConflictException diagnose(Connection c, Row row) throws SQLException {
        DigitalLink id = row.passport.id();
        int offered = row.version();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, category, lot FROM " + TABLE
                + " WHERE id_key = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, row.identity.key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new VersionConflictException(id, 0, offered,
                            offered == 1 ? VersionConflictException.Reason.STALE : VersionConflictException.Reason.GAP,
                            "");
                }
                int stored = rs.getInt(1);
                String category = rs.getString(2);
                String lot = rs.getString(3);
                if (!category.equals(row.passport.category().name())) {
                    return new VersionConflictException(id, stored, offered, VersionConflictException.Reason.CATEGORY,
                            "stored " + category + ", offered " + row.passport.category().name());
                }
                if (!Objects.equals(lot, row.identity.lot)) {
                    return new VersionConflictException(id, stored, offered,
                            VersionConflictException.Reason.IDENTIFIER,
                            "stored lot " + lot + ", offered lot " + row.identity.lot);
                }
                return new VersionConflictException(id, stored, offered,
                        stored >= offered ? VersionConflictException.Reason.STALE : VersionConflictException.Reason.GAP,
                        "");
            }
        }
    }

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
                return true;
            }
            if (x.getCause() instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) x.getCause())
                    .getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    // ------------------------------------------------------------------------------ reading

    /** A stored version as read from the table, not yet decoded. */
    static final class Stored {
        final String key;
        final int version;
        final String lot;
        final Instant storedAt;
        final String sha256;
        final String document;

        Stored(ResultSet rs) throws SQLException {
            this.key = rs.getString(1);
            this.version = rs.getInt(2);
            this.lot = rs.getString(3);
            this.storedAt = rs.getObject(4, OffsetDateTime.class).toInstant();
            this.sha256 = rs.getString(5);
            this.document = rs.getString(6);
        }
    }

    /** Reads a stored document back strictly and checks that it is the version stored. */
    StoredPassport decode(Stored s) {
        BatteryPassport p;
        try {
            p = json.read(s.document);
        } catch (PassportException | UncheckedIOException e) {
            throw new CorruptRecordException(Identity.describe(s.key), s.version,
                    "its JSON document does not read back: " + e.getMessage(), e);
        }
        Identity identity;
        try {
            identity = Identity.of(p);
        } catch (IllegalArgumentException e) {
            throw new CorruptRecordException(Identity.describe(s.key), s.version, e.getMessage(), e);
        }
        if (!identity.key.equals(s.key) || p.version() != s.version) {
            throw new CorruptRecordException(Identity.describe(s.key), s.version,
                    "its JSON document holds " + p.id() + " version " + p.version(), null);
        }
        String text = dialect.keepsText ? s.document : json.write(p);
        String hash = Hashes.sha256Hex(text);
        if (!hash.equals(s.sha256.trim())) {
            throw new CorruptRecordException(Identity.describe(s.key), s.version,
                    "its JSON document has SHA-256 " + hash + " but " + s.sha256.trim()
                            + " was recorded when it was stored: the document was changed", null);
        }
        return StoredPassport.of(p, s.storedAt, hash);
    }

    private Stored latestRow(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + READ_COLUMNS + " FROM " + TABLE
                + " WHERE id_key = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Stored(rs) : null;
            }
        }
    }

    /** True if a stored item row matches a link's lot (any lot when the link carries none). */
    private static boolean lotMatches(Identity wanted, Stored s) {
        return wanted.level != PassportLevel.ITEM || wanted.lot == null || wanted.lot.equals(s.lot);
    }

    /** The identity a passport identifier names; a link that is not an identifier fails. */
    private static Identity identityOf(DigitalLink id) {
        Objects.requireNonNull(id, "id");
        return Identity.ofLink(id).orElseThrow(() -> new IllegalArgumentException(
                "id: expected a GTIN-based Digital Link but was " + id));
    }

    @Override
    public Optional<BatteryPassport> latest(DigitalLink id) {
        Identity wanted = identityOf(id);
        checkOpen();
        try (Connection c = dataSource.getConnection()) {
            Stored s = latestRow(c, wanted.key);
            return s != null && lotMatches(wanted, s) ? Optional.of(decode(s).passport()) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<BatteryPassport> version(DigitalLink id, int version) {
        Identity wanted = identityOf(id);
        if (version < 1) {
            throw new IllegalArgumentException("version: expected at least 1 but was " + version);
        }
        checkOpen();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + READ_COLUMNS + " FROM " + TABLE
                        + " WHERE id_key = ? AND version = ?")) {
            ps.setString(1, wanted.key);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Stored s = new Stored(rs);
                return lotMatches(wanted, s) ? Optional.of(decode(s).passport()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + id + " version " + version + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<BatteryPassport> history(DigitalLink id) {
        List<StoredPassport> stored = storedHistory(id);
        List<BatteryPassport> out = new ArrayList<>(stored.size());
        for (StoredPassport s : stored) {
            out.add(s.passport());
        }
        return List.copyOf(out);
    }

    @Override
    public List<StoredPassport> storedHistory(DigitalLink id) {
        Identity wanted = identityOf(id);
        checkOpen();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + READ_COLUMNS + " FROM " + TABLE
                        + " WHERE id_key = ? ORDER BY version")) {
            ps.setString(1, wanted.key);
            List<StoredPassport> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Stored s = new Stored(rs);
                    if (!lotMatches(wanted, s)) {
                        return List.of();
                    }
                    out.add(decode(s));
                }
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Resolution> resolve(DigitalLink link) {
        Objects.requireNonNull(link, "link");
        checkOpen();
        Optional<Identity> named = Identity.ofLink(link);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Identity wanted = named.get();
        try (Connection c = dataSource.getConnection()) {
            Optional<Stored> found = walkUp(wanted, (level, key) -> {
                Stored s = latestRow(c, key);
                return s != null && (level != PassportLevel.ITEM || lotMatches(wanted, s)) ? s : null;
            });
            return found.map(s -> Resolution.of(link, decode(s)));
        } catch (SQLException e) {
            throw new StoreException("cannot resolve " + link + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredVersion> resolveVersion(DigitalLink link) {
        Objects.requireNonNull(link, "link");
        checkOpen();
        Optional<Identity> named = Identity.ofLink(link);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Identity wanted = named.get();
        HeadReaders.Reader reader = headReaders == null ? null : headReaders.borrow();
        if (reader != null) {
            Optional<StoredVersion> v;
            try {
                v = resolveVersion(reader.statement, link, wanted);
            } catch (SQLException e) {
                StoreException failure = new StoreException("cannot resolve " + link + ": "
                        + e.getMessage(), e);
                headReaders.discard(reader, failure);
                throw failure;
            } catch (RuntimeException e) {
                headReaders.discard(reader, e);
                throw e;
            }
            headReaders.giveBack(reader);
            return v;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(LATEST_HEAD)) {
            return resolveVersion(ps, link, wanted);
        } catch (SQLException e) {
            throw new StoreException("cannot resolve " + link + ": " + e.getMessage(), e);
        }
    }

    /** The walk-up of {@link #resolveVersion(DigitalLink)} with a prepared {@link #LATEST_HEAD}. */
    private static Optional<StoredVersion> resolveVersion(PreparedStatement ps, DigitalLink link,
            Identity wanted) throws SQLException {
        return walkUp(wanted, (level, key) -> {
            switch (level) {
                case ITEM:
                    return latestHead(ps, key, level, DigitalLink.builder(link.gtin()).serial(wanted.serial),
                            wanted.lot);
                case BATCH:
                    return latestHead(ps, key, level, DigitalLink.builder(link.gtin()).lot(wanted.lot), null);
                default:
                    return latestHead(ps, key, level, DigitalLink.builder(link.gtin()), null);
            }
        });
    }

    /** One step of {@link #walkUp}: the latest record under a key of a level, or null. */
    @FunctionalInterface
    private interface WalkStep<T> {
        T at(PassportLevel level, String key) throws SQLException;
    }

    /**
     * The walk-up shared by {@link #resolve} and {@link #resolveVersion}: the item when the link
     * names a serial, else the batch when it names a lot, else the model; the first step that
     * finds a record answers.
     */
    private static <T> Optional<T> walkUp(Identity wanted, WalkStep<T> step) throws SQLException {
        if (wanted.level == PassportLevel.ITEM) {
            T found = step.at(PassportLevel.ITEM, wanted.key);
            if (found != null) {
                return Optional.of(found);
            }
        }
        if (wanted.lot != null) {
            T found = step.at(PassportLevel.BATCH, Identity.batch(wanted.gtin, wanted.lot).key);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.ofNullable(step.at(PassportLevel.MODEL, Identity.model(wanted.gtin).key));
    }

    /**
     * A few connections of the embedded database kept with {@link #LATEST_HEAD} prepared, for
     * {@link #resolveVersion}: H2's pool rolls a connection back whenever it hands it out, and
     * a rollback clears the session's parsed statements, so through the pool every call would
     * parse its query again (most of its cost). A kept connection runs in auto-commit, each query
     * its own transaction, so it sees every committed version. When all are busy, callers take
     * the ordinary path through the pool; nothing waits.
     */
    static final class HeadReaders {
        /** Connections kept: a small share of H2's pool (10 connections by default). */
        static final int MAX = 3;

        /** A kept connection and its prepared statement. */
        static final class Reader {
            final Connection connection;
            final PreparedStatement statement;

            Reader(Connection connection, PreparedStatement statement) {
                this.connection = connection;
                this.statement = statement;
            }

            /** Closes statement and connection (back to the pool); throws what failed. */
            void close() throws SQLException {
                try {
                    if (statement != null) {
                        statement.close();
                    }
                } finally {
                    connection.close();
                }
            }
        }

        private final DataSource dataSource;
        private final java.util.concurrent.ArrayBlockingQueue<Reader> idle =
                new java.util.concurrent.ArrayBlockingQueue<>(MAX);
        private int open;
        private boolean closed;

        HeadReaders(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** An idle reader, a new one while fewer than {@link #MAX} are open, else null. */
        Reader borrow() {
            Reader r = idle.poll();
            if (r != null) {
                return r;
            }
            synchronized (this) {
                if (closed || open >= MAX) {
                    return null;
                }
                open++;
            }
            Connection c = null;
            try {
                c = dataSource.getConnection();
                return new Reader(c, c.prepareStatement(LATEST_HEAD));
            } catch (SQLException e) {
                synchronized (this) {
                    open--;
                }
                if (c != null) {
                    try {
                        c.close();
                    } catch (SQLException closing) {
                        e.addSuppressed(closing);
                    }
                }
                throw new StoreException("cannot open a connection to resolve: " + e.getMessage(), e);
            }
        }

        /** Returns a reader for reuse, or closes it once the store is closed. */
        void giveBack(Reader r) {
            synchronized (this) {
                if (!closed && idle.offer(r)) {
                    return;
                }
                open--;
            }
            try {
                r.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close a connection: " + e.getMessage(), e);
            }
        }

        /** Closes a reader after a failure, adding a failure to close to the first one. */
        void discard(Reader r, Throwable failure) {
            synchronized (this) {
                open--;
            }
            try {
                r.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }

        /** Closes the idle readers; busy ones close when given back. */
        void close() {
            synchronized (this) {
                closed = true;
            }
            StoreException failure = null;
            for (Reader r; (r = idle.poll()) != null; ) {
                synchronized (this) {
                    open--;
                }
                try {
                    r.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = new StoreException("cannot close a connection: " + e.getMessage(), e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** The number of readers open (for tests). */
        synchronized int open() {
            return open;
        }
    }

    /** The number of kept reader connections open, -1 without any (for tests). */
    int headReadersOpen() {
        return headReaders == null ? -1 : headReaders.open();
    }

    private static final String LATEST_HEAD = "SELECT version, lot, stored_at, sha256 FROM " + TABLE
            + " WHERE id_key = ? ORDER BY version DESC LIMIT 1";

    /**
     * The latest version of a key without its document, or null; for an item link with a lot,
     * null also when the stored item's lot differs.
     */
    private static StoredVersion latestHead(PreparedStatement ps, String key, PassportLevel level,
            DigitalLink.Builder id, String itemLot) throws SQLException {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            int version = rs.getInt(1);
            String lot = rs.getString(2);
            if (itemLot != null && !itemLot.equals(lot)) {
                return null;
            }
            Instant storedAt = rs.getObject(3, OffsetDateTime.class).toInstant();
            String sha256 = rs.getString(4).trim();
            try {
                return StoredVersion.ofIdentity(id.build(), level, version, storedAt, sha256);
            } catch (IllegalArgumentException e) {
                throw new CorruptRecordException(Identity.describe(key), version,
                        "its recorded hash is damaged: " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------------------ queries

    private static final String LATEST_ONLY =
            " AND v.version = (SELECT MAX(w.version) FROM " + TABLE + " w WHERE w.id_key = v.id_key)";

    @Override
    public Page<ItemPassport> itemsOfBatch(DigitalLink batch, PageRequest request) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(request, "request");
        if (!batch.hasGtin() || batch.lot().isEmpty()) {
            throw new IllegalArgumentException("batch: expected a Digital Link with a GTIN and a lot but was " + batch);
        }
        String after = request.cursor().map(cur -> Cursors.decode(cur, "items")[0]).orElse("");
        String sql = "SELECT v.id_key, v.version, v.lot, v.stored_at, v.sha256, v.document, v.serial FROM " + TABLE
                + " v WHERE v.gtin = ? AND v.level = 'ITEM' AND v.lot = ? AND v.serial > ?" + LATEST_ONLY
                + " ORDER BY v.serial LIMIT ?";
        return page(sql, request, ps -> {
            ps.setString(1, batch.gtin().toString());
            ps.setString(2, batch.lot().get());
            ps.setString(3, after);
            ps.setInt(4, request.size() + 1);
        }, (s, rs) -> Cursors.encode("items", rs.getString(7)), s -> (ItemPassport) s.passport(),
                "the items of " + batch);
    }

    @Override
    public Page<BatchPassport> batchesOfModel(DigitalLink model, PageRequest request) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(request, "request");
        if (!model.hasGtin()) {
            throw new IllegalArgumentException("model: expected a Digital Link with a GTIN but was " + model);
        }
        String after = request.cursor().map(cur -> Cursors.decode(cur, "batches")[0]).orElse("");
        String sql = "SELECT v.id_key, v.version, v.lot, v.stored_at, v.sha256, v.document FROM " + TABLE
                + " v WHERE v.gtin = ? AND v.level = 'BATCH' AND v.lot > ?" + LATEST_ONLY
                + " ORDER BY v.lot LIMIT ?";
        return page(sql, request, ps -> {
            ps.setString(1, model.gtin().toString());
            ps.setString(2, after);
            ps.setInt(3, request.size() + 1);
        }, (s, rs) -> Cursors.encode("batches", s.lot), s -> (BatchPassport) s.passport(),
                "the batches of " + model);
    }

    @Override
    public Page<StoredPassport> changedSince(Instant since, PageRequest request) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(request, "request");
        String[] after = request.cursor().map(cur -> Cursors.decode(cur, "changes")).orElse(null);
        String sql = "SELECT v.id_key, v.version, v.lot, v.stored_at, v.sha256, v.document FROM " + TABLE
                + " v WHERE v.stored_at >= ?"
                + (after == null ? "" : " AND (v.stored_at > ? OR (v.stored_at = ? AND (v.id_key > ?"
                        + " OR (v.id_key = ? AND v.version > ?))))")
                + " ORDER BY v.stored_at, v.id_key, v.version LIMIT ?";
        return page(sql, request, ps -> {
            int i = 1;
            ps.setObject(i++, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            if (after != null) {
                OffsetDateTime at = OffsetDateTime.ofInstant(Cursors.instant(after[0]), ZoneOffset.UTC);
                int version = Cursors.integer(after[2]);
                ps.setObject(i++, at);
                ps.setObject(i++, at);
                ps.setString(i++, after[1]);
                ps.setString(i++, after[1]);
                ps.setInt(i++, version);
            }
            ps.setInt(i, request.size() + 1);
        }, (s, rs) -> Cursors.encode("changes", s.storedAt.toString(), s.key, Integer.toString(s.version)),
                s -> s, "the versions stored since " + since);
    }

    /** Binds a query's parameters. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Makes the cursor after a row. */
    @FunctionalInterface
    private interface CursorOf {
        String cursor(Stored s, ResultSet rs) throws SQLException;
    }

    /** Runs a keyset query for one page plus one row (to tell whether more follow). */
    private <T> Page<T> page(String sql, PageRequest request, Binder binder, CursorOf cursorOf,
            java.util.function.Function<StoredPassport, T> map, String what) {
        checkOpen();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.setFetchSize(Math.min(request.size() + 1, FETCH_SIZE));
            List<T> items = new ArrayList<>(Math.min(request.size(), FETCH_SIZE));
            String last = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == request.size()) {
                        return Page.of(items, PageRequest.after(last, request.size()));
                    }
                    Stored s = new Stored(rs);
                    items.add(map.apply(decode(s)));
                    last = cursorOf.cursor(s, rs);
                }
            }
            return Page.of(items, null);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long countPassports() {
        return count("SELECT COUNT(*) FROM " + TABLE + " WHERE version = 1");
    }

    @Override
    public long countVersions() {
        return count("SELECT COUNT(*) FROM " + TABLE);
    }

    private long count(String sql) {
        checkOpen();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------ backup

    @Override
    public BackupSummary export(OutputStream out) {
        Objects.requireNonNull(out, "out");
        checkOpen();
        return new Backup(this).export(out);
    }

    @Override
    public ImportSummary importFrom(InputStream in) {
        Objects.requireNonNull(in, "in");
        checkOpen();
        return new Backup(this).importFrom(in);
    }

    // ------------------------------------------------------------------------------ lifecycle

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the passport store is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (headReaders != null) {
                headReaders.close();
            }
        } finally {
            if (owned != null) {
                try {
                    owned.close();
                } catch (Exception e) {
                    throw new StoreException("cannot close the passport store: " + e.getMessage(), e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "PassportStore[" + dialect + (closed ? ", closed" : "") + "]";
    }

    /** Encodes text as UTF-8 (a helper for the backup). */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Cursor codec: opaque, URL-safe text naming the query and the last key. */
    static final class Cursors {
        private Cursors() {
        }

        static String encode(String kind, String... parts) {
            StringBuilder sb = new StringBuilder(kind);
            for (String p : parts) {
                sb.append('\n').append(p);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(sb.toString()));
        }

        static String[] decode(String cursor, String kind) {
            String text;
            try {
                text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cursor: not a cursor of this store: " + cursor, e);
            }
            String[] parts = text.split("\n", -1);
            int expected = kind.equals("changes") ? 4 : 2;
            if (!parts[0].equals(kind) || parts.length != expected) {
                throw new IllegalArgumentException("cursor: not a cursor of this query (" + kind + "): " + cursor);
            }
            String[] out = new String[parts.length - 1];
            System.arraycopy(parts, 1, out, 0, out.length);
            return out;
        }

        static Instant instant(String text) {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("cursor: damaged store time '" + text + "'", e);
            }
        }

        static int integer(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cursor: damaged version '" + text + "'", e);
            }
        }
    }
}
