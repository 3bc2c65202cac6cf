package org.dppkit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the mechanical Java sources of dpp-core from the field catalogue: the typed setters of
 * {@code PassportBuilder}, the twelve {@code *Section} classes, the constants of
 * {@code BatteryField} and the per-field Java binding table ({@code CatalogueBinding}). Build
 * time only; not part of any published artifact.
 *
 * <p>Inputs: the catalogue CSV ({@code battery-passport-fields.csv}, the one source of every
 * field's key, section, description, unit, access and scope), the Java binding CSV (per field
 * in catalogue order: the Java type of a value and whether the field is derived from the
 * passport identifier) and the hand-written templates, each holding exactly one marker line
 * where the generated members go. Output: one file per class below the output directory; the
 * same inputs always give the same bytes.
 *
 * <p>Run by Maven in {@code generate-sources} with the JDK's source launcher:
 * {@code java CatalogueGenerator.java catalogue.csv binding.csv templateDir outputDir}.
 */
public final class CatalogueGenerator {

    /** Field storage is two 64-bit presence masks ({@code PassportBase}, {@code PassportBuilder}). */
    public static final int MAX_FIELDS = 128;

    /** The line in a template that the generated members replace. */
    public static final String MARKER = "// @catalogue-generated";

    /** The templates, relative to the template directory. */
    public static final List<String> TEMPLATES = List.of("org/dppkit/battery/BatteryField.java",
            "org/dppkit/battery/PassportBuilder.java");

    private static final String PACKAGE = "org/dppkit/battery/";
    private static final String GENERATED = "// Generated from the field catalogue by\n"
            + "// dpp-core/src/build/java/org/dppkit/build/CatalogueGenerator.java: do not edit.\n";
    private static final int WIDTH = 100;

    /** Types of other packages that a binding may name (everything else is in the package). */
    private static final Map<String, String> IMPORTS = Map.of("URI", "java.net.URI",
            "LocalDate", "java.time.LocalDate", "YearMonth", "java.time.YearMonth",
            "Instant", "java.time.Instant");

    private static final List<String> CATALOGUE_HEADER = List.of("key", "section", "annexXiiiRef",
            "legalRef", "description", "type", "unit", "access", "level");
    private static final List<String> BINDING_HEADER = List.of("key", "javaType", "derived");

    private CatalogueGenerator() {
    }

    /**
     * Generates the sources into a directory, replacing the files there.
     *
     * @param args the catalogue CSV, the binding CSV, the template directory and the output
     *     directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: CatalogueGenerator catalogue.csv binding.csv templateDir outputDir");
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (String name : TEMPLATES) {
            templates.put(name, read(Path.of(args[2], name)));
        }
        Map<String, String> files = generate(read(Path.of(args[0])), read(Path.of(args[1])),
                templates);
        Path out = Path.of(args[3]);
        if (Files.isDirectory(out)) {
            try (Stream<Path> old = Files.walk(out)) {
                for (Path p : (Iterable<Path>) old.filter(Files::isRegularFile)::iterator) {
                    if (!files.containsKey(out.relativize(p).toString().replace('\\', '/'))) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = out.resolve(e.getKey());
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                continue; // unchanged: keep the timestamp, so that the compiler has nothing to do
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /**
     * Generates the sources.
     *
     * @param catalogueCsv the field catalogue
     * @param bindingCsv the Java binding, one row per catalogue row in the same order
     * @param templates the hand-written templates by path ({@link #TEMPLATES})
     * @return the generated files by path below the output directory, sorted
     * @throws IllegalArgumentException if the inputs disagree or the catalogue has more than
     *     {@link #MAX_FIELDS} fields
     */
    public static Map<String, String> generate(String catalogueCsv, String bindingCsv,
            Map<String, String> templates) {
        List<Field> fields = fields(catalogueCsv, bindingCsv);
        Map<String, String> files = new TreeMap<>();
        files.put(PACKAGE + "BatteryField.java",
                fill(templates, "org/dppkit/battery/BatteryField.java", constants(fields), Imports.NONE));
        TreeSet<String> setterImports = new TreeSet<>();
        for (Field f : fields) {
            if (!f.derived) {
                f.importTo(setterImports);
            }
        }
        files.put(PACKAGE + "PassportBuilder.java",
                fill(templates, "org/dppkit/battery/PassportBuilder.java", setters(fields),
                        new Imports(setterImports)));
        Map<String, List<Field>> sections = new LinkedHashMap<>();
        for (Field f : fields) {
            sections.computeIfAbsent(f.section, s -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Field>> e : sections.entrySet()) {
            files.put(PACKAGE + sectionClass(e.getKey()) + ".java", section(e.getKey(), e.getValue()));
        }
        files.put(PACKAGE + "CatalogueBinding.java", binding(fields));
        return Collections.unmodifiableMap(files);
    }

    // ------------------------------------------------------------------ inputs

    /** One catalogue field with its Java binding. */
    static final class Field {
        final String key;
        final String section;
        final String description;
        final String annexRef;
        final String unit;
        final String access;
        final String scope;
        final boolean list;
        final String javaType;
        final boolean derived;

        Field(Map<String, String> row, Map<String, String> binding) {
            this.key = row.get("key");
            this.section = row.get("section");
            this.description = row.get("description");
            this.annexRef = row.get("annexXiiiRef");
            this.unit = row.get("unit");
            this.access = row.get("access");
            this.scope = row.get("level");
            this.list = row.get("type").startsWith("list<");
            this.javaType = binding.get("javaType");
            this.derived = switch (binding.get("derived")) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException("binding of '" + key
                        + "': derived must be yes or no but was '" + binding.get("derived") + "'");
            };
            if (!javaType.matches("[A-Z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("binding of '" + key
                        + "': javaType must be a simple class name but was '" + javaType + "'");
            }
        }

        /**
         * The constant name: upper snake case, words split before a capital and a digit run
         * ({@code roundTripEfficiency.at50PercentCycleLife}:
         * {@code ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE}).
         */
        String constant() {
            return key.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                    .replaceAll("([A-Za-z])([0-9])", "$1_$2").toUpperCase(Locale.ROOT);
        }

        /** The setter name: the key without dots, each later part capitalised. */
        String setter() {
            return camel(key);
        }

        /** The getter name in the section class: the setter name without the section prefix. */
        String getter() {
            String prefix = section + ".";
            return camel(key.startsWith(prefix) ? key.substring(prefix.length()) : key);
        }

        /** The declared type of a value: the Java type, or a list of it. */
        String valueType() {
            return list ? "List<" + javaType + ">" : javaType;
        }

        void importTo(TreeSet<String> imports) {
            if (list) {
                imports.add("java.util.List");
            }
            String qualified = IMPORTS.get(javaType);
            if (qualified != null) {
                imports.add(qualified);
            }
        }
    }

