package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.Facility;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PostalAddress;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing and reading passports: round trips, views, stability, schema, typed reads, module. */
class PassportJsonTest {

    private static final PassportJson STANDARD = PassportJson.standard();
    private static final PassportJson WITH_PROVENANCE = PassportJson.builder().withProvenance(true).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Provide
    Arbitrary<BatteryPassport> standalone() {
        return PassportArbitraries.standalone();
    }

    @Provide
    Arbitrary<ItemPassport> derived() {
        return PassportArbitraries.derivedItems();
    }

    @Provide
    Arbitrary<ItemPassport> derivedWithDefaults() {
        return PassportArbitraries.derivedItemsWithDefaults();
    }

    // ------------------------------------------------------------------ round trips

    @Property(tries = 200)
    void read_write_roundTripsDerivedItemsWithParentDefaults(@ForAll("derivedWithDefaults") ItemPassport item) {
        List<BatteryPassport> passports = new ArrayList<>(List.of(item));
        item.batch().ifPresent(passports::add);
        for (BatteryPassport p : passports) {
            for (PassportJson json : new PassportJson[] {STANDARD, WITH_PROVENANCE}) {
                String text = json.write(p);
                SchemaSupport.assertValid(text);
                BatteryPassport back = json.read(text);
                assertEquals(p, back);
                for (BatteryField f : BatteryField.values()) {
                    assertEquals(p.provenance(f), back.provenance(f), f.key());
                }
                assertEquals(text, json.write(back));
            }
        }
    }

    @Property(tries = 200)
    void read_write_roundTripsEveryLevelAndCategory(@ForAll("standalone") BatteryPassport p) {
        String json = STANDARD.write(p);
        SchemaSupport.assertValid(json);
        BatteryPassport back = STANDARD.read(json);
        assertEquals(p, back);
        assertEquals(p.level(), back.level());
        assertEquals(json, STANDARD.write(back), "byte-identical for equal passports");
    }

    @Property(tries = 100)
    void read_write_roundTripsDerivedItems(@ForAll("derived") ItemPassport p) {
        for (PassportJson json : new PassportJson[] {STANDARD, WITH_PROVENANCE}) {
            String text = json.write(p);
            SchemaSupport.assertValid(text);
            ItemPassport back = json.read(text, ItemPassport.class);
            assertEquals(p, back);
            assertEquals(p.parent(), back.parent());
            for (BatteryField f : BatteryField.values()) {
                assertEquals(p.provenance(f), back.provenance(f), f.key());
            }
            assertEquals(text, json.write(back));
        }
    }

