package org.dppkit.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.gs1.DigitalLink;

/**
 * Keeps every version of every battery passport: an append-only history per passport, the GS1
 * walk-up resolution a resolver needs, paged queries for other systems, and a verified backup
 * (Regulation (EU) 2023/1542, Art. 77 and 78: available, accurate and unaltered for the
 * battery's whole life; a complete copy for a third party).
 *
 * <pre>{@code
 * try (PassportStore store = PassportStores.embedded(Path.of("passports"))) {
 *     store.put(item);                                        // version 1
 *     store.put(item.revise(revisedAt).stateOfHealthStateOfCertifiedEnergy(soh).build()); // 2
 *     store.latest(item.id());                                // Optional[version 2]
 *     store.history(item.id()).size();                        // 2
 *     store.resolve(DigitalLink.parse("http://localhost:8080/01/09506000134352/21/SN1"));
 * }
 * }</pre>
 *
 * <h2>Identity</h2>
 * Passports are matched on their GS1 identity, never on the link's domain, link type or
 * attributes: a model on its GTIN, a batch on GTIN and lot, an item on GTIN and serial (a GTIN
 * plus serial names one physical battery, so an item stored as
 * {@code /01/{gtin}/10/{lot}/21/{serial}} is also found through {@code /01/{gtin}/21/{serial}}).
 * Passports built on {@code https://id.gs1.org} are found through links on any resolver's
 * domain. Documents are stored and returned as they were put, domain included.
 *
 * <h2>Versions</h2>
 * A passport's identifier, level, category (and an item's lot) never change. {@link #put} appends
 * the direct successor of the stored latest version (version 1 for a new passport); anything
 * else (a stale write, a gap, another category or lot under the same identity) is refused with a
 * {@link VersionConflictException} naming both versions. Of concurrent writers of the same
 * version, in one JVM or many, exactly one wins; the others get the conflict. Stored versions are
 * never rewritten.
 *
 * <h2>Documents</h2>
 * Each version is stored as its dppkit JSON document (full, {@link org.dppkit.core.Audience#ISSUER
 * ISSUER} audience) with its SHA-256; reading is strict and checks the hash, so a row edited by
 * hand is refused with a {@link CorruptRecordException} naming the identifier and version.
 *
 * <h2>Implementation Requirements</h2>
 * Implementations are thread-safe. Each method call is one or more database transactions; none
 * leaves a partial version behind.
 */
public interface PassportStore extends AutoCloseable {

    /**
     * Appends a version: version 1 of a new passport, or the direct successor of the stored
     * latest version.
     *
     * @param passport the passport version, not null
     * @return the stored version with its store time and hash, not null
     * @throws VersionConflictException if the version is not the direct successor of the stored
     *     latest, or its category, level or lot differ from the stored passport's
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument is null
     */
    StoredPassport put(BatteryPassport passport);

    /**
     * Appends many versions in order, in batched transactions: the bulk path for production
     * runs. Versions of the same passport may follow each other in the input. The input is read
     * lazily and never held in memory as a whole.
     *
     * <p>Each batch is one transaction. On a conflict, the batches before the one holding the
     * conflicting version stay stored, that batch is rolled back entirely, and the exception
     * names the conflicting version; nothing after it is stored. The input is read at most one
     * batch ahead of the database (the next batch's JSON is written while the previous one is
     * stored).
     *
     * @param passports the versions, not null, no null element
     * @return the number of versions stored
     * @throws VersionConflictException as {@link #put(BatteryPassport)}
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument or an element is null
     */
    long putAll(Iterable<? extends BatteryPassport> passports);

    /**
     * Returns the latest version of a passport.
     *
     * @param id the passport identifier, on any domain, not null
     * @return the latest version, or empty if no passport has that identity
     * @throws IllegalArgumentException if the identifier has no GTIN
     * @throws CorruptRecordException if the stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument is null
     */
    Optional<BatteryPassport> latest(DigitalLink id);

    /**
     * Returns one version of a passport.
     *
     * @param id the passport identifier, on any domain, not null
     * @param version the version number, at least 1
     * @return the version, or empty if it is not stored
     * @throws IllegalArgumentException if the version is below 1 or the identifier has no GTIN
     * @throws CorruptRecordException if the stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if the identifier is null
     */
    Optional<BatteryPassport> version(DigitalLink id, int version);

    /**
     * Returns every stored version of a passport, oldest first.
     *
     * @param id the passport identifier, on any domain, not null
     * @return an unmodifiable list, empty if no passport has that identity, not null
     * @throws IllegalArgumentException if the identifier has no GTIN
     * @throws CorruptRecordException if a stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument is null
     */
    List<BatteryPassport> history(DigitalLink id);

    /**
     * Returns every stored version of a passport with its store time and hash, oldest first.
     *
     * @param id the passport identifier, on any domain, not null
     * @return an unmodifiable list, empty if no passport has that identity, not null
     * @throws IllegalArgumentException if the identifier has no GTIN
     * @throws CorruptRecordException if a stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument is null
     */
    List<StoredPassport> storedHistory(DigitalLink id);

