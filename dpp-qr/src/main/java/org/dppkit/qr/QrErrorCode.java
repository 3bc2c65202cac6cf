package org.dppkit.qr;

/**
 * Stable reasons for a {@link QrException}; codes never change meaning, so callers may switch on
 * them.
 */
public enum QrErrorCode {
    /** The text does not fit in a QR Code with the chosen version and error correction. */
    DATA_TOO_LONG,
    /** A numeric option is outside its allowed range (X-dimension, dpi, version, mask, sizes). */
    OUT_OF_RANGE,
    /** The text to encode is empty. */
    EMPTY_TEXT,
    /** A label (symbol, quiet zone and caption) does not fit the space a sheet or printer gives. */
    DOES_NOT_FIT,
    /** A rendered symbol did not decode back to exactly the encoded text. */
    VERIFICATION_FAILED,
    /** The bytes given to a reader are not a PNG image this module can read. */
    UNSUPPORTED_IMAGE,
    /** An output file or directory could not be written. */
    WRITE_FAILED,
    /** One label of a bulk job failed; the message and {@link QrException#link()} name it. */
    BULK_ITEM_FAILED
}
