package org.dppkit.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 helpers. */
final class Hashes {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hashes() {
    }

    /** Returns a new SHA-256 digest (every JDK has one). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Returns the lower-case hex SHA-256 of the UTF-8 bytes of a text. */
    static String sha256Hex(String text) {
        return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Returns the lower-case hex SHA-256 of bytes. */
    static String sha256Hex(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    /** Returns bytes as lower-case hex. */
    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Checks that a value is 64 lower-case hex digits. */
    static void checkHex(String value, String name) {
        boolean ok = value.length() == 64;
        for (int i = 0; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
        }
        if (!ok) {
            throw new IllegalArgumentException(name + ": expected 64 lower-case hex digits but was '"
                    + (value.length() > 80 ? value.substring(0, 77) + "..." : value) + "'");
        }
    }
}
