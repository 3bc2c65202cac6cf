package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TextOut} writes exactly what a default Jackson generator writes for the same calls:
 * escapes, numbers, nesting and separators.
 */
class TextOutTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @FunctionalInterface
    private interface Calls {
        void run(JsonOut out) throws IOException;
    }

    /** Runs the calls on both outputs, asserts they agree and returns the text. */
    private static String both(Calls calls) {
        try {
            StringWriter sw = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(sw)) {
                calls.run(JsonOut.of(g));
            }
            TextOut text = new TextOut(1);
            calls.run(text);
            assertEquals(sw.toString(), text.toString());
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        // Every UTF-16 unit, control characters and lone surrogates included, often near ASCII.
        return Arbitraries.oneOf(
                Arbitraries.chars().all(),
                Arbitraries.chars().range('\u0000', '\u007f'),
                Arbitraries.of('"', '\\', '/', '\u2028', '\u2029', '\u007f', '\u0080', '\ud83d', '\ude00'))
                .list().ofMaxSize(40).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Property(tries = 2000)
    void strings_andNames_areEscapedAsJacksonEscapesThem(@ForAll("anyText") String a, @ForAll("anyText") String b) {
        both(out -> {
            out.writeStartObject();
            out.writeFieldName(a);
            out.writeString(b);
            out.writeFieldName(new JsonOut.Text(b));
            out.writeString(new JsonOut.Text(a));
            out.writeFieldName("chars");
            char[] chars = ("xx" + a + "yy").toCharArray();
            out.writeString(chars, 2, a.length());
            out.writeEndObject();
        });
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                anyText().map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25))
                        .map(NODES::numberNode),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E+12"), new BigDecimal("1E+12")).ofScale(4)
                        .map(NODES::numberNode),
                Arbitraries.doubles().between(-1e6, 1e6).map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        return Arbitraries.recursive(() -> leaves,
                inner -> Arbitraries.oneOf(inner.list().ofMaxSize(4).map(TextOutTest::array),
                        objects(anyText(), inner)),
                0, 3);
    }

    private static JsonNode array(List<JsonNode> children) {
        ArrayNode a = NODES.arrayNode();
        children.forEach(a::add);
        return a;
    }

    private static Arbitrary<JsonNode> objects(Arbitrary<String> names, Arbitrary<JsonNode> children) {
        return Combinators.combine(names.list().ofMaxSize(4), children.list().ofSize(4)).as((ns, cs) -> {
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < ns.size(); i++) {
                o.set(ns.get(i), cs.get(i));
            }
            return o;
        });
    }

    @Property(tries = 1000)
    void trees_areWrittenAsJacksonWritesThem(@ForAll("trees") JsonNode tree) {
        both(out -> {
            out.writeStartArray();
            JsonTrees.writeSorted(out, tree);
            JsonTrees.writeSorted(out, tree);
            out.writeEndArray();
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 42})
    void ints(int value) {
        assertEquals("[" + value + "," + value + "]", both(out -> {
            out.writeStartArray();
            out.writeNumber(value);
            out.writeNumber(value);
            out.writeEndArray();
        }));
    }

    @Test
    void examples_fromTheJsonGrammar() {
        assertEquals("{\"a\\\"b\":\"tab\\tnl\\ncr\\rbs\\\\ bell\\u0007 \\b\\f \\u001F/\u00e9\u2028\"}",
                both(out -> {
                    out.writeStartObject();
                    out.writeFieldName("a\"b");
                    out.writeString("tab\tnl\ncr\rbs\\ bell\u0007 \b\f \u001f/\u00e9\u2028");
                    out.writeEndObject();
                }));
        assertEquals("[[],{},true,false,null,\"\"]", both(out -> {
            out.writeStartArray();
            out.writeStartArray();
            out.writeEndArray();
            out.writeStartObject();
            out.writeEndObject();
            out.writeBoolean(true);
            out.writeBoolean(false);
            out.writeNull();
            out.writeString("");
            out.writeEndArray();
        }));
    }

    @Test
    void growsFromAnyCapacity() {
        String longText = "x".repeat(10_000) + "\u0001" + "y".repeat(10_000);
        String written = both(out -> {
            out.writeStartArray();
            for (int i = 0; i < 3; i++) {
                out.writeString(longText);
                out.writeNumber(i);
            }
            out.writeEndArray();
        });
        // Three strings (the control character takes 6 chars), three digits, 5 commas, 2 brackets.
        assertEquals(3 * (longText.length() + 5 + 2) + 3 + 5 + 2, written.length());
    }

    @Test
    void nesting_beyondJacksonsWriteLimit_failsAsJacksonDoes() {
        int limit = StreamWriteConstraints.defaults().getMaxNestingDepth();
        TextOut out = new TextOut(16);
        assertThrows(StreamConstraintsException.class, () -> {
            for (int i = 0; i <= limit; i++) {
                out.writeStartArray();
            }
        });
    }
}
