package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * Where the codecs write JSON: a Jackson {@link JsonGenerator} ({@link GeneratorOut}: writers,
 * streams, pretty printing and users' {@code ObjectMapper}s), or a compact text buffer
 * ({@link TextOut}: documents returned as strings). Both write exactly the same characters for
 * the same calls. The methods are named after their {@code JsonGenerator} counterparts. Not
 * thread-safe; one per document.
 */
abstract class JsonOut {

    /** Returns an output that writes to a Jackson generator. */
    static JsonOut of(JsonGenerator g) {
        return new GeneratorOut(g);
    }

    /** Starts an object. */
    abstract void writeStartObject() throws IOException;

    /** Ends the current object. */
    abstract void writeEndObject() throws IOException;

    /** Starts an array. */
    abstract void writeStartArray() throws IOException;

    /** Ends the current array. */
    abstract void writeEndArray() throws IOException;

    /** Writes a property name known in advance. */
    abstract void writeFieldName(Text name) throws IOException;

    /** Writes a property name. */
    abstract void writeFieldName(String name) throws IOException;

    /** Writes a string known in advance. */
    abstract void writeString(Text text) throws IOException;

    /** Writes a string. */
    abstract void writeString(String text) throws IOException;

    /** Writes a string held in a char array. */
    abstract void writeString(char[] text, int offset, int length) throws IOException;

    /** Writes an int. */
    abstract void writeNumber(int value) throws IOException;

    /** Writes a number already in JSON number syntax. */
    abstract void writeNumber(char[] digits, int offset, int length) throws IOException;

    /** Writes a number already in JSON number syntax. */
    abstract void writeNumber(String digits) throws IOException;

    /** Writes a boolean. */
    abstract void writeBoolean(boolean value) throws IOException;

    /** Writes null. */
    abstract void writeNull() throws IOException;

    /**
     * A string known in advance (property names, enum constants), encoded once for both
     * outputs. Immutable.
     */
    static final class Text {
        /** For Jackson generators. */
        final SerializedString serialized;
        /** The JSON string literal with its quotes, for {@link TextOut}. */
        final char[] quoted;

        Text(String value) {
            this.serialized = new SerializedString(value);
            this.quoted = TextOut.quote(value);
        }

        @Override
        public String toString() {
            return serialized.getValue();
        }
    }
}