    /** Imports a template needs for its generated members. */
    record Imports(TreeSet<String> imports) {
        static final Imports NONE = new Imports(new TreeSet<>());
    }

    private static String camel(String dotted) {
        String[] parts = dotted.split("\\.");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
        }
        return sb.toString();
    }

    static List<Field> fields(String catalogueCsv, String bindingCsv) {
        List<Map<String, String>> rows = Csv.parse(catalogueCsv, "catalogue", CATALOGUE_HEADER);
        List<Map<String, String>> bindings = Csv.parse(bindingCsv, "binding", BINDING_HEADER);
        if (rows.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("the field catalogue has " + rows.size()
                    + " fields but passport storage holds at most " + MAX_FIELDS
                    + " (the two 64-bit presence masks of PassportBase and PassportBuilder):"
                    + " widen the masks before adding fields");
        }
        if (rows.size() != bindings.size()) {
            throw new IllegalArgumentException("the catalogue has " + rows.size()
                    + " fields but the binding has " + bindings.size() + " rows");
        }
        List<Field> fields = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String key = rows.get(i).get("key");
            if (!key.equals(bindings.get(i).get("key"))) {
                throw new IllegalArgumentException("binding row " + (i + 2) + " is for '"
                        + bindings.get(i).get("key") + "' but catalogue row " + (i + 2) + " is '"
                        + key + "': keep both files in the same order");
            }
            fields.add(new Field(rows.get(i), bindings.get(i)));
        }
        return fields;
    }

    /** A small RFC 4180 reader: quoted values may hold commas, quotes ("") and line breaks. */
    static final class Csv {
        private Csv() {
        }

        static List<Map<String, String>> parse(String text, String what, List<String> required) {
            List<List<String>> records = records(text, what);
            if (records.isEmpty()) {
                throw new IllegalArgumentException(what + ": empty");
            }
            List<String> header = records.get(0);
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException(what + ": no column '" + column + "'");
                }
            }
            List<Map<String, String>> out = new ArrayList<>();
            for (int r = 1; r < records.size(); r++) {
                List<String> rec = records.get(r);
                if (rec.size() != header.size()) {
                    throw new IllegalArgumentException(what + " row " + (r + 1) + ": "
                            + rec.size() + " values but " + header.size() + " columns");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    row.put(header.get(c), rec.get(c));
                }
                out.add(row);
            }
            return out;
        }

        private static List<List<String>> records(String text, String what) {
            List<List<String>> records = new ArrayList<>();
            List<String> rec = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            int i = text.startsWith("\uFEFF") ? 1 : 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c != '"') {
                        value.append(c);
                    } else if (i < n && text.charAt(i) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    rec.add(value.toString());
                    value.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    rec.add(value.toString());
                    value.setLength(0);
                    records.add(rec);
                    rec = new ArrayList<>();
                } else {
                    value.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException(what + ": unterminated quoted value");
            }
            if (value.length() > 0 || !rec.isEmpty()) {
                rec.add(value.toString());
                records.add(rec);
            }
            return records;
        }
    }

    // ------------------------------------------------------------------ templates

    private static String fill(Map<String, String> templates, String name, String members, Imports extra) {
        String template = Objects.requireNonNull(templates.get(name), () -> "no template " + name);
        String[] lines = template.split("\n", -1);
        StringBuilder out = new StringBuilder(template.length() + members.length());
        out.append("// Generated from the field catalogue and the template\n// src/main/java-templates/")
                .append(name).append(": edit the template, not this file.\n");
        int markers = 0;
        boolean importsDone = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("import ") && !importsDone) {
                TreeSet<String> imports = new TreeSet<>(extra.imports());
                while (i < lines.length && (lines[i].startsWith("import ") || lines[i].isEmpty()
                        && i + 1 < lines.length && lines[i + 1].startsWith("import "))) {
                    if (!lines[i].isEmpty()) {
                        imports.add(lines[i].substring(7, lines[i].length() - 1));
                    }
                    i++;
                }
                i--;
                for (String imp : imports) {
                    out.append("import ").append(imp).append(";\n");
                }
                importsDone = true;
            } else if (line.trim().equals(MARKER)) {
                markers++;
                out.append(members);
            } else {
                out.append(line);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        if (markers != 1) {
            throw new IllegalArgumentException("template " + name + " must hold the line '" + MARKER
                    + "' once but holds it " + markers + " times");
        }
        if (!extra.imports().isEmpty() && !importsDone) {
            throw new IllegalArgumentException("template " + name + " has no import block");
        }
        return out.toString();
    }

    private static String constants(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String doc = f.description + " (<code>" + f.key + "</code>, " + f.access + ", " + f.scope
                    + ")." + (f.annexRef.isEmpty() ? "" : " Annex XIII " + f.annexRef + ".");
            javadoc(sb, "    ", List.of(doc));
            sb.append("    ").append(f.constant()).append("(\"").append(f.key).append("\")")
                    .append(i == fields.size() - 1 ? ";" : ",").append('\n');
        }
        return sb.toString();
    }

    private static String setters(List<Field> fields) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Field f : fields) {
            if (f.derived) {
                continue;
            }
            if (!first) {
                sb.append('\n');
            }
            first = false;
            String unit = !f.list && "Quantity".equals(f.javaType) && !f.unit.isEmpty()
                    ? " in " + f.unit : "";
            javadoc(sb, "    ", List.of(
                    "Sets {@code " + f.key + "}: " + f.description + " (scope " + f.scope
                            + ", access " + f.access + ").",
                    "Same as {@code set(BatteryField." + f.constant() + ", value)}.",
                    "",
                    "@param value the value" + unit + ", not null" + (f.list ? "; copied" : ""),
                    "@return this builder",
                    "@throws PassportException if the value breaks the field's rule or the field's scope is"
                            + " above what this builder may set",
                    "@throws NullPointerException if the value is null"));
            sb.append("    public final B ").append(f.setter()).append('(').append(f.valueType())
                    .append(" value) {\n");
            sb.append("        return set(BatteryField.").append(f.constant()).append(", value);\n");
            sb.append("    }\n");
        }
        return sb.toString();
    }

    static String sectionClass(String section) {
        return Character.toUpperCase(section.charAt(0)) + section.substring(1) + "Section";
    }

    private static String section(String section, List<Field> fields) {
        String name = sectionClass(section);
        TreeSet<String> imports = new TreeSet<>();
        imports.add("java.util.Optional");
        for (Field f : fields) {
            f.importTo(imports);
        }
        StringBuilder sb = new StringBuilder(GENERATED);
        sb.append("package org.dppkit.battery;\n\n");
        for (String imp : imports) {
            sb.append("import ").append(imp).append(";\n");
        }
        sb.append('\n');
        javadoc(sb, "", List.of(
                "Typed read access to the {@code " + section + "} section of a passport or view"
                        + " ({@link BatteryPassport#" + section + "()}, {@link PassportView#" + section
                        + "()}): one method per catalogue field of the section, returning the effective"
                        + " value (own or shared from the parent passport).",
                "On a {@link PassportView}, fields the audience may not read are empty.",
                "",
                "<h2>Implementation Requirements</h2>",
                "This class is immutable and thread-safe."));
        sb.append("public final class ").append(name).append(" {\n\n");
        sb.append("    private final FieldSource source;\n\n");
        sb.append("    ").append(name).append("(FieldSource source) {\n");
        sb.append("        this.source = source;\n");
        sb.append("    }\n");
        for (Field f : fields) {
            sb.append('\n');
            javadoc(sb, "    ", List.of("Returns {@code " + f.key + "}: " + f.description, "",
                    f.list ? "@return the value (unmodifiable), or empty" : "@return the value, or empty"));
            if (f.list) {
                sb.append("    @SuppressWarnings(\"unchecked\")\n");
            }
            sb.append("    public Optional<").append(f.valueType()).append("> ").append(f.getter())
                    .append("() {\n");
            sb.append("        Object v = source.lookup(BatteryField.").append(f.constant()).append(");\n");
            sb.append("        return v == null ? Optional.empty() : Optional.of((").append(f.valueType())
                    .append(") v);\n");
            sb.append("    }\n");
        }
        sb.append('\n');
        javadoc(sb, "    ", List.of("Returns the section key and nothing else, so that no restricted"
                + " value is shown.", "", "@return the text, not null"));
        sb.append("    @Override\n");
        sb.append("    public String toString() {\n");
        sb.append("        return \"").append(name).append("\";\n");
        sb.append("    }\n");
        sb.append("}\n");
        return sb.toString();
    }

    private static String binding(List<Field> fields) {
        StringBuilder sb = new StringBuilder(GENERATED);
        TreeSet<String> imports = new TreeSet<>();
        for (Field f : fields) {
            String qualified = IMPORTS.get(f.javaType);
            if (qualified != null) {
                imports.add(qualified);
            }
        }
        sb.append("package org.dppkit.battery;\n\n");
        for (String imp : imports) {
            sb.append("import ").append(imp).append(";\n");
        }
        sb.append('\n');
        javadoc(sb, "", List.of("The Java binding of each catalogue field, by ordinal (generated from"
                + " the catalogue and its Java binding); internal and immutable."));
        sb.append("final class CatalogueBinding {\n\n");
        sb.append("    /** The number of catalogue fields. */\n");
        sb.append("    static final int FIELDS = ").append(fields.size()).append(";\n\n");
        sb.append("    /** The Java type of each field's value (of each element, for a list field). */\n");
        sb.append("    private static final Class<?>[] TYPES = {\n");
        for (int i = 0; i < fields.size(); i++) {
            sb.append("        ").append(fields.get(i).javaType).append(".class,")
                    .append(" // ").append(fields.get(i).key).append('\n');
        }
        sb.append("    };\n\n");
        sb.append("    private CatalogueBinding() {\n");
        sb.append("    }\n\n");
        sb.append("    /** Returns the Java type of a field's value (of each element, for a list field). */\n");
        sb.append("    static Class<?> valueType(int ordinal) {\n");
        sb.append("        return TYPES[ordinal];\n");
        sb.append("    }\n\n");
        sb.append("    /** Tells whether a field follows from the passport's identifier and category. */\n");
        sb.append("    static boolean isDerived(int ordinal) {\n");
        sb.append("        switch (ordinal) {\n");
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).derived) {
                sb.append("            case ").append(i).append(": // ").append(fields.get(i).key).append('\n');
            }
        }
        sb.append("                return true;\n");
        sb.append("            default:\n");
        sb.append("                return false;\n");
        sb.append("        }\n");
        sb.append("    }\n");
        sb.append("}\n");
        return sb.toString();
    }

    /**
     * Appends a Javadoc comment: each paragraph wrapped at {@link #WIDTH} columns, block tags
     * continued with four spaces, an empty paragraph as a blank comment line.
     */
    private static void javadoc(StringBuilder sb, String indent, List<String> paragraphs) {
        String open = indent + "/** ";
        if (paragraphs.size() == 1 && open.length() + paragraphs.get(0).length() + 3 <= WIDTH) {
            sb.append(open).append(paragraphs.get(0)).append(" */\n");
            return;
        }
        sb.append(indent).append("/**\n");
        for (String p : paragraphs) {
            if (p.isEmpty()) {
                sb.append(indent).append(" *\n");
                continue;
            }
            String prefix = indent + " * ";
            String continuation = p.startsWith("@") ? prefix + "    " : prefix;
            StringBuilder line = new StringBuilder(prefix);
            for (String word : p.split(" ")) {
                boolean fresh = line.length() == prefix.length() || line.toString().equals(continuation);
                if (!fresh && line.length() + 1 + word.length() > WIDTH) {
                    sb.append(line).append('\n');
                    line = new StringBuilder(continuation);
                    fresh = true;
                }
                if (!fresh) {
                    line.append(' ');
                }
                line.append(word);
            }
            sb.append(line).append('\n');
        }
        sb.append(indent).append(" */\n");
    }
}
