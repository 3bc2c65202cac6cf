package org.dppkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.gs1.internal.Excerpts;

/**
 * One result of validating a digital product passport: what is wrong, missing, not yet required
 * or not applicable, where, and under which legal provision.
 *
 * <p>A finding has
 * <ul>
 * <li>a stable {@linkplain #code() code} such as {@code DPP-MISSING-MANDATORY}: codes never change
 *     meaning, so integrators may switch on them;</li>
 * <li>a {@linkplain #severity() severity};</li>
 * <li>a {@linkplain #path() path}: the JSON pointer (RFC 6901) of the value in the passport's JSON
 *     document, for example {@code /fields/voltage.nominal}, {@code ""} for the whole passport;</li>
 * <li>a {@linkplain #message() message} a person understands;</li>
 * <li>a {@linkplain #legalReference() legal reference} (article, annex point);</li>
 * <li>optionally the {@linkplain #fieldKey() key of the field} it is about, for example
 *     {@code voltage.nominal};</li>
 * <li>a {@linkplain #messageKey() message key} and typed {@linkplain #arguments() arguments}
 *     (field, dates, act, values) from which the message can be rendered in another language.
 *     Arguments never carry a value that the finding's reader might not be allowed to see: a
 *     validator puts into them only values of publicly accessible fields, dates of the
 *     regulatory calendar and figures it derives from public values.</li>
 * </ul>
 * <pre>{@code
 * Finding f = Finding.of("DPP-MISSING-MANDATORY", Severity.ERROR, "/fields/ratedCapacity",
 *         "Rated capacity is missing; it is mandatory for EV batteries.",
 *         "Art. 77(2); Annex XIII 1(g)").withFieldKey("ratedCapacity");
 * f.toString(); // ERROR DPP-MISSING-MANDATORY at /fields/ratedCapacity: Rated capacity is ...
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; a value type ({@code equals} compares every
 * component).
 */
public final class Finding {

    private final String code;
    private final Severity severity;
    private final String path;
    private final String message;
    private final String legalReference;
    /** The field key, or null if the finding is about no single field. */
    private final String fieldKey;
    private final String messageKey;
    private final Map<String, Object> arguments;

    private Finding(String code, Severity severity, String path, String message,
            String legalReference, String fieldKey, String messageKey, Map<String, Object> arguments) {
        this.code = code;
        this.severity = severity;
        this.path = path;
        this.message = message;
        this.legalReference = legalReference;
        this.fieldKey = fieldKey;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * Creates a finding about no single field.
     *
     * @param code the stable code: 1 to 64 characters {@code A-Z 0-9 -}, not null
     * @param severity the severity, not null
     * @param path the JSON pointer (RFC 6901): {@code ""} or text starting with {@code /} in which
     *     every {@code ~} is followed by {@code 0} or {@code 1}, not null
     * @param message the message, not blank, not null
     * @param legalReference the legal reference, possibly empty, not null
     * @return the finding, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code, the path or the message is malformed
     */
    public static Finding of(String code, Severity severity, String path, String message,
            String legalReference) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(legalReference, "legalReference");
        checkCode(code);
        checkPointer(path);
        if (message.isBlank()) {
            throw new IllegalArgumentException("Finding message must not be blank (code " + code + ")");
        }
        return new Finding(code, severity, path, message, legalReference, null, code, Map.of());
    }

    /**
     * Returns a copy of this finding with a message key and typed arguments, from which the
     * message can be rendered again in another language.
     *
     * @param key the message key, for example {@code DPP-NOT-YET-REQUIRED.pending}, not blank,
     *     not null
     * @param arguments the arguments by name, in a stable order; values are {@link String},
     *     {@link LocalDate}, {@link BigDecimal}, {@link Integer} or {@link Boolean}; not null
     * @return the finding, not null
     * @throws NullPointerException if an argument, a name or a value is null
     * @throws IllegalArgumentException if the key is blank or a value has another type
     */
    public Finding withMessageKey(String key, Map<String, ?> arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        if (key.isBlank()) {
            throw new IllegalArgumentException("Finding message key must not be blank (code " + code + ")");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : arguments.entrySet()) {
            Object v = Objects.requireNonNull(e.getValue(), "arguments value");
            if (!(v instanceof String || v instanceof LocalDate || v instanceof BigDecimal
                    || v instanceof Integer || v instanceof Boolean)) {
                throw new IllegalArgumentException("Finding argument '" + e.getKey() + "' has type "
                        + v.getClass().getName() + "; expected String, LocalDate, BigDecimal, Integer"
                        + " or Boolean");
            }
            copy.put(Objects.requireNonNull(e.getKey(), "arguments key"), v);
        }
        return new Finding(code, severity, path, message, legalReference, fieldKey, key,
                Collections.unmodifiableMap(copy));
    }

