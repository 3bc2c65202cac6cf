package org.dppkit.qr;

/**
 * Receives the progress of a bulk job from {@link QrBulkWriter}. It is called on the thread that
 * runs the job, once after each label is complete, never concurrently.
 */
@FunctionalInterface
public interface BulkProgress {

    /**
     * Reports progress.
     *
     * @param done labels complete so far
     * @param total labels in the job, or {@code -1} when unknown
     * @param labelsPerSecond the average rate since the job started
     */
    void onProgress(long done, long total, double labelsPerSecond);
}
