package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;

/**
 * Writes and reads the passport document: header, {@code derivedFrom}, {@code fields},
 * {@code provenance} and {@code extensions}. Stateless and thread-safe.
 */
final class DocumentCodec {

    /** The format version written in {@code schemaVersion}. */
    static final String SCHEMA_VERSION = "1.0";

    private static final BatteryField[] FIELDS = BatteryField.values();
    /** Pre-encoded property names: written without escaping work, as Jackson does for beans. */
    private static final JsonOut.Text[] KEYS = keys();
    private static final JsonOut.Text SCHEMA_VERSION_NAME = new JsonOut.Text("schemaVersion");
    private static final JsonOut.Text SCHEMA_VERSION_VALUE = new JsonOut.Text(SCHEMA_VERSION);
    private static final JsonOut.Text LEVEL_NAME = new JsonOut.Text("level");
    private static final JsonOut.Text CATEGORY_NAME = new JsonOut.Text("category");
    private static final JsonOut.Text ID_NAME = new JsonOut.Text("id");
    private static final JsonOut.Text VERSION_NAME = new JsonOut.Text("version");
    private static final JsonOut.Text ISSUED_AT_NAME = new JsonOut.Text("issuedAt");
    private static final JsonOut.Text REVISED_AT_NAME = new JsonOut.Text("revisedAt");
    private static final JsonOut.Text AUDIENCE_NAME = new JsonOut.Text("audience");
    private static final JsonOut.Text DERIVED_FROM_NAME = new JsonOut.Text("derivedFrom");
    private static final JsonOut.Text MODEL_NAME = new JsonOut.Text("model");
    private static final JsonOut.Text BATCH_NAME = new JsonOut.Text("batch");
    private static final JsonOut.Text FIELDS_NAME = new JsonOut.Text("fields");
    private static final JsonOut.Text PROVENANCE_NAME = new JsonOut.Text("provenance");
    private static final JsonOut.Text EXTENSIONS_NAME = new JsonOut.Text("extensions");

    private static JsonOut.Text[] keys() {
        JsonOut.Text[] keys = new JsonOut.Text[FIELDS.length];
        for (BatteryField f : FIELDS) {
            keys[f.ordinal()] = new JsonOut.Text(f.key());
        }
        return keys;
    }

    /**
     * For each audience (by ordinal), the fields it may read in catalogue order, with their
     * pre-encoded keys and codecs at the same index: the write loop visits nothing else.
     */
    private static final BatteryField[][] READABLE = new BatteryField[Audience.values().length][];
    private static final JsonOut.Text[][] READABLE_KEYS = new JsonOut.Text[READABLE.length][];
    private static final ValueCodec<?>[][] READABLE_CODECS = new ValueCodec<?>[READABLE.length][];

    static {
        for (Audience a : Audience.values()) {
            int n = 0;
            for (BatteryField f : FIELDS) {
                n += a.mayRead(f.access()) ? 1 : 0;
            }
            BatteryField[] fields = new BatteryField[n];
            JsonOut.Text[] keys = new JsonOut.Text[n];
            ValueCodec<?>[] codecs = new ValueCodec<?>[n];
            int i = 0;
            for (BatteryField f : FIELDS) {
                if (a.mayRead(f.access())) {
                    fields[i] = f;
                    keys[i] = KEYS[f.ordinal()];
                    codecs[i] = FieldCodecs.of(f);
                    i++;
                }
            }
            READABLE[a.ordinal()] = fields;
            READABLE_KEYS[a.ordinal()] = keys;
            READABLE_CODECS[a.ordinal()] = codecs;
        }
    }

    private static final String PROPERTIES = "schemaVersion, level, category, id, version, issuedAt, "
            + "revisedAt, audience, derivedFrom, fields, provenance, extensions";

    private DocumentCodec() {
    }

    // ------------------------------------------------------------------ writing

