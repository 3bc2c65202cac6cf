package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.PassportLimits;
import org.dppkit.gs1.internal.Excerpts;

/**
 * A strict pull reader over one Jackson {@link JsonParser}: every failure becomes a
 * {@link PassportFormatException} naming the JSON pointer, line, column, what was expected and
 * what was found. Not thread-safe; one cursor per read.
 *
 * <p>The cursor itself rejects a key that appears twice in one object, at any depth, from the
 * names it reads (Jackson's own duplicate detection stays off): the names of every open object
 * are kept in one open-addressing table keyed by name and object, with an undo stack of the
 * slots each object filled, so that closing an object empties exactly its slots. A name costs
 * one probe; nothing is allocated per object.
 */
final class JsonCursor implements AutoCloseable {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The most characters a number may have written plain (the shared limit). */
    static final int MAX_PLAIN_LENGTH = PassportLimits.MAX_NUMBER_LENGTH;

    private final JsonParser parser;
    /** True when the current token was peeked and is returned again by the next {@link #next()}. */
    private boolean pushedBack;

    /**
     * Names of the open objects (open addressing, linear probing, at most half full); null marks
     * a free slot. Sized for a complete passport (the root, all catalogue fields and a value)
     * without growing.
     */
    private String[] names = new String[256];
    /** For each used slot of {@link #names}, the serial number of the object holding the name. */
    private int[] owners = new int[256];
    /** Slots filled, in insertion order; an object's slots are the top ones while it is open. */
    private int[] filled = new int[128];
    private int filledCount;
    /** For each open object, innermost last: its serial number and its first index in {@link #filled}. */
    private int[] objectSerials = new int[16];
    private int[] objectStarts = new int[16];
    private int openObjects;
    /** The serial number of the last object opened. */
    private int serial;

    JsonCursor(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Returns a cursor over a parser that already stands on the first token of the value to read
     * (as in a Jackson deserializer); the parser's own settings are left as they are.
     */
    static JsonCursor atCurrentToken(JsonParser parser) {
        JsonCursor c = new JsonCursor(parser);
        JsonToken t = parser.currentToken();
        c.pushedBack = t != null;
        c.track(t);
        return c;
    }

    /** Advances to the next token; null at the end of input. */
    JsonToken next() {
        if (pushedBack) {
            pushedBack = false;
            return parser.currentToken();
        }
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw io(e);
        }
        track(t);
        return t;
    }

    // ------------------------------------------------------------------ duplicate keys

    /** Keeps the names of the open objects up to date with a token just read. */
    private void track(JsonToken t) {
        if (t == JsonToken.FIELD_NAME) {
            if (openObjects > 0) {
                addName(name());
            }
        } else if (t == JsonToken.START_OBJECT) {
            openObject();
        } else if (t == JsonToken.END_OBJECT && openObjects > 0) {
            closeObject();
        }
    }

    private void openObject() {
        if (openObjects == objectSerials.length) {
            objectSerials = java.util.Arrays.copyOf(objectSerials, openObjects * 2);
            objectStarts = java.util.Arrays.copyOf(objectStarts, openObjects * 2);
        }
        objectSerials[openObjects] = ++serial;
        objectStarts[openObjects++] = filledCount;
    }

    private void closeObject() {
        int start = objectStarts[--openObjects];
        String[] n = names;
        for (int i = filledCount - 1; i >= start; i--) {
            n[filled[i]] = null;
        }
        filledCount = start;
    }

    /** Records a name of the innermost open object; fails at it if the object already has it. */
    private void addName(String name) {
        int owner = objectSerials[openObjects - 1];
        if ((filledCount + 1) * 2 > names.length) {
            grow();
        }
        int mask = names.length - 1;
        int i = slot(name, owner) & mask;
        String found;
        while ((found = names[i]) != null) {
            if (owners[i] == owner && found.equals(name)) {
                throw failHere(PassportErrorCode.DUPLICATE_KEY, "duplicate key \"" + truncate(name)
                        + "\" (each key may appear once in an object)", null);
            }
            i = (i + 1) & mask;
        }
        names[i] = name;
        owners[i] = owner;
        if (filledCount == filled.length) {
            filled = java.util.Arrays.copyOf(filled, filledCount * 2);
        }
        filled[filledCount++] = i;
    }

