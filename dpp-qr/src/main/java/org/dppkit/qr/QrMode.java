package org.dppkit.qr;

/** The QR Code data mode a symbol's text was encoded in (ISO/IEC 18004 section 7.4). */
public enum QrMode {
    /** Digits only, 3.33 bits a character. */
    NUMERIC,
    /** {@code 0-9 A-Z $%*+-./:} and space, 5.5 bits a character. */
    ALPHANUMERIC,
    /** Bytes, 8 bits each: ISO-8859-1 without an ECI header for ASCII text, UTF-8 with ECI otherwise. */
    BYTE
}
