package org.dppkit.store;

/**
 * What {@link PassportStore#export(java.io.OutputStream)} wrote.
 *
 * <p>Immutable and thread-safe.
 *
 * @param passports the number of passports (identities) in the backup, at least 0
 * @param versions the number of versions (JSON documents) in the backup, at least 0
 * @param manifestSha256 the SHA-256 of the backup's manifest, which names the hash of every
 *     document: one value that pins the whole backup, 64 lower-case hex digits, not null
 */
public record BackupSummary(long passports, long versions, String manifestSha256) {

    /**
     * Checks the values.
     *
     * @param passports the number of passports, at least 0
     * @param versions the number of versions, at least {@code passports}
     * @param manifestSha256 the manifest hash, 64 lower-case hex digits, not null
     * @throws IllegalArgumentException if a count is negative or the hash malformed
     * @throws NullPointerException if the hash is null
     */
    public BackupSummary {
        if (passports < 0 || versions < passports) {
            throw new IllegalArgumentException("expected 0 <= passports <= versions but was passports="
                    + passports + ", versions=" + versions);
        }
        java.util.Objects.requireNonNull(manifestSha256, "manifestSha256");
        Hashes.checkHex(manifestSha256, "manifestSha256");
    }
}
