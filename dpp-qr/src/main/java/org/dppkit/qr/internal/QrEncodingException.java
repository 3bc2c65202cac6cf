package org.dppkit.qr.internal;

/**
 * The text does not fit the symbol: too long for every version, for the fixed version, or (in
 * the rare case where ZXing's two-pass version choice picks a version too small, see
 * {@link QrEncoder}) for the version chosen. The message is ZXing's for the same case.
 */
public final class QrEncodingException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the reason
     */
    QrEncodingException(String message) {
        super(message);
    }
}
