package org.dppkit.store;

import java.util.Objects;

/**
 * A stored passport version cannot be read back as it was put: its JSON document no longer parses
 * strictly, describes another passport, or no longer matches the SHA-256 recorded when it was
 * stored (edited by hand, damaged on disk).
 *
 * <p>Recovery: the message names the identifier and version; restore that version from a backup
 * ({@link PassportStore#export(java.io.OutputStream)} refuses to back up damaged data, so older
 * backups stay clean). The cause, if any, is the JSON reader's
 * {@link org.dppkit.battery.json.PassportFormatException} with the JSON pointer.
 */
public final class CorruptRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** The stored identity key or identifier of the damaged record. */
    private final String id;
    /** The version number of the damaged record. */
    private final int version;

    /**
     * Creates an exception.
     *
     * @param id the identifier of the damaged record, not null
     * @param version its version number
     * @param problem what is wrong, not null
     * @param cause the reader's exception, may be null
     * @throws NullPointerException if the identifier or problem is null
     */
    public CorruptRecordException(String id, int version, String problem, Throwable cause) {
        super("stored passport " + Objects.requireNonNull(id, "id") + " version " + version
                + " is damaged: " + Objects.requireNonNull(problem, "problem"), cause);
        this.id = id;
        this.version = version;
    }

    /**
     * Returns the identifier of the damaged record.
     *
     * @return the identifier, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the version number of the damaged record.
     *
     * @return the version
     */
    public int version() {
        return version;
    }
}
