package org.dppkit.store;

import java.util.Objects;
import org.dppkit.gs1.DigitalLink;

/**
 * A passport version was refused because it does not continue the stored history: the version
 * already exists (a stale write, or a concurrent writer won), it skips a version, or it changes
 * what never changes (category, level, an item's lot), or a backup holds another document for a
 * stored version.
 *
 * <p>Recovery: read the stored latest version ({@link #storedVersion()}, also in the message),
 * apply the change to it with {@code revise(...)} and put the result. Nothing of the refused call
 * (or of its batch, or of an import) was stored.
 */
public final class VersionConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Why a version was refused. */
    public enum Reason {
        /** The offered version is already stored (stale write, or another writer won). */
        STALE,
        /** The offered version is not the direct successor of the stored latest version. */
        GAP,
        /** The offered version has another category than the stored passport. */
        CATEGORY,
        /** The offered version has another identity than the stored passport (an item's lot). */
        IDENTIFIER,
        /** A backup holds another document for a version that is already stored. */
        CONTENT
    }

    /** The identifier of the offered version, as text. */
    private final String id;
    /** The stored latest version number, 0 if none. */
    private final int storedVersion;
    /** The offered version number. */
    private final int offeredVersion;
    /** Why the version was refused. */
    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param id the identifier of the offered version, not null
     * @param storedVersion the stored latest version number, 0 if none is stored
     * @param offeredVersion the offered version number
     * @param reason why the version was refused, not null
     * @param detail what differs, not null (may be empty)
     * @throws NullPointerException if an argument is null
     */
    public VersionConflictException(DigitalLink id, int storedVersion, int offeredVersion, Reason reason,
            String detail) {
        super(message(id, storedVersion, offeredVersion, reason, detail));
        this.id = id.toString();
        this.storedVersion = storedVersion;
        this.offeredVersion = offeredVersion;
        this.reason = reason;
    }

    private static String message(DigitalLink id, int stored, int offered, Reason reason, String detail) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        String what;
        switch (reason) {
            case STALE:
                what = "version " + offered + " is already stored (latest is " + stored + ")";
                break;
            case GAP:
                what = stored == 0
                        ? "version " + offered + " offered but nothing is stored: the first version is 1"
                        : "version " + offered + " offered but the stored latest is " + stored
                                + ": expected version " + (stored + 1);
                break;
            case CATEGORY:
                what = "version " + offered + " changes the category of stored version " + stored;
                break;
            case IDENTIFIER:
                what = "version " + offered + " changes the identity of stored version " + stored;
                break;
            default:
                what = "version " + offered + " differs from the stored version " + offered
                        + " (latest is " + stored + ")";
                break;
        }
        return "version conflict for " + id + ": " + what + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    /**
     * Returns the identifier of the offered version.
     *
     * @return the identifier as a Digital Link URI, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the stored latest version number when the version was refused.
     *
     * @return the version, 0 if no version is stored
     */
    public int storedVersion() {
        return storedVersion;
    }

    /**
     * Returns the offered version number.
     *
     * @return the version
     */
    public int offeredVersion() {
        return offeredVersion;
    }

    /**
     * Returns why the version was refused.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }
}
