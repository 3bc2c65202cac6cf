package org.dppkit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Creates and upgrades the store's tables: numbered migrations recorded in
 * {@code dpp_store_schema}, applied in one transaction under a lock (PostgreSQL: an advisory
 * lock, so that processes opening the store at once apply each migration once; H2, whose
 * embedded database belongs to one process: a lock in this JVM), every statement idempotent.
 */
final class Schema {

    /** Arbitrary key of the PostgreSQL advisory lock that serialises migrations. */
    private static final long MIGRATION_LOCK = 0x6470706b69744cL;

    private Schema() {
    }

    /** Serialises H2 migrations within the JVM (H2's DDL is not transactional and has no advisory lock). */
    private static final Object H2_LOCK = new Object();

    /** Brings the schema to the latest version; returns that version. */
    static int migrate(Connection c, Dialect dialect, Instant now) throws SQLException {
        if (dialect == Dialect.H2) {
            synchronized (H2_LOCK) {
                return migrateLocked(c, dialect, now);
            }
        }
        return migrateLocked(c, dialect, now);
    }

    private static int migrateLocked(Connection c, Dialect dialect, Instant now) throws SQLException {
        List<List<String>> migrations = dialect.migrations();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (dialect == Dialect.POSTGRESQL) {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, MIGRATION_LOCK);
                    lock.execute();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS dpp_store_schema ("
                        + " version INTEGER NOT NULL PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL,"
                        + " applied_at TIMESTAMP(6) WITH TIME ZONE NOT NULL)");
            }
            int current = current(c);
            if (current > migrations.size()) {
                throw new StoreException("the database's passport store schema is version " + current
                        + ", newer than this dppkit's (" + migrations.size() + "): upgrade dppkit");
            }
            for (int v = current + 1; v <= migrations.size(); v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : migrations.get(v - 1)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO dpp_store_schema (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ins.setInt(1, v);
                    ins.setString(2, "dppkit passport store schema " + v);
                    ins.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    ins.executeUpdate();
                }
            }
            c.commit();
            return migrations.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Returns the applied schema version, 0 if none. */
    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM dpp_store_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
