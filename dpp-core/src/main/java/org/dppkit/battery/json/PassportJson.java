package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.PassportLimits;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;

/**
 * Reads and writes battery passports as JSON: the format in which passports leave the JVM for a
 * registry, a web viewer or another system. Stable, exact and strict.
 *
 * <pre>{@code
 * PassportJson json = PassportJson.standard();
 * String full = json.write(item);                      // the whole passport (audience ISSUER)
 * String open = json.write(item, Audience.PUBLIC);     // only Annex XIII point 1 and other public fields
 * BatteryPassport back = json.read(full);              // an ItemPassport, equal to item
 * ItemPassport typed = json.read(full, ItemPassport.class);
 *
 * PassportJson detailed = PassportJson.builder().withProvenance(true).prettyPrint(true).build();
 * }</pre>
 *
 * <h2>Document shape</h2>
 * <pre>{@code
 * {"schemaVersion": "1.0", "level": "ITEM", "category": "EV",
 *  "id": "https://id.gs1.org/01/09506000134352/10/L42/21/SN1", "version": 1,
 *  "issuedAt": "2027-02-18T08:00:00Z", "audience": "PUBLIC",
 *  "derivedFrom": {"model": {"id": "https://id.gs1.org/01/09506000134352", "version": 1,
 *                            "issuedAt": "2027-01-10T00:00:00Z"},
 *                  "batch": {"id": "https://id.gs1.org/01/09506000134352/10/L42", ...}},
 *  "fields": {"manufacturer.name": "ACME", "voltage.nominal": {"value": 3.7, "unit": "VLT"},
 *             "endOfLife.labelMeaning": {"de": "...", "en": "..."}, ...},
 *  "provenance": {"manufacturer.name": "MODEL", ...},
 *  "extensions": {...}}
 * }</pre>
 * <ul>
 * <li>{@code level}, {@code category}, {@code id} (a GS1 Digital Link whose qualifiers match the
 *     level), {@code version}, {@code issuedAt} and {@code audience} are always present; the
 *     reader returns a {@code ModelPassport}, {@code BatchPassport} or {@code ItemPassport} as
 *     {@code level} says.</li>
 * <li>{@code fields} holds the passport's <em>effective</em> values, keyed by the catalogue key
 *     ({@link org.dppkit.battery.BatteryField#key()}), in catalogue order: an item passport is a
 *     self-contained record that also carries its model's and batch's values.
 *     {@code derivedFrom} names the model and batch passports it derives from (identifier,
 *     version, issue time), and the reader rebuilds them from the values in the document.
 *     {@code provenance} (with {@link Builder#withProvenance(boolean)}) names the level that
 *     supplied each value. The reader places a value without provenance on the broadest level
 *     present that its field's scope allows, so without {@code withProvenance} the writer lists
 *     in {@code provenance} only the values that rule would misplace (a model's default for a
 *     BATCH-scope field, say), and no {@code provenance} at all when there are none.</li>
 * <li>What reads back: the effective values ({@code get}) of every passport, always; and the
 *     whole passport, parents included, {@code equals} the original unless a parent value is
 *     overridden lower down. Such a value is not part of the derived passport's record and is
 *     not in its document: write the parent's own document to keep it.</li>
 * <li>Quantities are {@code {"value": 3.7, "unit": "VLT"}}: the exact {@code BigDecimal}, never
 *     binary floating point, never an exponent; the unit is the UN/CEFACT Rec 20 code. Dates and
 *     times are ISO 8601; multilingual text is an object of BCP 47 tag to text; enum values are
 *     written as in the catalogue ({@code re-used}, {@code Cd}).</li>
 * <li>{@code extensions} holds user data outside the standard ({@link PassportDocument}); it is
 *     written only for {@link Audience#ISSUER}, with keys sorted.</li>
 * </ul>
 * Property order is fixed, so equal passports give byte-identical documents. The JSON Schema
 * (draft 2020-12) of the format is bundled as {@value #SCHEMA_RESOURCE} ({@link #schema()});
 * {@code battery-passport-json.md} beside it describes the format.
 *
 * <h2>Audience views</h2>
 * {@link #write(BatteryPassport, Audience)} writes only the fields the audience may read
 * (Art. 77(2), {@link Audience#mayRead(org.dppkit.core.AccessGroup)}) and says which audience
 * the document is for; a reader rejects a document that holds a field its audience may not read.
 *
 * <p>Reading a document written for an audience other than {@link Audience#ISSUER} gives a
 * <em>reduced</em> passport: {@link BatteryPassport#audience()} names the document's audience,
 * {@link BatteryPassport#isComplete()} is false, and it equals
 * {@code original.restrictTo(audience)} (with the read-back caveats below). Nothing is silently
 * lost on the way back out: writing it for its own audience (or a narrower one) gives the same
 * document, while {@link #write(BatteryPassport)} (ISSUER) or a wider audience throws
 * {@link PassportException}, as do revising it and validating it for compliance.
 * <pre>{@code
 * BatteryPassport pub = json.read(json.write(item, Audience.PUBLIC));
 * pub.audience();                          // PUBLIC
 * json.write(pub, Audience.PUBLIC);        // the same document
 * json.write(pub);                         // PassportException: holds only PUBLIC fields
 * }</pre>
 *
 * <h2>Reading</h2>
 * Reading is strict: unknown properties outside {@code extensions}, duplicate keys, wrong JSON
 * types, fractions where whole numbers are required, unknown units or enum values, a missing
 * {@code level}, an identifier of the wrong level, and values the passport model rejects all
 * throw {@link PassportFormatException} naming the JSON pointer, line and column and what was
 * expected. Nothing partial is returned. Input past the limits of the {@link Builder} (document
 * length 16 MiB, nesting depth 32, string length 1 MiB, number length 64 by default) fails fast.
 * These defaults are {@link PassportLimits}, the limits the passport builders enforce as well:
 * with the default limits, whatever a builder accepts is written and read back equal.
 *
 * <h2>Jackson</h2>
 * Documents are read with Jackson's streaming {@code JsonParser} and written with its
 * {@code JsonGenerator} (to writers, streams, pretty printed, or through a user's
 * {@code ObjectMapper}); compact documents returned as strings are written straight into a
 * recycled char buffer, character for character what the generator would write. No reflection
 * over the passport types. For an application's own {@code ObjectMapper}, register
 * {@link #module()} or {@link PassportJsonModule}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: share one instance (it reuses one Jackson
 * {@code JsonFactory}).
 */
