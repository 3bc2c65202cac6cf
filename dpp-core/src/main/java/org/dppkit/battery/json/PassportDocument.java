package org.dppkit.battery.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.dppkit.battery.BatteryPassport;

/**
 * A passport together with the {@code extensions} of its JSON document: user data outside the
 * battery passport standard (ERP numbers, internal references...), kept as a JSON tree.
 *
 * <pre>{@code
 * ObjectNode erp = JsonNodeFactory.instance.objectNode().put("materialNumber", "4711");
 * PassportDocument doc = PassportDocument.of(passport).withExtensions(erp);
 * String json = PassportJson.standard().write(doc, Audience.ISSUER);
 * PassportJson.standard().readDocument(json).equals(doc);   // true
 * }</pre>
 *
 * <p>Extensions have no access group, so only {@link org.dppkit.core.Audience#ISSUER} documents
 * carry them. They are written with object keys sorted at every depth, so equal documents give
 * identical bytes; numbers read back as exact decimals ({@code DecimalNode}) or integers
 * ({@code IntNode}, {@code LongNode}, {@code BigIntegerNode}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: the extension tree is copied on the way in and on the
 * way out.
 */
public final class PassportDocument {

    private final BatteryPassport passport;
    /** Never null, never shared with callers. */
    private final ObjectNode extensions;

    private PassportDocument(BatteryPassport passport, ObjectNode extensions) {
        this.passport = passport;
        this.extensions = extensions;
    }

    /**
     * Returns a document holding the passport and no extensions.
     *
     * @param passport the passport, not null
     * @return the document, not null
     * @throws NullPointerException if the passport is null
     */
    public static PassportDocument of(BatteryPassport passport) {
        return new PassportDocument(Objects.requireNonNull(passport, "passport"),
                JsonNodeFactory.instance.objectNode());
    }

    /**
     * Returns a document holding the passport and a copy of the extensions.
     *
     * @param passport the passport, not null
     * @param extensions the user data, an object (possibly empty), not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     */
    public static PassportDocument of(BatteryPassport passport, ObjectNode extensions) {
        return of(passport).withExtensions(extensions);
    }

    /**
     * Returns a copy with these extensions instead of the current ones.
     *
     * @param extensions the user data, an object (possibly empty), not null
     * @return the copy, not null
     * @throws NullPointerException if the extensions are null
     */
    public PassportDocument withExtensions(ObjectNode extensions) {
        return new PassportDocument(passport, Objects.requireNonNull(extensions, "extensions").deepCopy());
    }

    static PassportDocument ofRead(BatteryPassport passport, JsonNode extensions) {
        return new PassportDocument(passport, extensions == null ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) extensions);
    }

    /**
     * Returns the passport.
     *
     * @return the passport, not null
     */
    public BatteryPassport passport() {
        return passport;
    }

    /**
     * Returns a copy of the extensions.
     *
     * @return a new object node, empty when there are none, not null
     */
    public ObjectNode extensions() {
        return extensions.deepCopy();
    }

    /** The extension tree itself, for the writer; never modified. */
    JsonNode extensionsTree() {
        return extensions;
    }

    /**
     * Compares passport and extensions.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PassportDocument && passport.equals(((PassportDocument) obj).passport)
                && extensions.equals(((PassportDocument) obj).extensions);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return passport.hashCode() * 31 + extensions.hashCode();
    }

    /**
     * Returns the passport's description and the extension keys (not their values).
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PassportDocument[").append(passport).append(", extensions=[");
        boolean first = true;
        for (java.util.Iterator<String> it = extensions.fieldNames(); it.hasNext(); ) {
            sb.append(first ? "" : ", ").append(it.next());
            first = false;
        }
        return sb.append("]]").toString();
    }
}
