package org.dppkit.store;

import java.time.Instant;
import java.util.Objects;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * Which stored version answers a link, without its document: the identity the store matches
 * on, the level, the version number, the store time and the SHA-256 of the stored JSON document.
 * The answer of {@link PassportStore#resolveVersion(DigitalLink)}, the cheap read a resolver
 * makes on every request to tell whether a response it rendered earlier is still current.
 *
 * <p>A version is never rewritten, so identity, version and hash together name one document
 * for good: a cached rendering keyed on them can never be stale. Read the passport itself with
 * {@link PassportStore#version(DigitalLink, int) store.version(id(), version())}.
 *
 * <pre>{@code
 * StoredVersion v = store.resolveVersion(DigitalLink.parse(
 *         "http://localhost:8080/01/09506000134352/10/L1/21/SN9")).orElseThrow();
 * v.level();    // BATCH when no item SN9 is stored
 * v.id();       // https://id.gs1.org/01/09506000134352/10/L1
 * v.sha256();   // as in StoredPassport.sha256() and a backup manifest
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class StoredVersion {

    private final DigitalLink id;
    private final PassportLevel level;
    private final int version;
    private final Instant storedAt;
    private final String sha256;

    private StoredVersion(DigitalLink id, PassportLevel level, int version, Instant storedAt,
            String sha256) {
        this.id = id;
        this.level = level;
        this.version = version;
        this.storedAt = storedAt;
        this.sha256 = sha256;
    }

    /**
     * Returns a stored version reference.
     *
     * @param id the identity the store matches on: GTIN for a model, GTIN and lot for a batch,
     *     GTIN and serial (no lot) for an item; on the canonical domain, without link type or
     *     attributes, not null
     * @param level the level of the passport, matching the identifier's qualifiers, not null
     * @param version the version number, at least 1
     * @param storedAt when the store recorded the version, not null
     * @param sha256 the SHA-256 of the version's JSON document, 64 lower-case hex digits, not
     *     null
     * @return the reference, not null
     * @throws IllegalArgumentException if the identifier is not such an identity, the level does
     *     not match it, the version is below 1 or the hash is not 64 lower-case hex digits
     * @throws NullPointerException if an argument is null
     */
    public static StoredVersion of(DigitalLink id, PassportLevel level, int version,
            Instant storedAt, String sha256) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(sha256, "sha256");
        if (!id.hasGtin() || !id.toString().equals(canonical(id).toString())) {
            throw new IllegalArgumentException("id: expected a GTIN-based identifier on "
                    + DigitalLink.CANONICAL_DOMAIN + " without link type or attributes but was " + id);
        }
        if (Resolution.linkLevel(id) != level) {
            throw new IllegalArgumentException("level: identifier " + id + " names the "
                    + Resolution.linkLevel(id) + " level, not " + level);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version: expected at least 1 but was " + version);
        }
        Hashes.checkHex(sha256, "sha256");
        return new StoredVersion(id, level, version, storedAt, sha256);
    }

    /** For the store, which builds the identity itself: checks the hash only. */
    static StoredVersion ofIdentity(DigitalLink identity, PassportLevel level, int version,
            Instant storedAt, String sha256) {
        Hashes.checkHex(sha256, "sha256");
        return new StoredVersion(identity, level, version, storedAt, sha256);
    }

    /**
     * Returns the reference to a stored passport version, its identifier reduced to the identity
     * (canonical domain; an item's lot dropped).
     *
     * @param stored the stored version, not null
     * @return the reference, not null
     * @throws NullPointerException if the argument is null
     */
    public static StoredVersion from(StoredPassport stored) {
        Objects.requireNonNull(stored, "stored");
        return new StoredVersion(canonical(stored.id()), stored.level(), stored.version(),
                stored.storedAt(), stored.sha256());
    }

    /**
     * The identity of a GTIN-based link on the canonical domain: GTIN, GTIN and lot, or GTIN and
     * serial (a GTIN and a serial name one battery, so an item's lot is dropped).
     */
    static DigitalLink canonical(DigitalLink link) {
        DigitalLink.Builder b = DigitalLink.builder(link.gtin());
        if (link.serial().isPresent()) {
            b.serial(link.serial().get());
        } else {
            link.lot().ifPresent(b::lot);
        }
        return b.build();
    }

    /**
     * Returns the identity of the passport, as the store matches it: {@code /01/{gtin}} for a
     * model, {@code /01/{gtin}/10/{lot}} for a batch, {@code /01/{gtin}/21/{serial}} for an item
     * (without its lot), on the canonical domain. The passport's own identifier may differ in
     * domain and, for an item, carry the lot.
     *
     * @return the identifier, not null
     */
    public DigitalLink id() {
        return id;
    }

    /**
     * Returns the passport level.
     *
     * @return the level, not null
     */
    public PassportLevel level() {
        return level;
    }

    /**
     * Returns the version number.
     *
     * @return the version, at least 1
     */
    public int version() {
        return version;
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
     * Returns the SHA-256 of the version's JSON document (UTF-8, full ISSUER audience), as
     * {@link StoredPassport#sha256()}.
     *
     * @return 64 lower-case hex digits, not null
     */
    public String sha256() {
        return sha256;
    }

    /**
     * Compares identifier, level, version, store time and hash.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof StoredVersion)) {
            return false;
        }
        StoredVersion o = (StoredVersion) obj;
        return id.equals(o.id) && level == o.level && version == o.version
                && storedAt.equals(o.storedAt) && sha256.equals(o.sha256);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, level, version, storedAt, sha256);
    }

    /**
     * Returns the identifier, level, version, store time and hash.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "StoredVersion[" + level + " " + id + " v" + version + ", storedAt=" + storedAt
                + ", sha256=" + sha256 + "]";
    }
}