public final class PassportJson {

    /** The class-path resource of the bundled JSON Schema: {@value}. */
    public static final String SCHEMA_RESOURCE = "org/dppkit/battery/json/battery-passport.schema.json";

    /** Default maximum document length: 16 MiB. */
    static final long DEFAULT_MAX_DOCUMENT_LENGTH = PassportLimits.MAX_DOCUMENT_LENGTH;
    /** Default maximum nesting depth. */
    static final int DEFAULT_MAX_NESTING_DEPTH = PassportLimits.MAX_NESTING_DEPTH;
    /** Default maximum length of a string value: 1 MiB. */
    static final int DEFAULT_MAX_STRING_LENGTH = PassportLimits.MAX_TEXT_LENGTH;
    /** Default maximum number of characters in a number. */
    static final int DEFAULT_MAX_NUMBER_LENGTH = PassportLimits.MAX_NUMBER_LENGTH;
    /** Default maximum length of a property name. */
    static final int DEFAULT_MAX_NAME_LENGTH = PassportLimits.MAX_NAME_LENGTH;
    /** Least room, in chars, of the buffer a document is written into before it grows. */
    private static final int TEXT_CAPACITY = 4000;
    /** Largest buffer, in chars, kept for the next document on the same thread. */
    private static final int MAX_RECYCLED_CAPACITY = 64 * 1024;

    private static final PassportJson STANDARD = new Builder().build();

    private final boolean withProvenance;
    private final boolean prettyPrint;
    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final JsonFactory factory;
    /** Per-thread text buffers of this instance (never shared between threads). */
    private final ThreadLocal<char[]> textBuffers = new ThreadLocal<>();

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

    // ------------------------------------------------------------------ writing