    /**
     * Returns a copy of this finding with another message (for example the same finding
     * rendered in another language); everything else is kept.
     *
     * @param text the message, not blank, not null
     * @return the finding, not null
     * @throws IllegalArgumentException if the message is blank
     */
    public Finding withMessage(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Finding message must not be blank (code " + code + ")");
        }
        return new Finding(code, severity, path, text, legalReference, fieldKey, messageKey, arguments);
    }

    /**
     * Returns the key of the message template in a resource bundle; the {@linkplain #code() code}
     * unless a more specific template was chosen.
     *
     * @return the key, not null
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * Returns the typed arguments of the message, by name, in a stable order.
     *
     * @return an unmodifiable map, possibly empty, not null
     */
    public Map<String, Object> arguments() {
        return arguments;
    }

    private static void checkCode(String code) {
        if (code.isEmpty() || code.length() > 64) {
            throw new IllegalArgumentException("Finding code must have 1 to 64 characters but was '"
                    + Excerpts.truncate(code) + "'");
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                throw new IllegalArgumentException("Finding code may contain only A-Z, 0-9 and '-'"
                        + " but has '" + c + "' at position " + i + " in '" + Excerpts.truncate(code) + "'");
            }
        }
    }

    private static void checkPointer(String path) {
        if (path.isEmpty()) {
            return;
        }
        if (path.charAt(0) != '/') {
            throw new IllegalArgumentException("Finding path must be a JSON pointer (RFC 6901)"
                    + " starting with '/' but was '" + Excerpts.truncate(path) + "'");
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '~') {
                char next = i + 1 < path.length() ? path.charAt(i + 1) : 0;
                if (next != '0' && next != '1') {
                    throw new IllegalArgumentException("Finding path must escape '~' as '~0' (RFC 6901)"
                            + " but has a bare '~' at position " + i + " in '" + Excerpts.truncate(path) + "'");
                }
            }
        }
    }

    /**
     * Escapes one reference token for a JSON pointer (RFC 6901 section 3): {@code ~} becomes
     * {@code ~0} and {@code /} becomes {@code ~1}.
     *
     * @param token the token, for example a JSON property name, not null
     * @return the escaped token, not null
     */
    public static String escapePointerToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns a copy of this finding about the field with the given key.
     *
     * @param key the field key, for example {@code voltage.nominal}, not empty, not null
     * @return the finding, not null
     * @throws IllegalArgumentException if the key is empty
     */
    public Finding withFieldKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Finding field key must not be empty");
        }
        return new Finding(code, severity, path, message, legalReference, key, messageKey, arguments);
    }

    /**
     * Returns the stable code, for example {@code DPP-MISSING-MANDATORY}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the JSON pointer (RFC 6901) of the value concerned in the passport's JSON document,
     * {@code ""} for the whole passport.
     *
     * @return the pointer, not null
     */
    public String path() {
        return path;
    }

    /**
     * Returns the message, meant for a person: what is wrong and, where it helps, how to fix it.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Returns the legal reference, for example {@code Art. 77(1)} or {@code Annex XIII 1(g)}.
     *
     * @return the reference, possibly empty, not null
     */
    public String legalReference() {
        return legalReference;
    }

    /**
     * Returns the key of the field the finding is about.
     *
     * @return the key, or empty if the finding concerns no single field
     */
    public Optional<String> fieldKey() {
        return Optional.ofNullable(fieldKey);
    }

    /**
     * Compares every component.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Finding)) {
            return false;
        }
        Finding o = (Finding) obj;
        return code.equals(o.code) && severity == o.severity && path.equals(o.path)
                && message.equals(o.message) && legalReference.equals(o.legalReference)
                && Objects.equals(fieldKey, o.fieldKey) && messageKey.equals(o.messageKey)
                && arguments.equals(o.arguments);
    }

    /**
     * Returns a hash code of every component.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, severity, path, message, legalReference, fieldKey, messageKey, arguments);
    }

    /**
     * Returns {@code SEVERITY CODE at PATH: MESSAGE [REFERENCE]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96).append(severity).append(' ').append(code)
                .append(" at ").append(path.isEmpty() ? "(passport)" : path).append(": ")
                .append(message);
        if (!legalReference.isEmpty()) {
            sb.append(" [").append(legalReference).append(']');
        }
        return sb.toString();
    }
}
