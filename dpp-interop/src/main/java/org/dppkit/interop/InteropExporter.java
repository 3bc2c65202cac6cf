package org.dppkit.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportView;
import org.dppkit.core.Audience;

/**
 * Exports battery passports to the IDTA 02035 submodel payloads and the Catena-X BatteryPass
 * aspect, following {@link InteropMapping}.
 *
 * <pre>{@code
 * InteropExporter exporter = InteropExporter.standard();
 * InteropExport nameplate = exporter.export(item, Audience.LEGITIMATE_INTEREST,
 *         InteropFormat.DIGITAL_NAMEPLATE);
 * nameplate.json();          // {"URIOfTheProduct":"urn:uuid:...","ManufacturerName":[...],...}
 * nameplate.notExported();   // fields the audience sees that the nameplate cannot hold
 * InteropExports all = exporter.exportAll(item, Audience.PUBLIC);
 * }</pre>
 *
 * <p><b>Audience.</b> An export holds only what {@link BatteryPassport#view(Audience)} shows
 * that audience. <b>Completeness.</b> Each format's schema requires some properties; when the
 * audience's view cannot fill one, {@link #export} throws an {@link InteropException} listing the
 * missing paths rather than returning a payload that fails the schema. Properties the format
 * requires but the catalogue has no field for (Catena-X business partner numbers, for example)
 * come from a caller's {@linkplain Builder#template(InteropFormat, String) template}; the
 * exporter never invents them. <b>Time stamps.</b> {@code LastUpdate}-style properties of
 * values without their own time take the passport version's time ({@code revisedAt}, else
 * {@code issuedAt}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class InteropExporter {

    private static final InteropExporter STANDARD = new InteropExporter(new EnumMap<>(InteropFormat.class));

    private final Map<InteropFormat, ObjectNode> templates;

    private InteropExporter(Map<InteropFormat, ObjectNode> templates) {
        this.templates = templates;
    }

    /**
     * Returns an exporter without templates.
     *
     * @return the exporter, not null
     */
    public static InteropExporter standard() {
        return STANDARD;
    }

    /**
     * Returns a builder for an exporter with templates.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder(new EnumMap<>(InteropFormat.class));
    }

    /**
     * Returns a builder holding this exporter's templates.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(new EnumMap<>(templates));
    }

    /**
     * Exports what an audience may see of a passport to one format.
     *
     * @param passport the passport, not null
     * @param audience the audience, not null
     * @param format the format, not null
     * @return the export, valid against the format's schema, not null
     * @throws InteropException if the view cannot fill a property the format requires; its
     *     {@link InteropException#missingPaths()} lists them
     * @throws NullPointerException if an argument is null
     */
    public InteropExport export(BatteryPassport passport, Audience audience, InteropFormat format) {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(format, "format");
        PassportView view = passport.view(audience);
        Outcome o = build(new Conversions.ExportContext(view), format);
        if (!o.missing.isEmpty()) {
            throw new InteropException(format + ": the " + audience + " view of " + passport.id()
                    + " cannot fill the required properties " + o.missing, o.missing, null);
        }
        return finish(new Conversions.ExportContext(view), format, o);
    }

    /**
     * Exports what an audience may see of a passport to every format it can fill.
     *
     * @param passport the passport, not null
     * @param audience the audience, not null
     * @return the complete exports and, per incomplete format, the missing required paths
     * @throws NullPointerException if an argument is null
     */
    public InteropExports exportAll(BatteryPassport passport, Audience audience) {
        return exportAll(passport, audience, EnumSet.allOf(InteropFormat.class));
    }

    /**
     * Exports what an audience may see of a passport to each of the given formats it can fill.
     *
     * @param passport the passport, not null
     * @param audience the audience, not null
     * @param formats the formats, not null
     * @return the complete exports and, per incomplete format, the missing required paths
     * @throws NullPointerException if an argument is null
     */
    public InteropExports exportAll(BatteryPassport passport, Audience audience, Set<InteropFormat> formats) {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(formats, "formats");
        PassportView view = passport.view(audience);
        Conversions.ExportContext ctx = new Conversions.ExportContext(view);
        Map<InteropFormat, InteropExport> done = new EnumMap<>(InteropFormat.class);
        Map<InteropFormat, List<String>> incomplete = new EnumMap<>(InteropFormat.class);
        for (InteropFormat f : InteropFormat.values()) {
            if (!formats.contains(f)) {
                continue;
            }
            Outcome o = build(ctx, f);
            if (o.missing.isEmpty()) {
                done.put(f, finish(ctx, f, o));
            } else {
                incomplete.put(f, List.copyOf(o.missing));
            }
        }
        return new InteropExports(done, incomplete);
    }

    /** The payload tree and what happened to each field. */
    private static final class Outcome {
        final ObjectNode root = Conversions.factory().objectNode();
        final Set<BatteryField> exported = EnumSet.noneOf(BatteryField.class);
        Map<BatteryField, String> reasons;
        final List<String> missing = new ArrayList<>();
    }

    private Outcome build(Conversions.ExportContext ctx, InteropFormat format) {
        Plans.Plan plan = Plans.of(format);
        Outcome o = new Outcome();
        Map<BatteryField, String> reasons = new EnumMap<>(BatteryField.class);
        for (Plans.Row r : plan.fieldRows()) {
            BatteryField f = r.mapping().field().get();
            Object value = ctx.get(f);
            if (value == null) {
                continue;
            }
            ObjectNode parent = r.path().hasEachBeforeLast() ? o.root : r.path().parentForWrite(o.root);
            String result = r.conversion().write(parent, r.path().name(), value, ctx);
            if (result == null) {
                o.exported.add(f);
            } else if (result != Conversions.SKIP) {
                reasons.putIfAbsent(f, result);
            }
        }
        o.reasons = reasons;
        ObjectNode template = templates.get(format);
        if (template != null) {
            merge(o.root, template);
        }
        for (Plans.Row r : plan.checkRows()) {
            String name = r.path().name();
            JsonNode constant = r.conversion().constant();
            boolean anyMissing = false;
            for (ObjectNode p : r.path().parentNodes(o.root)) {
                if (p.has(name)) {
                    continue;
                }
                if (constant != null) {
                    p.set(name, constant.deepCopy());
                } else if (r.conversion().objectContainer()) {
                    p.putObject(name);
                } else if (r.conversion().emptyWhenAbsent()) {
                    p.putArray(name);
                } else {
                    anyMissing = true;
                }
            }
            if (anyMissing) {
                for (JsonPath.Parent p : r.path().parents(o.root)) {
                    if (!p.node().has(name)) {
                        o.missing.add(p.path().isEmpty() ? name : p.path() + "/" + name);
                    }
                }
            }
        }
        return o;
    }

    private static InteropExport finish(Conversions.ExportContext ctx, InteropFormat format, Outcome o) {
        return new InteropExport(format, ctx.view.audience(), ctx.view.id(), o.root, o.exported,
                ctx.present, o.reasons);
    }

    private static void merge(ObjectNode target, ObjectNode template) {
        for (Map.Entry<String, JsonNode> e : template.properties()) {
            JsonNode existing = target.get(e.getKey());
            if (existing == null) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (existing instanceof ObjectNode eo && e.getValue() instanceof ObjectNode to) {
                merge(eo, to);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InteropExporter e && e.templates.equals(templates);
    }

    @Override
    public int hashCode() {
        return templates.hashCode();
    }

    @Override
    public String toString() {
        return "InteropExporter[templates=" + templates.keySet() + "]";
    }

    /**
     * Builds an {@link InteropExporter}.
     *
     * <h2>Implementation Requirements</h2>
     * Not thread-safe; use one builder per thread.
     */
    public static final class Builder {

        private final Map<InteropFormat, ObjectNode> templates;

        private Builder(Map<InteropFormat, ObjectNode> templates) {
            this.templates = templates;
        }

        /**
         * Sets the template of a format: a JSON object holding the values of properties that
         * have no catalogue field (for example Catena-X {@code metadata} with its business
         * partner number and passport UUID). Exports start from the passport's values and take
         * from the template only what those leave empty.
         *
         * @param format the format, not null
         * @param json a JSON object, not null
         * @return this builder
         * @throws InteropException if the JSON is malformed, not an object, or holds a property
         *     that a catalogue field maps to (the passport supplies those; a template value there
         *     would pass off other data as the passport's)
         * @throws NullPointerException if an argument is null
         */
        public Builder template(InteropFormat format, String json) {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(json, "json");
            JsonNode tree;
            try {
                tree = Plans.MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw new InteropException(format + " template: malformed JSON: " + e.getOriginalMessage(), e);
            }
            if (!(tree instanceof ObjectNode obj)) {
                throw new InteropException(format + " template: expected a JSON object");
            }
            List<String> mapped = new ArrayList<>();
            for (Plans.Row r : Plans.of(format).fieldRows()) {
                mapped.add(JsonPath.normalise(r.path().text()));
            }
            Map<String, Boolean> leaves = new LinkedHashMap<>();
            ImportWalk.leaves(obj, "", leaves);
            for (String leaf : leaves.keySet()) {
                String norm = JsonPath.normalise(leaf);
                for (String m : mapped) {
                    if (ImportWalk.under(norm, m)) {
                        throw new InteropException(format + " template: " + leaf
                                + " is the place of a catalogue field; the passport supplies it");
                    }
                }
            }
            templates.put(format, obj);
            return this;
        }

        /**
         * Removes the template of a format.
         *
         * @param format the format, not null
         * @return this builder
         * @throws NullPointerException if the format is null
         */
        public Builder clearTemplate(InteropFormat format) {
            templates.remove(Objects.requireNonNull(format, "format"));
            return this;
        }

        /**
         * Builds the exporter.
         *
         * @return a new exporter, not null
         */
        public InteropExporter build() {
            Map<InteropFormat, ObjectNode> copy = new EnumMap<>(InteropFormat.class);
            templates.forEach((f, t) -> copy.put(f, t.deepCopy()));
            return new InteropExporter(copy);
        }
    }
}
