package org.dppkit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;

/**
 * The quickstart's {@code --store DIR}: keeps the passports in an embedded passport store (H2,
 * no server). Running the quickstart again with the same folder finds them already stored.
 *
 * <p>The same code on PostgreSQL takes a {@code DataSource} instead of a folder:
 * <pre>{@code
 * PGSimpleDataSource pg = new PGSimpleDataSource();
 * pg.setUrl("jdbc:postgresql://db.example.com/dpp");
 * try (PassportStore store = PassportStores.jdbc(pg)) { ... }
 * }</pre>
 */
final class QuickstartStore {

    private QuickstartStore() {
    }

    /** Stores every passport not stored yet; prints what was done. */
    static void store(Path dir, List<BatteryPassport> passports, PrintStream out) {
        int added = 0;
        try (PassportStore store = PassportStores.embedded(dir)) {
            for (BatteryPassport p : passports) {
                Optional<BatteryPassport> stored = store.version(p.id(), p.version());
                if (stored.isEmpty()) {
                    store.put(p);
                    added++;
                } else if (!stored.get().equals(p)) {
                    out.println("Store: " + p.id() + " version " + p.version()
                            + " is stored with other content; left as it is");
                }
            }
            out.printf(Locale.ROOT, "Store: %d passport version(s) added, %d already there; %d in %s%n",
                    added, passports.size() - added, store.countVersions(), dir);
        }
    }
}
