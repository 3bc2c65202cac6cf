package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;

/** Invariants of the layered passport model, over random layers of random field sets. */
class PassportPropertiesTest {

    /** A model, a batch of it, an item of the batch and an item derived directly from the model. */
    record Chain(ModelPassport model, BatchPassport batch, ItemPassport item, ItemPassport modelItem,
            Set<BatteryField> modelSet, Set<BatteryField> batchSet, Set<BatteryField> itemSet,
            Set<BatteryField> modelItemSet) {
    }

    private static List<BatteryField> settable(PassportBuilder<?, ?> b) {
        List<BatteryField> list = new ArrayList<>();
        for (BatteryField f : BatteryField.values()) {
            if (b.canSet(f)) {
                list.add(f);
            }
        }
        return list;
    }

    /** A value that differs per level, so that overrides are visible. */
    private static Object value(BatteryField f, PassportLevel level) {
        Object v = Samples.valueFor(f);
        if (v instanceof Quantity q) {
            return Quantity.of(q.value().add(java.math.BigDecimal.valueOf(level.ordinal())), q.unit());
        }
        if (v instanceof String s) {
            return f == BatteryField.MANUFACTURER_EMAIL_ADDRESS ? s : s + "-" + level;
        }
        return v;
    }

    private static <B extends PassportBuilder<B, ?>> B fill(B b, Set<BatteryField> fields) {
        for (BatteryField f : fields) {
            b.set(f, value(f, b.level()));
        }
        return b;
    }

    /**
     * A model, a batch of it, an item of the batch and an item derived straight from the model,
     * each level setting a jqwik-chosen subset of the fields it may set (so that a failure
     * shrinks to the fewest fields).
     */
    @Provide
    Arbitrary<Chain> chains() {
        Arbitrary<String> serials = Arbitraries.strings().withChars("ABCXYZ0123456789-").ofMinLength(1)
                .ofMaxLength(20);
        Arbitrary<String> lots = Arbitraries.strings().withChars("ABC0123456789").ofMinLength(1)
                .ofMaxLength(20).map(s -> "LOT-" + s.substring(0, Math.min(s.length(), 16)));
        return Arbitraries.of(BatteryCategory.class).flatMap(category -> {
            ModelPassport probe = ModelPassport.builder(category, Samples.GTIN).issuedAt(Samples.T0).build();
            BatchPassport probeBatch = BatchPassport.builder(probe, "L").issuedAt(Samples.T1).build();
            List<BatteryField> modelFields = settable(ModelPassport.builder(category, Samples.GTIN));
            List<BatteryField> batchFields = settable(BatchPassport.builder(probe, "L"));
            List<BatteryField> itemFields = settable(ItemPassport.builder(probeBatch, "S"));
            List<BatteryField> modelItemFields = settable(ItemPassport.builder(probe, "S"));
            return Combinators.combine(serials, lots, Arbitraries.subsetOf(modelFields),
                    Arbitraries.subsetOf(batchFields), Arbitraries.subsetOf(itemFields),
                    Arbitraries.subsetOf(modelItemFields))
                    .as((serial, lot, modelSet, batchSet, itemSet, modelItemSet) -> {
                        ModelPassport model = fill(ModelPassport.builder(category, Samples.GTIN), modelSet)
                                .issuedAt(Samples.T0).build();
                        BatchPassport batch = fill(BatchPassport.builder(model, lot), batchSet)
                                .issuedAt(Samples.T1).build();
                        ItemPassport item = fill(ItemPassport.builder(batch, serial), itemSet)
                                .issuedAt(Samples.T2).build();
                        ItemPassport modelItem = fill(ItemPassport.builder(model, serial), modelItemSet)
                                .issuedAt(Samples.T2).build();
                        return new Chain(model, batch, item, modelItem, enumSet(modelSet),
                                enumSet(batchSet), enumSet(itemSet), enumSet(modelItemSet));
                    });
        });
    }

    private static Set<BatteryField> enumSet(Set<BatteryField> fields) {
        Set<BatteryField> set = EnumSet.noneOf(BatteryField.class);
        set.addAll(fields);
        return set;
    }

    @Property(tries = 200)
    void derivedPassports_neverDifferFromParentInHigherScopeFields(@ForAll("chains") Chain c) {
        for (BatteryField f : BatteryField.values()) {
            if (f.scope() == PassportLevel.MODEL) {
                assertEquals(c.model().get(f), c.batch().get(f), f.key());
                assertEquals(c.model().get(f), c.modelItem().get(f), f.key());
                assertFalse(BatchPassport.builder(c.model(), "L2").canSet(f), f.key());
            }
            if (f.scope() != PassportLevel.ITEM) {
                assertEquals(c.batch().get(f), c.item().get(f), f.key());
                ItemPassport.Builder b = c.item().toBuilder();
                assertThrows(PassportException.class, () -> b.set(f, Samples.valueFor(f)), f.key());
            }
        }
        assertEquals(c.model().category(), c.item().category());
    }

