package org.dppkit.battery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.PassportLevel;

/**
 * Reads the bundled field catalogue CSV (RFC 4180) once; internal. A malformed or incomplete
 * catalogue is a packaging defect and fails class initialisation with a message naming the row.
 */
final class FieldCatalogue {

    static final String RESOURCE = "battery-passport-fields.csv";
    /** The default date from which battery passport obligations apply (Art. 77). */
    static final LocalDate PASSPORT_START = LocalDate.of(2027, 2, 18);

    private static final String[] HEADER = {"key", "section", "annexXiiiRef", "legalRef",
        "description", "type", "unit", "access", "level", "mutable", "ev", "lmt", "industrial",
        "applicableFrom", "batteryPassModel", "idtaSubmodel", "notes"};

    /** The companion resource with the per-category, per-sub-category obligations. */
    static final String OBLIGATIONS_RESOURCE = "battery-passport-obligations.csv";

    private static final String[] OBLIGATIONS_HEADER = {"key", "ev", "lmt",
        "industrialStationaryBess", "industrialOtherInternalStorage",
        "industrialExclusivelyExternalStorage", "legalRef"};

    private static final Map<String, Row> ROWS = load();

    static {
        loadObligations();
    }

    private FieldCatalogue() {
    }

    /** One catalogue row, parsed. */
    static final class Row {
        final String key;
        final Section section;
        final String annexXiiiRef;
        final String legalRef;
        final String description;
        final FieldType type;
        final boolean list;
        final List<String> allowedValues;
        final Unit unit;
        final AccessGroup access;
        final PassportLevel scope;
        final boolean mutable;
        final Map<BatteryCategory, Obligation> obligations;
        final LocalDate applicableFrom;
        final String batteryPassModel;
        final String idtaSubmodel;
        final String notes;
        /** Obligations by column: EV, LMT, then industrial by sub-category ordinal. */
        final FieldObligation[] detailed = new FieldObligation[2 + IndustrialSubCategory.values().length];

        Row(int line, String[] c) {
            this.key = c[0];
            this.section = Section.fromKey(c[1]);
            this.annexXiiiRef = emptyToNull(c[2]);
            this.legalRef = c[3];
            this.description = c[4];
            String t = c[5];
            this.list = t.startsWith("list<") && t.endsWith(">");
            if (list) {
                t = t.substring(5, t.length() - 1);
            }
            if (t.startsWith("enum(") && t.endsWith(")")) {
                this.type = FieldType.ENUM;
                List<String> values = new ArrayList<>();
                for (String v : t.substring(5, t.length() - 1).split("\\|", -1)) {
                    values.add(v);
                }
                this.allowedValues = Collections.unmodifiableList(values);
            } else {
                this.type = FieldType.fromCatalogue(t);
                this.allowedValues = List.of();
            }
            this.unit = unit(line, c[6]);
            this.access = AccessGroup.valueOf(c[7]);
            this.scope = PassportLevel.valueOf(c[8]);
            this.mutable = "yes".equals(c[9]);
            Map<BatteryCategory, Obligation> o = new EnumMap<>(BatteryCategory.class);
            o.put(BatteryCategory.EV, Obligation.fromCatalogue(c[10]));
            o.put(BatteryCategory.LMT, Obligation.fromCatalogue(c[11]));
            o.put(BatteryCategory.INDUSTRIAL, Obligation.fromCatalogue(c[12]));
            this.obligations = Collections.unmodifiableMap(o);
            String from = c[13];
            this.applicableFrom = from.isEmpty() ? PASSPORT_START
                    : "pending".equals(from) ? null : LocalDate.parse(from);
            this.batteryPassModel = emptyToNull(c[14]);
            this.idtaSubmodel = emptyToNull(c[15]);
            this.notes = c[16];
        }

        private static Unit unit(int line, String text) {
            if (text.isEmpty()) {
                return null;
            }
            if (text.startsWith("(kg CO2e per kWh)")) {
                return Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR;
            }
            int space = text.indexOf(' ');
            String code = space < 0 ? text : text.substring(0, space);
            return Unit.fromCode(code).orElseThrow(() -> new IllegalStateException(
                    "field catalogue line " + line + ": unknown unit '" + text + "'"));
        }

