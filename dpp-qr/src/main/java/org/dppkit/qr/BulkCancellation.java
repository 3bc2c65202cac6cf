package org.dppkit.qr;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A token that cancels a running {@link QrBulkWriter} job from any thread. The job stops taking
 * links, lets labels in progress finish (so no half-written file remains), and returns a
 * {@link BulkResult} with {@link BulkResult#cancelled()} true; a ZIP target is then not created.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe. It is mutable only in that it can be cancelled once.
 */
public final class BulkCancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    private BulkCancellation() {
    }

    /**
     * Returns a new token, not cancelled.
     *
     * @return the token, not null
     */
    public static BulkCancellation create() {
        return new BulkCancellation();
    }

    /** Requests cancellation; calling it again has no effect. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Returns whether cancellation was requested.
     *
     * @return true if cancelled
     */
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public String toString() {
        return "BulkCancellation[" + (isCancelled() ? "cancelled" : "active") + "]";
    }
}
