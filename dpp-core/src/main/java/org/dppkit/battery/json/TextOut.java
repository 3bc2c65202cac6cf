package org.dppkit.battery.json;

import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.io.IOException;
import java.util.Arrays;

/**
 * A {@link JsonOut} that writes compact JSON into a growing char array: the characters a default
 * Jackson {@code JsonGenerator} writes for the same calls (same escapes, same nesting limit),
 * without its per-value bookkeeping. The callers write well-formed JSON; this class does not
 * check the structure. Not thread-safe; one per document.
 */
final class TextOut extends JsonOut {

    /** Jackson's escape for each ASCII character: 0 none, -1 {@code \}{@code u00XX}, else the letter. */
    private static final int[] ESCAPES = new int[128];
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final StreamWriteConstraints CONSTRAINTS = StreamWriteConstraints.defaults();

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    private char[] buf;
    private int pos;
    /** Whether the next value or name needs a comma before it. */
    private boolean comma;
    private int depth;

    /** An output with room for {@code capacity} characters before it grows. */
    TextOut(int capacity) {
        this(new char[capacity]);
    }

    /** An output that writes into {@code buffer} (a recycled one, say) until it must grow. */
    TextOut(char[] buffer) {
        this.buf = buffer;
    }

    /** Returns the buffer now in use, for recycling once the text has been taken. */
    char[] buffer() {
        return buf;
    }

    /** Returns the JSON string literal of a text, with its quotes and escapes. */
    static char[] quote(String text) {
        TextOut out = new TextOut(text.length() + 2);
        out.appendQuoted(text);
        return Arrays.copyOf(out.buf, out.pos);
    }

    /** Returns everything written. */
    @Override
    public String toString() {
        return new String(buf, 0, pos);
    }

    private void ensure(int more) {
        if (buf.length - pos < more) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }

    private void beforeValue() {
        if (comma) {
            buf[pos++] = ',';
        }
    }

    private void start(char c) throws IOException {
        CONSTRAINTS.validateNestingDepth(++depth);
        ensure(2);
        beforeValue();
        buf[pos++] = c;
        comma = false;
    }

    private void end(char c) {
        depth--;
        ensure(1);
        buf[pos++] = c;
        comma = true;
    }

    @Override
    void writeStartObject() throws IOException {
        start('{');
    }

    @Override
    void writeEndObject() {
        end('}');
    }

    @Override
    void writeStartArray() throws IOException {
        start('[');
    }

    @Override
    void writeEndArray() {
        end(']');
    }

    @Override
    void writeFieldName(Text name) {
        appendEncoded(name.quoted);
        buf[pos++] = ':';
        comma = false;
    }

    @Override
    void writeFieldName(String name) {
        ensure(1);
        beforeValue();
        appendQuoted(name);
        ensure(1);
        buf[pos++] = ':';
        comma = false;
    }

    @Override
    void writeString(Text text) {
        appendEncoded(text.quoted);
        comma = true;
    }

    /** Appends a comma if needed and pre-encoded characters, leaving room for one more. */
    private void appendEncoded(char[] encoded) {
        ensure(encoded.length + 2);
        beforeValue();
        System.arraycopy(encoded, 0, buf, pos, encoded.length);
        pos += encoded.length;
    }

    @Override
    void writeString(String text) {
        ensure(1);
        beforeValue();
        appendQuoted(text);
        comma = true;
    }

    @Override
    void writeString(char[] text, int offset, int length) {
        ensure(length + 3);
        beforeValue();
        buf[pos++] = '"';
        int start = pos;
        System.arraycopy(text, offset, buf, pos, length);
        pos += length;
        escapeFrom(start);
        buf[pos++] = '"';
        comma = true;
    }

    /** Appends a quoted, escaped string. */
    private void appendQuoted(String text) {
        int n = text.length();
        ensure(n + 2);
        buf[pos++] = '"';
        int start = pos;
        text.getChars(0, n, buf, pos);
        pos += n;
        escapeFrom(start);
        ensure(1);
        buf[pos++] = '"';
    }

    /**
     * Escapes the characters from {@code start} to {@code pos} in place, as Jackson does: the
     * quote, the backslash and the control characters; nothing else.
     */
    private void escapeFrom(int start) {
        int end = pos;
        int i = start;
        while (i < end) {
            char c = buf[i];
            if (c < 128 && ESCAPES[c] != 0) {
                break;
            }
            i++;
        }
        if (i == end) {
            return;
        }
        char[] rest = Arrays.copyOfRange(buf, i, end);
        pos = i;
        for (char c : rest) {
            int e = c < 128 ? ESCAPES[c] : 0;
            if (e == 0) {
                ensure(1);
                buf[pos++] = c;
            } else if (e > 0) {
                ensure(2);
                buf[pos++] = '\\';
                buf[pos++] = (char) e;
            } else {
                ensure(6);
                buf[pos++] = '\\';
                buf[pos++] = 'u';
                buf[pos++] = '0';
                buf[pos++] = '0';
                buf[pos++] = HEX[c >> 4];
                buf[pos++] = HEX[c & 0xF];
            }
        }
        // Room for the closing quote that the callers append.
        ensure(1);
    }

    @Override
    void writeNumber(int value) {
        writeNumber(Integer.toString(value));
    }

    @Override
    void writeNumber(char[] digits, int offset, int length) {
        ensure(length + 1);
        beforeValue();
        System.arraycopy(digits, offset, buf, pos, length);
        pos += length;
        comma = true;
    }

    @Override
    void writeNumber(String digits) {
        literal(digits);
    }

    @Override
    void writeBoolean(boolean value) {
        literal(value ? "true" : "false");
    }

    @Override
    void writeNull() {
        literal("null");
    }

    /** Appends a value that needs no quotes or escapes. */
    private void literal(String digits) {
        int n = digits.length();
        ensure(n + 1);
        beforeValue();
        digits.getChars(0, n, buf, pos);
        pos += n;
        comma = true;
    }
}
