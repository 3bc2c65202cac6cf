package org.dppkit.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.store.BackupSummary;
import org.dppkit.store.ImportSummary;
import org.dppkit.store.Page;
import org.dppkit.store.PageRequest;
import org.dppkit.store.PassportStore;
import org.dppkit.store.Resolution;
import org.dppkit.store.StoredPassport;

/**
 * The smallest {@link PassportStore} that {@code ResolverBench} needs to measure the resolver
 * without a database: latest versions in a map, the store's walk-up rule; everything else is
 * unsupported. Bench code only.
 */
final class MemoryPassportStore implements PassportStore {

    private static final Instant STORED_AT = Instant.parse("2027-03-01T00:00:00Z");
    private final Map<String, StoredPassport> latest = new ConcurrentHashMap<>();

    static String key(DigitalLink id) {
        return id.primaryKeyValue() + (id.serial().isPresent() ? "/21/" + id.serial().get()
                : id.lot().map(l -> "/10/" + l).orElse(""));
    }

    @Override
    public StoredPassport put(BatteryPassport passport) {
        StoredPassport s = StoredPassport.of(passport, STORED_AT, "0".repeat(64));
        latest.put(key(passport.id()), s);
        return s;
    }

    @Override
    public long putAll(Iterable<? extends BatteryPassport> passports) {
        long n = 0;
        for (BatteryPassport p : passports) {
            put(p);
            n++;
        }
        return n;
    }

    @Override
    public Optional<BatteryPassport> latest(DigitalLink id) {
        return Optional.ofNullable(latest.get(key(id))).map(StoredPassport::passport);
    }

    @Override
    public Optional<BatteryPassport> version(DigitalLink id, int version) {
        return latest(id).filter(p -> p.version() == version);
    }

    @Override
    public List<BatteryPassport> history(DigitalLink id) {
        return latest(id).map(List::of).orElse(List.of());
    }

    @Override
    public List<StoredPassport> storedHistory(DigitalLink id) {
        return Optional.ofNullable(latest.get(key(id))).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Resolution> resolve(DigitalLink link) {
        if (!link.hasGtin()) {
            return Optional.empty();
        }
        String gtin = link.primaryKeyValue();
        StoredPassport s = null;
        if (link.serial().isPresent()) {
            s = latest.get(gtin + "/21/" + link.serial().get());
        }
        if (s == null && link.lot().isPresent()) {
            s = latest.get(gtin + "/10/" + link.lot().get());
        }
        if (s == null) {
            s = latest.get(gtin);
        }
        return s == null ? Optional.empty() : Optional.of(Resolution.of(link, s));
    }

    @Override
    public Page<ItemPassport> itemsOfBatch(DigitalLink batch, PageRequest request) {
        throw new UnsupportedOperationException("bench store");
    }

    @Override
    public Page<BatchPassport> batchesOfModel(DigitalLink model, PageRequest request) {
        throw new UnsupportedOperationException("bench store");
    }

    @Override
    public Page<StoredPassport> changedSince(Instant since, PageRequest request) {
        throw new UnsupportedOperationException("bench store");
    }

    @Override
    public long countPassports() {
        return latest.size();
    }

    @Override
    public long countVersions() {
        return latest.size();
    }

    @Override
    public BackupSummary export(OutputStream out) {
        throw new UnsupportedOperationException("bench store");
    }

    @Override
    public ImportSummary importFrom(InputStream in) {
        throw new UnsupportedOperationException("bench store");
    }

    @Override
    public void close() {
        latest.clear();
    }
}
