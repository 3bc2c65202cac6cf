package org.dppkit.resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.dppkit.gs1.internal.Excerpts;

/**
 * An {@link AccessPolicy} that maps API keys to audiences, from a configuration that holds only
 * the keys' SHA-256 hashes, never the keys.
 *
 * <pre>
 * # name = sha256:HEX AUDIENCE [disabled]
 * msa-berlin  = sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 AUTHORITIES
 * recycler-7  = sha256:a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3 LEGITIMATE_INTEREST
 * old-partner = sha256:b3a8e0e1f9ab1bfe3a36f231f676f78bb30a519d2b21e6c530c0eee8ebb4a5d0 LEGITIMATE_INTEREST disabled
 * </pre>
 *
 * <pre>{@code
 * String line = "msa-berlin = " + ApiKeyAccessPolicy.hash(generatedKey) + " AUTHORITIES";
 * AccessPolicy policy = ApiKeyAccessPolicy.parse(Files.readString(config));
 * }</pre>
 *
 * <p>A client presents its key as {@code X-API-Key: KEY} or {@code Authorization: Bearer KEY}.
 * No credentials: the public audience. An unknown key, an {@code Authorization} header of another
 * scheme, or two different keys: 401. A key marked {@code disabled}: 403. Keys are compared by
 * hash with a constant-time comparison; give clients random keys of at least 128 bits (a fast hash
 * is then as good as a slow one). {@code toString()} lists the key names and audiences, never
 * hashes.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ApiKeyAccessPolicy implements AccessPolicy {

    private static final String CHALLENGE = "Bearer realm=\"dppkit\", error=\"invalid_token\"";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** One configured key. */
    private static final class Entry {
        final String name;
        final byte[] digest;
        final Audience audience;
        final boolean disabled;

        Entry(String name, byte[] digest, Audience audience, boolean disabled) {
            this.name = name;
            this.digest = digest;
            this.audience = audience;
            this.disabled = disabled;
        }
    }

    /** Lower-case hex digest to entry. */
    private final Map<String, Entry> byHash;

    private ApiKeyAccessPolicy(Map<String, Entry> byHash) {
        this.byHash = byHash;
    }

    /**
     * Parses a configuration: one key per line, {@code name = sha256:HEX AUDIENCE}, optionally
     * followed by {@code disabled}; blank lines and lines starting with {@code #} are ignored.
     *
     * @param config the configuration text, not null
     * @return the policy, not null
     * @throws IllegalArgumentException naming the line if a line is malformed, a hash is not 64
     *     hex digits, an audience is unknown, or a name or hash appears twice
     */
    public static ApiKeyAccessPolicy parse(String config) {
        Objects.requireNonNull(config, "config");
        Map<String, Entry> map = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        String[] lines = config.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int no = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw bad(no, "expected 'name = sha256:HEX AUDIENCE'");
            }
            String name = line.substring(0, eq).strip();
            String[] parts = line.substring(eq + 1).strip().split("\\s+");
            if (name.isEmpty() || !name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw bad(no, "key name must be 1 to 64 letters, digits, '.', '_' or '-'");
            }
            if (parts.length < 2 || parts.length > 3
                    || (parts.length == 3 && !parts[2].equals("disabled"))) {
                throw bad(no, "expected 'name = sha256:HEX AUDIENCE [disabled]'");
            }
            String hash = parts[0].toLowerCase(Locale.ROOT);
            if (!hash.startsWith("sha256:") || !hash.substring(7).matches("[0-9a-f]{64}")) {
                throw bad(no, "hash must be 'sha256:' and 64 hex digits");
            }
            Audience audience = audience(parts[1], no);
            String hex = hash.substring(7);
            if (names.putIfAbsent(name, no) != null) {
                throw bad(no, "key name '" + name + "' already used on line " + names.get(name));
            }
            Entry previous = map.put(hex, new Entry(name, fromHex(hex), audience,
                    parts.length == 3));
            if (previous != null) {
                throw bad(no, "the same hash is already configured for '" + previous.name + "'");
            }
        }
        return new ApiKeyAccessPolicy(Collections.unmodifiableMap(map));
    }

    /**
     * Reads a configuration file (UTF-8); see {@link #parse(String)}.
     *
     * @param file the file, not null
     * @return the policy, not null
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the configuration is malformed
     */
    public static ApiKeyAccessPolicy read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API key configuration " + file, e);
        }
    }

    /**
     * Returns the configuration form of a key's hash: {@code sha256:} and 64 lower-case hex digits.
     *
     * @param apiKey the key, not null
     * @return the hash text, not null
     */
    public static String hash(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        return "sha256:" + toHex(sha256(apiKey));
    }

    /**
     * Decides by the presented key; see the class documentation.
     *
     * @param request the request, not null
     * @return the decision, not null
     */
    @Override
    public AccessDecision decide(AccessRequest request) {
        Objects.requireNonNull(request, "request");
        Optional<String> auth = request.header("Authorization");
        Optional<String> bearer = request.bearerToken();
        Optional<String> apiKey = request.apiKey();
        if (auth.isPresent() && bearer.isEmpty()) {
            return AccessDecision.unauthenticated(CHALLENGE);
        }
        if (bearer.isEmpty() && apiKey.isEmpty()) {
            return AccessDecision.anonymous();
        }
        if (bearer.isPresent() && apiKey.isPresent() && !bearer.get().equals(apiKey.get())) {
            return AccessDecision.unauthenticated(CHALLENGE);
        }
        String key = bearer.orElseGet(apiKey::get);
        if (key.isEmpty()) {
            return AccessDecision.unauthenticated(CHALLENGE);
        }
        byte[] digest = sha256(key);
        Entry entry = byHash.get(toHex(digest));
        if (entry == null || !MessageDigest.isEqual(entry.digest, digest)) {
            return AccessDecision.unauthenticated(CHALLENGE);
        }
        return entry.disabled ? AccessDecision.forbidden() : AccessDecision.grant(entry.audience);
    }

    /**
     * Returns the number of configured keys.
     *
     * @return the count, at least 0
     */
    public int size() {
        return byHash.size();
    }

    /**
     * Returns the key names and audiences, never hashes.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ApiKeyAccessPolicy[");
        byHash.values().stream().sorted((a, b) -> a.name.compareTo(b.name)).forEach(e -> {
            if (sb.charAt(sb.length() - 1) != '[') {
                sb.append(", ");
            }
            sb.append(e.name).append('=').append(e.audience).append(e.disabled ? " disabled" : "");
        });
        return sb.append(']').toString();
    }

    private static Audience audience(String text, int line) {
        for (Audience a : Audience.values()) {
            if (a.name().equals(text)) {
                return a;
            }
        }
        throw bad(line, "audience must be PUBLIC, LEGITIMATE_INTEREST, AUTHORITIES or ISSUER"
                + " but was '" + Excerpts.truncate(text, 30) + "'");
    }

    private static IllegalArgumentException bad(int line, String message) {
        return new IllegalArgumentException("API key configuration line " + line + ": " + message);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String toHex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 15];
            out[2 * i + 1] = HEX[bytes[i] & 15];
        }
        return new String(out);
    }

    private static byte[] fromHex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
