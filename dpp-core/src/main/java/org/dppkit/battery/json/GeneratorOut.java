package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A {@link JsonOut} that writes to a Jackson generator, with the generator's settings. */
final class GeneratorOut extends JsonOut {

    private final JsonGenerator g;

    GeneratorOut(JsonGenerator g) {
        this.g = g;
    }

    @Override
    void writeStartObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    void writeEndObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    void writeStartArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    void writeEndArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    void writeFieldName(Text name) throws IOException {
        g.writeFieldName(name.serialized);
    }

    @Override
    void writeFieldName(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    void writeString(Text text) throws IOException {
        g.writeString(text.serialized);
    }

    @Override
    void writeString(String text) throws IOException {
        g.writeString(text);
    }

    @Override
    void writeString(char[] text, int offset, int length) throws IOException {
        g.writeString(text, offset, length);
    }

    @Override
    void writeNumber(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    void writeNumber(char[] digits, int offset, int length) throws IOException {
        g.writeNumber(digits, offset, length);
    }

    @Override
    void writeNumber(String digits) throws IOException {
        g.writeNumber(digits);
    }

    @Override
    void writeBoolean(boolean value) throws IOException {
        g.writeBoolean(value);
    }

    @Override
    void writeNull() throws IOException {
        g.writeNull();
    }
}