    private static int slot(String name, int owner) {
        int h = name.hashCode() * 31 + owner;
        return h ^ (h >>> 16);
    }

    /** Doubles the table, inserting the names again in their order (so that undo stays exact). */
    private void grow() {
        String[] oldNames = names;
        int[] oldOwners = owners;
        names = new String[oldNames.length * 2];
        owners = new int[names.length];
        int mask = names.length - 1;
        for (int k = 0; k < filledCount; k++) {
            int from = filled[k];
            int i = slot(oldNames[from], oldOwners[from]) & mask;
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = oldNames[from];
            owners[i] = oldOwners[from];
            filled[k] = i;
        }
    }

    /** Reads the next token without consuming it: the following {@link #next()} returns it. */
    JsonToken peek() {
        JsonToken t = next();
        pushedBack = true;
        return t;
    }

    /** Returns the current token, null before the first and after the last. */
    JsonToken token() {
        return parser.currentToken();
    }

    /** Returns the name of the current property (at a FIELD_NAME token). */
    String name() {
        try {
            return parser.currentName();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw io(e);
        }
    }

    /**
     * Returns the JSON pointer of the current token's value; at an END_OBJECT or END_ARRAY token,
     * the pointer of the object or array just closed. Costly: call it on failure paths only.
     */
    String pointer() {
        JsonPointer p = parser.getParsingContext().pathAsPointer();
        return p.toString();
    }

    /** Returns the 1-based line of the current token (without allocating, for Jackson's own parsers). */
    int line() {
        int n = parser instanceof ParserBase ? ((ParserBase) parser).getTokenLineNr()
                : parser.currentTokenLocation().getLineNr();
        return Math.max(n, 1);
    }

    /** Returns the 1-based column of the current token. */
    int column() {
        // ParserBase counts one further than the JsonLocation it reports in exceptions.
        int n = parser instanceof ParserBase ? ((ParserBase) parser).getTokenColumnNr() - 1
                : parser.currentTokenLocation().getColumnNr();
        return Math.max(n, 1);
    }

    /** Returns the pointer of a property of the object whose pointer is given. */
    static String child(String objectPointer, String name) {
        return objectPointer + '/' + name.replace("~", "~0").replace("/", "~1");
    }

    // ------------------------------------------------------------------ failures

    /**
     * A failure at the current token, of another JSON type than wanted: "expected X but found Y";
     * at the end of the input (an empty document) the JSON itself is malformed.
     */
    PassportFormatException expected(String what) {
        return failHere(token() == null ? PassportErrorCode.MALFORMED_JSON
                : PassportErrorCode.WRONG_JSON_TYPE, "expected " + what + " but found "
                + describeCurrent(), null);
    }

    /** A failure at the current token with the given reason. */
    PassportFormatException failHere(PassportErrorCode code, String reason, Throwable cause) {
        return failAt(code, pointer(), reason, cause);
    }

    /** A failure at the current token's location, naming the given pointer. */
    PassportFormatException failAt(PassportErrorCode code, String pointer, String reason,
            Throwable cause) {
        JsonLocation loc = parser.currentTokenLocation();
        return new PassportFormatException(code, reason, pointer, Math.max(loc.getLineNr(), 1),
                Math.max(loc.getColumnNr(), 1), cause);
    }

    /**
     * Returns the code of a failure that a value's own check (a factory of the passport model)
     * reported: the model's code for a {@link PassportException}, else the given one.
     */
    static PassportErrorCode codeOf(RuntimeException e, PassportErrorCode otherwise) {
        return e instanceof PassportException ? ((PassportException) e).errorCode() : otherwise;
    }

    /**
     * Translates a read failure: a character the input's encoding cannot hold (UTF-32 above
     * U+10FFFF) is a format error at its place; anything else is the input failing.
     */
    RuntimeException io(IOException e) {
        if (e instanceof CharConversionException) {
            return encoding((CharConversionException) e);
        }
        return new UncheckedIOException("cannot read passport JSON: " + e.getMessage(), e);
    }

