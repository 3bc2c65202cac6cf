package org.dppkit.qr.internal;

/**
 * The text does not fit: too long for every version at the level, or for the fixed version. The
 * message is ZXing's for the same case.
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
