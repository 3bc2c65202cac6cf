package org.dppkit.store;

/**
 * What {@link PassportStore#importFrom(java.io.InputStream)} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param imported the number of versions added to the store, at least 0
 * @param skipped the number of versions that were already stored with the same hash, at least 0
 */
public record ImportSummary(long imported, long skipped) {

    /**
     * Checks the counts.
     *
     * @param imported the number of versions added, at least 0
     * @param skipped the number of versions already stored, at least 0
     * @throws IllegalArgumentException if a count is negative
     */
    public ImportSummary {
        if (imported < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must not be negative: imported=" + imported
                    + ", skipped=" + skipped);
        }
    }

    /**
     * Returns the number of versions in the backup.
     *
     * @return imported plus skipped
     */
    public long total() {
        return imported + skipped;
    }
}