    private PassportFormatException encoding(CharConversionException e) {
        JsonLocation loc = parser.currentLocation();
        String ptr;
        try {
            ptr = parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException ignored) {
            ptr = "";
        }
        return new PassportFormatException(PassportErrorCode.MALFORMED_JSON,
                "malformed JSON: invalid character encoding: "
                + truncate(String.valueOf(e.getMessage())), ptr, Math.max(loc.getLineNr(), 1),
                Math.max(loc.getColumnNr(), 1), e);
    }

    /** Translates a failure to open the input (before any token). */
    static PassportFormatException translateOpening(JsonProcessingException e) {
        boolean limit = e instanceof StreamConstraintsException;
        String reason = limit
                ? "input exceeds a reader limit: " + e.getOriginalMessage()
                : "malformed JSON: " + e.getOriginalMessage();
        return new PassportFormatException(limit ? PassportErrorCode.READER_LIMIT
                : PassportErrorCode.MALFORMED_JSON, reason, "", 1, 1, e);
    }

    private PassportFormatException translate(JsonProcessingException e) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String original = String.valueOf(e.getOriginalMessage());
        int marker = original.indexOf(" (start marker");
        if (marker > 0) {
            original = original.substring(0, marker);
        }
        boolean limit = e instanceof StreamConstraintsException;
        String reason = limit ? "input exceeds a reader limit: " + original
                : "malformed JSON: " + original;
        String ptr;
        try {
            ptr = parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException ignored) {
            ptr = "";
        }
        return new PassportFormatException(limit ? PassportErrorCode.READER_LIMIT
                : PassportErrorCode.MALFORMED_JSON, reason, ptr, Math.max(loc.getLineNr(), 1),
                Math.max(loc.getColumnNr(), 1), e);
    }

    /** Describes the current token for a message: {@code string "abc"}, {@code number 3.5}. */
    String describeCurrent() {
        JsonToken t = token();
        if (t == null) {
            return "the end of the input";
        }
        try {
            switch (t) {
                case VALUE_STRING:
                    return "string \"" + truncate(parser.getText()) + "\"";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "number " + truncate(parser.getText());
                case VALUE_TRUE:
                    return "true";
                case VALUE_FALSE:
                    return "false";
                case VALUE_NULL:
                    return "null";
                case START_OBJECT:
                    return "an object";
                case START_ARRAY:
                    return "an array";
                case END_OBJECT:
                    return "the end of the object";
                case END_ARRAY:
                    return "the end of the array";
                case FIELD_NAME:
                    return "property \"" + truncate(parser.currentName()) + "\"";
                default:
                    return t.toString();
            }
        } catch (IOException e) {
            return t.toString();
        }
    }

    /** Shows input in a message: see {@link Excerpts#truncate}. */
    static String truncate(String s) {
        return Excerpts.truncate(s);
    }

    // ------------------------------------------------------------------ expectations

    /** Reads the next token, which must start an object. */
    void startObject(String what) {
        if (next() != JsonToken.START_OBJECT) {
            throw expected(what);
        }
    }

    /** Reads the next token, which must start an array. */
    void startArray(String what) {
        if (next() != JsonToken.START_ARRAY) {
            throw expected(what);
        }
    }

    /**
     * Advances inside an object: returns the next property name, or null at the end of the
     * object.
     */
    String nextName() {
        JsonToken t = next();
        if (t == JsonToken.FIELD_NAME) {
            return name();
        }
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        throw expected("a property name or the end of the object");
    }

    /** Reads the next value, which must be a non-empty string. */
    String string(String what) {
        if (next() != JsonToken.VALUE_STRING) {
            throw expected(what);
        }
        return text();
    }

    /** Returns the text of the current string token. */
    String text() {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw io(e);
        }
    }

    /** Reads the next value, which must be a number written without exponent. */
    BigDecimal decimal(String what) {
        JsonToken t = next();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw expected(what);
        }
        return currentDecimal(what);
    }

    /**
     * Returns the current number token as an exact decimal. Exponent notation is accepted on
     * input, but the value written plain must have at most {@value #MAX_PLAIN_LENGTH} characters
     * ({@link PassportLimits#MAX_NUMBER_LENGTH}: it is written plain).
     */
    BigDecimal currentDecimal(String what) {
        BigDecimal d;
        try {
            d = parser.getDecimalValue();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (NumberFormatException | ArithmeticException e) {
            // An exponent beyond the int range: no BigDecimal can hold the value.
            throw tooLong(what, e);
        } catch (IOException e) {
            throw io(e);
        }
        if (!PassportLimits.isWithinNumberLimit(d)) {
            throw tooLong(what, null);
        }
        return d;
    }

    private PassportFormatException tooLong(String what, Throwable cause) {
        return failHere(PassportErrorCode.TOO_LONG, "expected " + what + " of at most "
                + MAX_PLAIN_LENGTH
                + " characters written without exponent but found number " + truncate(text()), cause);
    }

    /**
     * Reads the next value, which must be a whole number: an integer, or a number whose fraction
     * is zero ({@code 96.0}, kept with its scale), written without exponent and within
     * {@link PassportLimits#MAX_NUMBER_LENGTH}.
     */
    BigDecimal wholeDecimal(String what) {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            String txt = text();
            if (txt.indexOf('e') >= 0 || txt.indexOf('E') >= 0) {
                throw failHere(PassportErrorCode.BAD_FORMAT, "expected " + what
                        + " written without exponent but found number " + truncate(txt), null);
            }
            BigDecimal d = currentDecimal(what);
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                throw failHere(PassportErrorCode.NOT_WHOLE_NUMBER, "expected " + what
                        + " but found number " + truncate(txt)
                        + ", which has a fraction (it would lose precision)", null);
            }
            return d;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw expected(what);
        }
        return currentDecimal(what);
    }

    /** Reads the next value, which must be a whole number (no fraction, no exponent). */
    BigInteger integer(String what) {
        JsonToken t = next();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            String txt = text();
            if (txt.indexOf('e') >= 0 || txt.indexOf('E') >= 0) {
                throw failHere(PassportErrorCode.BAD_FORMAT, "expected " + what
                        + " written without exponent but found number " + truncate(txt), null);
            }
            throw failHere(PassportErrorCode.NOT_WHOLE_NUMBER, "expected " + what
                    + " but found number " + truncate(text())
                    + ", which has a fraction (it would lose precision)", null);
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw expected(what);
        }
        try {
            return parser.getBigIntegerValue();
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw io(e);
        }
    }

    /** Reads the next value, which must be an integer between min and max. */
    int intValue(String what, int min, int max) {
        BigInteger v = integer(what);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw failHere(PassportErrorCode.OUT_OF_RANGE, "expected " + what + " from " + min
                    + " to " + max
                    + " but found number " + truncate(v.toString()), null);
        }
        return v.intValueExact();
    }

    /** Fails unless the input ends after the root value. */
    void end() {
        if (next() != null) {
            throw failHere(PassportErrorCode.MALFORMED_JSON,
                    "expected the end of the input after the passport object but found "
                    + describeCurrent(), null);
        }
    }

    // ------------------------------------------------------------------ trees

    /** Reads the next value as a tree (for extensions), with exact numbers. */
    JsonNode tree() {
        next();
        return currentTree();
    }

    private JsonNode currentTree() {
        JsonToken t = token();
        if (t == null) {
            throw expected("a JSON value");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                String n;
                while ((n = nextName()) != null) {
                    next();
                    o.set(n, currentTree());
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                while (next() != JsonToken.END_ARRAY) {
                    a.add(currentTree());
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(text());
            case VALUE_NUMBER_INT:
                try {
                    switch (parser.getNumberType()) {
                        case INT:
                            return NODES.numberNode(parser.getIntValue());
                        case LONG:
                            return NODES.numberNode(parser.getLongValue());
                        default:
                            return NODES.numberNode(parser.getBigIntegerValue());
                    }
                } catch (JsonProcessingException e) {
                    throw translate(e);
                } catch (IOException e) {
                    throw io(e);
                }
            case VALUE_NUMBER_FLOAT:
                // Exact: DecimalNode keeps the scale (trailing zeros) as written.
                return DecimalNode.valueOf(currentDecimal("a number"));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw expected("a JSON value");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw io(e);
        }
    }
}
