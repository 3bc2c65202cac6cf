package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Test harness: the bundled JSON Schema, loaded once, and assertions against it. */
final class SchemaSupport {

    static final String RESOURCE = "/org/dppkit/battery/json/battery-passport.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNode SCHEMA_NODE = load();
    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE);

    private SchemaSupport() {
    }

    private static JsonNode load() {
        try (InputStream in = SchemaSupport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the schema errors of a document (empty when valid). */
    static List<Error> errors(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the test unless the document is valid against the bundled schema. */
    static void assertValid(String json) {
        List<Error> errors = errors(json);
        if (!errors.isEmpty()) {
            fail("document does not match the schema: " + errors + "\n" + json);
        }
    }
}
