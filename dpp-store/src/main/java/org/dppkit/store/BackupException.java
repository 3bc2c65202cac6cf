package org.dppkit.store;

import java.util.Objects;

/**
 * A backup cannot be imported: it is not a ZIP, lacks its manifest or a document, holds an entry
 * the manifest does not list, or a document whose SHA-256 differs from the manifest's (changed
 * after export). Nothing of it was imported.
 *
 * <p>Recovery: the message names the entry; take the backup again from its source or restore an
 * earlier copy. A backup that is intact but conflicts with the stored versions throws
 * {@link VersionConflictException} instead.
 */
public final class BackupException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** The ZIP entry at fault, or the empty string for the archive as a whole. */
    private final String entry;

    /**
     * Creates an exception.
     *
     * @param entry the ZIP entry at fault, or the empty string for the whole archive, not null
     * @param problem what is wrong, not null
     * @param cause the underlying failure, may be null
     * @throws NullPointerException if the entry or problem is null
     */
    public BackupException(String entry, String problem, Throwable cause) {
        super("backup" + (Objects.requireNonNull(entry, "entry").isEmpty() ? "" : " entry " + entry) + ": "
                + Objects.requireNonNull(problem, "problem"), cause);
        this.entry = entry;
    }

    /**
     * Returns the ZIP entry at fault.
     *
     * @return the entry name, or the empty string for the archive as a whole, not null
     */
    public String entry() {
        return entry;
    }
}
