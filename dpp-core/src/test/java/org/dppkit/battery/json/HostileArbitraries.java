package org.dppkit.battery.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryField;
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
import org.dppkit.battery.PassportException;
import org.dppkit.battery.PassportLimits;
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

/**
 * jqwik generators of values for every catalogue field that probe the edges: texts with control
 * characters, bidi overrides, lone surrogates, blanks and lengths at and past the limit; numbers
 * of any precision and scale, negative zero, exponents; dates at and past the four-digit years;
 * lists at and past the size limit. A value a factory rejects is {@link #REJECTED}.
 */
final class HostileArbitraries {

    /** Marks a value that a value type's factory rejected while it was generated. */
    static final Object REJECTED = new Object() {
        @Override
        public String toString() {
            return "REJECTED";
        }
    };

    private HostileArbitraries() {
    }

    /** Runs a factory; a {@link PassportException} gives {@link #REJECTED}. */
    static Object attempt(Supplier<?> factory) {
        try {
            return factory.get();
        } catch (PassportException e) {
            return REJECTED;
        }
    }

    static boolean rejected(Object... parts) {
        for (Object p : parts) {
            if (p == REJECTED) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ scalars

    static Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.strings().ofMinLength(0).ofMaxLength(8)
                .withChars("aZ9 "
                        + "\t\n\u0000\u0001\u001f\"\\/\u007f\u0085\u00a0\u2028\u202e\u200b"
                        + "\ufeff\ud800\udc00\ud83d\ude00\u00e9\u4e2d");
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> huge = Arbitraries.of(PassportLimits.MAX_TEXT_LENGTH, PassportLimits.MAX_TEXT_LENGTH + 1)
                .map(n -> "\u00e9".repeat(n)).withoutEdgeCases();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(120, plain), net.jqwik.api.Tuple.of(80, tricky),
                net.jqwik.api.Tuple.of(60, any), net.jqwik.api.Tuple.of(1, huge));
    }

