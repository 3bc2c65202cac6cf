package org.dppkit.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PassportView;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;

/** The conversions named in the mapping table; internal. */
final class Conversions {

    /** Returned by a write that had nothing to write for its row (not a failure). */
    static final String SKIP = "\u0000skip";

    private static final JsonNodeFactory F = new ExactFactory();

    /** Keeps decimals exactly as given (no trailing-zero stripping). */
    private static final class ExactFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public com.fasterxml.jackson.databind.node.ValueNode numberNode(BigDecimal v) {
            return v == null ? nullNode() : com.fasterxml.jackson.databind.node.DecimalNode.valueOf(v);
        }
    }
    private static final Pattern CAS = Pattern.compile("\\d{2,7}-\\d{2}-\\d");
    private static final Pattern ISO_MONTHS = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?");
    private static final Pattern CALL = Pattern.compile("([a-z0-9-]+)\\((.+)\\)");
    private static final Map<String, Conversion> CACHE = new ConcurrentHashMap<>();

    private Conversions() {
    }

    /** What an export conversion may read besides its own value. */
    static final class ExportContext {
        final PassportView view;
        final String versionTime;
        /** The view's values by field ordinal, read once for every format; null if absent. */
        final Object[] values;
        /** The fields the view holds, in catalogue order. */
        final java.util.Set<BatteryField> present;

        ExportContext(PassportView view) {
            this.view = view;
            this.versionTime = view.revisedAt().orElse(view.issuedAt()).toString();
            this.present = view.presentFields();
            this.values = new Object[BatteryField.values().length];
            for (BatteryField f : present) {
                values[f.ordinal()] = view.get(f).orElse(null);
            }
        }

        Object get(BatteryField f) {
            return values[f.ordinal()];
        }
    }

    /** Import state: the nodes read so far and the row being read. */
    static final class ImportContext {
        final Set<JsonNode> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
        String path = "";

        void consume(JsonNode node) {
            if (node != null) {
                consumed.add(node);
            }
        }
    }

    /** A value the format carries that cannot become a valid field value; reported, not thrown. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    /** One conversion between a field value and the JSON at a row's path. */
    abstract static class Conversion {
        /** False for export-only conversions. */
        boolean importable() {
            return true;
        }

        /** True if a required, absent property is written as an empty array. */
        boolean emptyWhenAbsent() {
            return false;
        }

        /** True if a required, absent property is written as an empty object. */
        boolean objectContainer() {
            return false;
        }

        /** The constant of a {@code const:} row, else null. */
        JsonNode constant() {
            return null;
        }

        /** Writes the value; returns null if written, {@link #SKIP}, or why it cannot be. */
        abstract String write(ObjectNode parent, String name, Object value, ExportContext ctx);

        /** Reads the property into the accumulated value (null at first); returns the new one. */
        abstract Object read(ObjectNode parent, String name, Object acc, ImportContext ctx,
                BatteryField field);

        /** Turns the accumulated value into the field value. */
        Object finish(Object acc) {
            return acc;
        }

        /** The part of a field value this conversion keeps, for round-trip comparison. */
        Object project(Object value, PassportView view) {
            return value;
        }
    }

    /** Returns the conversion of a mapping row. */
    static Conversion of(FieldMapping row) {
        Conversion c = of(row.conversion(), row);
        boolean structural = c instanceof Container || c instanceof None || c instanceof Const;
        if (structural == row.field().isPresent()) {
            throw new IllegalStateException("mapping table: " + (structural
                    ? "structural row with a field: " : "conversion without a field: ") + row);
        }
        return c;
    }

    private static Conversion of(String name, FieldMapping row) {
        Conversion c = CACHE.get(name);
        if (c == null) {
            c = create(name, row);
            CACHE.putIfAbsent(name, c);
        }
        return c;
    }

    private static Conversion create(String name, FieldMapping row) {
        if (name.startsWith("const:")) {
            try {
                return new Const(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(name.substring(6)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("mapping table: bad constant " + name, e);
            }
        }
        Matcher m = CALL.matcher(name);
        String fn = m.matches() ? m.group(1) : name;
        String arg = m.matches() ? m.group(2) : null;
        Conversion c = switch (fn) {
            case "object" -> new Container(false);
            case "array" -> new Container(true);
            case "none" -> new None();
            case "text" -> new Text();
            case "text-und" -> new TextUnd();
            case "number" -> new NumberConv();
            case "iso-months" -> new IsoMonths();
            case "idta-category" -> new Category(false);
            case "cx-category" -> new Category(true);
            case "date" -> new DateConv();
            case "date-month" -> new DateMonth();
            case "status" -> new Status();
            case "doc-uris" -> new DocUris();
            case "uri-list" -> new UriList();
            case "strings" -> new Strings();
            case "facility-id" -> new FacilityId();
            case "operator-id" -> new OperatorId();
            case "chemistry-short" -> new ChemistryShort();
            case "chemistry" -> new ChemistryConv();
            case "address" -> new Address();
            case "resistance" -> new Resistance(component(arg), false);
            case "cx-resistance-record" -> new Resistance(component(arg), true);
            case "temp-lower" -> new TempBound(0);
            case "temp-upper" -> new TempBound(1);
            case "power-capabilities" -> new PowerCapabilities();
            case "power-at" -> new PowerAt(new BigDecimal(arg));
            case "materials" -> new Materials();
            case "critical-flags" -> new CriticalFlags();
            case "hazardous" -> new Hazardous();
            case "recycled" -> new Recycled(arg);
            case "timed" -> new Timed(arg, "LastUpdate");
            case "cx-record" -> new Timed("value", "time");
            case "negative-events" -> new NegativeEvents();
            case "extreme-temperatures" -> new ExtremeTemperatures();
            case "latest-observation" -> new Latest(arg, "LastUpdate");
            case "cx-latest-observation" -> new Latest("value", "time");
            case "marking" -> new Marking(arg);
            case "handover" -> new Handover(arg);
            case "keyed" -> new Keyed(arg);
            case "cx-warranty" -> new CxWarranty();
            case "cx-mass" -> new CxMass();
            case "cx-docs" -> new CxDocs();
            default -> throw new IllegalStateException("mapping table: unknown conversion '" + name
                    + "' in " + row);
        };
        return c;
    }

    private static BatteryComponent component(String arg) {
        return BatteryComponent.valueOf(arg);
    }

    // ---- helpers ----------------------------------------------------------------------------

    static JsonNodeFactory factory() {
        return F;
    }

    private static String where(ImportContext ctx) {
        return ctx.path;
    }

    private static JsonNode need(ObjectNode parent, String name, ImportContext ctx) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            throw new Rejected(where(ctx) + "/" + name + " is missing");
        }
        return n;
    }

    private static String text(JsonNode n, ImportContext ctx, String what) {
        if (!n.isTextual() || n.textValue().isBlank()) {
            throw new Rejected(what + ": expected a non-blank string but was " + trunc(n));
        }
        ctx.consume(n);
        return n.textValue();
    }

    private static BigDecimal number(JsonNode n, ImportContext ctx, String what) {
        if (!n.isNumber()) {
            throw new Rejected(what + ": expected a number but was " + trunc(n));
        }
        ctx.consume(n);
        return n.decimalValue();
    }

    private static ArrayNode array(JsonNode n, ImportContext ctx, String what) {
        if (!(n instanceof ArrayNode a)) {
            throw new Rejected(what + ": expected an array but was " + trunc(n));
        }
        return a;
    }

    private static ObjectNode object(JsonNode n, String what) {
        if (!(n instanceof ObjectNode o)) {
            throw new Rejected(what + ": expected an object but was " + trunc(n));
        }
        return o;
    }

    private static String trunc(JsonNode n) {
        String s = n.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static BigDecimal value(Quantity q) {
        return q.value();
    }

    private static Quantity quantity(BigDecimal v, BatteryField field) {
        Unit unit = field.unit().orElseThrow(() -> new IllegalStateException(field.key() + " has no unit"));
        return Quantity.of(v, unit);
    }

    private static String cas(String identifier) {
        if (identifier == null) {
            return null;
        }
        String s = identifier.startsWith("CAS ") ? identifier.substring(4) : identifier;
        return CAS.matcher(s).matches() ? s : null;
    }

    private static String uri(DocumentRef d) {
        return d.uri().toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    private static Instant instant(JsonNode n, ImportContext ctx, String what) {
        String s = text(n, ctx, what);
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            throw new Rejected(what + ": '" + s + "' is not a date-time with a time zone");
        }
    }

    private static LocalDate dateOfTimestamp(JsonNode n, ImportContext ctx, String what) {
        String s = text(n, ctx, what);
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(s).toLocalDate();
            } catch (DateTimeException e2) {
                throw new Rejected(what + ": '" + s + "' is not a date-time");
            }
        }
    }

    private static LocalDate date(JsonNode n, ImportContext ctx, String what) {
        String s = text(n, ctx, what);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new Rejected(what + ": '" + s + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static ArrayNode arrayAt(ObjectNode parent, String name) {
        JsonNode n = parent.get(name);
        return n instanceof ArrayNode a ? a : parent.putArray(name);
    }

    private static ArrayNode mlang(String language, String text) {
        ArrayNode a = F.arrayNode(1);
        a.addObject().put(language, text);
        return a;
    }

    /** Reads a multi-language text that must hold exactly one text. */
    private static String singleText(JsonNode n, ImportContext ctx, String what) {
        JsonNode obj = n;
        if (n instanceof ArrayNode a) {
            if (a.size() != 1) {
                throw new Rejected(what + ": expected one text but got " + a.size());
            }
            obj = a.get(0);
        }
        if (!(obj instanceof ObjectNode o) || o.size() != 1) {
            throw new Rejected(what + ": expected one language-tagged text but was " + trunc(n));
        }
        String text = text(o.elements().next(), ctx, what);
        ctx.consume(n);
        return text;
    }

    // ---- structural ---------------------------------------------------------------------------

    private static final class Container extends Conversion {
        private final boolean array;

        Container(boolean array) {
            this.array = array;
        }

        @Override
        boolean emptyWhenAbsent() {
            return array;
        }

        @Override
        boolean objectContainer() {
            return !array;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            return SKIP;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            return acc;
        }
    }

    private static final class None extends Conversion {
        @Override
        boolean importable() {
            return false;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            return SKIP;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            return acc;
        }
    }

    private static final class Const extends Conversion {
        private final JsonNode value;

        Const(JsonNode value) {
            this.value = value;
        }

        @Override
        JsonNode constant() {
            return value;
        }

        @Override
        String write(ObjectNode parent, String name, Object v, ExportContext ctx) {
            return SKIP;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            return acc;
        }
    }

    // ---- scalars ------------------------------------------------------------------------------

    private static final class Text extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, (String) value);
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            return n == null ? acc : text(n, ctx, where(ctx));
        }
    }

    private static final class TextUnd extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.set(name, mlang("und", (String) value));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            return n == null ? acc : singleText(n, ctx, where(ctx));
        }
    }

    private static final class NumberConv extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, value((Quantity) value));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            return n == null ? acc : quantity(number(n, ctx, where(ctx)), field);
        }
    }

    private static final class IsoMonths extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            Quantity q = (Quantity) value;
            parent.put(name, "P" + q.value().toBigInteger() + "M");
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            String s = text(n, ctx, where(ctx));
            Matcher m = ISO_MONTHS.matcher(s);
            if (!m.matches() || s.equals("P")) {
                throw new Rejected(where(ctx) + ": '" + s
                        + "' is not a period of whole years and months (days and times have no exact month value)");
            }
            long years = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long months = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            return Quantity.of(years * 12 + months, Unit.MONTH);
        }
    }

    private static final class Category extends Conversion {
        private final boolean catenaX;

        Category(boolean catenaX) {
            this.catenaX = catenaX;
        }

        private String code(BatteryCategory c) {
            return switch (c) {
                case EV -> catenaX ? "EV" : "ev";
                case LMT -> catenaX ? "LMT" : "lmt";
                case INDUSTRIAL -> "industrial";
            };
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, code((BatteryCategory) value));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            String s = text(n, ctx, where(ctx));
            for (BatteryCategory c : BatteryCategory.values()) {
                if (code(c).equals(s)) {
                    return c;
                }
            }
            throw new Rejected(where(ctx) + ": category '" + s + "' is none of the Regulation's LMT, EV, industrial");
        }
    }

    private static final class DateConv extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, value.toString());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            return n == null ? acc : date(n, ctx, where(ctx));
        }
    }

    private static final class DateMonth extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, ((YearMonth) value).atDay(1).toString());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            return n == null ? acc : YearMonth.from(date(n, ctx, where(ctx)));
        }
    }

    private static final class Status extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, ((BatteryStatus) value).value());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            String s = text(n, ctx, where(ctx));
            return BatteryStatus.fromValue(s).orElseThrow(
                    () -> new Rejected(where(ctx) + ": unknown battery status '" + s + "'"));
        }
    }

    private static final class DocUris extends Conversion {
        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ArrayNode a = parent.putArray(name);
            if (value instanceof DocumentRef d) {
                a.add(uri(d));
            } else {
                for (DocumentRef d : Conversions.<DocumentRef>list(value)) {
                    a.add(uri(d));
                }
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ArrayNode a = array(n, ctx, where(ctx));
            List<DocumentRef> docs = new ArrayList<>();
            for (JsonNode e : a) {
                docs.add(doc(text(e, ctx, where(ctx) + "[]"), ctx));
            }
            ctx.consume(a);
            if (field.isList()) {
                return docs.isEmpty() ? acc : List.copyOf(docs);
            }
            if (docs.size() > 1) {
                throw new Rejected(where(ctx) + ": " + docs.size() + " documents for the single document "
                        + field.key());
            }
            return docs.isEmpty() ? acc : docs.get(0);
        }

        @Override
        Object project(Object value, PassportView view) {
            if (value instanceof DocumentRef d) {
                return uri(d);
            }
            List<String> uris = new ArrayList<>();
            for (DocumentRef d : Conversions.<DocumentRef>list(value)) {
                uris.add(uri(d));
            }
            return uris;
        }
    }

    private static DocumentRef doc(String uri, ImportContext ctx) {
        try {
            return DocumentRef.of(uri);
        } catch (RuntimeException e) {
            throw new Rejected(where(ctx) + ": '" + uri + "' is not an absolute URI (" + e.getMessage() + ")");
        }
    }

    private static final class UriList extends Conversion {
        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.putArray(name).add(value.toString());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ArrayNode a = array(n, ctx, where(ctx));
            ctx.consume(a);
            if (a.isEmpty()) {
                return acc;
            }
            if (a.size() > 1) {
                throw new Rejected(where(ctx) + ": " + a.size() + " links for the single link " + field.key());
            }
            String s = text(a.get(0), ctx, where(ctx));
            try {
                URI u = new URI(s);
                if (!u.isAbsolute()) {
                    throw new Rejected(where(ctx) + ": '" + s + "' is not an absolute URI");
                }
                return u;
            } catch (java.net.URISyntaxException e) {
                throw new Rejected(where(ctx) + ": '" + s + "' is not a URI");
            }
        }
    }

    private static final class Strings extends Conversion {
        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ArrayNode a = parent.putArray(name);
            for (String s : Conversions.<String>list(value)) {
                a.add(s);
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ArrayNode a = array(n, ctx, where(ctx));
            ctx.consume(a);
            List<String> list = new ArrayList<>();
            for (JsonNode e : a) {
                list.add(text(e, ctx, where(ctx) + "[]"));
            }
            return list.isEmpty() ? acc : List.copyOf(list);
        }
    }

    private abstract static class ExportOnly extends Conversion {
        @Override
        boolean importable() {
            return false;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            return acc;
        }
    }

    private static final class FacilityId extends ExportOnly {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            Facility f = (Facility) value;
            if (f.identifier().isEmpty()) {
                return "the manufacturing place has no facility identifier";
            }
            parent.put(name, f.identifier().get());
            return null;
        }
    }

    private static final class OperatorId extends ExportOnly {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            EconomicOperator o = (EconomicOperator) value;
            if (o.identifier().isEmpty()) {
                return "the responsible operator has no identifier";
            }
            parent.put(name, o.identifier().get());
            return null;
        }
    }

    private static final class ChemistryShort extends ExportOnly {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            parent.put(name, ((Chemistry) value).shortName());
            return null;
        }
    }

    // ---- objects -----------------------------------------------------------------------------

    private static final class ChemistryConv extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            Chemistry c = (Chemistry) value;
            ObjectNode o = parent.putObject(name);
            o.put("ShortName", c.shortName());
            o.put("ClearName", c.clearName());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            String shortName = text(need(o, "ShortName", ctx), ctx, where(ctx) + "/ShortName");
            String clearName = text(need(o, "ClearName", ctx), ctx, where(ctx) + "/ClearName");
            try {
                return Chemistry.of(shortName, clearName);
            } catch (RuntimeException e) {
                throw new Rejected(where(ctx) + ": " + e.getMessage());
            }
        }
    }

    private static final class Address extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            PostalAddress a = (PostalAddress) value;
            if (a.postalCode().isEmpty()) {
                return "the postal address has no postal code, which the format requires";
            }
            ObjectNode o = parent.putObject(name);
            o.set("NationalCode", mlang("und", a.countryCode()));
            o.set("CityTown", mlang("und", a.locality()));
            o.set("Street", mlang("und", a.streetAddress()));
            o.set("ZipCode", mlang("und", a.postalCode().get()));
            a.region().ifPresent(r -> o.set("StateCounty", mlang("und", r)));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            String street = singleText(need(o, "Street", ctx), ctx, where(ctx) + "/Street");
            String city = singleText(need(o, "CityTown", ctx), ctx, where(ctx) + "/CityTown");
            String country = singleText(need(o, "NationalCode", ctx), ctx, where(ctx) + "/NationalCode");
            try {
                PostalAddress a = PostalAddress.of(street, city, country);
                if (o.has("ZipCode")) {
                    a = a.withPostalCode(singleText(o.get("ZipCode"), ctx, where(ctx) + "/ZipCode"));
                }
                if (o.has("StateCounty")) {
                    a = a.withRegion(singleText(o.get("StateCounty"), ctx, where(ctx) + "/StateCounty"));
                }
                return a;
            } catch (Rejected e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Rejected(where(ctx) + ": " + e.getMessage());
            }
        }
    }

    private static final class Resistance extends Conversion {
        private final BatteryComponent component;
        private final boolean record;

        Resistance(BatteryComponent component, boolean record) {
            this.component = component;
            this.record = record;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            for (ResistanceValue r : Conversions.<ResistanceValue>list(value)) {
                if (r.component() == component) {
                    if (record) {
                        ObjectNode o = parent.putObject(name);
                        o.put("value", value(r.value()));
                        o.put("time", ctx.versionTime);
                    } else {
                        parent.put(name, value(r.value()));
                    }
                    return null;
                }
            }
            return SKIP;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            BigDecimal v;
            if (record) {
                ObjectNode o = object(n, where(ctx));
                v = number(need(o, "value", ctx), ctx, where(ctx) + "/value");
                ctx.consume(o.get("time"));
            } else {
                v = number(n, ctx, where(ctx));
            }
            List<ResistanceValue> list = acc == null ? new ArrayList<>() : list(acc);
            list.add(ResistanceValue.of(component, quantity(v, field)));
            return list;
        }

        @Override
        Object finish(Object acc) {
            return acc == null ? null : List.copyOf(Conversions.<ResistanceValue>list(acc));
        }

        @Override
        Object project(Object value, PassportView view) {
            List<ResistanceValue> sorted = new ArrayList<>(list(value));
            sorted.sort(Comparator.comparing(ResistanceValue::component));
            return sorted;
        }
    }

    private static final class TempBound extends Conversion {
        private final int index;

        TempBound(int index) {
            this.index = index;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            TemperatureRange r = (TemperatureRange) value;
            parent.put(name, value(index == 0 ? r.lower() : r.upper()));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            Quantity[] bounds = acc == null ? new Quantity[2] : (Quantity[]) acc;
            bounds[index] = Quantity.of(number(n, ctx, where(ctx)), Unit.DEGREE_CELSIUS);
            return bounds;
        }

        @Override
        Object finish(Object acc) {
            if (acc == null) {
                return null;
            }
            Quantity[] b = (Quantity[]) acc;
            if (b[0] == null || b[1] == null) {
                throw new Rejected("a temperature range needs both its lower and its upper boundary");
            }
            try {
                return TemperatureRange.of(b[0], b[1]);
            } catch (RuntimeException e) {
                throw new Rejected(e.getMessage());
            }
        }
    }

    private static final class PowerCapabilities extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            List<PowerCapability> list = list(value);
            if (list.isEmpty()) {
                return SKIP;
            }
            ArrayNode a = parent.putArray(name);
            for (PowerCapability p : list) {
                ObjectNode o = a.addObject();
                o.put("atSoC", value(p.stateOfCharge()));
                o.put("powerCapabilityAt", value(p.power()));
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            List<PowerCapability> list = new ArrayList<>();
            for (JsonNode e : array(n, ctx, where(ctx))) {
                ObjectNode o = object(e, where(ctx) + "[]");
                BigDecimal soc = number(need(o, "atSoC", ctx), ctx, where(ctx) + "[]/atSoC");
                BigDecimal power = number(need(o, "powerCapabilityAt", ctx), ctx,
                        where(ctx) + "[]/powerCapabilityAt");
                list.add(powerCapability(soc, power, ctx));
            }
            ctx.consume(n);
            return list.isEmpty() ? acc : List.copyOf(list);
        }

        @Override
        Object project(Object value, PassportView view) {
            List<List<BigDecimal>> pairs = new ArrayList<>();
            for (PowerCapability p : Conversions.<PowerCapability>list(value)) {
                pairs.add(List.of(p.stateOfCharge().value(), p.power().value()));
            }
            return pairs;
        }
    }

    private static PowerCapability powerCapability(BigDecimal soc, BigDecimal power, ImportContext ctx) {
        try {
            return PowerCapability.of(Quantity.of(soc, Unit.PERCENT), Quantity.of(power, Unit.WATT));
        } catch (RuntimeException e) {
            throw new Rejected(where(ctx) + ": " + e.getMessage());
        }
    }

    private static final class PowerAt extends Conversion {
        private final BigDecimal soc;

        PowerAt(BigDecimal soc) {
            this.soc = soc;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            for (PowerCapability p : Conversions.<PowerCapability>list(value)) {
                if (p.stateOfCharge().value().compareTo(soc) == 0) {
                    parent.put(name, value(p.power()));
                    return null;
                }
            }
            return "no power capability at " + soc.toPlainString() + " % state of charge";
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            List<PowerCapability> list = acc == null ? new ArrayList<>() : list(acc);
            list.add(powerCapability(soc, number(n, ctx, where(ctx)), ctx));
            return list;
        }

        @Override
        Object finish(Object acc) {
            return acc == null ? null : List.copyOf(Conversions.<PowerCapability>list(acc));
        }

        @Override
        Object project(Object value, PassportView view) {
            List<List<BigDecimal>> pairs = new ArrayList<>();
            for (PowerCapability p : Conversions.<PowerCapability>list(value)) {
                BigDecimal s = p.stateOfCharge().value();
                if (s.compareTo(BigDecimal.valueOf(20)) == 0 || s.compareTo(BigDecimal.valueOf(80)) == 0) {
                    pairs.add(List.of(s.stripTrailingZeros(), p.power().value()));
                }
            }
            pairs.sort(Comparator.comparing(l -> l.get(0)));
            return pairs;
        }
    }

    // ---- material composition -------------------------------------------------------------------

    private static final class Materials extends Conversion {
        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            List<MaterialShare> list = list(value);
            List<?> critical = (List<?>) ctx.get(BatteryField.CRITICAL_RAW_MATERIALS);
            if (critical == null) {
                return "IsCriticalRawMaterial needs criticalRawMaterials, which the passport does not hold";
            }
            for (MaterialShare m : list) {
                if (cas(m.identifier().orElse(null)) == null) {
                    return "material '" + m.material() + "' has no CAS number, which the format requires";
                }
            }
            ArrayNode a = parent.putArray(name);
            for (MaterialShare m : list) {
                ObjectNode o = a.addObject();
                ObjectNode loc = o.putObject("BatteryMaterialLocation");
                m.component().ifPresent(c -> loc.put("ComponentName", c));
                o.put("BatteryMaterialIdentifier", cas(m.identifier().get()));
                o.put("BatteryMaterialName", m.material());
                o.put("BatteryMaterialMass", value(m.mass()));
                o.put("IsCriticalRawMaterial", critical.contains(m.material()));
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            List<MaterialShare> list = new ArrayList<>();
            for (JsonNode e : array(n, ctx, where(ctx))) {
                ObjectNode o = object(e, where(ctx) + "[]");
                String material = text(need(o, "BatteryMaterialName", ctx), ctx, where(ctx) + "[]/BatteryMaterialName");
                String id = text(need(o, "BatteryMaterialIdentifier", ctx), ctx,
                        where(ctx) + "[]/BatteryMaterialIdentifier");
                BigDecimal mass = number(need(o, "BatteryMaterialMass", ctx), ctx, where(ctx)
                        + "[]/BatteryMaterialMass");
                try {
                    MaterialShare m = MaterialShare.of(material, Quantity.of(mass, Unit.KILOGRAM))
                            .withIdentifier("CAS " + id);
                    JsonNode loc = o.get("BatteryMaterialLocation");
                    if (loc != null && loc.get("ComponentName") != null) {
                        m = m.withComponent(text(loc.get("ComponentName"), ctx,
                                where(ctx) + "[]/BatteryMaterialLocation/ComponentName"));
                    }
                    list.add(m);
                } catch (Rejected ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    throw new Rejected(where(ctx) + ": " + ex.getMessage());
                }
            }
            return list.isEmpty() ? acc : List.copyOf(list);
        }
    }

    private static final class CriticalFlags extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            List<?> materials = (List<?>) ctx.get(BatteryField.DETAILED_COMPOSITION);
            for (Object o : materials == null ? List.of() : materials) {
                if (Conversions.<String>list(value).contains(((MaterialShare) o).material())) {
                    return null;
                }
            }
            return "no critical raw material has an entry in the detailed composition (visible to this audience)";
        }

        @Override
        Object read(ObjectNode root, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode materials = root.get("BatteryMaterials");
            if (!(materials instanceof ArrayNode a)) {
                return acc;
            }
            List<String> list = new ArrayList<>();
            for (JsonNode e : a) {
                JsonNode flag = e.get("IsCriticalRawMaterial");
                if (flag == null) {
                    continue;
                }
                if (!flag.isBoolean()) {
                    throw new Rejected("BatteryMaterials[]/IsCriticalRawMaterial: expected a boolean");
                }
                ctx.consume(flag);
                JsonNode nameNode = e.get("BatteryMaterialName");
                if (flag.booleanValue() && nameNode != null && nameNode.isTextual()) {
                    list.add(nameNode.textValue());
                }
            }
            return list.isEmpty() ? acc : List.copyOf(list);
        }

        @Override
        Object project(Object value, PassportView view) {
            List<?> materials = view.get(BatteryField.DETAILED_COMPOSITION).map(v -> (List<?>) v)
                    .orElse(List.of());
            List<String> names = new ArrayList<>();
            for (Object o : materials) {
                String m = ((MaterialShare) o).material();
                if (Conversions.<String>list(value).contains(m) && !names.contains(m)) {
                    names.add(m);
                }
            }
            Collections.sort(names);
            return names;
        }
    }

    private static final class Hazardous extends Conversion {
        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            List<HazardousSubstance> list = list(value);
            for (HazardousSubstance h : list) {
                if (cas(h.identifier().orElse(null)) == null) {
                    return "hazardous substance '" + h.name() + "' has no CAS number, which the format requires";
                }
                if (h.concentration().isPresent() && h.concentration().get().unit() != Unit.PERCENT) {
                    return "hazardous substance '" + h.name() + "' has a concentration not in %";
                }
            }
            ArrayNode a = parent.putArray(name);
            for (HazardousSubstance h : list) {
                ObjectNode o = a.addObject();
                o.put("HazardousSubstanceName", h.name());
                o.put("HazardousSubstanceIdentifier", cas(h.identifier().get()));
                h.concentration().ifPresent(c -> o.put("HazardousSubstanceConcentration", value(c)));
                h.location().ifPresent(l -> o.putObject("HazardousSubstanceLocation").put("ComponentName", l));
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            List<HazardousSubstance> list = new ArrayList<>();
            for (JsonNode e : array(n, ctx, where(ctx))) {
                ObjectNode o = object(e, where(ctx) + "[]");
                String sub = text(need(o, "HazardousSubstanceName", ctx), ctx, where(ctx)
                        + "[]/HazardousSubstanceName");
                String id = text(need(o, "HazardousSubstanceIdentifier", ctx), ctx,
                        where(ctx) + "[]/HazardousSubstanceIdentifier");
                try {
                    HazardousSubstance h = HazardousSubstance.of(sub).withIdentifier("CAS " + id);
                    if (o.has("HazardousSubstanceConcentration")) {
                        h = h.withConcentration(Quantity.of(number(o.get("HazardousSubstanceConcentration"), ctx,
                                where(ctx) + "[]/HazardousSubstanceConcentration"), Unit.PERCENT));
                    }
                    JsonNode loc = o.get("HazardousSubstanceLocation");
                    if (loc != null && loc.get("ComponentName") != null) {
                        h = h.withLocation(text(loc.get("ComponentName"), ctx,
                                where(ctx) + "[]/HazardousSubstanceLocation/ComponentName"));
                    }
                    list.add(h);
                } catch (Rejected ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    throw new Rejected(where(ctx) + ": " + ex.getMessage());
                }
            }
            return list.isEmpty() ? acc : List.copyOf(list);
        }

        @Override
        Object project(Object value, PassportView view) {
            List<HazardousSubstance> out = new ArrayList<>();
            for (HazardousSubstance h : Conversions.<HazardousSubstance>list(value)) {
                HazardousSubstance p = HazardousSubstance.of(h.name());
                if (h.identifier().isPresent()) {
                    p = p.withIdentifier(h.identifier().get());
                }
                if (h.concentration().isPresent()) {
                    p = p.withConcentration(h.concentration().get());
                }
                if (h.location().isPresent()) {
                    p = p.withLocation(h.location().get());
                }
                out.add(p);
            }
            return out;
        }
    }

    // ---- circularity --------------------------------------------------------------------------

    private static final class Recycled extends Conversion {
        private final String material;

        Recycled(String material) {
            this.material = material;
        }

        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            RecycledShare r = (RecycledShare) value;
            ObjectNode o = arrayAt(parent, name).addObject();
            o.put("PreConsumerShare", value(r.preConsumerShare()));
            o.put("RecycledMaterial", material);
            o.put("PostConsumerShare", value(r.postConsumerShare()));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode found = null;
            for (JsonNode e : array(n, ctx, where(ctx))) {
                if (e instanceof ObjectNode o && material.equals(o.path("RecycledMaterial").asText(null))) {
                    if (found != null) {
                        throw new Rejected(where(ctx) + ": two entries for " + material);
                    }
                    found = o;
                }
            }
            if (found == null) {
                return acc;
            }
            ctx.consume(found);
            BigDecimal pre = number(need(found, "PreConsumerShare", ctx), ctx, where(ctx) + "[]/PreConsumerShare");
            BigDecimal post = number(need(found, "PostConsumerShare", ctx), ctx, where(ctx) + "[]/PostConsumerShare");
            try {
                return RecycledShare.of(Quantity.of(pre, Unit.PERCENT), Quantity.of(post, Unit.PERCENT));
            } catch (RuntimeException e) {
                throw new Rejected(where(ctx) + ": " + e.getMessage());
            }
        }
    }

    // ---- product condition ----------------------------------------------------------------------

    private static final class Timed extends Conversion {
        private final String valueName;
        private final String timeName;

        Timed(String valueName, String timeName) {
            this.valueName = valueName;
            this.timeName = timeName;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ObjectNode o = parent.putObject(name);
            o.put(valueName, value((Quantity) value));
            o.put(timeName, ctx.versionTime);
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            BigDecimal v = number(need(o, valueName, ctx), ctx, where(ctx) + "/" + valueName);
            ctx.consume(o.get(timeName));
            return quantity(v, field);
        }
    }

    private static final class NegativeEvents extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ArrayNode a = parent.putArray(name);
            for (NegativeEvent e : Conversions.<NegativeEvent>list(value)) {
                ObjectNode o = a.addObject();
                o.put("NegativeEventValue", e.description());
                o.put("LastUpdate", e.date().atStartOfDay().toInstant(ZoneOffset.UTC).toString());
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            List<NegativeEvent> list = new ArrayList<>();
            for (JsonNode e : array(n, ctx, where(ctx))) {
                ObjectNode o = object(e, where(ctx) + "[]");
                String text = text(need(o, "NegativeEventValue", ctx), ctx, where(ctx) + "[]/NegativeEventValue");
                LocalDate date = dateOfTimestamp(need(o, "LastUpdate", ctx), ctx, where(ctx) + "[]/LastUpdate");
                try {
                    list.add(NegativeEvent.of(date, text));
                } catch (RuntimeException ex) {
                    throw new Rejected(where(ctx) + ": " + ex.getMessage());
                }
            }
            return list.isEmpty() ? acc : List.copyOf(list);
        }

        @Override
        Object project(Object value, PassportView view) {
            List<NegativeEvent> out = new ArrayList<>();
            for (NegativeEvent e : Conversions.<NegativeEvent>list(value)) {
                out.add(NegativeEvent.of(e.date(), e.description()));
            }
            return out;
        }
    }

    private static final class ExtremeTemperatures extends Conversion {
        private static final String[] NAMES = {"TimeExtremeHighTemp", "TimeExtremeLowTemp",
            "TimeExtremeHighTempCharging", "TimeExtremeLowTempCharging"};

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ExtremeTemperatureTime t = (ExtremeTemperatureTime) value;
            ObjectNode o = parent.putObject(name);
            o.put(NAMES[0], value(t.aboveBoundary()));
            o.put(NAMES[1], value(t.belowBoundary()));
            o.put(NAMES[2], value(t.chargingAboveBoundary()));
            o.put(NAMES[3], value(t.chargingBelowBoundary()));
            o.put("LastUpdate", ctx.versionTime);
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            boolean any = false;
            for (String s : NAMES) {
                any |= o.has(s);
            }
            if (!any) {
                return acc;
            }
            Quantity[] q = new Quantity[4];
            for (int i = 0; i < 4; i++) {
                q[i] = Quantity.of(number(need(o, NAMES[i], ctx), ctx, where(ctx) + "/" + NAMES[i]), Unit.MINUTE);
            }
            ctx.consume(o.get("LastUpdate"));
            try {
                return ExtremeTemperatureTime.of(q[0], q[1], q[2], q[3]);
            } catch (RuntimeException e) {
                throw new Rejected(where(ctx) + ": " + e.getMessage());
            }
        }
    }

    private static final class Latest extends Conversion {
        private final String valueName;
        private final String timeName;

        Latest(String valueName, String timeName) {
            this.valueName = valueName;
            this.timeName = timeName;
        }

        private static Observation latest(List<Observation> list) {
            Observation best = null;
            for (Observation o : list) {
                if (best == null || !o.time().isBefore(best.time())) {
                    best = o;
                }
            }
            return best;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            Observation last = latest(list(value));
            if (last == null) {
                return SKIP;
            }
            ObjectNode o = parent.putObject(name);
            o.put(valueName, value(last.value()));
            o.put(timeName, last.time().toString());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            BigDecimal v = number(need(o, valueName, ctx), ctx, where(ctx) + "/" + valueName);
            Instant t = instant(need(o, timeName, ctx), ctx, where(ctx) + "/" + timeName);
            try {
                return List.of(Observation.of(t, quantity(v, field)));
            } catch (RuntimeException e) {
                throw new Rejected(where(ctx) + ": " + e.getMessage());
            }
        }

        @Override
        Object project(Object value, PassportView view) {
            Observation last = latest(list(value));
            return last == null ? List.of() : List.of(last);
        }
    }

    // ---- nameplate, handover --------------------------------------------------------------------

    private static final class Marking extends Conversion {
        private final String markingName;

        Marking(String markingName) {
            this.markingName = markingName;
        }

        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            DocumentRef d = (DocumentRef) value;
            if (d.mediaType().isEmpty()) {
                return "the marking file has no media type, which the format requires";
            }
            ObjectNode o = arrayAt(parent, name).addObject();
            o.put("MarkingName", markingName);
            ObjectNode file = o.putObject("MarkingFile");
            file.put("value", uri(d));
            file.put("contentType", d.mediaType().get());
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode found = null;
            for (JsonNode e : array(n, ctx, where(ctx))) {
                if (e instanceof ObjectNode o && markingName.equals(o.path("MarkingName").asText(null))) {
                    if (found != null) {
                        throw new Rejected(where(ctx) + ": two markings named '" + markingName + "'");
                    }
                    found = o;
                }
            }
            if (found == null) {
                return acc;
            }
            ctx.consume(found.get("MarkingName"));
            ObjectNode file = object(need(found, "MarkingFile", ctx), where(ctx) + "[]/MarkingFile");
            String uri = text(need(file, "value", ctx), ctx, where(ctx) + "[]/MarkingFile/value");
            String type = text(need(file, "contentType", ctx), ctx, where(ctx) + "[]/MarkingFile/contentType");
            try {
                return doc(uri, ctx).withMediaType(type);
            } catch (Rejected e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Rejected(where(ctx) + ": " + e.getMessage());
            }
        }

        @Override
        Object project(Object value, PassportView view) {
            DocumentRef d = (DocumentRef) value;
            return DocumentRef.of(d.uri()).withMediaType(d.mediaType().orElseThrow());
        }
    }

    private static final class Handover extends Conversion {
        private static final String SYSTEM = "VDI2770:2018";
        private final String classId;

        Handover(String classId) {
            this.classId = classId;
        }

        private String className() {
            return switch (classId) {
                case "02-01" -> "Technical specification";
                case "02-04" -> "Certificates and declarations";
                case "03-02" -> "Operation";
                case "03-03" -> "General safety";
                default -> throw new IllegalStateException("mapping table: VDI 2770 class " + classId + " unknown");
            };
        }

        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            DocumentRef d = (DocumentRef) value;
            if (d.title().isEmpty()) {
                return "the document has no title, which the format requires";
            }
            String lang = d.language().orElse("und");
            ObjectNode doc = arrayAt(parent, name).addObject();
            ObjectNode id = doc.putArray("DocumentIds").addObject();
            id.put("DocumentDomainId", d.uri().getAuthority() != null ? d.uri().getAuthority() : d.uri().getScheme());
            id.put("DocumentIdentifier", uri(d));
            id.put("DocumentIsPrimary", true);
            ObjectNode cls = doc.putArray("DocumentClassifications").addObject();
            cls.put("ClassId", classId);
            cls.set("ClassName", mlang("en", className()));
            cls.put("ClassificationSystem", SYSTEM);
            ObjectNode version = doc.putArray("DocumentVersions").addObject();
            version.putArray("Language").add(lang);
            version.set("Title", mlang(lang, d.title().get()));
            ObjectNode file = version.putArray("DigitalFiles").addObject();
            file.put("value", uri(d));
            d.mediaType().ifPresent(t -> file.put("contentType", t));
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode found = null;
            for (JsonNode e : array(n, ctx, where(ctx))) {
                for (JsonNode c : e.path("DocumentClassifications")) {
                    if (classId.equals(c.path("ClassId").asText(null))
                            && c.path("ClassificationSystem").asText("").startsWith("VDI2770")) {
                        if (found != null && found != e) {
                            throw new Rejected(where(ctx) + ": two documents of VDI 2770 class " + classId);
                        }
                        found = (ObjectNode) e;
                    }
                }
            }
            if (found == null) {
                return acc;
            }
            ctx.consume(found.get("DocumentClassifications"));
            String w = where(ctx) + "[]/DocumentVersions[0]";
            JsonNode versions = found.get("DocumentVersions");
            if (!(versions instanceof ArrayNode va) || va.isEmpty()) {
                throw new Rejected(where(ctx) + "[]/DocumentVersions: no version");
            }
            ObjectNode version = object(va.get(0), w);
            JsonNode files = version.get("DigitalFiles");
            if (!(files instanceof ArrayNode fa) || fa.isEmpty()) {
                throw new Rejected(w + "/DigitalFiles: no file");
            }
            ObjectNode file = object(fa.get(0), w + "/DigitalFiles[0]");
            try {
                DocumentRef d = doc(text(need(file, "value", ctx), ctx, w + "/DigitalFiles[0]/value"), ctx);
                if (file.has("contentType")) {
                    d = d.withMediaType(text(file.get("contentType"), ctx, w + "/DigitalFiles[0]/contentType"));
                }
                JsonNode langs = version.get("Language");
                if (langs instanceof ArrayNode la && la.size() == 1) {
                    String lang = text(la.get(0), ctx, w + "/Language[0]");
                    ctx.consume(la);
                    if (!lang.equals("und")) {
                        d = d.withLanguage(lang);
                    }
                }
                if (version.has("Title")) {
                    d = d.withTitle(singleText(version.get("Title"), ctx, w + "/Title"));
                }
                return d;
            } catch (Rejected e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Rejected(w + ": " + e.getMessage());
            }
        }

        @Override
        Object project(Object value, PassportView view) {
            DocumentRef d = (DocumentRef) value;
            DocumentRef p = DocumentRef.of(d.uri());
            if (d.mediaType().isPresent()) {
                p = p.withMediaType(d.mediaType().get());
            }
            if (d.language().isPresent()) {
                p = p.withLanguage(d.language().get());
            }
            if (d.title().isPresent()) {
                p = p.withTitle(d.title().get());
            }
            return p;
        }
    }

    // ---- Catena-X -------------------------------------------------------------------------------

    private static final class Keyed extends Conversion {
        private final String key;

        Keyed(String key) {
            this.key = key;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ObjectNode o = arrayAt(parent, name).addObject();
            o.put("key", key);
            o.put("value", (String) value);
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            String found = null;
            for (JsonNode e : array(n, ctx, where(ctx))) {
                if (key.equals(e.path("key").asText(null))) {
                    if (found != null) {
                        throw new Rejected(where(ctx) + ": two entries with key " + key);
                    }
                    found = text(e.path("value"), ctx, where(ctx) + "[]/value");
                    ctx.consume(e);
                }
            }
            return found == null ? acc : found;
        }
    }

    private static final class CxWarranty extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ObjectNode o = parent.putObject(name);
            o.put("lifeValue", value((Quantity) value));
            o.put("lifeUnit", "unit:month");
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            BigDecimal v = number(need(o, "lifeValue", ctx), ctx, where(ctx) + "/lifeValue");
            String unit = text(need(o, "lifeUnit", ctx), ctx, where(ctx) + "/lifeUnit");
            return switch (unit) {
                case "unit:month" -> Quantity.of(v, Unit.MONTH);
                case "unit:year" -> Quantity.of(v.multiply(BigDecimal.valueOf(12)), Unit.MONTH);
                default -> throw new Rejected(where(ctx) + ": a warranty in " + unit
                        + " has no exact value in months");
            };
        }
    }

    private static final class CxMass extends Conversion {
        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            ObjectNode o = parent.putObject(name);
            o.put("value", value((Quantity) value));
            o.put("unit", "unit:kilogram");
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            ObjectNode o = object(n, where(ctx));
            BigDecimal v = number(need(o, "value", ctx), ctx, where(ctx) + "/value");
            String unit = text(need(o, "unit", ctx), ctx, where(ctx) + "/unit");
            return switch (unit) {
                case "unit:kilogram" -> Quantity.of(v, Unit.KILOGRAM);
                case "unit:gram" -> Quantity.of(v.movePointLeft(3), Unit.KILOGRAM);
                case "unit:tonneMetricTon" -> Quantity.of(v.movePointRight(3), Unit.KILOGRAM);
                default -> throw new Rejected(where(ctx) + ": mass unit " + unit + " is not converted");
            };
        }
    }

    private static final class CxDocs extends Conversion {
        @Override
        boolean emptyWhenAbsent() {
            return true;
        }

        @Override
        String write(ObjectNode parent, String name, Object value, ExportContext ctx) {
            List<DocumentRef> docs = value instanceof DocumentRef d ? List.of(d) : list(value);
            for (DocumentRef d : docs) {
                if (d.title().isEmpty() || d.title().get().length() > 100) {
                    return "document " + uri(d) + " has no title of at most 100 characters, which the format requires";
                }
                if (d.mediaType().isEmpty()) {
                    return "document " + uri(d) + " has no media type, which the format requires";
                }
            }
            ArrayNode a = parent.putArray(name);
            for (DocumentRef d : docs) {
                ObjectNode o = a.addObject();
                o.put("content", uri(d));
                o.put("contentType", d.mediaType().get());
                o.put("header", d.title().get());
            }
            return null;
        }

        @Override
        Object read(ObjectNode parent, String name, Object acc, ImportContext ctx, BatteryField field) {
            JsonNode n = parent.get(name);
            if (n == null) {
                return acc;
            }
            List<DocumentRef> docs = new ArrayList<>();
            for (JsonNode e : array(n, ctx, where(ctx))) {
                ObjectNode o = object(e, where(ctx) + "[]");
                DocumentRef d = doc(text(need(o, "content", ctx), ctx, where(ctx) + "[]/content"), ctx);
                try {
                    String type = text(need(o, "contentType", ctx), ctx, where(ctx) + "[]/contentType");
                    if (!type.equals("URL")) {
                        d = d.withMediaType(type);
                    }
                    d = d.withTitle(text(need(o, "header", ctx), ctx, where(ctx) + "[]/header"));
                } catch (Rejected ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    throw new Rejected(where(ctx) + ": " + ex.getMessage());
                }
                docs.add(d);
            }
            ctx.consume(n);
            if (field.isList()) {
                return docs.isEmpty() ? acc : List.copyOf(docs);
            }
            if (docs.size() > 1) {
                throw new Rejected(where(ctx) + ": " + docs.size() + " documents for the single document "
                        + field.key());
            }
            return docs.isEmpty() ? acc : docs.get(0);
        }

        @Override
        Object project(Object value, PassportView view) {
            if (value instanceof DocumentRef d) {
                return projectDoc(d);
            }
            List<DocumentRef> out = new ArrayList<>();
            for (DocumentRef d : Conversions.<DocumentRef>list(value)) {
                out.add(projectDoc(d));
            }
            return out;
        }

        private static DocumentRef projectDoc(DocumentRef d) {
            DocumentRef p = DocumentRef.of(d.uri());
            if (d.mediaType().isPresent()) {
                p = p.withMediaType(d.mediaType().get());
            }
            return d.title().isPresent() ? p.withTitle(d.title().get()) : p;
        }
    }

    static boolean sameConstant(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return Objects.equals(expected, actual);
    }
}
