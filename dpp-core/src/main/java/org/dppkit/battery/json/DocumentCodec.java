package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
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
    private static final String PROPERTIES =
            "schemaVersion, level, category, id, version, audience, derivedFrom, fields, provenance, extensions";

    private DocumentCodec() {
    }

    // ------------------------------------------------------------------ writing

    static void write(JsonGenerator g, PassportSource p, Audience audience, boolean withProvenance)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("level", p.level().name());
        g.writeStringField("category", p.category().name());
        g.writeStringField("id", p.id());
        g.writeNumberField("version", p.version());
        g.writeStringField("audience", audience.name());
        Optional<String> model = p.derivedFromModel();
        Optional<String> batch = p.derivedFromBatch();
        if (model.isPresent() || batch.isPresent()) {
            g.writeObjectFieldStart("derivedFrom");
            if (model.isPresent()) {
                g.writeStringField("model", model.get());
            }
            if (batch.isPresent()) {
                g.writeStringField("batch", batch.get());
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("fields");
        boolean any = false;
        for (BatteryField f : FIELDS) {
            if (!audience.mayRead(f.access())) {
                continue;
            }
            Object v = p.value(f);
            if (v != null) {
                any = true;
                g.writeFieldName(f.key());
                FieldCodecs.of(f).write(g, v);
            }
        }
        g.writeEndObject();
        if (withProvenance && any) {
            g.writeObjectFieldStart("provenance");
            for (BatteryField f : FIELDS) {
                if (audience.mayRead(f.access()) && p.value(f) != null) {
                    g.writeStringField(f.key(), p.provenance(f).name());
                }
            }
            g.writeEndObject();
        }
        JsonNode ext = p.extensions();
        if (audience == Audience.ISSUER && ext != null && ext.size() > 0) {
            g.writeFieldName("extensions");
            JsonTrees.writeSorted(g, ext);
        }
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ reading

    /** Reads one passport document; the cursor must be before the root value. */
    static PassportDocument read(JsonCursor c) {
        return read(c, true);
    }

    /**
     * Reads one passport document; the cursor must be before the root value. With
     * {@code wholeInput}, nothing may follow the document.
     */
    static PassportDocument read(JsonCursor c, boolean wholeInput) {
        PassportDocument d = new PassportDocument();
        c.startObject("a passport object");
        boolean seenVersion = false;
        boolean seenFields = false;
        String name;
        while ((name = c.nextName()) != null) {
            switch (name) {
                case "schemaVersion":
                    d.schemaVersion = c.string("the string \"" + SCHEMA_VERSION + "\"");
                    if (!SCHEMA_VERSION.equals(d.schemaVersion)) {
                        throw c.failHere("unsupported schemaVersion \"" + JsonCursor.truncate(d.schemaVersion)
                                + "\": this reader reads \"" + SCHEMA_VERSION + "\"", null);
                    }
                    break;
                case "level":
                    d.level = readEnum(c, PassportLevel.class, "a passport level");
                    break;
                case "category":
                    d.category = readEnum(c, BatteryCategory.class, "a battery category");
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
                case "audience":
                    d.audience = readEnum(c, Audience.class, "an audience");
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
                    throw c.failHere("unknown property \"" + JsonCursor.truncate(name)
                            + "\" (allowed: " + PROPERTIES + "; put user data in \"extensions\")", null);
            }
        }
        // At the root's END_OBJECT: report missing properties there.
        requirePresent(c, d.schemaVersion != null, "schemaVersion", "the format version \"1.0\"");
        requirePresent(c, d.level != null, "level", "the passport level (MODEL, BATCH or ITEM)");
        requirePresent(c, d.category != null, "category", "the battery category (LMT, EV or INDUSTRIAL)");
        requirePresent(c, d.id != null, "id", "the passport identifier (a GS1 Digital Link URI)");
        requirePresent(c, seenVersion, "version", "the passport version (an integer from 1)");
        requirePresent(c, d.audience != null, "audience", "the audience (PUBLIC, LEGITIMATE_INTEREST, AUTHORITIES or ISSUER)");
        requirePresent(c, seenFields, "fields", "the object of field values");
        if (wholeInput) {
            c.end();
        }
        DocumentChecks.check(d);
        return d;
    }

    private static void requirePresent(JsonCursor c, boolean present, String name, String what) {
        if (!present) {
            throw c.failAt("/" + name, "missing required property \"" + name + "\": expected " + what,
                    null);
        }
    }

    private static <E extends Enum<E>> E readEnum(JsonCursor c, Class<E> type, String what) {
        E[] all = type.getEnumConstants();
        StringBuilder allowed = new StringBuilder();
        for (E e : all) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name());
        }
        String s = c.string(what + " (" + allowed + ")");
        for (E e : all) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw c.failHere("expected " + what + " (" + allowed + ") but found string \""
                + JsonCursor.truncate(s) + "\"", null);
    }

    private static void readDerivedFrom(JsonCursor c, PassportDocument d) {
        c.startObject("an object with the \"model\" and/or \"batch\" identifiers");
        String name;
        while ((name = c.nextName()) != null) {
            if (name.equals("model")) {
                d.derivedFromModel = c.string("the model passport's identifier");
            } else if (name.equals("batch")) {
                d.derivedFromBatch = c.string("the batch passport's identifier");
            } else {
                throw c.failHere("unknown property \"" + JsonCursor.truncate(name)
                        + "\" in derivedFrom (allowed: model, batch)", null);
            }
        }
    }

    private static void readFields(JsonCursor c, PassportDocument d) {
        c.startObject("an object of field values keyed by catalogue key");
        String name;
        while ((name = c.nextName()) != null) {
            Optional<BatteryField> field = BatteryField.fromKey(name);
            if (field.isEmpty()) {
                throw c.failHere("unknown field key \"" + JsonCursor.truncate(name)
                        + "\" (expected a key of the battery passport field catalogue; put user data in \"extensions\")",
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

    private static void readProvenance(JsonCursor c, PassportDocument d) {
        c.startObject("an object of passport levels keyed by catalogue key");
        d.hasProvenance = true;
        String name;
        while ((name = c.nextName()) != null) {
            Optional<BatteryField> field = BatteryField.fromKey(name);
            if (field.isEmpty()) {
                throw c.failHere("unknown field key \"" + JsonCursor.truncate(name)
                        + "\" in provenance (expected a key of the battery passport field catalogue)", null);
            }
            d.provenance[field.get().ordinal()] = readEnum(c, PassportLevel.class, "a passport level");
        }
    }
}