    static void write(JsonOut g, BatteryPassport p, Audience audience, boolean withProvenance,
            JsonNode extensions) throws IOException {
        g.writeStartObject();
        g.writeFieldName(SCHEMA_VERSION_NAME);
        g.writeString(SCHEMA_VERSION_VALUE);
        g.writeFieldName(LEVEL_NAME);
        LEVEL.write(g, p.level());
        g.writeFieldName(CATEGORY_NAME);
        CATEGORY.write(g, p.category());
        g.writeFieldName(ID_NAME);
        g.writeString(p.id().toString());
        g.writeFieldName(VERSION_NAME);
        g.writeNumber(p.version());
        g.writeFieldName(ISSUED_AT_NAME);
        Instants.write(g, p.issuedAt());
        Optional<Instant> revised = p.revisedAt();
        if (revised.isPresent()) {
            g.writeFieldName(REVISED_AT_NAME);
            Instants.write(g, revised.get());
        }
        g.writeFieldName(AUDIENCE_NAME);
        AUDIENCE.write(g, audience);
        BatteryPassport model = null;
        BatteryPassport batch = null;
        if (p instanceof ItemPassport) {
            ItemPassport item = (ItemPassport) p;
            batch = item.batch().orElse(null);
            model = item.model().orElse(null);
        } else if (p instanceof BatchPassport) {
            model = ((BatchPassport) p).model().orElse(null);
        }
        if (model != null || batch != null) {
            g.writeFieldName(DERIVED_FROM_NAME);
            g.writeStartObject();
            if (model != null) {
                g.writeFieldName(MODEL_NAME);
                writeParent(g, model);
            }
            if (batch != null) {
                g.writeFieldName(BATCH_NAME);
                writeParent(g, batch);
            }
            g.writeEndObject();
        }
        int a = audience.ordinal();
        g.writeFieldName(FIELDS_NAME);
        writeFields(g, p, READABLE[a], READABLE_KEYS[a], READABLE_CODECS[a]);
        if (withProvenance) {
            g.writeFieldName(PROVENANCE_NAME);
            writeProvenance(g, p, READABLE[a], READABLE_KEYS[a]);
        } else if (model != null) {
            writeMisplaced(g, p, READABLE[a], READABLE_KEYS[a], batch != null);
        }
        if (audience == Audience.ISSUER && extensions != null && extensions.size() > 0) {
            g.writeFieldName(EXTENSIONS_NAME);
            JsonTrees.writeSorted(g, extensions);
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void writeFields(JsonOut g, BatteryPassport p, BatteryField[] fields,
            JsonOut.Text[] keys, ValueCodec<?>[] codecs) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < fields.length; i++) {
            Optional<Object> v = p.get(fields[i]);
            if (v.isPresent()) {
                g.writeFieldName(keys[i]);
                ((ValueCodec<Object>) codecs[i]).write(g, v.get());
            }
        }
        g.writeEndObject();
    }

