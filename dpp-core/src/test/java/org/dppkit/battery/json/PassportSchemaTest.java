package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.FieldType;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled JSON Schema agrees with the field catalogue and is a valid 2020-12 schema. */
class PassportSchemaTest {

    private static final JsonNode FIELDS =
            SchemaSupport.SCHEMA_NODE.path("properties").path("fields").path("properties");
    private static final JsonNode DEFS = SchemaSupport.SCHEMA_NODE.path("$defs");

    @Test
    void schema_isValidDraft202012() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(SchemaSupport.SCHEMA_NODE);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("https://json-schema.org/draft/2020-12/schema",
                SchemaSupport.SCHEMA_NODE.path("$schema").asText());
    }

    @Test
    void fields_areTheCatalogueKeysInCatalogueOrder() {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = FIELDS.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        List<String> catalogue = Arrays.stream(BatteryField.values()).map(BatteryField::key)
                .collect(Collectors.toList());
        assertEquals(catalogue, keys);
    }

    @ParameterizedTest
    @EnumSource(BatteryField.class)
    void field_hasTheCatalogueJsonType(BatteryField field) {
        JsonNode f = FIELDS.path(field.key());
        assertFalse(f.isMissingNode(), field.key());
        assertEquals(field.access().name(), f.path("x-dppkit-access").asText(), "access");
        assertEquals(field.scope().name(), f.path("x-dppkit-scope").asText(), "scope");
        JsonNode element = f;
        if (field.isList()) {
            assertEquals("array", f.path("type").asText(), field.key());
            element = f.path("items");
        }
        String ref = element.path("$ref").asText("");
        switch (field.type()) {
            case STRING:
                assertEquals("string", element.path("type").asText());
                break;
            case ENUM:
                assertEquals("string", element.path("type").asText());
                List<String> values = new ArrayList<>();
                element.path("enum").forEach(v -> values.add(v.asText()));
                assertEquals(field.allowedValues(), values);
                break;
            case DECIMAL:
            case INTEGER:
                assertEquals(field.type() == FieldType.DECIMAL ? "#/$defs/quantity"
                        : "#/$defs/integerQuantity", ref);
                assertEquals(field.unit().orElseThrow().code(),
                        element.path("properties").path("unit").path("const").asText());
                break;
            case TEXT_MULTILINGUAL:
                assertEquals("#/$defs/localizedText", ref);
                break;
            case DATE:
                assertEquals("#/$defs/date", ref);
                break;
            case DATETIME:
                assertEquals("#/$defs/dateTime", ref);
                break;
            case URL:
                assertEquals("#/$defs/url", ref);
                break;
            case DOCUMENT_REF:
                assertEquals("#/$defs/documentRef", ref);
                break;
            case OBJECT:
                assertTrue(ref.startsWith("#/$defs/"), ref);
                assertEquals("object", DEFS.path(ref.substring("#/$defs/".length())).path("type").asText());
                break;
            default:
                throw new AssertionError(field.type());
        }
    }

    @Test
    void headerEnums_matchTheJavaEnums() {
        JsonNode props = SchemaSupport.SCHEMA_NODE.path("properties");
        assertEquals(names(PassportLevel.values()), texts(props.path("level").path("enum")));
        assertEquals(names(BatteryCategory.values()), texts(props.path("category").path("enum")));
        assertEquals(names(Audience.values()), texts(props.path("audience").path("enum")));
        List<String> keys = texts(props.path("provenance").path("propertyNames").path("enum"));
        assertEquals(BatteryField.values().length, keys.size());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
