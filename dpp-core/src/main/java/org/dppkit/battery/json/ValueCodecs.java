package org.dppkit.battery.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.LifecycleStage;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.battery.SparePart;
import org.dppkit.battery.SparePartSource;
import org.dppkit.battery.SupplyChainIndex;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;

/** Codecs of the passport value types. Every codec is immutable and thread-safe. */
final class ValueCodecs {

    private ValueCodecs() {
    }

    private static final JsonOut.Text VALUE_NAME = new JsonOut.Text("value");
    private static final JsonOut.Text UNIT_NAME = new JsonOut.Text("unit");
    /** Unit codes by ordinal, pre-encoded. */
    private static final JsonOut.Text[] UNIT_CODES = unitCodes();

    private static JsonOut.Text[] unitCodes() {
        Unit[] units = Unit.values();
        JsonOut.Text[] codes = new JsonOut.Text[units.length];
        for (Unit u : units) {
            codes[u.ordinal()] = new JsonOut.Text(u.code());
        }
        return codes;
    }

    /** A unit by its code. */
    static final ValueCodec<Unit> UNIT = new ValueCodec<>("a unit code") {
        @Override
        void write(JsonOut g, Unit value) throws IOException {
            g.writeString(value.code());
        }

        @Override
        Unit read(JsonCursor c) {
            String code = c.string(expected);
            return Unit.fromCode(code).orElseThrow(() -> c.failHere(PassportErrorCode.UNKNOWN_VALUE,
                    "expected a UN/CEFACT Rec 20 unit code "
                    + "of the catalogue (" + allUnitCodes() + ") but found string \""
                    + JsonCursor.truncate(code) + "\"", null));
        }
    };

    private static String allUnitCodes() {
        StringBuilder sb = new StringBuilder();
        for (Unit u : Unit.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(u.code());
        }
        return sb.toString();
    }

