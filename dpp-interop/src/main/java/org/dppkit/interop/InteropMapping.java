package org.dppkit.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dppkit.battery.BatteryField;

/**
 * The mapping between the dppkit field catalogue and the interop formats, read from the table
 * bundled with this module ({@code org/dppkit/interop/mapping.csv}): for each format, the
 * catalogue fields it holds (target path, conversion and unit), the properties of the format
 * that have no catalogue field, and from that the fields each format cannot hold.
 *
 * <pre>{@code
 * InteropMapping mapping = InteropMapping.standard();
 * mapping.rows(InteropFormat.CIRCULARITY);          // every row of the Circularity submodel
 * mapping.heldFields(InteropFormat.CIRCULARITY);    // fields it holds
 * mapping.notHeldFields(InteropFormat.CIRCULARITY); // fields it cannot hold
 * String table = mapping.toMarkdown();              // the MAPPING.md document
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class InteropMapping {

    /** The class-path resource of the mapping table. */
    public static final String RESOURCE = "org/dppkit/interop/mapping.csv";

    private static final InteropMapping STANDARD = load();

    private final List<FieldMapping> rows;
    private final Map<InteropFormat, List<FieldMapping>> byFormat;

    private InteropMapping(List<FieldMapping> rows) {
        this.rows = List.copyOf(rows);
        Map<InteropFormat, List<FieldMapping>> map = new EnumMap<>(InteropFormat.class);
        for (InteropFormat f : InteropFormat.values()) {
            map.put(f, new ArrayList<>());
        }
        for (FieldMapping r : rows) {
            map.get(r.format()).add(r);
        }
        for (InteropFormat f : InteropFormat.values()) {
            map.put(f, List.copyOf(map.get(f)));
        }
        this.byFormat = Collections.unmodifiableMap(map);
    }

    /**
     * Returns the mapping bundled with this module.
     *
     * @return the mapping, not null
     */
    public static InteropMapping standard() {
        return STANDARD;
    }

    /**
     * Returns every row, in table order.
     *
     * @return an unmodifiable list, not null
     */
    public List<FieldMapping> rows() {
        return rows;
    }

    /**
     * Returns the rows of one format, in table order.
     *
     * @param format the format, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if the format is null
     */
    public List<FieldMapping> rows(InteropFormat format) {
        return byFormat.get(Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns the catalogue fields a format holds (on export).
     *
     * @param format the format, not null
     * @return an unmodifiable set in catalogue order, not null
     * @throws NullPointerException if the format is null
     */
    public Set<BatteryField> heldFields(InteropFormat format) {
        Set<BatteryField> set = EnumSet.noneOf(BatteryField.class);
        for (FieldMapping r : rows(format)) {
            r.field().ifPresent(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * Returns the catalogue fields a format cannot hold.
     *
     * @param format the format, not null
     * @return an unmodifiable set in catalogue order, not null
     * @throws NullPointerException if the format is null
     */
    public Set<BatteryField> notHeldFields(InteropFormat format) {
        Set<BatteryField> set = EnumSet.allOf(BatteryField.class);
        set.removeAll(heldFields(format));
        return Collections.unmodifiableSet(set);
    }

    /**
     * Returns the paths of a format's properties that the importer does not read: those
     * without a catalogue field and those of export-only rows. An import reports each of them
     * that the payload holds.
     *
     * @param format the format, not null
     * @return an unmodifiable list in table order, not null
     * @throws NullPointerException if the format is null
     */
    public List<String> notImportedPaths(InteropFormat format) {
        List<String> list = new ArrayList<>();
        for (FieldMapping r : rows(format)) {
            if (r.conversion().equals("none") || (r.field().isPresent() && !r.isImported())) {
                list.add(JsonPath.normalise(r.path()));
            }
        }
        return List.copyOf(list);
    }

    /**
     * Renders the mapping as a Markdown document: one table per format with field, path,
     * conversion and note, then the fields each format cannot hold.
     *
     * @return the document, with {@code \n} line ends, not null
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("# dppkit interop mapping\n\n");
        sb.append("Generated from `dpp-interop/src/main/resources/").append(RESOURCE)
                .append("` by `InteropMapping.toMarkdown()`; a test keeps this file current.\n");
        sb.append("Paths are `/`-separated; `[]` is every element of an array, `[0]` its first.\n");
        sb.append("Rows without a field are structure (`object`, `array`), constants (`const:`) or\n");
        sb.append("properties of the format that dppkit does not hold (`none`). Required: the\n");
        sb.append("format's schema requires the property when its parent is present.\n");
        for (InteropFormat f : InteropFormat.values()) {
            sb.append("\n## ").append(f.idShort()).append(' ').append(f.version())
                    .append(" (`").append(f.name()).append("`)\n\n");
            sb.append("Semantic id: `").append(f.semanticId()).append("`\n\n");
            sb.append("| Field | Path | Conversion | Required | Note |\n");
            sb.append("|---|---|---|---|---|\n");
            for (FieldMapping r : rows(f)) {
                sb.append("| ").append(r.field().map(x -> "`" + x.key() + "`").orElse(""))
                        .append(" | `").append(r.path()).append("` | `")
                        .append(cell(r.conversion())).append("` | ")
                        .append(r.isRequired() ? "yes" : "").append(" | ")
                        .append(cell(r.note())).append(" |\n");
            }
            sb.append("\nNot held (").append(notHeldFields(f).size()).append(" fields): ");
            List<String> keys = new ArrayList<>();
            for (BatteryField bf : notHeldFields(f)) {
                keys.add("`" + bf.key() + "`");
            }
            sb.append(String.join(", ", keys)).append(".\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    @Override
    public String toString() {
        return "InteropMapping[" + rows.size() + " rows]";
    }

    private static InteropMapping load() {
        try (InputStream in = InteropMapping.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("mapping resource missing: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InteropMapping parse(String csv) {
        List<List<String>> records = Csv.parse(csv);
        if (records.isEmpty() || !records.get(0).equals(
                List.of("format", "field", "path", "conversion", "required", "note"))) {
            throw new IllegalStateException("mapping table: unexpected header " 
                    + (records.isEmpty() ? "(none)" : records.get(0)));
        }
        List<FieldMapping> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            int line = i + 1;
            if (rec.size() != 6) {
                throw new IllegalStateException("mapping table line " + line + ": expected 6 columns, got "
                        + rec.size());
            }
            InteropFormat format;
            try {
                format = InteropFormat.valueOf(rec.get(0));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("mapping table line " + line + ": unknown format " + rec.get(0), e);
            }
            BatteryField field = null;
            if (!rec.get(1).isEmpty()) {
                field = BatteryField.fromKey(rec.get(1)).orElseThrow(() -> new IllegalStateException(
                        "mapping table line " + line + ": unknown field " + rec.get(1)));
            }
            String required = rec.get(4);
            if (!required.equals("yes") && !required.equals("no")) {
                throw new IllegalStateException("mapping table line " + line + ": required must be yes or no");
            }
            FieldMapping row = new FieldMapping(format, field, rec.get(2), rec.get(3),
                    required.equals("yes"), rec.get(5));
            JsonPath.parse(row.path());
            Conversions.of(row);
            String key = format + " " + row.path() + " " + row.conversion();
            if (seen.put(key, line) != null) {
                throw new IllegalStateException("mapping table line " + line + ": duplicate row " + key);
            }
            rows.add(row);
        }
        return new InteropMapping(rows);
    }
}
