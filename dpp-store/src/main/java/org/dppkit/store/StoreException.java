package org.dppkit.store;

/**
 * A passport store failed: the database could not be reached or refused a statement, or a stream
 * failed. The root of the store's exceptions; the subclasses name the passport or backup entry
 * at fault.
 *
 * <p>Recovery: the message names the operation and the database's own message; the cause holds
 * the {@link java.sql.SQLException} or {@link java.io.IOException}. A failed call left no partial
 * version behind, so it can be retried once the database is back.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed, not null
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what failed, not null
     * @param cause the underlying failure, may be null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