    /**
     * A quantity {@code {"value": 3.7, "unit": "VLT"}}: value exact and plain, unit fixed when
     * {@code unit} is not null, value whole when {@code integral}.
     */
    static ValueCodec<Quantity> quantity(Unit unit, boolean integral) {
        String what = (integral ? "a whole-number quantity" : "a quantity")
                + (unit == null ? "" : " in " + unit.code());
        return new ValueCodec<>(what + " {\"value\": number, \"unit\": code}") {
            @Override
            void write(JsonOut g, Quantity q) throws IOException {
                g.writeStartObject();
                g.writeFieldName(VALUE_NAME);
                Decimals.write(g, q.value());
                g.writeFieldName(UNIT_NAME);
                g.writeString(UNIT_CODES[q.unit().ordinal()]);
                g.writeEndObject();
            }

            @Override
            Quantity read(JsonCursor c) {
                c.startObject(expected);
                BigDecimal value = null;
                Unit u = null;
                String name;
                while ((name = c.nextName()) != null) {
                    if (name.equals("value")) {
                        value = integral ? c.wholeDecimal("a whole number") : c.decimal("a decimal number");
                    } else if (name.equals("unit")) {
                        u = UNIT.read(c);
                        if (unit != null && u != unit) {
                            throw c.failHere(PassportErrorCode.WRONG_UNIT,
                                    "expected unit \"" + unit.code() + "\" (" + unit.symbol()
                                    + ") but found \"" + u.code() + "\"", null);
                        }
                    } else {
                        throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                                "unknown property \"" + JsonCursor.truncate(name)
                                + "\" in a quantity (allowed: value, unit)", null);
                    }
                }
                if (value == null) {
                    throw c.failAt(PassportErrorCode.MISSING_PROPERTY,
                            JsonCursor.child(c.pointer(), "value"),
                            "missing required property \"value\" in a quantity", null);
                }
                if (u == null) {
                    throw c.failAt(PassportErrorCode.MISSING_PROPERTY,
                            JsonCursor.child(c.pointer(), "unit"),
                            "missing required property \"unit\" in a quantity", null);
                }
                return Quantity.of(value, u);
            }
        };
    }

    /** Text by BCP 47 language tag, tags sorted. */
    static final ValueCodec<LocalizedText> LOCALIZED_TEXT =
            new ValueCodec<>("an object of texts by language tag") {
        @Override
        void write(JsonOut g, LocalizedText value) throws IOException {
            g.writeStartObject();
            for (Map.Entry<String, String> e : value.asMap().entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeString(e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        LocalizedText read(JsonCursor c) {
            c.startObject(expected);
            Map<String, String> texts = new LinkedHashMap<>();
            String name;
            while ((name = c.nextName()) != null) {
                texts.put(name, c.string("a text"));
            }
            try {
                return LocalizedText.of(texts);
            } catch (IllegalArgumentException e) {
                throw c.failAt(JsonCursor.codeOf(e, PassportErrorCode.BAD_FORMAT),
                        c.pointer(), "invalid multilingual text: " + e.getMessage(), e);
            }
        }
    };

    /** A document reference. */
    static final ObjectCodec<DocumentRef> DOCUMENT_REF = ObjectCodec.<DocumentRef>builder("a document reference")
            .required("uri", Codecs.URI_CODEC, DocumentRef::uri)
            .optional("mediaType", Codecs.STRING, DocumentRef::mediaType)
            .optional("language", Codecs.STRING, DocumentRef::language)
            .optional("title", Codecs.STRING, DocumentRef::title)
            .optional("sha256", Codecs.STRING, DocumentRef::sha256)
            .build(v -> {
                DocumentRef d = DocumentRef.of(v.<java.net.URI>get("uri"));
                if (v.get("mediaType") != null) {
                    d = d.withMediaType(v.get("mediaType"));
                }
                if (v.get("language") != null) {
                    d = d.withLanguage(v.get("language"));
                }
                if (v.get("title") != null) {
                    d = d.withTitle(v.get("title"));
                }
                if (v.get("sha256") != null) {
                    d = d.withSha256(v.get("sha256"));
                }
                return d;
            });

    /** A quantity in any catalogue unit (sub-values of objects; the model checks the unit). */
    static final ValueCodec<Quantity> ANY_QUANTITY = quantity(null, false);

    /** An ISO 8601 instant in UTC ({@code 2027-02-18T10:15:30Z}). */
    static final ValueCodec<Instant> INSTANT = instant(
            Codecs.parsed("an ISO 8601 instant in UTC (yyyy-MM-ddTHH:mm:ssZ)", Instants::format, Instants::parse));

    /** Reads as {@code parsed} does; writes without an intermediate string. */
    private static ValueCodec<Instant> instant(ValueCodec<Instant> parsed) {
        return new ValueCodec<>(parsed.expected) {
            @Override
            void write(JsonOut g, Instant value) throws IOException {
                Instants.write(g, value);
            }

            @Override
            Instant read(JsonCursor c) {
                return parsed.read(c);
            }
        };
    }

    /** An enum written by its catalogue value; {@code values} lists the constants. */
    static <E extends Enum<E>> ValueCodec<E> enumCodec(String what, E[] values, Function<E, String> text) {
        StringBuilder allowed = new StringBuilder();
        for (E e : values) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(text.apply(e));
        }
        String expected = what + " (" + allowed + ")";
        JsonOut.Text[] encoded = new JsonOut.Text[values.length];
        for (E e : values) {
            encoded[e.ordinal()] = new JsonOut.Text(text.apply(e));
        }
        return new ValueCodec<>(expected) {
            @Override
            void write(JsonOut g, E value) throws IOException {
                g.writeString(encoded[value.ordinal()]);
            }

            @Override
            E read(JsonCursor c) {
                String s = c.string(expected);
                for (E e : values) {
                    if (text.apply(e).equals(s)) {
                        return e;
                    }
                }
                throw c.failHere(PassportErrorCode.UNKNOWN_VALUE,
                        "expected " + expected + " but found string \""
                        + JsonCursor.truncate(s) + "\"", null);
            }
        };
    }

    static final ValueCodec<BatteryCategory> CATEGORY =
            enumCodec("a battery category", BatteryCategory.values(), Enum::name);
    static final ValueCodec<IndustrialSubCategory> SUB_CATEGORY =
            enumCodec("an industrial sub-category", IndustrialSubCategory.values(), Enum::name);
    static final ValueCodec<BatteryStatus> STATUS =
            enumCodec("a battery status", BatteryStatus.values(), BatteryStatus::value);
    static final ValueCodec<CadmiumLeadSymbol> CD_PB =
            enumCodec("a chemical symbol", CadmiumLeadSymbol.values(), CadmiumLeadSymbol::value);
    static final ValueCodec<LifecycleStage> STAGE =
            enumCodec("a life-cycle stage", LifecycleStage.values(), Enum::name);
    static final ValueCodec<BatteryComponent> COMPONENT =
            enumCodec("a battery component", BatteryComponent.values(), Enum::name);

    private static final ValueCodec<List<String>> STRINGS = Codecs.listOf(Codecs.STRING);

    static final ObjectCodec<PostalAddress> POSTAL_ADDRESS = ObjectCodec.<PostalAddress>builder("a postal address")
            .required("streetAddress", Codecs.STRING, PostalAddress::streetAddress)
            .optional("postalCode", Codecs.STRING, PostalAddress::postalCode)
            .required("locality", Codecs.STRING, PostalAddress::locality)
            .optional("region", Codecs.STRING, PostalAddress::region)
            .required("countryCode", Codecs.STRING, PostalAddress::countryCode)
            .build(v -> {
                PostalAddress a = PostalAddress.of(v.get("streetAddress"), v.get("locality"), v.get("countryCode"));
                a = v.<String>opt("postalCode").map(a::withPostalCode).orElse(a);
                return v.<String>opt("region").map(a::withRegion).orElse(a);
            });

    static final ObjectCodec<EconomicOperator> OPERATOR = ObjectCodec.<EconomicOperator>builder("an economic operator")
            .required("name", Codecs.STRING, EconomicOperator::name)
            .optional("postalAddress", POSTAL_ADDRESS, EconomicOperator::postalAddress)
            .optional("identifier", Codecs.STRING, EconomicOperator::identifier)
            .optional("emailAddress", Codecs.STRING, EconomicOperator::emailAddress)
            .optional("webAddress", Codecs.URI_CODEC, EconomicOperator::webAddress)
            .build(v -> {
                EconomicOperator o = EconomicOperator.of(v.get("name"));
                o = v.<PostalAddress>opt("postalAddress").map(o::withPostalAddress).orElse(o);
                o = v.<String>opt("identifier").map(o::withIdentifier).orElse(o);
                o = v.<String>opt("emailAddress").map(o::withEmailAddress).orElse(o);
                return v.<URI>opt("webAddress").map(o::withWebAddress).orElse(o);
            });

    static final ObjectCodec<Facility> FACILITY = ObjectCodec.<Facility>builder("a facility")
            .required("name", Codecs.STRING, Facility::name)
            .required("postalAddress", POSTAL_ADDRESS, Facility::postalAddress)
            .optional("identifier", Codecs.STRING, Facility::identifier)
            .build(v -> {
                Facility f = Facility.of(v.get("name"), v.get("postalAddress"));
                return v.<String>opt("identifier").map(f::withIdentifier).orElse(f);
            });

    static final ObjectCodec<Chemistry> CHEMISTRY = ObjectCodec.<Chemistry>builder("a chemistry")
            .required("shortName", Codecs.STRING, Chemistry::shortName)
            .required("clearName", Codecs.STRING, Chemistry::clearName)
            .build(v -> Chemistry.of(v.get("shortName"), v.get("clearName")));

    static final ObjectCodec<HazardousSubstance> HAZARDOUS_SUBSTANCE =
            ObjectCodec.<HazardousSubstance>builder("a hazardous substance")
            .required("name", Codecs.STRING, HazardousSubstance::name)
            .optional("identifier", Codecs.STRING, HazardousSubstance::identifier)
            .optional("hazardClasses", STRINGS, HazardousSubstance::hazardClasses)
            .optional("concentration", ANY_QUANTITY, HazardousSubstance::concentration)
            .optional("location", Codecs.STRING, HazardousSubstance::location)
            .build(v -> {
                HazardousSubstance h = HazardousSubstance.of(v.get("name"));
                h = v.<String>opt("identifier").map(h::withIdentifier).orElse(h);
                h = v.<List<String>>opt("hazardClasses").map(h::withHazardClasses).orElse(h);
                h = v.<Quantity>opt("concentration").map(h::withConcentration).orElse(h);
                return v.<String>opt("location").map(h::withLocation).orElse(h);
            });

    static final ObjectCodec<MaterialShare> MATERIAL_SHARE = ObjectCodec.<MaterialShare>builder("a material share")
            .required("material", Codecs.STRING, MaterialShare::material)
            .required("mass", ANY_QUANTITY, MaterialShare::mass)
            .optional("identifier", Codecs.STRING, MaterialShare::identifier)
            .optional("component", Codecs.STRING, MaterialShare::component)
            .build(v -> {
                MaterialShare m = MaterialShare.of(v.get("material"), v.get("mass"));
                m = v.<String>opt("identifier").map(m::withIdentifier).orElse(m);
                return v.<String>opt("component").map(m::withComponent).orElse(m);
            });

    static final ObjectCodec<LifecycleStageEmission> STAGE_EMISSION =
            ObjectCodec.<LifecycleStageEmission>builder("a life-cycle stage footprint")
            .required("stage", STAGE, LifecycleStageEmission::stage)
            .required("footprint", ANY_QUANTITY, LifecycleStageEmission::footprint)
            .build(v -> LifecycleStageEmission.of(v.get("stage"), v.get("footprint")));

    static final ObjectCodec<RecycledShare> RECYCLED_SHARE = ObjectCodec.<RecycledShare>builder("a recycled share")
            .required("preConsumerShare", ANY_QUANTITY, RecycledShare::preConsumerShare)
            .required("postConsumerShare", ANY_QUANTITY, RecycledShare::postConsumerShare)
            .build(v -> RecycledShare.of(v.get("preConsumerShare"), v.get("postConsumerShare")));

    static final ObjectCodec<SupplyChainIndex> SUPPLY_CHAIN_INDEX =
            ObjectCodec.<SupplyChainIndex>builder("a supply-chain index")
            .required("name", Codecs.STRING, SupplyChainIndex::name)
            .required("value", Codecs.DECIMAL, SupplyChainIndex::value)
            .build(v -> SupplyChainIndex.of(v.get("name"), v.get("value")));

    static final ObjectCodec<SparePart> SPARE_PART = ObjectCodec.<SparePart>builder("a spare part")
            .required("partName", Codecs.STRING, SparePart::partName)
            .required("partNumber", Codecs.STRING, SparePart::partNumber)
            .build(v -> SparePart.of(v.get("partName"), v.get("partNumber")));

    static final ObjectCodec<SparePartSource> SPARE_PART_SOURCE =
            ObjectCodec.<SparePartSource>builder("a spare-part source")
            .required("name", Codecs.STRING, SparePartSource::name)
            .optional("postalAddress", POSTAL_ADDRESS, SparePartSource::postalAddress)
            .optional("emailAddress", Codecs.STRING, SparePartSource::emailAddress)
            .optional("webAddress", Codecs.URI_CODEC, SparePartSource::webAddress)
            .optional("parts", STRINGS, SparePartSource::parts)
            .build(v -> {
                SparePartSource s = SparePartSource.of(v.get("name"));
                s = v.<PostalAddress>opt("postalAddress").map(s::withPostalAddress).orElse(s);
                s = v.<String>opt("emailAddress").map(s::withEmailAddress).orElse(s);
                s = v.<URI>opt("webAddress").map(s::withWebAddress).orElse(s);
                return v.<List<String>>opt("parts").map(s::withParts).orElse(s);
            });

    static final ObjectCodec<TemperatureRange> TEMPERATURE_RANGE =
            ObjectCodec.<TemperatureRange>builder("a temperature range")
            .required("lower", ANY_QUANTITY, TemperatureRange::lower)
            .required("upper", ANY_QUANTITY, TemperatureRange::upper)
            .build(v -> TemperatureRange.of(v.get("lower"), v.get("upper")));

    static final ObjectCodec<PowerCapability> POWER_CAPABILITY =
            ObjectCodec.<PowerCapability>builder("a power capability")
            .required("stateOfCharge", ANY_QUANTITY, PowerCapability::stateOfCharge)
            .required("power", ANY_QUANTITY, PowerCapability::power)
            .optional("temperatureRange", TEMPERATURE_RANGE, PowerCapability::temperatureRange)
            .build(v -> {
                PowerCapability p = PowerCapability.of(v.get("stateOfCharge"), v.get("power"));
                return v.<TemperatureRange>opt("temperatureRange").map(p::withTemperatureRange).orElse(p);
            });

    static final ObjectCodec<ResistanceValue> RESISTANCE = ObjectCodec.<ResistanceValue>builder("a resistance value")
            .required("component", COMPONENT, ResistanceValue::component)
            .required("value", ANY_QUANTITY, ResistanceValue::value)
            .build(v -> ResistanceValue.of(v.get("component"), v.get("value")));

    static final ObjectCodec<NegativeEvent> NEGATIVE_EVENT = ObjectCodec.<NegativeEvent>builder("a negative event")
            .required("date", Codecs.DATE, NegativeEvent::date)
            .required("description", Codecs.STRING, NegativeEvent::description)
            .optional("evidence", DOCUMENT_REF, NegativeEvent::evidence)
            .build(v -> {
                NegativeEvent e = NegativeEvent.of(v.get("date"), v.get("description"));
                return v.<DocumentRef>opt("evidence").map(e::withEvidence).orElse(e);
            });

    static final ObjectCodec<Observation> OBSERVATION = ObjectCodec.<Observation>builder("an observation")
            .required("time", INSTANT, Observation::time)
            .required("value", ANY_QUANTITY, Observation::value)
            .build(v -> Observation.of(v.get("time"), v.get("value")));

    static final ObjectCodec<ExtremeTemperatureTime> EXTREME_TEMPERATURE_TIME =
            ObjectCodec.<ExtremeTemperatureTime>builder("times in extreme temperatures")
            .required("aboveBoundary", ANY_QUANTITY, ExtremeTemperatureTime::aboveBoundary)
            .required("belowBoundary", ANY_QUANTITY, ExtremeTemperatureTime::belowBoundary)
            .required("chargingAboveBoundary", ANY_QUANTITY, ExtremeTemperatureTime::chargingAboveBoundary)
            .required("chargingBelowBoundary", ANY_QUANTITY, ExtremeTemperatureTime::chargingBelowBoundary)
            .build(v -> ExtremeTemperatureTime.of(v.get("aboveBoundary"), v.get("belowBoundary"),
                    v.get("chargingAboveBoundary"), v.get("chargingBelowBoundary")));
}
