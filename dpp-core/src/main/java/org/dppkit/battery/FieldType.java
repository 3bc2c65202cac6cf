package org.dppkit.battery;

/**
 * The kind of value a catalogue field holds (catalogue column {@code type}); a field may also be
 * a list of its type ({@link BatteryField#isList()}).
 */
public enum FieldType {
    /** Plain text. */
    STRING("string"),
    /** Text in several languages (language tag to text). */
    TEXT_MULTILINGUAL("text-multilingual"),
    /** A decimal number, usually with a unit. */
    DECIMAL("decimal"),
    /** A whole number, usually with a unit. */
    INTEGER("integer"),
    /** An ISO 8601 date. */
    DATE("date"),
    /** An ISO 8601 date and time. */
    DATETIME("datetime"),
    /** An absolute URL. */
    URL("url"),
    /** A link to a document with media type, language and title. */
    DOCUMENT_REF("document-ref"),
    /** A structured value whose sub-fields the catalogue notes name. */
    OBJECT("object"),
    /** One of a closed set of values ({@link BatteryField#allowedValues()}). */
    ENUM("enum");

    private final String catalogueName;

    FieldType(String catalogueName) {
        this.catalogueName = catalogueName;
    }

    /**
     * Returns the type name as written in the catalogue CSV.
     *
     * @return the name, for example {@code text-multilingual}
     */
    public String catalogueName() {
        return catalogueName;
    }

    static FieldType fromCatalogue(String name) {
        for (FieldType t : values()) {
            if (t.catalogueName.equals(name)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown type '" + name + "' in field catalogue");
    }
}
