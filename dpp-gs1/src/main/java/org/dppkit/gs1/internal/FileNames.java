package org.dppkit.gs1.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.dppkit.gs1.DigitalLink;

/**
 * The file name of an identifier's files, shared by dpp-core's passport files and dpp-qr's label
 * files so that a passport's JSON and its label carry the same name: the GS1 keys of the
 * identifier, each AI and value joined by {@code _}, with every UTF-8 byte of a value other than
 * {@code A-Z a-z 0-9 -} percent-encoded (upper-case hex). Names are therefore safe on every file
 * system and distinct for distinct identifiers; the domain, path prefix and query are not part of
 * the name.
 *
 * <p>Internal: this package is exported only to dppkit's own modules. Stateless and thread-safe.
 */
public final class FileNames {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FileNames() {
    }

    /**
     * Returns the file name of an identifier, without extension.
     *
     * @param id the identifier, not null
     * @return the name, for example {@code 01_09506000134352_10_LOT%2F1_21_SN-7}, not null
     * @throws NullPointerException if the identifier is null
     */
    public static String of(DigitalLink id) {
        Objects.requireNonNull(id, "id");
        StringBuilder sb = new StringBuilder(48);
        sb.append(id.primaryKey().code()).append('_');
        encode(sb, id.primaryKeyValue());
        for (Map.Entry<String, String> q : id.keyQualifiers().entrySet()) {
            sb.append('_').append(q.getKey()).append('_');
            encode(sb, q.getValue());
        }
        return sb.toString();
    }

    private static void encode(StringBuilder sb, String value) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >>> 4]).append(HEX[c & 15]);
            }
        }
    }
}
