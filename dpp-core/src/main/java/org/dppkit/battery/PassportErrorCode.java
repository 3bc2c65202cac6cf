package org.dppkit.battery;

/**
 * Stable codes for the ways input to dpp-core can be wrong, carried by every
 * {@link PassportException} (and so by
 * {@link org.dppkit.battery.json.PassportFormatException}).
 *
 * <p>A code never changes meaning once released; new codes may be added. Callers may switch on
 * them, for example to map them to their own messages or to an HTTP status. Each constant says
 * when it is reported and how to fix the input; the exception's message names the field or
 * property (or, for JSON, the pointer, line and column), the offending value and the rule.
 * <pre>{@code
 * try {
 *     PassportJson.standard().read(json);
 * } catch (PassportException e) {
 *     if (e.errorCode() == PassportErrorCode.DUPLICATE_KEY) { ... }
 * }
 * }</pre>
 *
 * <p>The first group is reported by the passport model, its values and builders, the validator's
 * builder and the file writer; the second group only when reading JSON. A JSON document whose
 * value the passport model rejects is reported with the model's code (for example
 * {@link #OUT_OF_RANGE} for a percentage of 120 in a document) and the value's JSON pointer.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PassportErrorCode {

    // ------------------------------------------------------------------ values and builders

    /**
     * A text that must have content is empty or only whitespace (a string field, a value's
     * property, the basis of a declaration), or a multilingual text has no language at all.
     * Supply the text.
     */
    BLANK,
    /**
     * A text, name, media type or number is longer than its limit: {@link
     * PassportLimits#MAX_TEXT_LENGTH} characters for texts, {@link PassportLimits#MAX_NAME_LENGTH}
     * for language tags and media types, {@link PassportLimits#MAX_NUMBER_LENGTH} for a number
     * written without exponent. Shorten it, or link a document ({@link DocumentRef}) instead.
     */
    TOO_LONG,
    /**
     * A list or a multilingual text has more entries (elements, languages) than
     * {@link PassportLimits#MAX_LIST_SIZE}. Split the data, or link a document instead.
     */
    TOO_MANY,
    /**
     * A number, date or time is outside its range: a negative quantity where only zero or more
     * makes sense, a percentage above 100, a year outside {@link PassportLimits#MIN_YEAR} to
     * {@link PassportLimits#MAX_YEAR}, a lower temperature above the upper, recycled shares
     * adding up to more than 100 %, or a numeric option (a reader limit, a tolerance) outside
     * what the option allows. The message gives the range.
     */
    OUT_OF_RANGE,
    /**
     * A number that must be whole (a field of catalogue type {@code integer}, a version, a count)
     * has a fraction, such as {@code 12.5} months. Round it as the data owner decides; dppkit
     * never rounds.
     */
    NOT_WHOLE_NUMBER,
    /**
     * A text does not have the required form: an e-mail address, an absolute URI, a media type
     * ({@code type/subtype}), a SHA-256 digest (64 hex digits), a BCP 47 language tag, an ISO
     * 3166-1 country code, a decimal number, an ISO 8601 date or instant, a whole number in JSON
     * written with an exponent ({@code 1e2}), a validator option such as an act key. Write it in
     * the form the message names.
     */
    BAD_FORMAT,
    /**
     * A quantity is in another unit than its field or property requires, for example a nominal
     * voltage in {@code AMH}. Convert the value and use the field's {@link Unit}
     * ({@link BatteryField#unit()}).
     */
    WRONG_UNIT,
    /**
     * A value has the wrong Java type for its place: {@code set(field, value)} with a value that
     * is not of the field's {@link BatteryField#valueType()}, {@code get(field, type)} asking for
     * another type, or an {@code extensions} tree holding a node JSON cannot carry (a POJO or
     * binary node, NaN, infinity). Pass a value of the documented type.
     */
    WRONG_TYPE,
    /**
     * A field's scope is above the builder's level: an ITEM-scope field (per battery) set on a
     * MODEL or BATCH passport, or a MODEL-scope field set on a passport derived from the model
     * (the value is shared from there). Set it on the passport of the field's
     * {@link BatteryField#scope()}, or make a new parent passport for a different value.
     */
    SCOPE_ABOVE_LEVEL,
    /**
     * A field that follows from the passport's identifier and category ({@code uniqueIdentifier},
     * {@code modelIdentifier}, {@code batchNumber}, {@code serialNumber},
     * {@code batteryCategory}) was set, or a document gives it a value that differs from its
     * identifier. Leave it out; to change it, make a passport with another identifier.
     */
    DERIVED_FIELD,
    /**
     * A field applies to another battery category only, such as
     * {@code industrialSubCategory} on a passport that is not for an INDUSTRIAL battery. Leave it
     * out, or correct the category.
     */
    WRONG_CATEGORY,
    /**
     * An identifier is not a usable GS1 Digital Link for a passport: it has no GTIN (AI 01) as its
     * primary key, is not a Digital Link at all, or its lot (AI 10) or serial (AI 21) breaks the
     * GS1 rules (the cause is the {@code Gs1SyntaxException}). Correct the identifier.
     */
    BAD_IDENTIFIER,
    /**
     * An identifier has the key qualifiers of another level: a passport's level fixes the form
     * of its identifier ({@code /01/{gtin}} for MODEL, {@code /01/{gtin}/10/{lot}} for BATCH,
     * {@code /01/{gtin}/21/{serial}} or {@code /01/{gtin}/10/{lot}/21/{serial}} for ITEM). Use the
     * builder of the identifier's level, or the identifier of the passport's level.
     */
    WRONG_LEVEL_IDENTIFIER,
    /**
     * An identifier does not continue the passport it is tied to: a derived passport with another
     * GTIN or lot than its parent, or a successor with the same identifier as its predecessor.
     * Use the parent's GTIN (and lot); give a successor a new serial.
     */
    IDENTIFIER_MISMATCH,
    /**
     * A passport is derived from a parent it cannot have: an item from another item (use
     * {@code ItemPassport.successorOf}), or, in a document, a MODEL passport with a
     * {@code derivedFrom}, or a BATCH passport naming a batch parent. Derive from the model (or
     * batch) passport, or leave {@code derivedFrom} out.
     */
    WRONG_PARENT,
    /**
     * A structural part is missing: {@code build()} without {@code issuedAt} (and no clock), a
     * stored version above 1 without {@code revisedAt}, a successor passport without
     * predecessors, a regulatory calendar without an as-of date. The message lists every missing
     * part; supply them.
     */
    MISSING_PART,
    /**
     * A revision time lies before the time of the version it revises (or before
     * {@code issuedAt}). Pass a later instant to {@code revise}.
     */
    BAD_REVISION,
    /**
     * A reduced passport (read from a PUBLIC or other audience's document, or made by
     * {@code restrictTo}; {@link BatteryPassport#isComplete()} false) was asked to act as the
     * whole passport: revised, derived from, edited or validated for compliance. Use the complete
     * passport (audience ISSUER), for example read from your ISSUER document.
     */
    INCOMPLETE_PASSPORT,
    /**
     * A reduced passport was asked to show, restrict to or be written for an audience that may
     * read fields it does not hold. Use an audience it covers, or the complete passport.
     */
    AUDIENCE_TOO_WIDE,
    /**
     * A passport's values would make a JSON document longer than
     * {@link PassportLimits#MAX_DOCUMENT_LENGTH}. Shorten texts or lists, or link documents.
     */
    DOCUMENT_TOO_LARGE,
    /**
     * No constant has the given key or code ({@code Section.fromKey},
     * {@code FindingCode.fromCode}). Use one of the documented keys.
     */
    UNKNOWN_KEY,
    /**
     * An option of a writer is unusable: {@code PassportFiles} views without an audience, a
     * label extension that is malformed or given twice, a folder outside the output folder.
     * Correct the option as the message says.
     */
    INVALID_OPTION,
    /**
     * A regulatory calendar text has a malformed line (the message gives its number) or no
     * {@code asOf} line, or the calendar given to the validator's builder lacks an act that the
     * field catalogue names. Write it in the format described by {@code RegulatoryCalendar}, with
     * every act of the bundled calendar.
     */
    BAD_CALENDAR,

    // ------------------------------------------------------------------ JSON reading

    /**
     * The input is not well-formed JSON: a syntax error, empty or truncated input, a
     * non-standard token such as {@code NaN}, an invalid character encoding, or content after the
     * passport object. Fix the producer.
     */
    MALFORMED_JSON,
    /**
     * A JSON object has the same key twice (at any depth); each key may appear once, so remove the
     * second occurrence, which the pointer, line and column name. Also reported for a multilingual
     * text with two language tags that are the same after normalisation ({@code en} and
     * {@code EN}).
     */
    DUPLICATE_KEY,
    /**
     * The input exceeds a reader limit of {@code PassportJson}: document length, nesting depth,
     * string, name or number length. Fix the producer, or raise the limit with
     * {@code PassportJson.builder()}.
     */
    READER_LIMIT,
    /**
     * A property that the format does not define, or a field key that is not in the catalogue
     * (outside {@code extensions}). Remove it, or move user data into {@code extensions}.
     */
    UNKNOWN_PROPERTY,
    /**
     * A required property is missing ({@code level}, {@code category}, {@code id}, a
     * quantity's {@code unit}, a required property of an object value). Add it; the pointer names
     * where it belongs.
     */
    MISSING_PROPERTY,
    /**
     * A value has another JSON type than the format requires, for example a string where a
     * number is required, or an array where an object is. Write the value as the bundled JSON
     * Schema describes it.
     */
    WRONG_JSON_TYPE,
    /**
     * A string is not one of the values its place allows: an unknown enum value (battery
     * status, category, level, audience) or a unit code that is not in the catalogue. Use one of
     * the values the message lists.
     */
    UNKNOWN_VALUE,
    /**
     * The document's {@code schemaVersion} is not one this version of dppkit reads. Upgrade
     * dppkit, or write the document with a supported schema version.
     */
    UNSUPPORTED_SCHEMA_VERSION,
    /**
     * A document of one level was read as a passport of another, for example an ITEM document
     * with {@code read(json, ModelPassport.class)}. Read it as its level's type, or as
     * {@code BatteryPassport}.
     */
    WRONG_LEVEL,
    /**
     * A field appears in a document whose audience may not read it (its access group is not
     * among the audience's). Remove the field, or write the document for an audience that may
     * read it.
     */
    FIELD_NOT_IN_AUDIENCE,
    /**
     * A {@code provenance} entry is inconsistent: it names a field without a value, a level
     * narrower than the passport's own, or a parent passport that {@code derivedFrom} does not
     * identify. Correct or remove the entry.
     */
    BAD_PROVENANCE;
}
