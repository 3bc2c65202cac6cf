package org.dppkit.store;

import java.util.List;
import java.util.Locale;

/**
 * What differs between the supported databases: the document column type, how a document
 * parameter is written, and whether the stored text comes back byte for byte.
 */
enum Dialect {

    /** H2 2.x: documents in a character large object, returned as stored. */
    H2("CHARACTER LARGE OBJECT", "?", true),
    /** PostgreSQL: documents in {@code jsonb} (normalised on the way in). */
    POSTGRESQL("JSONB", "CAST(? AS JSONB)", false);

    /** The SQL type of the document column. */
    final String documentType;
    /** The placeholder of a document parameter. */
    final String documentParameter;
    /** True if the document text is returned exactly as it was stored. */
    final boolean keepsText;

    Dialect(String documentType, String documentParameter, boolean keepsText) {
        this.documentType = documentType;
        this.documentParameter = documentParameter;
        this.keepsText = keepsText;
    }

    /** Returns the dialect of a database product name from the JDBC metadata. */
    static Dialect of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database '" + productName
                + "': the passport store supports H2 and PostgreSQL");
    }

    /**
     * Returns the schema migrations, in order: each a list of idempotent statements. A
     * migration's number is its index plus 1; never edit one that shipped, add the next.
     */
    List<List<String>> migrations() {
        return List.of(List.of(
                "CREATE TABLE IF NOT EXISTS dpp_passport_version ("
                        + " id_key VARCHAR(64) NOT NULL,"
                        + " version INTEGER NOT NULL,"
                        + " level VARCHAR(8) NOT NULL,"
                        + " category VARCHAR(16) NOT NULL,"
                        + " gtin CHAR(14) NOT NULL,"
                        + " lot VARCHAR(20),"
                        + " serial VARCHAR(20),"
                        + " stored_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,"
                        + " sha256 CHAR(64) NOT NULL,"
                        + " document " + documentType + " NOT NULL,"
                        + " CONSTRAINT dpp_passport_version_pk PRIMARY KEY (id_key, version),"
                        + " CONSTRAINT dpp_passport_version_positive CHECK (version >= 1))",
                // GTIN, level, lot, serial: the batches of a model and the items of a batch in
                // key order, without scanning the other level's rows.
                "CREATE INDEX IF NOT EXISTS dpp_passport_version_gtin_lot_serial"
                        + " ON dpp_passport_version (gtin, level, lot, serial)",
                "CREATE INDEX IF NOT EXISTS dpp_passport_version_stored_at"
                        + " ON dpp_passport_version (stored_at)"));
    }
}
