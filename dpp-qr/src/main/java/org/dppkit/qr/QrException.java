package org.dppkit.qr;

import java.util.Objects;
import java.util.Optional;

/**
 * The one exception family of {@code org.dppkit.qr}: thrown when a symbol cannot be encoded,
 * sized, rendered, verified or written as asked.
 *
 * <p>Each exception carries a stable {@linkplain #errorCode() error code} and a message that names
 * the option or input, the offending value and the limit that was hit, for example:
 * <pre>
 * Text of 3000 characters is too long for a QR Code with error correction M, versions 1-40, byte
 * mode: the maximum is 2331 characters
 * </pre>
 *
 * <p>Causes and fixes, by code:
 * <ul>
 *   <li>{@link QrErrorCode#DATA_TOO_LONG}: shorten the text, choose a lower error correction,
 *       allow a larger version, or upper-case the scheme and host (alphanumeric mode);
 *       {@link #maxLength()} gives the limit for the chosen settings.</li>
 *   <li>{@link QrErrorCode#OUT_OF_RANGE}: correct the named option (the message gives the range).</li>
 *   <li>{@link QrErrorCode#EMPTY_TEXT}: a QR Code for a Digital Link needs the URI text.</li>
 *   <li>{@link QrErrorCode#DOES_NOT_FIT}: use a smaller X-dimension, fewer labels per page or
 *       smaller margins and gaps.</li>
 *   <li>{@link QrErrorCode#VERIFICATION_FAILED}: a defect; report it with the input.</li>
 *   <li>{@link QrErrorCode#UNSUPPORTED_IMAGE}: pass a greyscale, non-interlaced PNG.</li>
 *   <li>{@link QrErrorCode#WRITE_FAILED}, {@link QrErrorCode#BULK_ITEM_FAILED}: check the target
 *       path, its permissions and free space; the cause holds the I/O error.</li>
 * </ul>
 *
 * <p>This exception is unchecked. It extends {@link IllegalArgumentException} because nearly every
 * cause is a caller's input; write failures use the same type (with an {@link java.io.IOException}
 * cause) so that the module has one family to catch.
 */
public final class QrException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The error code; never null. */
    private final QrErrorCode errorCode;
    /** The maximum length for DATA_TOO_LONG, else -1. */
    private final int maxLength;
    /** The failing link text for bulk failures, else null. */
    private final String link;

    /**
     * Creates an exception.
     *
     * @param errorCode the stable error code, not null
     * @param message the message naming the option, the value and the limit, not null
     */
    public QrException(QrErrorCode errorCode, String message) {
        this(errorCode, message, -1, null, null);
    }

    QrException(QrErrorCode errorCode, String message, int maxLength, String link, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.maxLength = maxLength;
        this.link = link;
    }

    /**
     * Returns the stable error code.
     *
     * @return the error code, not null
     */
    public QrErrorCode errorCode() {
        return errorCode;
    }

    /**
     * Returns, for {@link QrErrorCode#DATA_TOO_LONG}, the maximum number of characters (bytes in
     * byte mode) that fit with the chosen settings.
     *
     * @return the maximum length, or {@code -1} for other codes
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Returns, for a failed bulk item, the text of the Digital Link that failed.
     *
     * @return the link text, or empty when the failure is not tied to one link
     */
    public Optional<String> link() {
        return Optional.ofNullable(link);
    }
}
