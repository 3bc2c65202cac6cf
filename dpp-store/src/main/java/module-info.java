/**
 * Every version of every battery passport in a relational database over JDBC: append-only
 * history, GS1 walk-up resolution, paged queries and verified backups. Embedded H2 (file mode)
 * by default, PostgreSQL in production.
 */
module org.dppkit.store {
    requires transitive org.dppkit.core;
    requires transitive java.sql;
    requires com.h2database;
    // H2's data sources (behind the embedded store's connection pool) implement JNDI's
    // Referenceable; resolve java.naming for applications on the module path.
    requires java.naming;
    requires com.fasterxml.jackson.core;

    exports org.dppkit.store;
}
