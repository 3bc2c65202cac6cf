/**
 * Passport storage: {@link org.dppkit.store.PassportStore} keeps every version of every battery
 * passport in a database, as Art. 77 and 78 of Regulation (EU) 2023/1542 require (available,
 * accurate and unaltered for the battery's whole life; a complete copy for a third party).
 *
 * <pre>{@code
 * try (PassportStore store = PassportStores.embedded(Path.of("passports"))) {   // H2, no server
 *     store.put(model);
 *     store.put(batch);
 *     store.put(item);
 *     store.put(item.revise(Instant.parse("2028-01-10T00:00:00Z"))
 *             .stateOfHealthStateOfCertifiedEnergy(Quantity.of(97, Unit.PERCENT)).build());
 *     store.latest(item.id());                      // version 2
 *     store.history(item.id());                     // [version 1, version 2]
 *     store.resolve(DigitalLink.parse("http://localhost:8080/01/09506000134352/10/L1/21/SN9"))
 *          .map(Resolution::level);                 // Optional[BATCH] if SN9 is not stored
 * }
 * // PostgreSQL: the same code over any DataSource (a pooling one in production).
 * PassportStore store = PassportStores.jdbc(dataSource);
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.dppkit.store.PassportStore}: put, latest, version, history, resolve, paged
 *       queries, export and import.</li>
 *   <li>{@link org.dppkit.store.PassportStores}: the embedded H2 store and the store over a
 *       {@link javax.sql.DataSource} (H2 or PostgreSQL, detected).</li>
 *   <li>{@link org.dppkit.store.Resolution}, {@link org.dppkit.store.StoredPassport},
 *       {@link org.dppkit.store.Page}, {@link org.dppkit.store.PageRequest},
 *       {@link org.dppkit.store.BackupSummary}, {@link org.dppkit.store.ImportSummary}:
 *       results.</li>
 *   <li>{@link org.dppkit.store.StoreException} and its subclasses
 *       {@link org.dppkit.store.VersionConflictException},
 *       {@link org.dppkit.store.CorruptRecordException} and
 *       {@link org.dppkit.store.BackupException}: failures.</li>
 * </ul>
 *
 * <p>Every value type in this package is immutable and thread-safe; stores are thread-safe. No
 * method accepts or returns {@code null} unless documented.
 */
package org.dppkit.store;