    @Property(tries = 200)
    void provenance_isTheLowestLevelThatSetTheValue(@ForAll("chains") Chain c) {
        for (BatteryField f : BatteryField.values()) {
            if (FieldTypes.DERIVED.contains(f)) {
                continue;
            }
            Optional<PassportLevel> expected = c.itemSet().contains(f) ? Optional.of(PassportLevel.ITEM)
                    : c.batchSet().contains(f) ? Optional.of(PassportLevel.BATCH)
                    : c.modelSet().contains(f) ? Optional.of(PassportLevel.MODEL) : Optional.empty();
            assertEquals(expected, c.item().provenance(f), f.key());
            assertEquals(expected.isPresent(), c.item().has(f));
            if (expected.isPresent()) {
                PassportBase supplier = expected.get() == PassportLevel.ITEM ? c.item()
                        : expected.get() == PassportLevel.BATCH ? c.batch() : c.model();
                assertEquals(value(f, expected.get()), c.item().get(f).orElseThrow(), f.key());
                assertTrue(supplier.hasOwn(f.ordinal()));
            }
            Optional<PassportLevel> expectedModelItem = c.modelItemSet().contains(f)
                    ? Optional.of(PassportLevel.ITEM)
                    : c.modelSet().contains(f) ? Optional.of(PassportLevel.MODEL) : Optional.empty();
            assertEquals(expectedModelItem, c.modelItem().provenance(f), f.key());
        }
        assertEquals(Optional.of(PassportLevel.ITEM), c.item().provenance(BatteryField.SERIAL_NUMBER));
        assertEquals(Optional.of(PassportLevel.BATCH), c.item().provenance(BatteryField.BATCH_NUMBER));
        assertEquals(Optional.of(PassportLevel.MODEL), c.item().provenance(BatteryField.MODEL_IDENTIFIER));
    }

    @Property(tries = 200)
    void noView_exposesAFieldItsAudienceMayNotSee(@ForAll("chains") Chain c,
            @ForAll Audience audience) {
        for (BatteryPassport p : List.<BatteryPassport>of(c.model(), c.batch(), c.item(), c.modelItem())) {
            PassportView view = p.view(audience);
            for (BatteryField f : BatteryField.values()) {
                boolean readable = audience.mayRead(f.access());
                assertEquals(readable, view.isReadable(f));
                assertEquals(readable ? p.get(f) : Optional.empty(), view.get(f), f.key());
                if (!readable) {
                    assertTrue(view.provenance(f).isEmpty());
                }
            }
            Set<BatteryField> expectedPresent = EnumSet.noneOf(BatteryField.class);
            for (BatteryField f : BatteryField.values()) {
                if (audience.mayRead(f.access()) && p.has(f)) {
                    expectedPresent.add(f);
                }
            }
            assertEquals(expectedPresent, Set.copyOf(view.presentFields()));
            assertEquals(p.id(), view.id());
            assertEquals(p.level(), view.level());
        }
    }

    @Property(tries = 200)
    void toBuilderBuild_equalsOriginal(@ForAll("chains") Chain c) {
        for (BatteryPassport p : List.<BatteryPassport>of(c.model(), c.batch(), c.item(), c.modelItem())) {
            BatteryPassport copy = p.toBuilder().build();
            assertEquals(p, copy);
            assertEquals(p.hashCode(), copy.hashCode());
            assertEquals(p.presentFields(), copy.presentFields());
            assertEquals(p.toString(), copy.toString());
        }
    }

    @Property(tries = 100)
    void revise_keepsIdentityAndIncrementsVersion(@ForAll("chains") Chain c) {
        for (BatteryPassport p : List.<BatteryPassport>of(c.model(), c.batch(), c.item())) {
            BatteryPassport v2 = p.revise(Samples.T2.plusSeconds(60)).build();
            assertEquals(p.id(), v2.id());
            assertEquals(p.level(), v2.level());
            assertEquals(p.category(), v2.category());
            assertEquals(p.version() + 1, v2.version());
            assertEquals(p.presentFields(), v2.presentFields());
            assertEquals(v2, v2.toBuilder().build());
        }
    }

    @Property
    void quantity_equalityIgnoresTrailingZeros(@ForAll java.math.BigDecimal value,
            @ForAll Unit unit) {
        // two more trailing zeros must still fit the number limit
        net.jqwik.api.Assume.that(PassportLimits.plainLength(value) <= PassportLimits.MAX_NUMBER_LENGTH - 3);
        Quantity a = Quantity.of(value, unit);
        Quantity b = Quantity.of(value.setScale(value.scale() + 2), unit);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, Quantity.of(a.value().toPlainString(), unit));
    }

    @Property(tries = 300)
    void builderStorage_matchesAMapUnderRandomSetAndClear(
            @ForAll("operations") List<net.jqwik.api.Tuple.Tuple2<BatteryField, Boolean>> ops) {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, Samples.GTIN, "S");
        java.util.EnumMap<BatteryField, Object> expected = new java.util.EnumMap<>(BatteryField.class);
        int n = 0;
        for (net.jqwik.api.Tuple.Tuple2<BatteryField, Boolean> op : ops) {
            BatteryField f = op.get1();
            if (op.get2()) {
                Object v = value(f, PassportLevel.values()[n++ % 3]);
                b.set(f, v);
                expected.put(f, v);
            } else {
                b.clear(f);
                expected.remove(f);
            }
        }
        ItemPassport item = b.issuedAt(Samples.T0).build();
        for (BatteryField f : BatteryField.values()) {
            if (!FieldTypes.DERIVED.contains(f)) {
                assertEquals(Optional.ofNullable(expected.get(f)), b.get(f), f.key());
                assertEquals(Optional.ofNullable(expected.get(f)), item.get(f), f.key());
            }
        }
        assertEquals(item, item.toBuilder().build());
    }

    @Provide
    Arbitrary<List<net.jqwik.api.Tuple.Tuple2<BatteryField, Boolean>>> operations() {
        List<BatteryField> settable = new ArrayList<>();
        for (BatteryField f : BatteryField.values()) {
            if (!FieldTypes.DERIVED.contains(f)) {
                settable.add(f);
            }
        }
        return Combinators.combine(Arbitraries.of(settable), Arbitraries.of(true, true, false))
                .as(net.jqwik.api.Tuple::of).list().ofMaxSize(150);
    }
}