    static Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.bigIntegers().between(BigInteger.ZERO,
                        BigInteger.valueOf(1_000_000))),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(70)
                        .map(BigInteger::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigInteger.ZERO)));
        Arbitrary<Integer> scales = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 6)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-80, 80)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE + 1, Integer.MAX_VALUE, -999_999_999,
                        999_999_999)));
        return Combinators.combine(unscaled, scales, Arbitraries.of(true, false))
                .as((u, s, negative) -> new BigDecimal(negative ? u.negate() : u, s));
    }

    static Arbitrary<Object> quantities(Unit unit) {
        return decimals().map(d -> attempt(() -> Quantity.of(d, unit)));
    }

    static Arbitrary<Integer> years() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1990, 2060)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(-1, 0, 1, 999, 1000, 9999, 10_000, 99_999)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Year.MIN_VALUE, Year.MAX_VALUE)));
    }

    static Arbitrary<LocalDate> dates() {
        return Combinators.combine(years(), Arbitraries.integers().between(1, 365))
                .as((y, d) -> LocalDate.ofYearDay(y, d));
    }

    static Arbitrary<YearMonth> months() {
        return Combinators.combine(years(), Arbitraries.integers().between(1, 12)).as(YearMonth::of);
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1_700_000_000L, 2_200_000_000L)
                        .map(Instant::ofEpochSecond)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(
                        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH,
                        Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("0001-01-01T00:00:00Z"))));
    }

    static Arbitrary<Object> uris() {
        return texts().map(t -> {
            try {
                return new URI("https", "example.com", "/" + t, null);
            } catch (URISyntaxException e) {
                return REJECTED;
            }
        });
    }

    /** Lists of one to three elements, sometimes none, sometimes one more than the limit. */
    static Arbitrary<Object> lists(Arbitrary<Object> element) {
        Arbitrary<Object> small = element.list().ofMinSize(0).ofMaxSize(3)
                .map(l -> rejected(l.toArray()) ? REJECTED : (Object) List.copyOf(l));
        Arbitrary<Object> atLimit = element.filter(e -> e != REJECTED)
                .flatMap(e -> Arbitraries.of(PassportLimits.MAX_LIST_SIZE, PassportLimits.MAX_LIST_SIZE + 1)
                        .map(n -> (Object) Collections.nCopies(n, e))).withoutEdgeCases();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(60, small), net.jqwik.api.Tuple.of(1, atLimit));
    }

    private static Arbitrary<Object> optionalText() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just((Object) null)),
                net.jqwik.api.Tuple.of(2, texts().map(t -> (Object) t)));
    }

    static Arbitrary<Object> addresses() {
        return Combinators.combine(texts(), texts(), texts(), optionalText(), optionalText())
                .as((street, city, country, code, region) -> attempt(() -> {
                    PostalAddress a = PostalAddress.of(street, city, country);
                    a = code == null ? a : a.withPostalCode((String) code);
                    return region == null ? a : a.withRegion((String) region);
                }));
    }

    static Arbitrary<Object> documents() {
        return Combinators.combine(uris(), optionalText(), optionalText(), Arbitraries.of(true, false))
                .as((u, title, media, lang) -> rejected(u) ? REJECTED : attempt(() -> {
                    DocumentRef d = DocumentRef.of((URI) u);
                    d = title == null ? d : d.withTitle((String) title);
                    d = media == null ? d : d.withMediaType((String) media);
                    return lang ? d.withLanguage("de-AT") : d;
                }));
    }

    static Arbitrary<Object> localized() {
        return Combinators.combine(Arbitraries.subsetOf("en", "de", "fr-BE", "x-private", "EN-gb").ofMinSize(0),
                texts().list().ofSize(5)).as((langs, ts) -> attempt(() -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    int i = 0;
                    for (String l : langs) {
                        m.put(l, ts.get(i++));
                    }
                    return LocalizedText.of(m);
                }));
    }

    private static Arbitrary<Object> temperatureRanges() {
        return Combinators.combine(quantities(Unit.DEGREE_CELSIUS), quantities(Unit.DEGREE_CELSIUS))
                .as((lo, hi) -> rejected(lo, hi) ? REJECTED
                        : attempt(() -> TemperatureRange.of((Quantity) lo, (Quantity) hi)));
    }

    // ------------------------------------------------------------------ fields

    /** A value for the field, or {@link #REJECTED}; lists for list fields. */
    static Arbitrary<Object> values(BatteryField f) {
        Arbitrary<Object> element = element(f);
        return f.isList() ? lists(element) : element;
    }

    private static Arbitrary<Object> element(BatteryField f) {
        switch (f) {
            case INDUSTRIAL_SUB_CATEGORY:
                return Arbitraries.of(IndustrialSubCategory.class).map(v -> v);
            case BATTERY_STATUS:
                return Arbitraries.of(BatteryStatus.class).map(v -> v);
            case CONFORMITY_CADMIUM_LEAD_SYMBOLS:
                return Arbitraries.of(CadmiumLeadSymbol.class).map(v -> v);
            case MANUFACTURER_EMAIL_ADDRESS:
                return texts().map(s -> s + "@example.com");
            case RESPONSIBLE_OPERATOR:
                return Combinators.combine(texts(), addresses(), optionalText(), uris())
                        .as((n, a, id, web) -> rejected(a, web) ? REJECTED : attempt(() -> {
                            EconomicOperator o = EconomicOperator.of(n).withPostalAddress((PostalAddress) a)
                                    .withWebAddress((URI) web);
                            return id == null ? o : o.withIdentifier((String) id);
                        }));
            case MANUFACTURER_POSTAL_ADDRESS:
                return addresses();
            case MANUFACTURING_PLACE:
                return Combinators.combine(texts(), addresses(), optionalText())
                        .as((n, a, id) -> rejected(a) ? REJECTED : attempt(() -> {
                            Facility x = Facility.of(n, (PostalAddress) a);
                            return id == null ? x : x.withIdentifier((String) id);
                        }));
            case MANUFACTURING_DATE:
                return months().map(m -> m);
            case CHEMISTRY:
                return Combinators.combine(texts(), texts()).as((a, b) -> attempt(() -> Chemistry.of(a, b)));
            case HAZARDOUS_SUBSTANCES:
                return Combinators.combine(texts(), quantities(Unit.PERCENT), texts().list().ofMaxSize(2),
                        optionalText())
                        .as((n, c, classes, loc) -> rejected(c) ? REJECTED : attempt(() -> {
                            HazardousSubstance h = HazardousSubstance.of(n).withConcentration((Quantity) c)
                                    .withHazardClasses(classes);
                            return loc == null ? h : h.withLocation((String) loc);
                        }));
            case DETAILED_COMPOSITION:
                return Combinators.combine(texts(), quantities(Unit.KILOGRAM), optionalText())
                        .as((n, m, comp) -> rejected(m) ? REJECTED : attempt(() -> {
                            MaterialShare s = MaterialShare.of(n, (Quantity) m);
                            return comp == null ? s : s.withComponent((String) comp);
                        }));
            case CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE:
                return Combinators.combine(Arbitraries.of(LifecycleStage.class),
                        quantities(Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
                        .as((s, q) -> rejected(q) ? REJECTED : attempt(() -> LifecycleStageEmission.of(s,
                                (Quantity) q)));
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return Combinators.combine(quantities(Unit.PERCENT), quantities(Unit.PERCENT))
                        .as((a, b) -> rejected(a, b) ? REJECTED : attempt(() -> RecycledShare.of((Quantity) a,
                                (Quantity) b)));
            case DUE_DILIGENCE_SUPPLY_CHAIN_INDICES:
                return Combinators.combine(texts(), decimals()).as((n, v) -> attempt(() -> SupplyChainIndex.of(n, v)));
            case SPARE_PARTS_PART_NUMBERS:
                return Combinators.combine(texts(), texts()).as((a, b) -> attempt(() -> SparePart.of(a, b)));
            case SPARE_PARTS_SOURCES:
                return Combinators.combine(texts(), addresses(), texts().list().ofMaxSize(2))
                        .as((n, a, parts) -> rejected(a) ? REJECTED : attempt(() -> SparePartSource.of(n)
                                .withPostalAddress((PostalAddress) a).withParts(parts)));
            case ORIGINAL_POWER_CAPABILITY:
            case STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY:
                return Combinators.combine(quantities(Unit.PERCENT), quantities(Unit.WATT), temperatureRanges())
                        .as((soc, p, t) -> rejected(soc, p, t) ? REJECTED : attempt(() ->
                                PowerCapability.of((Quantity) soc, (Quantity) p)
                                        .withTemperatureRange((TemperatureRange) t)));
            case IDLE_TEMPERATURE_RANGE:
                return temperatureRanges();
            case INTERNAL_RESISTANCE:
                return Combinators.combine(Arbitraries.of(BatteryComponent.class), quantities(Unit.OHM))
                        .as((c, q) -> rejected(q) ? REJECTED : attempt(() -> ResistanceValue.of(c, (Quantity) q)));
            case ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE:
                return Combinators.combine(Arbitraries.of(BatteryComponent.class), quantities(Unit.PERCENT))
                        .as((c, q) -> rejected(q) ? REJECTED : attempt(() -> ResistanceValue.of(c, (Quantity) q)));
            case USAGE_NEGATIVE_EVENTS:
                return Combinators.combine(dates(), texts(), documents())
                        .as((d, t, e) -> rejected(e) ? REJECTED
                                : attempt(() -> NegativeEvent.of(d, t).withEvidence((DocumentRef) e)));
            case USAGE_OPERATING_TEMPERATURE:
                return Combinators.combine(instants(), quantities(Unit.DEGREE_CELSIUS))
                        .as((t, q) -> rejected(q) ? REJECTED : attempt(() -> Observation.of(t, (Quantity) q)));
            case USAGE_STATE_OF_CHARGE:
                return Combinators.combine(instants(), quantities(Unit.PERCENT))
                        .as((t, q) -> rejected(q) ? REJECTED : attempt(() -> Observation.of(t, (Quantity) q)));
            case USAGE_TIME_IN_EXTREME_TEMPERATURES:
                return quantities(Unit.MINUTE).list().ofSize(4).map(l -> rejected(l.toArray()) ? REJECTED
                        : attempt(() -> ExtremeTemperatureTime.of((Quantity) l.get(0), (Quantity) l.get(1),
                                (Quantity) l.get(2), (Quantity) l.get(3))));
            default:
                break;
        }
        switch (f.type()) {
            case STRING:
                return texts().map(t -> t);
            case TEXT_MULTILINGUAL:
                return localized();
            case DECIMAL:
            case INTEGER:
                return quantities(f.unit().orElseThrow());
            case DATE:
                return dates().map(d -> d);
            case DATETIME:
                return instants().map(t -> t);
            case URL:
                return uris();
            case DOCUMENT_REF:
                return documents();
            default:
                throw new IllegalStateException("no generator for " + f.key() + " " + f.type());
        }
    }

    /** Every field but the derived ones. */
    static List<BatteryField> settableFields() {
        List<BatteryField> out = new ArrayList<>();
        for (BatteryField f : BatteryField.values()) {
            if (!PassportArbitraries.DERIVED.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