    @Property(tries = 100)
    void write_isStableAcrossPrettyPrintAndStreams(@ForAll("standalone") BatteryPassport p) {
        // Strings come from TextOut, writers and streams from a Jackson generator: same characters.
        for (PassportJson json : List.of(STANDARD, WITH_PROVENANCE)) {
            for (Audience audience : Audience.values()) {
                String text = json.write(p, audience);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                json.write(p, audience, bytes);
                assertEquals(text, bytes.toString(StandardCharsets.UTF_8));
                StringWriter chars = new StringWriter();
                json.write(p, audience, chars);
                assertEquals(text, chars.toString());
            }
        }
        String compact = STANDARD.write(p, Audience.AUTHORITIES);
        String pretty = PassportJson.builder().prettyPrint(true).build().write(p, Audience.AUTHORITIES);
        assertFalse(pretty.contains("\r"));
        assertEquals(tree(compact), tree(pretty));
        assertEquals(p.level(), STANDARD.read(new StringReader(pretty)).level());
        assertEquals(STANDARD.read(compact),
                STANDARD.read(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8))));
    }

    // ------------------------------------------------------------------ audience views

    @Property(tries = 50)
    void write_view_containsExactlyTheReadableFields(@ForAll("standalone") BatteryPassport p) {
        for (Audience audience : Audience.values()) {
            String json = WITH_PROVENANCE.write(p, audience);
            SchemaSupport.assertValid(json);
            JsonNode doc = tree(json);
            assertEquals(audience.name(), doc.path("audience").asText());
            Set<String> expected = new LinkedHashSet<>();
            for (BatteryField f : p.presentFields()) {
                if (audience.mayRead(f.access())) {
                    expected.add(f.key());
                }
            }
            assertEquals(expected, keys(doc.path("fields")), audience.name());
            assertEquals(expected, keys(doc.path("provenance")), audience.name());
            BatteryPassport back = STANDARD.read(json);
            for (BatteryField f : BatteryField.values()) {
                assertEquals(audience.mayRead(f.access()) ? p.get(f) : java.util.Optional.empty(), back.get(f),
                        f.key());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void write_fullPassport_viewHasEveryReadableCatalogueFieldAndNoOther(Audience audience) {
        BatteryPassport full = fullItem();
        assertEquals(EnumSet.allOf(BatteryField.class), full.presentFields());
        JsonNode doc = tree(STANDARD.write(full, audience));
        Set<String> expected = new LinkedHashSet<>();
        for (BatteryField f : BatteryField.values()) {
            if (audience.mayRead(f.access())) {
                expected.add(f.key());
            }
        }
        assertEquals(expected, keys(doc.path("fields")));
        if (audience == Audience.PUBLIC) {
            assertEquals(62, expected.size(), "PUBLIC fields of the catalogue");
        }
        SchemaSupport.assertValid(STANDARD.write(full, audience));
    }

    static BatteryPassport fullItem() {
        Map<BatteryField, Object> values = PassportArbitraries.allValues().sample();
        return PassportArbitraries.fill(ItemPassport.builder(BatteryCategory.INDUSTRIAL,
                org.dppkit.gs1.Gtin.parse("09506000134352"), "L1", "SN-1"), values, 0, true,
                EnumSet.allOf(PassportLevel.class)).issuedAt(java.time.Instant.parse("2027-02-18T08:00:00Z")).build();
    }

    // ------------------------------------------------------------------ typed reads

    @Test
    void read_typed_wrongLevel_throwsAtLevel() {
        String json = STANDARD.write(fullItem());
        assertInstanceOf(ItemPassport.class, STANDARD.read(json, ItemPassport.class));
        assertInstanceOf(ItemPassport.class, STANDARD.read(json, BatteryPassport.class));
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> STANDARD.read(json, ModelPassport.class));
        assertEquals("/level", e.pointer());
        assertEquals("expected a document of level MODEL (ModelPassport) but found level ITEM", e.reason());
        assertEquals(1, e.line());
        assertThrows(PassportFormatException.class, () -> STANDARD.read(new StringReader(json), BatchPassport.class));
    }

    // ------------------------------------------------------------------ extensions

    @Property(tries = 50)
    void readDocument_keepsExtensions(@ForAll("standalone") BatteryPassport p, @ForAll("extensions") ObjectNode ext) {
        PassportDocument doc = PassportDocument.of(p, ext);
        String json = STANDARD.write(doc, Audience.ISSUER);
        SchemaSupport.assertValid(json);
        PassportDocument back = STANDARD.readDocument(json);
        assertEquals(doc, back);
        assertEquals(json, STANDARD.write(back, Audience.ISSUER));
        StringWriter chars = new StringWriter();
        STANDARD.write(doc, Audience.ISSUER, chars);
        assertEquals(json, chars.toString(), "a Jackson generator writes the same characters");
        assertFalse(STANDARD.write(doc, Audience.PUBLIC).contains("\"extensions\""), "no access group: issuer only");
        assertEquals(p, STANDARD.read(json), "read() checks and drops extensions");
    }

    @Provide
    Arbitrary<ObjectNode> extensions() {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(5).map(s -> (JsonNode) JsonNodeFactory.instance.textNode(s)),
                Arbitraries.integers().map(i -> (JsonNode) JsonNodeFactory.instance.numberNode(i)),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E+9"), new BigDecimal("1E+9")).ofScale(3)
                        .map(d -> (JsonNode) JsonNodeFactory.instance.numberNode(d)),
                Arbitraries.of(true, false).map(b -> (JsonNode) JsonNodeFactory.instance.booleanNode(b)));
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).list().uniqueElements()
                .ofMaxSize(5),
                leaves.list().ofSize(5)).as((names, vals) -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < names.size(); i++) {
                        o.set(names.get(i), vals.get(i));
                    }
                    o.putObject("nested").putArray("list").add(1).add("two");
                    return o;
                });
    }

    @Test
    void read_derivedItem_readsBackEqualUnlessAParentValueIsOverridden() {
        PostalAddress address = PostalAddress.of("Hauptstrasse 1", "Berlin", "DE");
        ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME").manufacturingPlace(Facility.of("Plant 1", address))
                .issuedAt(Instant.parse("2027-01-01T00:00:00Z")).build();
        // The model sets a BATCH-scope value that the batch keeps.
        ItemPassport kept = ItemPassport.builder(BatchPassport.builder(model, "L1")
                .issuedAt(Instant.parse("2027-01-02T00:00:00Z")).build(), "S1")
                .issuedAt(Instant.parse("2027-01-03T00:00:00Z")).build();
        String plainText = STANDARD.write(kept);
        assertTrue(plainText.contains(",\"provenance\":{\"manufacturingPlace\":\"MODEL\"}}"),
                "without full provenance, the value the placement rule would misplace is listed: " + plainText);
        assertEquals(kept, STANDARD.read(plainText, ItemPassport.class));
        assertEquals(kept, WITH_PROVENANCE.read(WITH_PROVENANCE.write(kept), ItemPassport.class));
        // The batch overrides it: the model's value is not part of the item's record.
        ItemPassport overridden = ItemPassport.builder(BatchPassport.builder(model, "L2")
                .manufacturingPlace(Facility.of("Plant 2", address))
                .issuedAt(Instant.parse("2027-01-02T00:00:00Z")).build(), "S2")
                .issuedAt(Instant.parse("2027-01-03T00:00:00Z")).build();
        ItemPassport back = WITH_PROVENANCE.read(WITH_PROVENANCE.write(overridden), ItemPassport.class);
        assertEquals(effective(overridden), effective(back));
        assertEquals(Optional.empty(), back.model().orElseThrow().get(BatteryField.MANUFACTURING_PLACE));
        assertEquals("Plant 1", STANDARD.read(STANDARD.write(model)).get(BatteryField.MANUFACTURING_PLACE,
                Facility.class).orElseThrow().name(), "the model's own document keeps it");
    }

    private static Map<BatteryField, Object> effective(BatteryPassport p) {
        Map<BatteryField, Object> values = new EnumMap<>(BatteryField.class);
        for (BatteryField f : BatteryField.values()) {
            p.get(f).ifPresent(v -> values.put(f, v));
        }
        return values;
    }

    @Test
    void write_largeDocuments_growTheBufferAndMatchTheGenerator() {
        BatteryPassport p = fullItem();
        String before = STANDARD.write(p);
        for (int size : new int[] {5_000, 70_000, 300_000}) {
            ObjectNode ext = JsonNodeFactory.instance.objectNode().put("blob", "x\u0001".repeat(size));
            PassportDocument doc = PassportDocument.of(p, ext);
            String text = STANDARD.write(doc, Audience.ISSUER);
            StringWriter chars = new StringWriter();
            STANDARD.write(doc, Audience.ISSUER, chars);
            assertEquals(chars.toString(), text);
            assertEquals(doc, STANDARD.readDocument(text));
            // The buffer handed back to the pool (or the small one kept instead) serves the next document.
            assertEquals(before, STANDARD.write(p));
        }
    }

    @Test
    void passportDocument_copiesExtensions() {
        BatteryPassport p = fullItem();
        ObjectNode ext = JsonNodeFactory.instance.objectNode().put("erp", "4711");
        PassportDocument doc = PassportDocument.of(p, ext);
        ext.put("erp", "changed");
        assertEquals("4711", doc.extensions().path("erp").asText());
        doc.extensions().put("erp", "changed");
        assertEquals("4711", doc.extensions().path("erp").asText());
        assertEquals(doc, PassportDocument.of(p).withExtensions(JsonNodeFactory.instance.objectNode().put("erp",
                "4711")));
        assertNotEquals(doc, PassportDocument.of(p));
        assertEquals(doc.hashCode(), PassportDocument.of(p, doc.extensions()).hashCode());
        assertTrue(doc.toString().contains("erp"));
        assertFalse(doc.toString().contains("4711"));
    }

    // ------------------------------------------------------------------ Jackson module

    @Property(tries = 50)
    void module_delegatesToTheSameCodec(@ForAll("standalone") BatteryPassport p) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PassportJsonModule());
        String json = mapper.writeValueAsString(p);
        assertEquals(STANDARD.write(p), json);
        assertEquals(p, mapper.readValue(json, BatteryPassport.class));
        Class<? extends BatteryPassport> type = p.getClass();
        assertEquals(p, mapper.readValue(json, type));
        ObjectMapper withProvenance = new ObjectMapper().registerModule(WITH_PROVENANCE.module());
        assertEquals(WITH_PROVENANCE.write(p), withProvenance.writeValueAsString(p));
    }

    @Test
    void module_readsPassportsInsideOtherObjectsAndRejectsBadOnes() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PassportJsonModule())
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        BatteryPassport p = fullItem();
        PassportDocument doc = PassportDocument.of(p, JsonNodeFactory.instance.objectNode().put("k", 1));
        String wrapped = "{\"a\":" + mapper.writeValueAsString(doc) + ",\"b\":2}";
        JsonNode node = mapper.readTree(wrapped);
        assertEquals(doc, mapper.treeToValue(node.path("a"), PassportDocument.class));
        assertEquals(doc, mapper.readValue(mapper.writeValueAsString(doc), PassportDocument.class));
        String bad = STANDARD.write(p).replace("\"level\":\"ITEM\"", "\"level\":\"MODEL\"");
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> mapper.readValue(bad, BatteryPassport.class));
        assertEquals("/id", e.pointer());
        String dup = STANDARD.write(p).replace("\"version\":1,", "\"version\":1,\"version\":1,");
        PassportFormatException d = assertThrows(PassportFormatException.class,
                () -> mapper.readValue(dup, ItemPassport.class));
        assertEquals("/version", d.pointer());
        assertEquals(PassportErrorCode.DUPLICATE_KEY, d.errorCode());
        assertEquals(PassportErrorCode.WRONG_LEVEL_IDENTIFIER, e.errorCode());
    }

    // ------------------------------------------------------------------ format details

    @Test
    void write_quantitiesAreExactPlainDecimalsWithUnitCodes() {
        BatteryPassport p = ModelPassport.builder(BatteryCategory.EV, org.dppkit.gs1.Gtin.parse("09506000134352"))
                .voltageNominal(org.dppkit.battery.Quantity.of(new BigDecimal("3.70"), org.dppkit.battery.Unit.VOLT))
                .batteryMass(org.dppkit.battery.Quantity.of(new BigDecimal("1.5E+3"), org.dppkit.battery.Unit.KILOGRAM))
                .issuedAt(java.time.Instant.parse("2027-02-18T08:00:00Z")).build();
        String json = STANDARD.write(p);
        assertTrue(json.contains("\"voltage.nominal\":{\"value\":3.70,\"unit\":\"VLT\"}"), json);
        assertTrue(json.contains("\"batteryMass\":{\"value\":1500,\"unit\":\"KGM\"}"), json);
        assertEquals(p, STANDARD.read(json));
    }

    @Test
    void builder_rejectsBadLimits() {
        assertThrows(IllegalArgumentException.class, () -> PassportJson.builder().maxDocumentLength(0));
        assertThrows(IllegalArgumentException.class, () -> PassportJson.builder().maxNestingDepth(3));
        assertThrows(IllegalArgumentException.class, () -> PassportJson.builder().maxStringLength(0));
        assertThrows(IllegalArgumentException.class, () -> PassportJson.builder().maxNumberLength(0));
        PassportJson tight = PassportJson.builder().maxDocumentLength(100).build();
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> tight.read(STANDARD.write(fullItem())));
        assertTrue(e.reason().startsWith("input exceeds a reader limit: "), e.reason());
        BatteryPassport p = fullItem();
        assertEquals(STANDARD.write(p), tight.write(p), "limits apply to reading only");
        assertEquals(STANDARD.write(p), tight.toBuilder().maxDocumentLength(1 << 20).build().write(p));
        assertEquals(p, tight.toBuilder().maxDocumentLength(1 << 20).build().read(STANDARD.write(p)));
    }

    @Test
    void schema_isBundledAndNamedInTheApi() {
        String schema = PassportJson.schema();
        assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertEquals(SchemaSupport.RESOURCE, "/" + PassportJson.SCHEMA_RESOURCE);
    }

    @Test
    void write_nullArguments_throwNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> STANDARD.write((BatteryPassport) null,
                Audience.PUBLIC));
        assertEquals("passport", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> STANDARD.write(fullItem(), (Audience) null));
        assertEquals("audience", e.getMessage());
        assertThrows(NullPointerException.class, () -> STANDARD.read((String) null));
        assertThrows(NullPointerException.class, () -> STANDARD.read("{}", null));
    }

    @Test
    void write_failingWriter_throwsUncheckedIo() {
        java.io.Writer broken = new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> STANDARD.write(fullItem(), Audience.ISSUER, broken));
    }

    // ------------------------------------------------------------------ helpers

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> keys(JsonNode object) {
        Set<String> out = new LinkedHashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
