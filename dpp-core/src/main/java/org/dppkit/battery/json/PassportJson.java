package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.dppkit.core.Audience;

/**
 * Reads and writes battery passports as JSON.
 */
public final class PassportJson {

    /** Default maximum document length: 16 MiB. */
    static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    /** Default maximum nesting depth. */
    static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** Default maximum length of a string value: 1 MiB. */
    static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** Default maximum number of characters in a number. */
    static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
    /** Default maximum length of a property name. */
    static final int DEFAULT_MAX_NAME_LENGTH = 1024;

    private static final PassportJson STANDARD = new Builder().build();

    private final boolean withProvenance;
    private final boolean prettyPrint;
    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final JsonFactory factory;

    private PassportJson(Builder b) {
        this.withProvenance = b.withProvenance;
        this.prettyPrint = b.prettyPrint;
        this.maxDocumentLength = b.maxDocumentLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxNumberLength = b.maxNumberLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentLength)
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(maxNumberLength)
                        .maxNameLength(DEFAULT_MAX_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Returns the standard instance: compact output, no provenance, default reader limits.
     *
     * @return the shared standard instance, not null
     */
    public static PassportJson standard() {
        return STANDARD;
    }

    /**
     * Returns a builder with the standard settings.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this instance's settings.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.withProvenance = withProvenance;
        b.prettyPrint = prettyPrint;
        b.maxDocumentLength = maxDocumentLength;
        b.maxNestingDepth = maxNestingDepth;
        b.maxStringLength = maxStringLength;
        b.maxNumberLength = maxNumberLength;
        return b;
    }

    // ------------------------------------------------------------------ internals

    JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = factory.createGenerator(out);
        return configure(g);
    }

    JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = factory.createGenerator(out);
        return configure(g);
    }

    private JsonGenerator configure(JsonGenerator g) {
        if (prettyPrint) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
        }
        return g;
    }

    String writeSource(PassportSource p, Audience audience) {
        StringWriter sw = new StringWriter(2048);
        try (JsonGenerator g = generator(sw)) {
            DocumentCodec.write(g, p, audience, withProvenance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    JsonCursor cursor(Reader in) {
        try {
            return new JsonCursor(factory.createParser(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PassportDocument readDocument(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonCursor c = new JsonCursor(factory.createParser(json))) {
            return DocumentCodec.read(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PassportDocument readDocument(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonCursor c = new JsonCursor(factory.createParser(in))) {
            return DocumentCodec.read(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PassportDocument readDocument(Reader in) {
        Objects.requireNonNull(in, "in");
        try (JsonCursor c = new JsonCursor(factory.createParser(in))) {
            return DocumentCodec.read(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Configures a {@link PassportJson}: output options and reader limits. Mutable; not
     * thread-safe.
     */
    public static final class Builder {
        private boolean withProvenance;
        private boolean prettyPrint;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

        private Builder() {
        }

        /**
         * Sets whether documents carry a {@code provenance} object naming, for each value, the
         * level (MODEL, BATCH, ITEM) that supplied it. Default false.
         *
         * @param withProvenance true to write provenance
         * @return this builder, not null
         */
        public Builder withProvenance(boolean withProvenance) {
            this.withProvenance = withProvenance;
            return this;
        }

        /**
         * Sets whether output is indented (two spaces, {@code \n} line ends on every platform).
         * Default false: compact output.
         *
         * @param prettyPrint true to indent
         * @return this builder, not null
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.prettyPrint = prettyPrint;
            return this;
        }

        /**
         * Sets the longest document the reader accepts, in characters or bytes. Default 16 MiB.
         *
         * @param maxDocumentLength the limit, at least 1
         * @return this builder, not null
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxDocumentLength(long maxDocumentLength) {
            if (maxDocumentLength < 1) {
                throw new IllegalArgumentException("maxDocumentLength must be at least 1 but was "
                        + maxDocumentLength);
            }
            this.maxDocumentLength = maxDocumentLength;
            return this;
        }

        /**
         * Sets the deepest nesting of objects and arrays the reader accepts. Default 32, enough for
         * every standard value plus nested extension data.
         *
         * @param maxNestingDepth the limit, at least 4
         * @return this builder, not null
         * @throws IllegalArgumentException if the limit is below 4
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 4) {
                throw new IllegalArgumentException("maxNestingDepth must be at least 4 but was "
                        + maxNestingDepth);
            }
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * Sets the longest string value the reader accepts, in characters. Default 1 MiB.
         *
         * @param maxStringLength the limit, at least 1
         * @return this builder, not null
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be at least 1 but was "
                        + maxStringLength);
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Sets the longest number the reader accepts, in characters. Default 64.
         *
         * @param maxNumberLength the limit, at least 1
         * @return this builder, not null
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxNumberLength(int maxNumberLength) {
            if (maxNumberLength < 1) {
                throw new IllegalArgumentException("maxNumberLength must be at least 1 but was "
                        + maxNumberLength);
            }
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /**
         * Builds the immutable, thread-safe instance.
         *
         * @return the instance, not null
         */
        public PassportJson build() {
            return new PassportJson(this);
        }
    }
}
