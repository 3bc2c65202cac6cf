package org.dppkit.interop;

import java.util.List;

/**
 * Thrown when a passport cannot be exported to a format or a payload cannot be read: the
 * message names the format, the JSON path and the rule. For an incomplete export,
 * {@link #missingPaths()} lists the required properties the passport could not fill.
 *
 * <h2>Implementation Requirements</h2>
 * Instances are immutable once thrown.
 */
public final class InteropException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The required paths that stayed empty; never null. */
    private final List<String> missingPaths;

    /**
     * Creates an exception with a message.
     *
     * @param message the message, naming format, path and rule
     */
    public InteropException(String message) {
        this(message, List.of(), null);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message the message, naming format, path and rule
     * @param cause the cause, or null
     */
    public InteropException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    InteropException(String message, List<String> missingPaths, Throwable cause) {
        super(message, cause);
        this.missingPaths = List.copyOf(missingPaths);
    }

    /**
     * Returns the required properties of the format that the passport (as its audience sees it)
     * could not fill, as JSON paths ({@code /}-separated, array elements as {@code [n]}).
     *
     * @return an unmodifiable list, empty unless the export was incomplete
     */
    public List<String> missingPaths() {
        return missingPaths;
    }
}