    /**
     * Finds the most specific stored passport for a link, walking up as GS1 resolvers do: the
     * item (GTIN and serial; when the link also carries a lot, the stored item's lot must be the
     * same), then the batch when the link carries a lot, then the model. The link's domain, link
     * type and attributes are ignored.
     *
     * @param link the requested link, not null
     * @return the latest version of the most specific passport and the level that answered, or
     *     empty if nothing matches (also for a link whose primary key is not a GTIN)
     * @throws CorruptRecordException if the stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument is null
     */
    Optional<Resolution> resolve(DigitalLink link);

    /**
     * Finds which stored version answers a link, by the walk-up of {@link #resolve(DigitalLink)},
     * without reading or checking its document: the identity, level, version, store time and
     * SHA-256 recorded when the version was stored. The cheap read for a resolver that keeps
     * rendered responses: identity, version and hash name one document for good (versions are
     * never rewritten), so a rendering keyed on them is current exactly while this method
     * answers the same; on a change read the passport with {@link #version(DigitalLink, int)},
     * which reads strictly and checks the hash.
     *
     * <p>The default implementation calls {@link #resolve(DigitalLink)}; the JDBC stores
     * override it with a query that leaves the document column alone.
     *
     * @param link the requested link, not null
     * @return the answering version, or empty if nothing matches (also for a link whose primary
     *     key is not a GTIN)
     * @throws CorruptRecordException if the recorded hash is damaged (the default
     *     implementation: also if the document is)
     * @throws StoreException if the database fails
     * @throws NullPointerException if the argument is null
     */
    default Optional<StoredVersion> resolveVersion(DigitalLink link) {
        return resolve(link).map(r -> StoredVersion.from(r.stored()));
    }

    /**
     * Returns one page of the item passports (latest versions) of a batch, in serial order:
     * items whose identifier or parent batch carries the batch's lot.
     *
     * @param batch the batch identifier {@code /01/{gtin}/10/{lot}}, on any domain, not null
     * @param request the page size and position, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the link carries no lot or no GTIN
     * @throws CorruptRecordException if a stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if an argument is null
     */
    Page<ItemPassport> itemsOfBatch(DigitalLink batch, PageRequest request);

    /**
     * Returns one page of the batch passports (latest versions) of a model, in lot order.
     *
     * @param model a link with the model's GTIN, on any domain, not null
     * @param request the page size and position, not null
     * @return the page, not null
     * @throws IllegalArgumentException if the link has no GTIN
     * @throws CorruptRecordException if a stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if an argument is null
     */
    Page<BatchPassport> batchesOfModel(DigitalLink model, PageRequest request);

    /**
     * Returns one page of the versions stored at or after an instant, in store-time order (then
     * identity and version): what another system needs to catch up. Store times come from the
     * store's clock when each version is put; to sync, ask again from a little before the last
     * store time seen.
     *
     * @param since the earliest store time, inclusive, not null
     * @param request the page size and position, not null
     * @return the page, not null
     * @throws CorruptRecordException if a stored document is damaged
     * @throws StoreException if the database fails
     * @throws NullPointerException if an argument is null
     */
    Page<StoredPassport> changedSince(Instant since, PageRequest request);

    /**
     * Returns the number of passports (identities) stored.
     *
     * @return the count, at least 0
     * @throws StoreException if the database fails
     */
    long countPassports();

    /**
     * Returns the number of versions stored, over all passports.
     *
     * @return the count, at least 0
     * @throws StoreException if the database fails
     */
    long countVersions();

    /**
     * Writes a complete backup to a stream: a ZIP holding a manifest ({@code manifest.json}, the
     * identifier, version and SHA-256 of each document) and one JSON document per version,
     * written with {@link org.dppkit.battery.json.PassportJson} for the ISSUER audience. The
     * backup is a consistent snapshot; memory use does not grow with the store. The stream is
     * flushed, not closed.
     *
     * @param out the stream, not null
     * @return what was written, not null
     * @throws CorruptRecordException if a stored document is damaged (no backup of damaged data
     *     is made)
     * @throws StoreException if the database or the stream fails
     * @throws NullPointerException if the argument is null
     */
    BackupSummary export(OutputStream out);

    /**
     * Imports a backup written by {@link #export(OutputStream)}, in one transaction: every
     * document's hash is checked against the manifest and every version must be the direct
     * successor of the stored (or imported) one. Versions already stored with the same hash are
     * skipped, so importing the same backup twice is harmless. On any error nothing is imported.
     * The stream is not closed.
     *
     * @param in the backup, not null
     * @return what was imported, not null
     * @throws BackupException if the backup is malformed, incomplete or tampered with (naming the
     *     entry)
     * @throws VersionConflictException if a version conflicts with the stored ones
     * @throws StoreException if the database or the stream fails
     * @throws NullPointerException if the argument is null
     */
    ImportSummary importFrom(InputStream in);

    /**
     * Closes the store and the resources it opened itself (the embedded database); a
     * {@link javax.sql.DataSource} passed in by the caller is left open.
     *
     * @throws StoreException if closing fails
     */
    @Override
    void close();
}
