package org.dppkit.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.dppkit.battery.json.PassportJson;

/**
 * Opens passport stores: the embedded H2 store in a directory (no server, the default) or the
 * store over any {@link DataSource} (H2 or PostgreSQL, detected from the connection).
 *
 * <pre>{@code
 * PassportStore local = PassportStores.embedded(Path.of("passports"));   // H2 file mode
 *
 * PGSimpleDataSource pg = new PGSimpleDataSource();
 * pg.setUrl("jdbc:postgresql://db.example.com/dpp");
 * PassportStore production = PassportStores.jdbc(pg);                   // same code from here on
 *
 * PassportStore tuned = PassportStores.builder().batchSize(1000).clock(clock).jdbc(pooled);
 * }</pre>
 *
 * <p>The store creates and upgrades its own tables on first use (versioned DDL recorded in the
 * table {@code dpp_store_schema}; idempotent, safe when several processes open the store at
 * once). Tables: {@code dpp_passport_version} (one row per version: identity columns, level,
 * category, store time, SHA-256 and the JSON document, {@code jsonb} on PostgreSQL) with indices
 * on GTIN, lot and serial, and on store time.
 *
 * <p>Connections: the store borrows a connection from the {@code DataSource} for each call and
 * closes it after; give it a pooling {@code DataSource} in production (HikariCP, your
 * application server's, or H2's {@code JdbcConnectionPool} around a driver's
 * {@code ConnectionPoolDataSource}). The embedded store pools its own connections.
 */
public final class PassportStores {

    /** The file name, without H2's {@code .mv.db} suffix, of the embedded database. */
    public static final String EMBEDDED_DATABASE_NAME = "passports";

    private PassportStores() {
    }

    /**
     * Opens (creating if needed) the embedded H2 store in a directory, with default options.
     * Only one process may open a directory at a time.
     *
     * @param directory the directory of the database files, created if missing, not null
     * @return the store; close it to close the database, not null
     * @throws StoreException if the database cannot be opened (for example, another process has
     *     it open)
     * @throws NullPointerException if the argument is null
     */
    public static PassportStore embedded(Path directory) {
        return builder().embedded(directory);
    }

    /**
     * Returns a store over a data source (H2 or PostgreSQL), with default options.
     *
     * @param dataSource the data source, not null; closing the store does not close it
     * @return the store, not null
     * @throws StoreException if the database cannot be reached, is neither H2 nor PostgreSQL, or
     *     its schema cannot be created
     * @throws NullPointerException if the argument is null
     */
    public static PassportStore jdbc(DataSource dataSource) {
        return builder().jdbc(dataSource);
    }

    /**
     * Returns a builder for stores with other options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options for a store. A mutable builder, suitable for use from a single thread.
     */
    public static final class Builder {

        /** Default number of versions per transaction in {@link PassportStore#putAll(Iterable)}. */
        public static final int DEFAULT_BATCH_SIZE = 500;

        Clock clock = Clock.systemUTC();
        int batchSize = DEFAULT_BATCH_SIZE;
        PassportJson json = PassportJson.standard();

        private Builder() {
        }

        /**
         * Sets the clock that gives each version's store time (default: the system UTC clock).
         *
         * @param clock the clock, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how many versions {@link PassportStore#putAll(Iterable)} writes per transaction
         * (default {@value #DEFAULT_BATCH_SIZE}).
         *
         * @param batchSize the batch size, 1 to 100000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > 100_000) {
                throw new IllegalArgumentException("batchSize: expected 1 to 100000 but was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets the JSON codec for stored documents (default {@link PassportJson#standard()}); its
         * reading limits apply when versions are read back. Provenance and pretty printing are
         * kept as the codec says; the documents' hashes are of its output.
         *
         * @param json the codec, not null
         * @return this builder
         * @throws NullPointerException if the argument is null
         */
        public Builder json(PassportJson json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Opens (creating if needed) the embedded H2 store in a directory.
         *
         * @param directory the directory of the database files, created if missing, not null
         * @return the store; close it to close the database, not null
         * @throws StoreException if the database cannot be opened
         * @throws NullPointerException if the argument is null
         */
        public PassportStore embedded(Path directory) {
            Objects.requireNonNull(directory, "directory");
            return JdbcPassportStore.openEmbedded(directory, this);
        }

        /**
         * Returns a store over a data source (H2 or PostgreSQL).
         *
         * @param dataSource the data source, not null; closing the store does not close it
         * @return the store, not null
         * @throws StoreException if the database cannot be reached, is neither H2 nor
         *     PostgreSQL, or its schema cannot be created
         * @throws NullPointerException if the argument is null
         */
        public PassportStore jdbc(DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource");
            return JdbcPassportStore.open(dataSource, null, this);
        }
    }
}
