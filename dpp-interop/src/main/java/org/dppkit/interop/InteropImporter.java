package org.dppkit.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PassportException;
import org.dppkit.gs1.DigitalLink;

/**
 * Reads IDTA 02035 submodel payloads and Catena-X BatteryPass aspects into a passport
 * builder, following {@link InteropMapping}, and reports everything it could not map.
 *
 * <pre>{@code
 * ItemPassport.Builder builder = ItemPassport.builder(BatteryCategory.EV, gtin, "SN-1");
 * ImportReport report = InteropImporter.standard()
 *         .read(InteropFormat.TECHNICAL_DATA, json, builder);
 * report.importedFields();   // set in the builder
 * report.rejectedFields();   // carried by the payload, not usable (with the reason)
 * report.unmappedPaths();    // payload properties without a dppkit field
 * ItemPassport passport = builder.issuedAt(now).build();
 * }</pre>
 *
 * <p>The builder keeps its level, category and identifier: identity fields in the payload
 * (serial number, battery category, Digital Link) are compared with the builder's and reported
 * as rejected when they differ. Nothing is guessed: a value the field cannot take exactly (a
 * warranty in days, a time stamp without a time zone, a category the Regulation does not know)
 * is reported, never rounded or defaulted.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; the builder passed in is not.
 */
public final class InteropImporter {

    private static final InteropImporter STANDARD = new InteropImporter();

    private InteropImporter() {
    }

    /**
     * Returns the importer.
     *
     * @return the importer, not null
     */
    public static InteropImporter standard() {
        return STANDARD;
    }

    /**
     * Reads a payload of a format into a builder.
     *
     * @param format the payload's format, not null
     * @param json the payload, a JSON object, not null
     * @param builder the builder to set fields in, not null
     * @return what was imported, rejected and left unmapped, not null
     * @throws InteropException if the JSON is malformed (with position), not an object, has
     *     duplicate keys, or contradicts a constant of the format (such as another functional
     *     unit or aspect version); the builder is then unchanged
     * @throws NullPointerException if an argument is null
     */
    public ImportReport read(InteropFormat format, String json, PassportBuilder<?, ?> builder) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(builder, "builder");
        JsonNode tree;
        try {
            tree = Plans.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InteropException(format + ": malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new InteropException(format + ": expected a JSON object at the top level");
        }
        Plans.Plan plan = Plans.of(format);
        Conversions.ImportContext ctx = new Conversions.ImportContext();
        for (Plans.Row r : plan.allRows()) {
            JsonNode constant = r.conversion().constant();
            if (constant == null) {
                continue;
            }
            for (JsonPath.Parent p : r.path().parents(root)) {
                JsonNode actual = p.node().get(r.path().name());
                if (actual == null) {
                    continue;
                }
                if (!Conversions.sameConstant(constant, actual)) {
                    throw new InteropException(format + ": " + (p.path().isEmpty() ? "" : p.path() + "/")
                            + r.path().name() + " is " + actual + " but dppkit reads only " + constant
                            + " (" + r.mapping().note() + ")");
                }
                ctx.consume(actual);
            }
        }
        Map<BatteryField, Object> acc = new LinkedHashMap<>();
        Map<BatteryField, Conversions.Conversion> last = new EnumMap<>(BatteryField.class);
        Map<BatteryField, String> rejected = new EnumMap<>(BatteryField.class);
        for (Plans.Row r : plan.fieldRows()) {
            BatteryField f = r.mapping().field().get();
            if (!r.conversion().importable() || rejected.containsKey(f)) {
                continue;
            }
            ObjectNode parent = r.path().hasEachBeforeLast() ? root : r.path().parentForRead(root);
            if (parent == null) {
                continue;
            }
            ctx.path = r.path().text();
            try {
                Object a = r.conversion().read(parent, r.path().name(), acc.get(f), ctx, f);
                if (a != null) {
                    acc.put(f, a);
                    last.put(f, r.conversion());
                }
            } catch (Conversions.Rejected e) {
                rejected.put(f, e.getMessage());
                acc.remove(f);
            }
        }
        Map<BatteryField, Object> values = new LinkedHashMap<>();
        for (Map.Entry<BatteryField, Object> e : acc.entrySet()) {
            try {
                Object v = last.get(e.getKey()).finish(e.getValue());
                if (v != null) {
                    values.put(e.getKey(), v);
                }
            } catch (Conversions.Rejected ex) {
                rejected.put(e.getKey(), ex.getMessage());
            }
        }
        Set<BatteryField> imported = EnumSet.noneOf(BatteryField.class);
        for (Map.Entry<BatteryField, Object> e : values.entrySet()) {
            BatteryField f = e.getKey();
            Optional<Object> derived = derived(builder, f);
            if (derived != null) {
                if (derived.isPresent() && derived.get().equals(e.getValue())) {
                    imported.add(f);
                } else {
                    rejected.put(f, "the payload says '" + e.getValue() + "' but the builder's "
                            + (f == BatteryField.BATTERY_CATEGORY ? "category" : "identifier") + " gives "
                            + derived.map(Object::toString).map(s -> "'" + s + "'").orElse("none"));
                }
                continue;
            }
            try {
                builder.set(f, e.getValue());
                imported.add(f);
            } catch (PassportException ex) {
                rejected.put(f, ex.getMessage());
            }
        }
        return new ImportReport(format, imported, rejected, unmapped(format, root, ctx));
    }

    /** The value of an identity field from the builder, or null if the field is not one. */
    private static Optional<Object> derived(PassportBuilder<?, ?> builder, BatteryField f) {
        DigitalLink id = builder.id();
        return switch (f) {
            case UNIQUE_IDENTIFIER -> Optional.of(id.toString());
            case MODEL_IDENTIFIER -> Optional.of(id.gtin().toString());
            case BATCH_NUMBER -> id.lot().map(x -> x);
            case SERIAL_NUMBER -> id.serial().map(x -> x);
            case BATTERY_CATEGORY -> Optional.of(builder.category());
            default -> null;
        };
    }

    private static List<String> unmapped(InteropFormat format, ObjectNode root, Conversions.ImportContext ctx) {
        Map<String, Boolean> leaves = new LinkedHashMap<>();
        ImportWalk.leaves(root, "", leaves, ctx.consumed);
        List<String> declared = InteropMapping.standard().notImportedPaths(format);
        Set<String> out = new LinkedHashSet<>();
        for (String leaf : leaves.keySet()) {
            String norm = JsonPath.normalise(leaf);
            String hit = null;
            for (String d : declared) {
                if (ImportWalk.under(norm, d) && (hit == null || d.length() < hit.length())) {
                    hit = d;
                }
            }
            out.add(hit != null ? hit : norm);
        }
        return new ArrayList<>(out);
    }

    @Override
    public String toString() {
        return "InteropImporter";
    }
}
