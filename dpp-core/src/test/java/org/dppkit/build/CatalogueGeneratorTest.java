package org.dppkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue generator: its inputs are the checked-in files, as the build runs it. */
class CatalogueGeneratorTest {

    private static final Path CATALOGUE =
            Path.of("src/main/resources/org/dppkit/battery/battery-passport-fields.csv");
    private static final Path BINDING = Path.of("src/build/catalogue/battery-passport-java.csv");
    private static final Path TEMPLATES = Path.of("src/main/java-templates");
    private static final Path GENERATED = Path.of("target/generated-sources/catalogue");

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Map<String, String> templates() throws IOException {
        Map<String, String> t = new LinkedHashMap<>();
        for (String name : CatalogueGenerator.TEMPLATES) {
            t.put(name, read(TEMPLATES.resolve(name)));
        }
        return t;
    }

    private static Map<String, String> generate(String catalogue, String binding) throws IOException {
        return CatalogueGenerator.generate(catalogue, binding, templates());
    }

    @Test
    void output_isDeterministic_andIsWhatTheBuildCompiled() throws IOException {
        Map<String, String> first = generate(read(CATALOGUE), read(BINDING));
        Map<String, String> second = generate(read(CATALOGUE), read(BINDING));
        assertEquals(first, second);
        Set<String> compiled;
        try (Stream<Path> files = Files.walk(GENERATED)) {
            compiled = files.filter(Files::isRegularFile)
                    .map(p -> GENERATED.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(first.keySet(), compiled);
        for (Map.Entry<String, String> e : first.entrySet()) {
            assertEquals(e.getValue(), read(GENERATED.resolve(e.getKey())), e.getKey());
        }
    }

    @Test
    void main_writesTheSameFiles_andRemovesStaleOnes(@TempDir Path out) throws IOException {
        Path stale = out.resolve("org/dppkit/battery/RemovedSection.java");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "class RemovedSection {}");
        CatalogueGenerator.main(new String[] {CATALOGUE.toString(), BINDING.toString(),
            TEMPLATES.toString(), out.toString()});
        Map<String, String> expected = generate(read(CATALOGUE), read(BINDING));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), read(out.resolve(e.getKey())), e.getKey());
        }
        assertTrue(Files.notExists(stale));
    }

    @Test
    void setters_areExactlyTheCatalogueFieldsThatAreNotDerived() throws IOException {
        Map<String, String> files = generate(read(CATALOGUE), read(BINDING));
        String builder = files.get("org/dppkit/battery/PassportBuilder.java");
        Set<String> generated = new TreeSet<>();
        Matcher m = Pattern.compile("return set\\(BatteryField\\.(\\w+), value\\);").matcher(builder);
        while (m.find()) {
            generated.add(m.group(1));
        }
        Set<String> settable = new TreeSet<>();
        List<String> bindingLines = read(BINDING).lines().skip(1).collect(Collectors.toList());
        for (String line : bindingLines) {
            String[] c = line.split(",", -1);
            if (c[2].equals("no")) {
                settable.add(constant(c[0]));
            }
        }
        assertEquals(settable, generated);
        assertEquals(93, generated.size());
    }

    /** An independent spelling of the constant rule, checked against the hand-kept examples. */
    private static String constant(String key) {
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (char c : key.toCharArray()) {
            if (c == '.') {
                sb.append('_');
            } else {
                boolean boundary = Character.isUpperCase(c) && prev != '.' && prev != 0
                        || Character.isDigit(c) && Character.isLetter(prev);
                if (boundary) {
                    sb.append('_');
                }
                sb.append(Character.toUpperCase(c));
            }
            prev = c;
        }
        return sb.toString();
    }

    @Test
    void constantNames_followTheKeys() {
        assertEquals("ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE",
                constant("roundTripEfficiency.at50PercentCycleLife"));
        assertEquals("C_RATE_CYCLE_LIFE_TEST", constant("cRateCycleLifeTest"));
        assertEquals("MANUFACTURER_NAME", constant("manufacturer.name"));
    }

    @Test
    void moreFieldsThanTheMaskHolds_failsTheBuild() throws IOException {
        List<String> rows = read(CATALOGUE).lines().collect(Collectors.toList());
        String header = rows.get(0);
        String template = rows.get(2); // passportIdentifier: no quotes before the description
        StringBuilder catalogue = new StringBuilder(header).append('\n');
        StringBuilder binding = new StringBuilder("key,javaType,derived\n");
        for (int i = 0; i <= CatalogueGenerator.MAX_FIELDS; i++) {
            catalogue.append(template.replaceFirst("^passportIdentifier,", "field" + i + ",")).append('\n');
            binding.append("field").append(i).append(",String,no\n");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generate(catalogue.toString(), binding.toString()));
        assertEquals("the field catalogue has 129 fields but passport storage holds at most 128 (the"
                + " two 64-bit presence masks of PassportBase and PassportBuilder): widen the masks"
                + " before adding fields", e.getMessage());
        // 128 fields still fit
        String fits = catalogue.substring(0, catalogue.lastIndexOf("field128,"));
        String fitsBinding = binding.substring(0, binding.lastIndexOf("field128,"));
        assertEquals(128, CatalogueGenerator.fields(fits, fitsBinding).size());
    }

    @Test
    void bindingOutOfOrder_namesTheRow() throws IOException {
        List<String> lines = new ArrayList<>(read(BINDING).lines().collect(Collectors.toList()));
        String second = lines.get(2);
        lines.set(2, lines.get(3));
        lines.set(3, second);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generate(read(CATALOGUE), String.join("\n", lines)));
        assertEquals("binding row 3 is for 'modelIdentifier' but catalogue row 3 is 'passportIdentifier':"
                + " keep both files in the same order", e.getMessage());
    }

    @Test
    void bindingWithAQualifiedType_isRejected() throws IOException {
        String binding = read(BINDING).replace("manufacturer.webAddress,URI,", "manufacturer.webAddress,java.net.URI,");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generate(read(CATALOGUE), binding));
        assertEquals("binding of 'manufacturer.webAddress': javaType must be a simple class name but was"
                + " 'java.net.URI'", e.getMessage());
    }

    @Test
    void templateWithoutMarker_isRejected() throws IOException {
        Map<String, String> t = templates();
        t.put("org/dppkit/battery/PassportBuilder.java",
                t.get("org/dppkit/battery/PassportBuilder.java").replace(CatalogueGenerator.MARKER, ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogueGenerator.generate(read(CATALOGUE), read(BINDING), t));
        assertEquals("template org/dppkit/battery/PassportBuilder.java must hold the line '"
                + CatalogueGenerator.MARKER + "' once but holds it 0 times", e.getMessage());
    }

    @Test
    void generatedLines_fitIn120Characters() throws IOException {
        for (Map.Entry<String, String> e : generate(read(CATALOGUE), read(BINDING)).entrySet()) {
            String[] lines = e.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                assertTrue(lines[i].length() <= 120, e.getKey() + ":" + (i + 1));
            }
        }
    }

    @Property
    void csvReader_readsBackWhatRfc4180Wrote(@ForAll("tables") List<List<String>> table) {
        List<String> header = new ArrayList<>();
        for (int c = 0; c < table.get(0).size(); c++) {
            header.add("c" + c);
        }
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (List<String> row : table) {
            csv.append(row.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        List<Map<String, String>> read = CatalogueGenerator.Csv.parse(csv.toString(), "t", header);
        assertEquals(table.size(), read.size());
        for (int r = 0; r < table.size(); r++) {
            assertEquals(table.get(r), new ArrayList<>(read.get(r).values()));
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> value = Arbitraries.strings().withChars("ab,\"\n\r ;é").ofMaxLength(8);
        return Arbitraries.integers().between(1, 4).flatMap(cols -> value.list().ofSize(cols)
                .list().ofMinSize(1).ofMaxSize(5));
    }

    @Test
    void csvReader_rejectsAnUnterminatedQuote() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogueGenerator.Csv.parse("a,b\n\"x,y\n", "t", List.of("a")));
        assertEquals("t: unterminated quoted value", e.getMessage());
    }
}
