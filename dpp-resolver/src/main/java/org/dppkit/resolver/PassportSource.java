package org.dppkit.resolver;

import java.util.Optional;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.gs1.DigitalLink;

/**
 * What the resolver needs of a passport store: the walk-up resolution, one version, the latest
 * version. Identifiers are passed as keys (canonical domain, GTIN, lot, serial only).
 */
interface PassportSource {

    /** Returns the most granular stored passport for the key: item, else batch, else model. */
    Optional<BatteryPassport> resolve(DigitalLink key);

    /** Returns the latest version of the passport with exactly this identifier. */
    Optional<BatteryPassport> latest(DigitalLink key);

    /** Returns one version of the passport with exactly this identifier. */
    Optional<BatteryPassport> version(DigitalLink key, int version);

    /**
     * Returns which passport version answers the walk-up. A source that can tell it without
     * reading the passport answers with a fingerprint (identity, version and document hash),
     * and rendered responses are kept under it; by default the passport is resolved and nothing
     * is kept.
     */
    default Optional<Answering> answering(DigitalLink key) {
        return resolve(key).map(Answering::of);
    }
}
