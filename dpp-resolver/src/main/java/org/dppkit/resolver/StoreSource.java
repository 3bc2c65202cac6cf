package org.dppkit.resolver;

import java.util.Optional;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.store.PassportStore;
import org.dppkit.store.Resolution;

/** The resolver's view of a {@link PassportStore}. */
final class StoreSource implements PassportSource {

    private final PassportStore store;

    private StoreSource(PassportStore store) {
        this.store = store;
    }

    static PassportSource of(PassportStore store) {
        return new StoreSource(store);
    }

    void close() {
        store.close();
    }

    @Override
    public Optional<BatteryPassport> resolve(DigitalLink key) {
        return store.resolve(key).map(Resolution::passport);
    }

    @Override
    public Optional<Answering> answering(DigitalLink key) {
        return store.resolveVersion(key).map(Answering::of);
    }

    @Override
    public Optional<BatteryPassport> latest(DigitalLink key) {
        return store.latest(key);
    }

    @Override
    public Optional<BatteryPassport> version(DigitalLink key, int version) {
        return store.version(key, version);
    }
}
