package org.dppkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.resolver.Resolver;
import org.dppkit.resolver.ResolverServer;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;

/**
 * The quickstart's {@code --serve PORT}: the resolver runs on the port first (so that port 0
 * becomes a real port), then the quickstart builds its passports with identifiers on
 * {@code http://localhost:PORT}, writes its files (QR codes included, which therefore resolve
 * to the local pages), stores the passports in an embedded store under the output folder and
 * prints the URLs to open.
 */
final class QuickstartServer implements AutoCloseable {

    /** The store's folder under the output folder; emptied at each run. */
    static final String STORE_DIR = "resolver-store";

    final PassportStore store;
    final ResolverServer server;
    final String stem;
    final List<BatteryPassport> passports;

    private QuickstartServer(PassportStore store, ResolverServer server, String stem,
            List<BatteryPassport> passports) {
        this.store = store;
        this.server = server;
        this.stem = stem;
        this.passports = passports;
    }

    static QuickstartServer serve(Path dir, int count, int port, PrintStream out) {
        Path storeDir = dir.resolve(STORE_DIR);
        try {
            Files.createDirectories(storeDir);
            for (String suffix : List.of(".mv.db", ".trace.db")) {
                Files.deleteIfExists(storeDir.resolve(PassportStores.EMBEDDED_DATABASE_NAME + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the store folder " + storeDir, e);
        }
        PassportStore store = PassportStores.embedded(storeDir);
        ResolverServer server;
        try {
            server = ResolverServer.builder(Resolver.builder(store).build())
                    .host(InetAddress.getLoopbackAddress()).port(port).start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        String stem = "http://localhost:" + server.port();
        List<BatteryPassport> passports;
        try {
            passports = Quickstart.quickstart(dir, count, out, stem);
            store.putAll(passports);
        } catch (RuntimeException e) {
            server.stop(Duration.ZERO);
            store.close();
            throw e;
        }
        out.println();
        out.println("Serving " + passports.size() + " passports with the dppkit resolver at " + stem
                + " (the QR codes in qr/ point here). Open:");
        for (BatteryPassport p : passports) {
            if (p instanceof ItemPassport && p != passports.get(2)) {
                continue;   // one item is enough to show; the others answer the same way
            }
            out.println("  " + p.level() + "  " + p.id());
        }
        out.println("  ITEM   " + stem + "/01/" + ExamplePassports.GTIN + "/10/" + Quickstart.LOT
                + "/21/NOT-MADE  (no item passport: the batch answers)");
        out.println("  linkset " + passports.get(2).id() + "?linkType=linkset");
        out.println("  resolver description " + stem + Resolver.WELL_KNOWN_PATH);
        out.println("Press Ctrl+C to stop.");
        return new QuickstartServer(store, server, stem, passports);
    }

    /** Blocks until the server is stopped (Ctrl+C runs {@link #close()}). */
    void awaitStop() {
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(2));
        store.close();
    }
}