    /**
     * Writes the whole passport ({@link Audience#ISSUER}) as a JSON document.
     *
     * @param passport the passport, not null
     * @return the document, not null
     * @throws PassportException if the passport is reduced ({@link BatteryPassport#isComplete()}
     *     is false): write it for its {@link BatteryPassport#audience()} instead
     * @throws NullPointerException if the passport is null
     */
    public String write(BatteryPassport passport) {
        return write(passport, Audience.ISSUER);
    }

    /**
     * Writes the part of the passport an audience may read as a JSON document; the document
     * names the audience.
     *
     * @param passport the passport, not null
     * @param audience who the document is for, not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     */
    public String write(BatteryPassport passport, Audience audience) {
        checkArgs(passport, audience, "");
        return toText(passport, audience, null);
    }

    /**
     * Writes a document to a string: compact documents straight into a {@link TextOut}, pretty
     * ones through a Jackson generator and its pretty printer.
     */
    private String toText(BatteryPassport passport, Audience audience, JsonNode extensions) {
        try {
            if (prettyPrint) {
                StringWriter sw = new StringWriter(TEXT_CAPACITY);
                writeTo(() -> factory.createGenerator(sw), passport, audience, extensions);
                return sw.toString();
            }
            // This instance's own per-thread buffer: no new array per document. It is taken out
            // while in use, so a nested call on the same thread simply allocates.
            char[] initial = textBuffers.get();
            textBuffers.set(null);
            if (initial == null) {
                initial = new char[TEXT_CAPACITY];
            }
            TextOut out = new TextOut(initial);
            String text;
            try {
                DocumentCodec.write(out, passport, audience, withProvenance, extensions);
                text = out.toString();
            } finally {
                // Keep a grown buffer for the next document only up to a bound: a huge
                // extensions tree must not pin megabytes per thread.
                char[] used = out.buffer();
                textBuffers.set(used.length <= MAX_RECYCLED_CAPACITY ? used : initial);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write passport JSON: " + e.getMessage(), e);
        }
    }

    /** Opens a generator on a caller's target. */
    @FunctionalInterface
    private interface GeneratorSource {
        JsonGenerator open() throws IOException;
    }

    /**
     * Writes a document through a new Jackson generator, which is closed when done (the target
     * is flushed, not closed: {@code AUTO_CLOSE_TARGET} is off).
     */
    private void writeTo(GeneratorSource target, BatteryPassport passport, Audience audience,
            JsonNode extensions) {
        try (JsonGenerator g = configure(target.open())) {
            DocumentCodec.write(JsonOut.of(g), passport, audience, withProvenance, extensions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write passport JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the part of the passport an audience may read to a stream, in UTF-8. The stream is
     * flushed, not closed.
     *
     * @param passport the passport, not null
     * @param audience who the document is for, not null
     * @param out the stream, not null
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the stream fails
     */
    public void write(BatteryPassport passport, Audience audience, OutputStream out) {
        checkArgs(passport, audience, out);
        writeTo(() -> factory.createGenerator(out), passport, audience, null);
    }

    /**
     * Writes the part of the passport an audience may read to a writer. The writer is flushed,
     * not closed.
     *
     * @param passport the passport, not null
     * @param audience who the document is for, not null
     * @param out the writer, not null
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the writer fails
     */
    public void write(BatteryPassport passport, Audience audience, Writer out) {
        checkArgs(passport, audience, out);
        writeTo(() -> factory.createGenerator(out), passport, audience, null);
    }

    /**
     * Writes the part of the passport an audience may read to a file, in UTF-8, whole or not at
     * all: the document goes to a temporary file beside it that then replaces the file (moved
     * atomically where the file system can). Missing parent folders are created.
     *
     * <pre>{@code
     * json.write(item, Audience.PUBLIC, Path.of("out", "SN-0001.public.json"));
     * BatteryPassport back = json.read(Path.of("out", "SN-0001.public.json"));   // audience PUBLIC
     * }</pre>
     *
     * @param passport the passport, not null
     * @param audience who the document is for, not null
     * @param file the file to create or replace, not null
     * @throws PassportException if the passport is reduced and the audience may read more than
     *     it holds (nothing is written)
     * @throws UncheckedIOException if the file cannot be written (no partial file is left)
     * @throws NullPointerException if an argument is null
     */
    public void write(BatteryPassport passport, Audience audience, Path file) {
        checkArgs(passport, audience, file);
        FileOut.write(file, out -> writeTo(() -> factory.createGenerator(out), passport, audience, null));
    }

    /**
     * Writes a passport with its extensions to a file, in UTF-8, whole or not at all (see
     * {@link #write(BatteryPassport, Audience, Path)}); only {@link Audience#ISSUER} documents
     * carry the extensions.
     *
     * @param document the passport and extensions, not null
     * @param audience who the document is for, not null
     * @param file the file to create or replace, not null
     * @throws PassportException if the passport is reduced and the audience may read more than
     *     it holds (nothing is written)
     * @throws UncheckedIOException if the file cannot be written (no partial file is left)
     * @throws NullPointerException if an argument is null
     */
    public void write(PassportDocument document, Audience audience, Path file) {
        Objects.requireNonNull(document, "document");
        checkArgs(document.passport(), audience, file);
        FileOut.write(file, out -> writeTo(() -> factory.createGenerator(out), document.passport(), audience,
                document.extensionsTree()));
    }

    /**
     * Writes a passport with its extensions; only {@link Audience#ISSUER} documents carry the
     * extensions.
     *
     * @param document the passport and extensions, not null
     * @param audience who the document is for, not null
     * @return the document, not null
     * @throws NullPointerException if an argument is null
     */
    public String write(PassportDocument document, Audience audience) {
        Objects.requireNonNull(document, "document");
        checkArgs(document.passport(), audience, "");
        return toText(document.passport(), audience, document.extensionsTree());
    }

    /**
     * Writes a passport with its extensions to a writer; only {@link Audience#ISSUER} documents
     * carry the extensions. The writer is flushed, not closed.
     *
     * @param document the passport and extensions, not null
     * @param audience who the document is for, not null
     * @param out the writer, not null
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the writer fails
     */
    public void write(PassportDocument document, Audience audience, Writer out) {
        Objects.requireNonNull(document, "document");
        checkArgs(document.passport(), audience, out);
        writeTo(() -> factory.createGenerator(out), document.passport(), audience,
                document.extensionsTree());
    }

    private static void checkArgs(BatteryPassport passport, Audience audience, Object out) {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(out, "out");
        requireHeld(passport, audience);
    }

    /**
     * Refuses to write a reduced passport for an audience that may read fields it does not hold:
     * the document would claim that audience and silently miss those fields.
     */
    static void requireHeld(BatteryPassport passport, Audience audience) {
        Audience held = passport.audience();
        if (held != Audience.ISSUER && held != audience
                && !held.readableGroups().containsAll(audience.readableGroups())) {
            throw new PassportException(PassportErrorCode.AUDIENCE_TOO_WIDE,
                    "cannot write " + passport
                    + " for audience " + audience
                    + ": it holds only the fields audience " + held + " may read (it was read from a "
                    + held + " document or made by restrictTo), so the " + audience + " document would "
                    + "silently lack the other fields; write it for " + held + ", or write the complete "
                    + "passport (audience ISSUER)");
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a passport document strictly; the {@code extensions}, if any, are checked to be an
     * object and otherwise ignored (use {@link #readDocument(String)} to keep them).
     *
     * @param json the document, not null
     * @return the passport, a {@link ModelPassport}, {@link BatchPassport} or {@link ItemPassport}
     *     as the document's level says, not null
     * @throws PassportFormatException if the document is not a valid passport (nothing partial is
     *     returned)
     * @throws NullPointerException if the argument is null
     */
    public BatteryPassport read(String json) {
        return readDocument(json).passport();
    }

    /**
     * Reads a passport document strictly from a UTF-8 (or UTF-16/32, detected) stream. The
     * stream is not closed.
     *
     * @param in the stream, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if the argument is null
     */
    public BatteryPassport read(InputStream in) {
        return readDocument(in).passport();
    }

    /**
     * Reads a passport document strictly from a reader. The reader is not closed.
     *
     * @param in the reader, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport
     * @throws UncheckedIOException if the reader fails
     * @throws NullPointerException if the argument is null
     */
    public BatteryPassport read(Reader in) {
        return readDocument(in).passport();
    }

    /**
     * Reads a passport document of an expected level.
     *
     * @param <T> the passport type
     * @param json the document, not null
     * @param type {@code ModelPassport.class}, {@code BatchPassport.class},
     *     {@code ItemPassport.class} or {@code BatteryPassport.class}, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport or its level is not
     *     the type's (pointer {@code /level})
     * @throws NullPointerException if an argument is null
     */
    public <T extends BatteryPassport> T read(String json, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return type.cast(typed(parse(json), type).passport());
    }

    /**
     * Reads a passport document of an expected level from a stream, which is not closed.
     *
     * @param <T> the passport type
     * @param in the stream, not null
     * @param type the passport class, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport of that level
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    public <T extends BatteryPassport> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return type.cast(typed(parse(in), type).passport());
    }

    /**
     * Reads a passport document of an expected level from a reader, which is not closed.
     *
     * @param <T> the passport type
     * @param in the reader, not null
     * @param type the passport class, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport of that level
     * @throws UncheckedIOException if the reader fails
     * @throws NullPointerException if an argument is null
     */
    public <T extends BatteryPassport> T read(Reader in, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return type.cast(typed(parse(in), type).passport());
    }

    /**
     * Reads a passport document strictly, keeping its {@code extensions}.
     *
     * @param json the document, not null
     * @return the passport and extensions, not null
     * @throws PassportFormatException if the document is not a valid passport
     * @throws NullPointerException if the argument is null
     */
    public PassportDocument readDocument(String json) {
        return assemble(parse(json));
    }

    /**
     * Reads a passport document strictly from a stream, keeping its {@code extensions}. The
     * stream is not closed.
     *
     * @param in the stream, not null
     * @return the passport and extensions, not null
     * @throws PassportFormatException if the document is not a valid passport
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if the argument is null
     */
    public PassportDocument readDocument(InputStream in) {
        return assemble(parse(in));
    }

    /**
     * Reads a passport document strictly from a reader, keeping its {@code extensions}. The
     * reader is not closed.
     *
     * @param in the reader, not null
     * @return the passport and extensions, not null
     * @throws PassportFormatException if the document is not a valid passport
     * @throws UncheckedIOException if the reader fails
     * @throws NullPointerException if the argument is null
     */
    public PassportDocument readDocument(Reader in) {
        return assemble(parse(in));
    }

    /**
     * Reads a passport document strictly from a file (UTF-8, or UTF-16/32, detected). A document
     * written for an audience other than ISSUER gives a reduced passport
     * ({@link BatteryPassport#audience()}).
     *
     * @param file the file, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport (the message names
     *     the JSON pointer, line and column)
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if the argument is null
     */
    public BatteryPassport read(Path file) {
        return readDocument(file).passport();
    }

    /**
     * Reads a passport document of an expected level from a file.
     *
     * @param <T> the passport type
     * @param file the file, not null
     * @param type the passport class, not null
     * @return the passport, not null
     * @throws PassportFormatException if the document is not a valid passport of that level
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     */
    public <T extends BatteryPassport> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        try (InputStream in = Files.newInputStream(file)) {
            return type.cast(typed(parse(in), type).passport());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a passport document strictly from a file, keeping its {@code extensions}.
     *
     * @param file the file, not null
     * @return the passport and extensions, not null
     * @throws PassportFormatException if the document is not a valid passport
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if the argument is null
     */
    public PassportDocument readDocument(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return readDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ schema and module

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, bundled as the resource
     * {@value #SCHEMA_RESOURCE}.
     *
     * @return the schema text, not null
     */
    public static String schema() {
        try (InputStream in = PassportJson.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a Jackson module that reads and writes passports with this instance's settings, for
     * applications that bring their own {@code ObjectMapper}.
     *
     * @return a new module, not null
     * @see PassportJsonModule
     */
    public PassportJsonModule module() {
        return new PassportJsonModule(this);
    }

    // ------------------------------------------------------------------ internals

    boolean withProvenance() {
        return withProvenance;
    }

    JsonGenerator generator(Writer out) throws IOException {
        return configure(factory.createGenerator(out));
    }

    private JsonGenerator configure(JsonGenerator g) {
        if (prettyPrint) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
        }
        return g;
    }

    JsonCursor cursor(Reader in) {
        try {
            return new JsonCursor(factory.createParser(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ParsedDocument parse(String json) {
        Objects.requireNonNull(json, "json");
        return parseWith(() -> factory.createParser(json));
    }

    ParsedDocument parse(InputStream in) {
        Objects.requireNonNull(in, "in");
        return parseWith(() -> factory.createParser(in));
    }

    ParsedDocument parse(Reader in) {
        Objects.requireNonNull(in, "in");
        return parseWith(() -> factory.createParser(in));
    }

    /** Opens a parser on a caller's input. */
    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /** Reads one whole document with a new parser (the input is not closed). */
    private static ParsedDocument parseWith(ParserSource input) {
        try (JsonCursor c = new JsonCursor(input.open())) {
            return DocumentCodec.read(c, true);
        } catch (JsonProcessingException e) {
            throw JsonCursor.translateOpening(e);
        } catch (java.io.CharConversionException e) {
            // The encoding detection reads ahead: a character no Unicode encoding can hold.
            throw new PassportFormatException(PassportErrorCode.MALFORMED_JSON,
                    "malformed JSON: invalid character encoding: "
                    + JsonCursor.truncate(String.valueOf(e.getMessage())), "", 1, 1, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read passport JSON: " + e.getMessage(), e);
        }
    }

    static PassportDocument assemble(ParsedDocument d) {
        return PassportDocument.ofRead(PassportAssembler.assemble(d), d.extensions);
    }

    static PassportDocument typed(ParsedDocument d, Class<? extends BatteryPassport> type) {
        Class<? extends BatteryPassport> actual = DocumentCodec.typeOf(d.level);
        if (!type.isAssignableFrom(actual)) {
            throw new PassportFormatException(PassportErrorCode.WRONG_LEVEL,
                    "expected a document of level " + levelOf(type) + " ("
                    + type.getSimpleName() + ") but found level " + d.level, "/level", d.levelLine,
                    d.levelColumn, null);
        }
        return assemble(d);
    }

    private static String levelOf(Class<?> type) {
        for (PassportLevel l : PassportLevel.values()) {
            if (DocumentCodec.typeOf(l) == type) {
                return l.name();
            }
        }
        return "MODEL, BATCH or ITEM";
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
         * level (MODEL, BATCH, ITEM) that supplied it. Default false: then {@code provenance}
         * lists only the values a reader would otherwise place on another level, and is left
         * out when there are none.
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
         * @throws PassportException (OUT_OF_RANGE) if the limit is below 1
         */
        public Builder maxDocumentLength(long maxDocumentLength) {
            this.maxDocumentLength = atLeast("maxDocumentLength", maxDocumentLength, 1);
            return this;
        }

        /**
         * Sets the deepest nesting of objects and arrays the reader accepts. Default 32, enough for
         * every standard value plus nested extension data.
         *
         * @param maxNestingDepth the limit, at least 4
         * @return this builder, not null
         * @throws PassportException (OUT_OF_RANGE) if the limit is below 4
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = (int) atLeast("maxNestingDepth", maxNestingDepth, 4);
            return this;
        }

        /**
         * Sets the longest string value the reader accepts, in characters. Default 1 MiB.
         *
         * @param maxStringLength the limit, at least 1
         * @return this builder, not null
         * @throws PassportException (OUT_OF_RANGE) if the limit is below 1
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = (int) atLeast("maxStringLength", maxStringLength, 1);
            return this;
        }

        /**
         * Sets the longest number the reader accepts, in characters. Default 64.
         *
         * @param maxNumberLength the limit, at least 1
         * @return this builder, not null
         * @throws PassportException (OUT_OF_RANGE) if the limit is below 1
         */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = (int) atLeast("maxNumberLength", maxNumberLength, 1);
            return this;
        }

        private static long atLeast(String name, long value, long minimum) {
            if (value < minimum) {
                throw new PassportException(PassportErrorCode.OUT_OF_RANGE,
                        name + " must be at least "
                        + minimum
                        + " but was " + value);
            }
            return value;
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
