package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.core.Audience;

/**
 * A Jackson module for applications that bring their own {@code ObjectMapper}: it writes
 * {@link BatteryPassport}s and {@link PassportDocument}s in the dppkit passport format and reads
 * them back, delegating to the same codec as {@link PassportJson}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PassportJsonModule());
 * String json = mapper.writeValueAsString(passport);          // the ISSUER document
 * ItemPassport item = mapper.readValue(json, ItemPassport.class);
 * }</pre>
 *
 * <p>Values are read as strictly as by {@link PassportJson} (unknown properties, wrong types,
 * duplicate keys inside the passport, identifiers of the wrong level all throw
 * {@link PassportFormatException}), but the document limits (length, nesting, number size) are
 * those of the caller's {@code ObjectMapper}. Serialised passports are whole ({@code ISSUER})
 * documents, except reduced passports ({@link BatteryPassport#isComplete()} false), which are
 * written as the document of their own {@link BatteryPassport#audience()}, never labelled
 * {@code ISSUER}; write audience views with {@link PassportJson#write(BatteryPassport, Audience)}.
 * Numbers are written plain whatever the mapper's settings. To read a passport from a
 * {@code JsonNode} tree ({@code treeToValue}), build the tree with
 * {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} and with
 * {@code JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} off: a tree of {@code double}s, or of
 * stripped decimals, has already lost the exact values.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe once registered; it is {@code Serializable} only
 * because Jackson modules are, and must not be serialised.
 */
public final class PassportJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates a module with the settings of {@link PassportJson#standard()}. */
    public PassportJsonModule() {
        this(PassportJson.standard());
    }

    /**
     * Creates a module with the settings of the given instance (provenance on or off).
     *
     * @param json the instance whose settings to use, not null
     * @throws NullPointerException if the argument is null
     */
    public PassportJsonModule(PassportJson json) {
        super("dppkit-passport-json", Version.unknownVersion());
        boolean provenance = Objects.requireNonNull(json, "json").withProvenance();
        addSerializer(BatteryPassport.class, new PassportSerializer(provenance));
        addSerializer(PassportDocument.class, new DocumentSerializer(provenance));
        addDeserializer(BatteryPassport.class, new PassportDeserializer<>(BatteryPassport.class));
        addDeserializer(ModelPassport.class, new PassportDeserializer<>(ModelPassport.class));
        addDeserializer(BatchPassport.class, new PassportDeserializer<>(BatchPassport.class));
        addDeserializer(ItemPassport.class, new PassportDeserializer<>(ItemPassport.class));
        addDeserializer(PassportDocument.class, new DocumentDeserializer());
    }

    /**
     * Writes a passport as the document of the audience whose fields it holds: ISSUER for a
     * complete passport, the audience of a reduced one (so it is never labelled ISSUER).
     */
    private static final class PassportSerializer extends StdSerializer<BatteryPassport> {
        private static final long serialVersionUID = 1L;
        private final boolean provenance;

        PassportSerializer(boolean provenance) {
            super(BatteryPassport.class);
            this.provenance = provenance;
        }

        @Override
        public void serialize(BatteryPassport value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            DocumentCodec.write(JsonOut.of(gen), value, value.audience(), provenance, null);
        }
    }

    /** Writes a passport document with its extensions. */
    private static final class DocumentSerializer extends StdSerializer<PassportDocument> {
        private static final long serialVersionUID = 1L;
        private final boolean provenance;

        DocumentSerializer(boolean provenance) {
            super(PassportDocument.class);
            this.provenance = provenance;
        }

        @Override
        public void serialize(PassportDocument value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            DocumentCodec.write(JsonOut.of(gen), value.passport(), value.passport().audience(), provenance,
                    value.extensionsTree());
        }
    }

    /**
     * Reads a passport of an expected type.
     *
     * @param <T> the passport type
     */
    private static final class PassportDeserializer<T extends BatteryPassport> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;

        PassportDeserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            ParsedDocument d = DocumentCodec.read(JsonCursor.atCurrentToken(p), false);
            return type.cast(PassportJson.typed(d, type).passport());
        }
    }

    /** Reads a passport document with its extensions. */
    private static final class DocumentDeserializer extends StdDeserializer<PassportDocument> {
        private static final long serialVersionUID = 1L;

        DocumentDeserializer() {
            super(PassportDocument.class);
        }

        @Override
        public PassportDocument deserialize(JsonParser p, DeserializationContext ctxt) {
            return PassportJson.assemble(DocumentCodec.read(JsonCursor.atCurrentToken(p), false));
        }
    }
}