        private static String emptyToNull(String s) {
            return s.isEmpty() ? null : s;
        }
    }

    /**
     * Returns the row for a key.
     *
     * @throws IllegalStateException if the catalogue has no such row
     */
    static Row row(String key) {
        Row row = ROWS.get(key);
        if (row == null) {
            throw new IllegalStateException("field catalogue has no row with key '" + key + "'");
        }
        return row;
    }

    /**
     * Checks that every catalogue row has a field constant.
     *
     * @throws IllegalStateException naming the keys without a constant
     */
    static void checkComplete(Set<String> keys) {
        Set<String> missing = new TreeSet<>(ROWS.keySet());
        missing.removeAll(keys);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("BatteryField lacks catalogue keys " + missing);
        }
    }

    /** Returns the catalogue keys in file order. */
    static List<String> keys() {
        return List.copyOf(ROWS.keySet());
    }

    private static Map<String, Row> load() {
        try (InputStream in = FieldCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("field catalogue resource " + RESOURCE
                        + " is missing from the dpp-core jar");
            }
            List<String[]> records = parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String[] header = records.get(0);
            if (!java.util.Arrays.equals(header, HEADER)) {
                throw new IllegalStateException("field catalogue header is "
                        + java.util.Arrays.toString(header) + ", expected "
                        + java.util.Arrays.toString(HEADER));
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            for (int i = 1; i < records.size(); i++) {
                String[] c = records.get(i);
                if (c.length != HEADER.length) {
                    throw new IllegalStateException("field catalogue record " + (i + 1) + " has "
                            + c.length + " columns, expected " + HEADER.length);
                }
                try {
                    if (rows.put(c[0], new Row(i + 1, c)) != null) {
                        throw new IllegalStateException("duplicate key");
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException("field catalogue record " + (i + 1)
                            + " (key '" + c[0] + "'): " + e.getMessage(), e);
                }
            }
            return Collections.unmodifiableMap(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read field catalogue " + RESOURCE, e);
        }
    }

    private static void loadObligations() {
        try (InputStream in = FieldCatalogue.class.getResourceAsStream(OBLIGATIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("field catalogue resource " + OBLIGATIONS_RESOURCE
                        + " is missing from the dpp-core jar");
            }
            List<String[]> records = parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!java.util.Arrays.equals(records.get(0), OBLIGATIONS_HEADER)) {
                throw new IllegalStateException("obligations header is "
                        + java.util.Arrays.toString(records.get(0)));
            }
            for (int i = 1; i < records.size(); i++) {
                String[] c = records.get(i);
                Row row = ROWS.get(c.length > 0 ? c[0] : "");
                if (c.length != OBLIGATIONS_HEADER.length || row == null || row.detailed[0] != null) {
                    throw new IllegalStateException("obligations record " + (i + 1)
                            + ": wrong column count, unknown or repeated key");
                }
                String ref = c[6].isEmpty() ? defaultReference(row) : c[6];
                try {
                    for (int col = 0; col < row.detailed.length; col++) {
                        row.detailed[col] = FieldObligation.parse(c[1 + col], ref);
                    }
                } catch (RuntimeException e) {
                    throw new IllegalStateException("obligations record " + (i + 1) + " (key '"
                            + c[0] + "'): " + e.getMessage(), e);
                }
            }
            for (Row row : ROWS.values()) {
                if (row.detailed[0] == null) {
                    throw new IllegalStateException("obligations resource lacks key '" + row.key + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OBLIGATIONS_RESOURCE, e);
        }
    }

    private static String defaultReference(Row row) {
        return row.annexXiiiRef != null ? "Art. 77(2); Annex XIII " + row.annexXiiiRef : row.legalRef;
    }

    /** Parses RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. */
    static List<String[]> parseCsv(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    fields.add(field.toString());
                    records.add(fields.toArray(new String[0]));
                }
                fields.clear();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalStateException("field catalogue ends inside a quoted field");
        }
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields.toArray(new String[0]));
        }
        return records;
    }
}
