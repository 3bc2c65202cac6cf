package org.dppkit.battery.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.ExtremeTemperatureTime;
import org.dppkit.battery.Facility;
import org.dppkit.battery.HazardousSubstance;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LifecycleStage;
import org.dppkit.battery.LifecycleStageEmission;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Observation;
import org.dppkit.battery.PassportBuilder;
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
import org.dppkit.battery.internal.PassportInternals;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.Gtin;

/**
 * jqwik generators of passports at every level and category, with valid values for every
 * catalogue field (until the fixtures module offers its own).
 */
final class PassportArbitraries {

    /** Fields the passport derives from its identifier and category; never set. */
    static final Set<BatteryField> DERIVED = EnumSet.of(BatteryField.UNIQUE_IDENTIFIER,
            BatteryField.MODEL_IDENTIFIER, BatteryField.BATCH_NUMBER, BatteryField.SERIAL_NUMBER,
            BatteryField.BATTERY_CATEGORY);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PassportArbitraries() {
    }

    // ------------------------------------------------------------------ scalars

    static Arbitrary<String> texts() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
                .withChars("abcXYZ 09\"\\/é€\u0001\u00e4\u4e2d")
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("ABCDEFXYZ0123456789-").ofMinLength(1).ofMaxLength(10);
    }

    static Arbitrary<Quantity> quantities(Unit unit, boolean integral) {
        Arbitrary<Integer> scales = integral ? Arbitraries.just(0) : Arbitraries.integers().between(0, 6);
        return scales.flatMap(scale -> {
            BigInteger max = (unit == Unit.PERCENT ? HUNDRED : BigDecimal.valueOf(1_000_000))
                    .movePointRight(scale).toBigInteger();
            BigInteger min = unit == Unit.DEGREE_CELSIUS ? max.negate() : BigInteger.ZERO;
            return Arbitraries.bigIntegers().between(min, max)
                    .map(unscaled -> Quantity.of(new BigDecimal(unscaled, scale), unit));
        });
    }

    static Arbitrary<URI> uris() {
        return codes().map(s -> URI.create("https://example.com/docs/" + s));
    }

    static Arbitrary<LocalizedText> localized() {
        return Arbitraries.subsetOf("en", "de", "fr-BE", "pt-BR", "sv").ofMinSize(1)
                .flatMap(langs -> texts().list().ofSize(langs.size()).map(ts -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    int i = 0;
                    for (String l : langs) {
                        m.put(l, ts.get(i++));
                    }
                    return LocalizedText.of(m);
                }));
    }

    static Arbitrary<DocumentRef> documents() {
        return Combinators.combine(uris(), Arbitraries.integers().between(0, 15), texts())
                .as((u, mask, title) -> {
                    DocumentRef d = DocumentRef.of(u);
                    if ((mask & 1) != 0) {
                        d = d.withMediaType("application/pdf");
                    }
                    if ((mask & 2) != 0) {
                        d = d.withLanguage("de-AT");
                    }
                    if ((mask & 4) != 0) {
                        d = d.withTitle(title);
                    }
                    if ((mask & 8) != 0) {
                        d = d.withSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
                    }
                    return d;
                });
    }

    static Arbitrary<PostalAddress> addresses() {
        return Combinators.combine(texts(), texts(), Arbitraries.of("DE", "FR", "PL"), Arbitraries.of(true, false))
                .as((street, city, country, full) -> {
                    PostalAddress a = PostalAddress.of(street, city, country);
                    return full ? a.withPostalCode("10115").withRegion("Berlin") : a;
                });
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_700_000_000L, 2_200_000_000L).map(Instant::ofEpochSecond);
    }

    // ------------------------------------------------------------------ fields

    /** A valid value for the field: a list of one to three elements for list fields. */
    static Arbitrary<Object> values(BatteryField f) {
        Arbitrary<?> element = element(f);
        if (f.isList()) {
            return element.list().ofMinSize(1).ofMaxSize(3).map(l -> (Object) List.copyOf(l));
        }
        return element.map(v -> (Object) v);
    }

    private static Arbitrary<?> element(BatteryField f) {
        switch (f) {
            case INDUSTRIAL_SUB_CATEGORY:
                return Arbitraries.of(IndustrialSubCategory.class);
            case BATTERY_STATUS:
                return Arbitraries.of(BatteryStatus.class);
            case CONFORMITY_CADMIUM_LEAD_SYMBOLS:
                return Arbitraries.of(CadmiumLeadSymbol.class);
            case MANUFACTURER_EMAIL_ADDRESS:
                return codes().map(s -> s + "@example.com");
            case RESPONSIBLE_OPERATOR:
                return Combinators.combine(texts(), addresses(), Arbitraries.of(true, false))
                        .as((n, a, full) -> full ? EconomicOperator.of(n).withPostalAddress(a)
                                .withIdentifier("4012345000009").withEmailAddress("info@example.com")
                                .withWebAddress(URI.create("https://example.com")) : EconomicOperator.of(n));
            case MANUFACTURER_POSTAL_ADDRESS:
                return addresses();
            case MANUFACTURING_PLACE:
                return Combinators.combine(texts(), addresses(), Arbitraries.of(true, false))
                        .as((n, a, id) -> id ? Facility.of(n, a).withIdentifier("4012345000016") : Facility.of(n, a));
            case MANUFACTURING_DATE:
                return Arbitraries.integers().between(2020, 2040).flatMap(y ->
                        Arbitraries.integers().between(1, 12).map(m -> YearMonth.of(y, m)));
            case CHEMISTRY:
                return Combinators.combine(texts(), texts()).as(Chemistry::of);
            case HAZARDOUS_SUBSTANCES:
                return Combinators.combine(texts(), quantities(Unit.PERCENT, false), Arbitraries.of(true, false))
                        .as((n, c, full) -> full ? HazardousSubstance.of(n).withIdentifier("7440-02-0")
                                .withHazardClasses(List.of("Carc. 2", "Skin Sens. 1")).withConcentration(c)
                                .withLocation("cathode") : HazardousSubstance.of(n));
            case DETAILED_COMPOSITION:
                return Combinators.combine(texts(), quantities(Unit.KILOGRAM, false), Arbitraries.of(true, false))
                        .as((n, m, full) -> full ? MaterialShare.of(n, m).withIdentifier("7782-42-5")
                                .withComponent("anode") : MaterialShare.of(n, m));
            case CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE:
                return Combinators.combine(Arbitraries.of(LifecycleStage.class),
                        quantities(Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR, false)).as(LifecycleStageEmission::of);
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50))
                        .as((a, b) -> RecycledShare.of(Quantity.of(a, Unit.PERCENT), Quantity.of(b, Unit.PERCENT)));
            case DUE_DILIGENCE_SUPPLY_CHAIN_INDICES:
                return Combinators.combine(texts(), quantities(Unit.ONE, false)).as((n, q) -> SupplyChainIndex.of(n,
                        q.value()));
            case SPARE_PARTS_PART_NUMBERS:
                return Combinators.combine(texts(), codes()).as(SparePart::of);
            case SPARE_PARTS_SOURCES:
                return Combinators.combine(texts(), addresses(), Arbitraries.of(true, false))
                        .as((n, a, full) -> full ? SparePartSource.of(n).withPostalAddress(a)
                                .withEmailAddress("parts@example.com")
                                        .withWebAddress(URI.create("https://parts.example.com"))
                                .withParts(List.of("P-1", "P-2")) : SparePartSource.of(n));
            case ORIGINAL_POWER_CAPABILITY:
            case STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY:
                return Combinators.combine(quantities(Unit.PERCENT, false), quantities(Unit.WATT, false),
                        temperatureRanges(), Arbitraries.of(true, false))
                        .as((soc, p, t, withT) -> withT ? PowerCapability.of(soc, p).withTemperatureRange(t)
                                : PowerCapability.of(soc, p));
            case IDLE_TEMPERATURE_RANGE:
                return temperatureRanges();
            case INTERNAL_RESISTANCE:
                return Combinators.combine(Arbitraries.of(BatteryComponent.class), quantities(Unit.OHM, false))
                        .as(ResistanceValue::of);
            case ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE:
                return Combinators.combine(Arbitraries.of(BatteryComponent.class), quantities(Unit.PERCENT, false))
                        .as(ResistanceValue::of);
            case USAGE_NEGATIVE_EVENTS:
                return Combinators.combine(Arbitraries.integers().between(0, 5000), texts(), documents(),
                        Arbitraries.of(true, false))
                        .as((d, t, e, withE) -> {
                            NegativeEvent n = NegativeEvent.of(LocalDate.of(2027, 1, 1).plusDays(d), t);
                            return withE ? n.withEvidence(e) : n;
                        });
            case USAGE_OPERATING_TEMPERATURE:
                return Combinators.combine(instants(), quantities(Unit.DEGREE_CELSIUS, false)).as(Observation::of);
            case USAGE_STATE_OF_CHARGE:
                return Combinators.combine(instants(), quantities(Unit.PERCENT, false)).as(Observation::of);
            case USAGE_TIME_IN_EXTREME_TEMPERATURES:
                return quantities(Unit.MINUTE, false).list().ofSize(4)
                        .map(l -> ExtremeTemperatureTime.of(l.get(0), l.get(1), l.get(2), l.get(3)));
            default:
                break;
        }
        switch (f.type()) {
            case STRING:
                return texts();
            case TEXT_MULTILINGUAL:
                return localized();
            case DECIMAL:
                return quantities(f.unit().orElseThrow(), false);
            case INTEGER:
                return quantities(f.unit().orElseThrow(), true);
            case DATE:
                return Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
            case URL:
                return uris();
            case DOCUMENT_REF:
                return documents();
            default:
                throw new IllegalStateException("no generator for " + f.key() + " " + f.type());
        }
    }

    private static Arbitrary<TemperatureRange> temperatureRanges() {
        return Combinators.combine(Arbitraries.integers().between(-40, 20), Arbitraries.integers().between(0, 60))
                .as((lo, span) -> TemperatureRange.of(Quantity.of(lo, Unit.DEGREE_CELSIUS),
                        Quantity.of(lo + span, Unit.DEGREE_CELSIUS)));
    }

    // ------------------------------------------------------------------ passports

    /** Every field's value, generated together: a map from field to value (all fields). */
    static Arbitrary<Map<BatteryField, Object>> allValues() {
        List<Arbitrary<Object>> parts = new ArrayList<>();
        List<BatteryField> fields = new ArrayList<>();
        for (BatteryField f : BatteryField.values()) {
            if (!DERIVED.contains(f)) {
                fields.add(f);
                parts.add(values(f));
            }
        }
        return Combinators.combine(parts).as(vs -> {
            Map<BatteryField, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                m.put(fields.get(i), vs.get(i));
            }
            return m;
        });
    }

    /** Sets on the builder every generated value it accepts whose bit in the mask is set. */
    static <B extends PassportBuilder<B, ?>> B fill(B b, Map<BatteryField, Object> values, long mask, boolean all,
            Set<PassportLevel> scopes) {
        for (Map.Entry<BatteryField, Object> e : values.entrySet()) {
            BatteryField f = e.getKey();
            boolean chosen = all || ((mask >>> (f.ordinal() % 64)) & 1) != 0;
            if (chosen && scopes.contains(f.scope()) && b.canSet(f)) {
                b.set(f, e.getValue());
            }
        }
        return b;
    }

    static Arbitrary<Gtin> gtins() {
        return Arbitraries.strings().numeric().ofLength(13).map(Gtin::withCheckDigit);
    }

    /** A standalone passport of any level and category, with a random subset of fields. */
    static Arbitrary<BatteryPassport> standalone() {
        return Combinators.combine(Arbitraries.of(PassportLevel.class), Arbitraries.of(BatteryCategory.class),
                gtins(), codes(), codes(), allValues(), Arbitraries.longs(), Arbitraries.of(true, false))
                .flatAs((level, category, gtin, lot, serial, values, mask, all) ->
                        Combinators.combine(instants(), Arbitraries.integers().between(1, 9), Arbitraries.of(true,
                                false))
                                .as((t, version, revised) -> {
                                    Set<PassportLevel> scopes = EnumSet.allOf(PassportLevel.class);
                                    PassportBuilder<?, ?> b;
                                    switch (level) {
                                        case MODEL:
                                            b = fill(ModelPassport.builder(category, gtin), values, mask, all, scopes);
                                            break;
                                        case BATCH:
                                            b = fill(BatchPassport.builder(category, gtin, lot), values, mask, all,
                                                    scopes);
                                            break;
                                        default:
                                            b = revised ? fill(ItemPassport.builder(category, gtin, lot, serial),
                                                    values, mask, all, scopes)
                                                    : fill(ItemPassport.builder(category, gtin, serial), values, mask,
                                                            all, scopes);
                                            break;
                                    }
                                    PassportInternals.restoreVersion(b, version,
                                            version > 1 ? t.plusSeconds(3600L * version) : null).issuedAt(t);
                                    return (BatteryPassport) b.build();
                                }));
    }

    /**
     * A chain model, batch (maybe absent), item (derived), each level setting only the fields of
     * its own scope, so that every value sits where its scope says.
     */
    static Arbitrary<ItemPassport> derivedItems() {
        return Combinators.combine(Arbitraries.of(BatteryCategory.class), gtins(), codes(), codes(),
                allValues(), Arbitraries.longs(), instants(), Arbitraries.of(true, false))
                .as((category, gtin, lot, serial, values, mask, t, withBatch) -> {
                    ModelPassport model = fill(ModelPassport.builder(category, gtin), values, mask, false,
                            EnumSet.of(PassportLevel.MODEL)).issuedAt(t).build();
                    BatteryPassport parent = model;
                    if (withBatch) {
                        parent = fill(BatchPassport.builder(model, lot), values, mask, false,
                                EnumSet.of(PassportLevel.BATCH)).issuedAt(t.plusSeconds(60)).build()
                                        .revise(t.plusSeconds(90)).build();
                    }
                    return fill(ItemPassport.builder(parent, DigitalLinks.item(parent, serial)), values, mask, false,
                            EnumSet.of(PassportLevel.ITEM)).issuedAt(t.plusSeconds(120)).build();
                });
    }

    /**
     * An item derived from a batch (or straight from a model) where each value sits on one
     * level chosen at random among those that may set it: a model may hold defaults of BATCH-
     * and ITEM-scope fields, a batch of ITEM-scope fields. No value is overridden lower down.
     */
    static Arbitrary<ItemPassport> derivedItemsWithDefaults() {
        return Combinators.combine(Arbitraries.of(BatteryCategory.class), gtins(), codes(), codes(),
                allValues(), Arbitraries.longs().list().ofSize(2), instants(), Arbitraries.of(true, false))
                .as((category, gtin, lot, serial, values, bits, t, withBatch) -> {
                    long low = bits.get(0);
                    long high = bits.get(1);
                    Map<PassportLevel, Map<BatteryField, Object>> byLevel = new EnumMap<>(PassportLevel.class);
                    for (PassportLevel l : PassportLevel.values()) {
                        byLevel.put(l, new EnumMap<>(BatteryField.class));
                    }
                    for (Map.Entry<BatteryField, Object> e : values.entrySet()) {
                        int o = e.getKey().ordinal() % 64;
                        int choice = (int) (((low >>> o) & 1) | (((high >>> o) & 1) << 1));
                        if (choice > 0 && (withBatch || choice != 2)) {
                            byLevel.get(PassportLevel.values()[choice - 1]).put(e.getKey(), e.getValue());
                        }
                    }
                    Set<PassportLevel> any = EnumSet.allOf(PassportLevel.class);
                    ModelPassport model = fill(ModelPassport.builder(category, gtin), byLevel.get(PassportLevel.MODEL),
                            -1L, true, any).issuedAt(t).build();
                    BatteryPassport parent = model;
                    if (withBatch) {
                        parent = fill(BatchPassport.builder(model, lot), byLevel.get(PassportLevel.BATCH), -1L, true,
                                any).issuedAt(t.plusSeconds(60)).build();
                    }
                    return fill(ItemPassport.builder(parent, DigitalLinks.item(parent, serial)),
                            byLevel.get(PassportLevel.ITEM), -1L, true, any).issuedAt(t.plusSeconds(120)).build();
                });
    }

    /** Builds item links under a parent. */
    static final class DigitalLinks {
        private DigitalLinks() {
        }

        static org.dppkit.gs1.DigitalLink item(BatteryPassport parent, String serial) {
            return parent.id().withSerial(serial);
        }
    }
}
