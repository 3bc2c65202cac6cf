package org.dppkit.store;

import java.time.Instant;
import java.util.Objects;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * One stored passport version with what the store recorded about it: when it was stored and the
 * SHA-256 of its JSON document.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class StoredPassport {

    private final BatteryPassport passport;
    private final Instant storedAt;
    private final String sha256;

    private StoredPassport(BatteryPassport passport, Instant storedAt, String sha256) {
        this.passport = passport;
        this.storedAt = storedAt;
        this.sha256 = sha256;
    }

    /**
     * Returns a stored version.
     *
     * @param passport the passport version, not null
     * @param storedAt when the store recorded it, not null
     * @param sha256 the SHA-256 of its JSON document, 64 lower-case hex digits, not null
     * @return the stored version, not null
     * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits
     * @throws NullPointerException if an argument is null
     */
    public static StoredPassport of(BatteryPassport passport, Instant storedAt, String sha256) {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(sha256, "sha256");
        Hashes.checkHex(sha256, "sha256");
        return new StoredPassport(passport, storedAt, sha256);
    }

    /**
     * Returns the passport version.
     *
     * @return the passport, not null
     */
    public BatteryPassport passport() {
        return passport;
    }

    /**
     * Returns the passport identifier.
     *
     * @return the identifier, not null
     */
    public DigitalLink id() {
        return passport.id();
    }

    /**
     * Returns the passport level.
     *
     * @return the level, not null
     */
    public PassportLevel level() {
        return passport.level();
    }

    /**
     * Returns the version number.
     *
     * @return the version, at least 1
     */
    public int version() {
        return passport.version();
    }

    /**
     * Returns when the store recorded this version (the store's clock).
     *
     * @return the instant, not null
     */
    public Instant storedAt() {
        return storedAt;
    }

    /**
     * Returns the SHA-256 of the version's JSON document (UTF-8, full ISSUER audience), as in a
     * backup manifest: a strong entity tag.
     *
     * @return 64 lower-case hex digits, not null
     */
    public String sha256() {
        return sha256;
    }

    /**
     * Compares passport, store time and hash.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof StoredPassport)) {
            return false;
        }
        StoredPassport o = (StoredPassport) obj;
        return passport.equals(o.passport) && storedAt.equals(o.storedAt) && sha256.equals(o.sha256);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(passport, storedAt, sha256);
    }

    /**
     * Returns the identifier, version, store time and hash; never field values.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "StoredPassport[" + passport.id() + " v" + passport.version() + ", storedAt=" + storedAt
                + ", sha256=" + sha256 + "]";
    }
}
