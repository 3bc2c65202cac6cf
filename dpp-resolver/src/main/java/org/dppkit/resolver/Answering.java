package org.dppkit.resolver;

import java.util.Optional;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.store.StoredVersion;

/**
 * The passport version that answers a request: either the passport itself (from a source that
 * resolves passports) or a stored version reference whose fingerprint names its document for
 * good (identity, version, SHA-256), read only when no rendering under that fingerprint is kept.
 */
final class Answering {

    private final BatteryPassport passport;
    private final StoredVersion stored;

    private Answering(BatteryPassport passport, StoredVersion stored) {
        this.passport = passport;
        this.stored = stored;
    }

    /** An answer holding the passport; not cacheable. */
    static Answering of(BatteryPassport passport) {
        return new Answering(passport, null);
    }

    /** An answer naming a stored version; cacheable under its fingerprint. */
    static Answering of(StoredVersion stored) {
        return new Answering(null, stored);
    }

    /** The level that answered. */
    PassportLevel level() {
        return passport != null ? passport.level() : stored.level();
    }

    /**
     * The identity, version and document hash, or empty when the source did not tell them (then
     * nothing may be kept for this answer).
     */
    Optional<String> fingerprint() {
        return stored == null ? Optional.empty()
                : Optional.of(Linkset.path(stored.id()) + "|" + stored.version() + "|"
                        + stored.sha256());
    }

    /**
     * Returns the passport, reading the named version from the source if needed (a version is
     * never rewritten: this is the document the fingerprint names, read strictly).
     */
    BatteryPassport passport(PassportSource source, DigitalLink requestKey) {
        if (passport != null) {
            return passport;
        }
        return source.version(stored.id(), stored.version()).orElseThrow(() ->
                new IllegalStateException("version " + stored.version() + " of "
                        + Linkset.path(stored.id()) + " went away while " + Linkset.path(requestKey)
                        + " was answered"));
    }
}