    private static void writeProvenance(JsonOut g, BatteryPassport p, BatteryField[] fields,
            JsonOut.Text[] keys) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < fields.length; i++) {
            Optional<PassportLevel> level = p.provenance(fields[i]);
            if (level.isPresent()) {
                g.writeFieldName(keys[i]);
                LEVEL.write(g, level.get());
            }
        }
        g.writeEndObject();
    }

    /**
     * Without full provenance: writes {@code provenance} for just the values that the reader's
     * placement rule would put on another level, so that the document still reads back to an
     * equal passport; writes nothing when there are none. The passport builders' scope rules
     * leave one such case: a model's value of a BATCH-scope field (a derived passport cannot set
     * MODEL-scope fields, and only items set ITEM-scope ones), so only those fields are looked
     * at, and only when the passport derives from a model.
     */
    private static void writeMisplaced(JsonOut g, BatteryPassport p, BatteryField[] fields,
            JsonOut.Text[] keys, boolean batch) throws IOException {
        PassportLevel self = p.level();
        boolean started = false;
        for (int i = 0; i < fields.length; i++) {
            BatteryField f = fields[i];
            if (f.scope() != PassportLevel.BATCH || PassportAssembler.DERIVED.contains(f)) {
                continue;
            }
            Optional<PassportLevel> level = p.provenance(f);
            if (level.isPresent() && level.get() != PassportAssembler.placement(f, self, true, batch)) {
                if (!started) {
                    g.writeFieldName(PROVENANCE_NAME);
                    g.writeStartObject();
                    started = true;
                }
                g.writeFieldName(keys[i]);
                LEVEL.write(g, level.get());
            }
        }
        if (started) {
            g.writeEndObject();
        }
    }

    private static void writeParent(JsonOut g, BatteryPassport parent) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID_NAME);
        g.writeString(parent.id().toString());
        g.writeFieldName(VERSION_NAME);
        g.writeNumber(parent.version());
        g.writeFieldName(ISSUED_AT_NAME);
        Instants.write(g, parent.issuedAt());
        Optional<Instant> revised = parent.revisedAt();
        if (revised.isPresent()) {
            g.writeFieldName(REVISED_AT_NAME);
            Instants.write(g, revised.get());
        }
        g.writeEndObject();
    }

    /** Tells the writer's callers which passport classes the document levels stand for. */
    static Class<? extends BatteryPassport> typeOf(PassportLevel level) {
        switch (level) {
            case MODEL:
                return ModelPassport.class;
            case BATCH:
                return BatchPassport.class;
            default:
                return ItemPassport.class;
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads one passport document; the cursor must be before the root value. With
     * {@code wholeInput}, nothing may follow the document.
     */
    static ParsedDocument read(JsonCursor c, boolean wholeInput) {
        ParsedDocument d = new ParsedDocument();
        c.startObject("a passport object");
        boolean seenSchemaVersion = false;
        boolean seenVersion = false;
        boolean seenFields = false;
        String name;
        while ((name = c.nextName()) != null) {
            switch (name) {
                case "schemaVersion":
                    String sv = c.string("the string \"" + SCHEMA_VERSION + "\"");
                    if (!SCHEMA_VERSION.equals(sv)) {
                        throw c.failHere(PassportErrorCode.UNSUPPORTED_SCHEMA_VERSION,
                                "unsupported schemaVersion \"" + JsonCursor.truncate(sv)
                                + "\": this reader reads \"" + SCHEMA_VERSION + "\"", null);
                    }
                    seenSchemaVersion = true;
                    break;
                case "level":
                    d.level = LEVEL.read(c);
                    d.levelLine = c.line();
                    d.levelColumn = c.column();
                    break;
                case "category":
                    d.category = CATEGORY.read(c);
                    break;
                case "id":
                    d.id = c.string("a GS1 Digital Link URI");
                    d.idLine = c.line();
                    d.idColumn = c.column();
                    break;
                case "version":
                    d.version = c.intValue("a version number", 1, Integer.MAX_VALUE);
                    seenVersion = true;
                    break;
                case "issuedAt":
                    d.issuedAt = ValueCodecs.INSTANT.read(c);
                    break;
                case "revisedAt":
                    d.revisedAt = ValueCodecs.INSTANT.read(c);
                    break;
                case "audience":
                    d.audience = AUDIENCE.read(c);
                    break;
                case "derivedFrom":
                    c.peek();
                    d.derivedLine = c.line();
                    d.derivedColumn = c.column();
                    readDerivedFrom(c, d);
                    break;
                case "fields":
                    readFields(c, d);
                    seenFields = true;
                    break;
                case "provenance":
                    c.peek();
                    d.provenanceLine = c.line();
                    d.provenanceColumn = c.column();
                    readProvenance(c, d);
                    break;
                case "extensions":
                    if (c.peek() != JsonToken.START_OBJECT) {
                        c.next();
                        throw c.expected("an object of user data");
                    }
                    d.extensions = c.tree();
                    break;
                default:
                    throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                            "unknown property \"" + JsonCursor.truncate(name)
                            + "\" (allowed: " + PROPERTIES + "; put user data in \"extensions\")", null);
            }
        }
        // At the root's END_OBJECT: report missing properties there.
        d.endLine = c.line();
        d.endColumn = c.column();
        requirePresent(c, seenSchemaVersion, "schemaVersion", "the format version \"1.0\"");
        requirePresent(c, d.level != null, "level", "the passport level (MODEL, BATCH or ITEM)");
        requirePresent(c, d.category != null, "category", "the battery category (LMT, EV or INDUSTRIAL)");
        requirePresent(c, d.id != null, "id", "the passport identifier (a GS1 Digital Link URI)");
        requirePresent(c, seenVersion, "version", "the passport version (an integer from 1)");
        requirePresent(c, d.issuedAt != null, "issuedAt", "the time of issue (an ISO 8601 instant)");
        requirePresent(c, d.audience != null, "audience",
                "the audience (PUBLIC, LEGITIMATE_INTEREST, AUTHORITIES or ISSUER)");
        requirePresent(c, seenFields, "fields", "the object of field values");
        if (wholeInput) {
            c.end();
        }
        DocumentChecks.check(d);
        return d;
    }

    private static void requirePresent(JsonCursor c, boolean present, String name, String what) {
        if (!present) {
            throw c.failAt(PassportErrorCode.MISSING_PROPERTY,
                    "/" + name, "missing required property \"" + name + "\": expected " + what,
                    null);
        }
    }

    private static final ValueCodec<PassportLevel> LEVEL =
            ValueCodecs.enumCodec("a passport level", PassportLevel.values(), Enum::name);
    private static final ValueCodec<BatteryCategory> CATEGORY =
            ValueCodecs.enumCodec("a battery category", BatteryCategory.values(), Enum::name);
    private static final ValueCodec<Audience> AUDIENCE =
            ValueCodecs.enumCodec("an audience", Audience.values(), Enum::name);

    private static void readDerivedFrom(JsonCursor c, ParsedDocument d) {
        c.startObject("an object with the \"model\" and/or \"batch\" passports");
        String name;
        while ((name = c.nextName()) != null) {
            if (name.equals("model")) {
                d.model = readParent(c, "the model passport");
            } else if (name.equals("batch")) {
                d.batch = readParent(c, "the batch passport");
            } else {
                throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                        "unknown property \"" + JsonCursor.truncate(name)
                        + "\" in derivedFrom (allowed: model, batch)", null);
            }
        }
    }

    private static ParsedDocument.Parent readParent(JsonCursor c, String what) {
        c.startObject(what + " {\"id\", \"version\", \"issuedAt\"}");
        ParsedDocument.Parent p = new ParsedDocument.Parent();
        p.line = c.line();
        p.column = c.column();
        String name;
        while ((name = c.nextName()) != null) {
            switch (name) {
                case "id":
                    p.id = c.string("a GS1 Digital Link URI");
                    break;
                case "version":
                    p.version = c.intValue("a version number", 1, Integer.MAX_VALUE);
                    break;
                case "issuedAt":
                    p.issuedAt = ValueCodecs.INSTANT.read(c);
                    break;
                case "revisedAt":
                    p.revisedAt = ValueCodecs.INSTANT.read(c);
                    break;
                default:
                    throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                            "unknown property \"" + JsonCursor.truncate(name) + "\" in "
                            + what + " (allowed: id, version, issuedAt, revisedAt)", null);
            }
        }
        if (p.id == null || p.version == 0 || p.issuedAt == null) {
            String missing = p.id == null ? "id" : p.version == 0 ? "version" : "issuedAt";
            throw c.failAt(PassportErrorCode.MISSING_PROPERTY,
                    JsonCursor.child(c.pointer(), missing), "missing required property \""
                    + missing + "\" in " + what, null);
        }
        return p;
    }

    private static void readFields(JsonCursor c, ParsedDocument d) {
        c.startObject("an object of field values keyed by catalogue key");
        String name;
        while ((name = c.nextName()) != null) {
            Optional<BatteryField> field = BatteryField.fromKey(name);
            if (field.isEmpty()) {
                throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                        "unknown field key \"" + JsonCursor.truncate(name)
                        + "\" (expected a key of the battery passport field catalogue; put user data in "
                                + "\"extensions\")",
                        null);
            }
            BatteryField f = field.get();
            int i = f.ordinal();
            c.peek();
            d.lines[i] = c.line();
            d.columns[i] = c.column();
            d.values[i] = FieldCodecs.of(f).read(c);
        }
    }

    private static void readProvenance(JsonCursor c, ParsedDocument d) {
        c.startObject("an object of passport levels keyed by catalogue key");
        String name;
        while ((name = c.nextName()) != null) {
            Optional<BatteryField> field = BatteryField.fromKey(name);
            if (field.isEmpty()) {
                throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                        "unknown field key \"" + JsonCursor.truncate(name)
                        + "\" in provenance (expected a key of the battery passport field catalogue)", null);
            }
            d.provenance[field.get().ordinal()] = LEVEL.read(c);
        }
    }
}
