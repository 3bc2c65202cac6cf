package org.dppkit.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The writer the multi-process tests start in child JVMs.
 *
 * <ul>
 * <li>{@code revise <jdbc-url> <rounds> <serial>...}: for each round and serial, reads the latest
 *     version, puts its revision; prints {@code WON <n>}, the number of puts that won.</li>
 * <li>{@code bulk <directory> <count> <chunk>}: puts the EV model, batch and {@code count} items
 *     into the embedded store, {@code chunk} items per {@code putAll}; prints
 *     {@code COMMITTED <n>} after each.</li>
 * </ul>
 */
public final class StoreWriterMain {

    private StoreWriterMain() {
    }

    public static void main(String[] args) {
        if (args[0].equals("revise")) {
            revise(args);
        } else {
            bulk(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
    }

    private static void revise(String[] args) {
        PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
        ds.setUrl(args[1]);
        JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
        int rounds = Integer.parseInt(args[2]);
        int won = 0;
        try (PassportStore store = PassportStores.jdbc(pool)) {
            for (int r = 0; r < rounds; r++) {
                for (int i = 3; i < args.length; i++) {
                    BatteryPassport latest = store.latest(TestPassports.item(args[i]).id()).orElseThrow();
                    try {
                        store.put(TestPassports.revise(latest, r % 100));
                        won++;
                    } catch (VersionConflictException e) {
                        if (e.reason() != VersionConflictException.Reason.STALE) {
                            throw e;
                        }
                    }
                }
            }
        } finally {
            pool.dispose();
        }
        System.out.println("WON " + won);
    }

    private static void bulk(Path dir, int count, int chunk) {
        try (PassportStore store = PassportStores.builder().batchSize(Math.min(chunk, 250)).embedded(dir)) {
            store.put(TestPassports.MODEL);
            store.put(TestPassports.BATCH);
            System.out.println("COMMITTED 0");
            List<ItemPassport> items = new ArrayList<>(chunk);
            for (int i = 1; i <= count; i++) {
                items.add(TestPassports.item(TestPassports.serial(i)));
                if (items.size() == chunk || i == count) {
                    store.putAll(items);
                    items.clear();
                    System.out.println("COMMITTED " + i);
                    System.out.flush();
                }
            }
        }
        System.out.println("DONE");
    }
}
