package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.dppkit.battery.PassportErrorCode;

/**
 * A key that appears twice in one object, at any depth (the root, {@code fields}, a quantity, an
 * object in a list, user {@code extensions} with keys that need escaping), is rejected with
 * {@link PassportErrorCode#DUPLICATE_KEY} at the second occurrence: its JSON pointer, line and
 * column. The documents are golden documents (valid) with one member copied after itself or a
 * later member of its object.
 */
class DuplicateKeyPropertiesTest {

    private static final String[] GOLDEN = {"item-issuer.json", "item-public.json",
        "item-authorities.json", "item-legitimate_interest.json"};

    /** One member of one object in a document's text. */
    private record Member(String pointer, int nameStart, int end) {
    }

    @Property(tries = 300)
    void aDuplicatedKeyIsRejectedAtItsSecondOccurrence(@ForAll("documents") String doc,
            @ForAll @IntRange(min = 0, max = 100_000) int objectPick,
            @ForAll @IntRange(min = 0, max = 100_000) int memberPick,
            @ForAll @IntRange(min = 0, max = 100_000) int laterPick) {
        List<List<Member>> objects = objects(doc);
        List<Member> object = objects.get(objectPick % objects.size());
        int i = memberPick % object.size();
        Member original = object.get(i);
        Member after = object.get(i + laterPick % (object.size() - i));
        String copy = member(doc, original);
        // Insert ", <copy>" right after the value of 'after' (before the following comma or brace).
        String mutated = doc.substring(0, after.end()) + ", " + copy + doc.substring(after.end());
        int second = after.end() + 2;
        int line = 1 + (int) mutated.substring(0, second).chars().filter(c -> c == '\n').count();
        int column = second - (mutated.lastIndexOf('\n', second - 1) + 1) + 1;

        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(mutated));
        assertEquals(PassportErrorCode.DUPLICATE_KEY, e.errorCode(), e::getMessage);
        assertEquals(original.pointer(), e.pointer(), e::getMessage);
        assertEquals(line, e.line(), e::getMessage);
        assertEquals(column, e.column(), e::getMessage);
        assertTrue(e.reason().startsWith("duplicate key \""), e::getMessage);
        // Byte input: the same pointer and line (columns count bytes there).
        PassportFormatException b = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(new ByteArrayInputStream(
                        mutated.getBytes(StandardCharsets.UTF_8))));
        assertEquals(PassportErrorCode.DUPLICATE_KEY, b.errorCode());
        assertEquals(original.pointer(), b.pointer());
        assertEquals(line, b.line());
    }

    @Property(tries = 100)
    void theSameKeyInDifferentObjectsIsNoDuplicate(@ForAll("extensions") String extensions) {
        String doc = withExtensions(golden("item-public.json"), "{\"a\": " + extensions
                + ", \"b\": " + extensions + "}");
        assertEquals(PassportJson.standard().read(golden("item-public.json")),
                PassportJson.standard().read(doc));
    }

    @Example
    void aDuplicateAmongManyKeysIsFoundAfterTheNameTableGrew() {
        StringBuilder ext = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            ext.append(i == 0 ? "" : ", ").append("\"k").append(i).append("\": {\"k\": ").append(i).append('}');
        }
        String unique = withExtensions(golden("item-issuer.json"), ext + "}");
        assertEquals(PassportJson.standard().read(golden("item-issuer.json")),
                PassportJson.standard().read(unique));
        String duplicated = withExtensions(golden("item-issuer.json"), ext + ", \"k17\": 0}");
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(duplicated));
        assertEquals(PassportErrorCode.DUPLICATE_KEY, e.errorCode());
        assertEquals("/extensions/k17", e.pointer());
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> golden = Arbitraries.of(GOLDEN).map(DuplicateKeyPropertiesTest::golden);
        return Combinators.combine(golden, extensions().injectNull(0.3))
                .as((g, ext) -> ext == null ? g : withExtensions(g, ext));
    }

    /** User data: nested objects and arrays whose keys need JSON and JSON-pointer escaping. */
    @Provide
    Arbitrary<String> extensions() {
        return value(3).filter(v -> v.startsWith("{"));
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.of("1", "-2.50", "\"x\"", "true", "null", "\"\"");
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> key = Arbitraries.strings().withChars("ab~/\"\\\u00e9 ").ofMinLength(0)
                .ofMaxLength(3).map(DuplicateKeyPropertiesTest::quote);
        Arbitrary<String> object = Combinators.combine(key, Arbitraries.lazy(() -> value(depth - 1)))
                .as((k, v) -> k + ": " + v).list().ofMaxSize(4).uniqueElements(m -> m.substring(0,
                        m.indexOf("\": ") + 1))
                .map(ms -> "{" + String.join(",\n", ms) + "}");
        Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(3)
                .map(vs -> "[" + String.join(", ", vs) + "]");
        return Arbitraries.frequencyOf(Tuple.of(2, scalar), Tuple.of(3, object), Tuple.of(1, array));
    }

    private static String quote(String raw) {
        return "\"" + raw.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String withExtensions(String doc, String extensions) {
        int close = doc.lastIndexOf('}');
        return doc.substring(0, close).stripTrailing() + ",\n  \"extensions\": " + extensions + "\n}\n";
    }

    /** Lists every object of the document with at least one member, in document order. */
    private static List<List<Member>> objects(String doc) {
        List<List<Member>> objects = new ArrayList<>();
        List<List<Member>> open = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(doc)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int at = (int) p.currentTokenLocation().getCharOffset();
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
                    List<Member> members = open.get(open.size() - 1);
                    if (!members.isEmpty()) {
                        // The previous member's value ends before this token (and its comma).
                        Member last = members.get(members.size() - 1);
                        members.set(members.size() - 1, new Member(last.pointer(), last.nameStart(),
                                valueEnd(doc, at)));
                    }
                    if (t == JsonToken.FIELD_NAME) {
                        members.add(new Member(p.getParsingContext().pathAsPointer().toString(), at,
                                -1));
                    } else {
                        open.remove(open.size() - 1);
                        if (!members.isEmpty()) {
                            objects.add(members);
                        }
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    open.add(new ArrayList<>());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    /** The end of a member's value: before the whitespace and comma that precede offset at. */
    private static int valueEnd(String doc, int at) {
        int end = at;
        while (Character.isWhitespace(doc.charAt(end - 1))) {
            end--;
        }
        if (doc.charAt(end - 1) == ',') {
            end--;
            while (Character.isWhitespace(doc.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    private static String member(String doc, Member m) {
        return doc.substring(m.nameStart(), m.end());
    }

    private static String golden(String name) {
        try (InputStream in = DuplicateKeyPropertiesTest.class.getResourceAsStream("golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
