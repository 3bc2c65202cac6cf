package org.dppkit.battery;

import static org.dppkit.battery.Samples.GTIN;
import static org.dppkit.battery.Samples.T0;
import static org.dppkit.battery.Samples.T1;
import static org.dppkit.battery.Samples.T2;
import static org.dppkit.battery.Samples.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

class PassportBuilderTest {

    private static final ModelPassport MODEL = Samples.model(BatteryCategory.EV);
    private static final BatchPassport BATCH = Samples.batch(MODEL);

    @Test
    void standaloneBatch_setsModelAndBatchFields() {
        BatchPassport b = BatchPassport.builder(BatteryCategory.LMT, GTIN, "L-7")
                .ratedCapacity(q("20", Unit.AMPERE_HOUR))
                .manufacturingDate(java.time.YearMonth.of(2027, 5))
                .issuedAt(T0).build();
        assertEquals("L-7", b.lot());
        assertTrue(b.model().isEmpty());
        assertTrue(b.parent().isEmpty());
        assertEquals(Optional.of(PassportLevel.BATCH), b.provenance(BatteryField.RATED_CAPACITY));
        assertEquals(Optional.of(PassportLevel.BATCH), b.provenance(BatteryField.MODEL_IDENTIFIER));
        assertEquals(Optional.of(PassportLevel.BATCH), b.provenance(BatteryField.BATCH_NUMBER));
        assertEquals(Optional.empty(), b.provenance(BatteryField.SERIAL_NUMBER));
        assertEquals(b, BatchPassport.builder(BatteryCategory.LMT, b.id())
                .ratedCapacity(q("20", Unit.AMPERE_HOUR))
                .manufacturingDate(java.time.YearMonth.of(2027, 5)).issuedAt(T0).build());
        assertSame(MODEL, BATCH.model().orElseThrow());
        assertSame(MODEL, BATCH.parent().orElseThrow());
    }

    @Test
    void batchOfModel_withExplicitIdentifier() {
        DigitalLink id = DigitalLink.parse("https://resolver.example/01/09506000134352/10/L9");
        BatchPassport b = BatchPassport.builder(MODEL, id).issuedAt(T1).build();
        assertEquals(id, b.id());
        assertEquals(Optional.of(PassportLevel.MODEL), b.provenance(BatteryField.CHEMISTRY));
        PassportException e = assertThrows(PassportException.class, () -> BatchPassport.builder(MODEL,
                DigitalLink.parse("https://id.gs1.org/01/09506000134369/10/L9")));
        assertEquals("identifier 'https://id.gs1.org/01/09506000134369/10/L9' has GTIN 09506000134369 "
                + "but its MODEL passport has GTIN 09506000134352", e.getMessage());
    }

    @Test
    void badLot_throwsNamingBatchNumber() {
        PassportException e = assertThrows(PassportException.class,
                () -> BatchPassport.builder(MODEL, "LOT 1"));
        assertEquals(Optional.of(BatteryField.BATCH_NUMBER), e.field());
        assertTrue(e.getMessage().startsWith("field 'batchNumber' value 'LOT 1' is not a valid GS1 lot (AI 10): "),
                e.getMessage());
        assertThrows(PassportException.class, () -> BatchPassport.builder(BatteryCategory.EV, GTIN, ""));
        assertThrows(PassportException.class,
                () -> ItemPassport.builder(BatteryCategory.EV, GTIN, "123456789012345678901", "S"));
        assertThrows(PassportException.class, () -> ItemPassport.builder(MODEL, "x".repeat(21)));
    }

    @Test
    void itemOfBatch_withoutLotInIdentifier() {
        DigitalLink id = DigitalLink.builder(GTIN).serial("S-9").build();
        ItemPassport item = ItemPassport.builder(BATCH, id).issuedAt(T2).build();
        assertEquals("https://id.gs1.org/01/09506000134352/21/S-9", item.id().toString());
        assertEquals(Optional.of("LOT-2027-03"), item.get(BatteryField.BATCH_NUMBER));
        assertEquals(Optional.of(PassportLevel.BATCH), item.provenance(BatteryField.BATCH_NUMBER));
        assertEquals("S-9", item.serial());
        assertSame(BATCH, item.parent().orElseThrow());

        PassportException e = assertThrows(PassportException.class, () -> ItemPassport.builder(BATCH,
                DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/OTHER/21/S-9")));
        assertEquals("identifier 'https://id.gs1.org/01/09506000134352/10/OTHER/21/S-9' has lot OTHER "
                + "but its BATCH passport has lot LOT-2027-03", e.getMessage());
        ItemPassport other = Samples.item(BATCH, "S1");
        assertThrows(PassportException.class, () -> ItemPassport.builder(other, id));
    }

    @Test
    void standaloneItemWithLot_andFromIdentifier() {
        ItemPassport a = ItemPassport.builder(BatteryCategory.EV, GTIN, "L1", "S1").issuedAt(T0).build();
        assertEquals("https://id.gs1.org/01/09506000134352/10/L1/21/S1", a.id().toString());
        assertEquals(Optional.of(PassportLevel.ITEM), a.provenance(BatteryField.BATCH_NUMBER));
        assertTrue(a.batch().isEmpty());
        assertTrue(a.model().isEmpty());
        ItemPassport b = ItemPassport.builder(BatteryCategory.EV, a.id()).issuedAt(T0).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, ItemPassport.builder(BatteryCategory.LMT, a.id()).issuedAt(T0).build());
        assertNotEquals(a, ItemPassport.builder(BatteryCategory.EV, a.id()).issuedAt(T1).build());
        assertNotEquals(a, null);
        assertNotEquals(a, (Object) a.view(Audience.ISSUER));
        ModelPassport m = ModelPassport.builder(BatteryCategory.EV,
                DigitalLink.parse("https://resolver.example/01/09506000134352")).issuedAt(T0).build();
        assertEquals("https://resolver.example/01/09506000134352", m.id().toString());
        assertThrows(PassportException.class, () -> BatchPassport.builder(BatteryCategory.EV, a.id()));
    }

    @Test
    void itemOfModel_keepsModelAndHasNoBatch() {
        ItemPassport item = ItemPassport.builder(MODEL, "S2").issuedAt(T2).build();
        assertTrue(item.batch().isEmpty());
        assertSame(MODEL, item.model().orElseThrow());
    }

    @Test
    void builderAccessors_andClear() {
        ItemPassport.Builder b = ItemPassport.builder(BATCH, "S3");
        assertEquals(PassportLevel.ITEM, b.level());
        assertEquals(BatteryCategory.EV, b.category());
        assertEquals("https://id.gs1.org/01/09506000134352/10/LOT-2027-03/21/S3", b.id().toString());
        b.batteryStatus(BatteryStatus.ORIGINAL);
        assertEquals(Optional.of(BatteryStatus.ORIGINAL), b.get(BatteryField.BATTERY_STATUS));
        b.clear(BatteryField.BATTERY_STATUS);
        assertEquals(Optional.empty(), b.get(BatteryField.BATTERY_STATUS));
        b.usageOverchargeEvents(Quantity.of(2, Unit.ONE));
        b.clear(BatteryField.USAGE_OVERCHARGE_EVENTS);
        assertThrows(PassportException.class, () -> b.clear(BatteryField.CHEMISTRY));
        ItemPassport item = b.issuedAt(T2).build();
        assertFalse(item.has(BatteryField.BATTERY_STATUS));
        assertFalse(item.has(BatteryField.USAGE_OVERCHARGE_EVENTS));
    }

    @Test
    void set_listIsCopiedAndUnmodifiable() {
        List<String> agents = new ArrayList<>(List.of("water", "foam"));
        ModelPassport m = ModelPassport.builder(BatteryCategory.EV, GTIN).extinguishingAgent(agents)
                .issuedAt(T0).build();
        agents.add("sand");
        List<String> stored = m.characteristics().extinguishingAgent().orElseThrow();
        assertEquals(List.of("water", "foam"), stored);
        assertThrows(UnsupportedOperationException.class, () -> stored.add("x"));
    }

    @Test
    void set_invalidValues_throwNamingField() {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.EV, GTIN, "S");
        assertEquals("field 'extinguishingAgent' expects a value of type List<String> but got java.lang.String: water",
                assertThrows(PassportException.class,
                        () -> b.set(BatteryField.EXTINGUISHING_AGENT, "water")).getMessage());
        assertEquals("field 'extinguishingAgent'[1] must not be blank but was ' '",
                assertThrows(PassportException.class,
                        () -> b.extinguishingAgent(List.of("water", " "))).getMessage());
        assertEquals("field 'extinguishingAgent'[0] expects String but got java.lang.Integer: 1",
                assertThrows(PassportException.class,
                        () -> b.set(BatteryField.EXTINGUISHING_AGENT, List.of(1))).getMessage());
        assertEquals("field 'usage.chargeDischargeCycles' must be a whole number of B7 but was 10.5 B7",
                assertThrows(PassportException.class,
                        () -> b.usageChargeDischargeCycles(q("10.5", Unit.CYCLE))).getMessage());
        assertEquals("field 'renewableContent' must be between 0 and 100 % but was 101 P1",
                assertThrows(PassportException.class,
                        () -> b.renewableContent(q("101", Unit.PERCENT))).getMessage());
        assertEquals("field 'batteryMass' must not be negative but was -1 KGM",
                assertThrows(PassportException.class,
                        () -> b.batteryMass(q("-1", Unit.KILOGRAM))).getMessage());
        assertEquals("field 'manufacturer.emailAddress' must be an e-mail address (local@domain, no spaces) but was "
                + "'nobody'",
                assertThrows(PassportException.class,
                        () -> b.manufacturerEmailAddress("nobody")).getMessage());
        assertEquals("field 'manufacturer.webAddress' must be an absolute URI (with a scheme) but was "
                + "'www.acme.example'",
                assertThrows(PassportException.class,
                        () -> b.manufacturerWebAddress(java.net.URI.create("www.acme.example"))).getMessage());
        PassportException e = assertThrows(PassportException.class, () -> b.usageStateOfCharge(
                List.of(Observation.of(T0, q("20", Unit.DEGREE_CELSIUS)))));
        assertEquals("field 'usage.stateOfCharge'[0].value must be in P1 (%) but was in CEL: 20 CEL",
                e.getMessage());
        assertEquals(Optional.of(BatteryField.USAGE_STATE_OF_CHARGE), e.field());
        assertThrows(PassportException.class, () -> b.internalResistance(
                List.of(ResistanceValue.of(BatteryComponent.PACK, q("5", Unit.PERCENT)))));
        b.itemPerformanceInternalResistanceIncrease(
                List.of(ResistanceValue.of(BatteryComponent.PACK, q("150", Unit.PERCENT))));
        b.usageOperatingTemperature(List.of(Observation.of(T0, q("-30", Unit.DEGREE_CELSIUS))));
        assertThrows(NullPointerException.class, () -> b.set(BatteryField.CHEMISTRY, null));
        assertThrows(NullPointerException.class, () -> b.set(null, "x"));
        List<String> withNull = Arrays.asList("a", null);
        assertThrows(NullPointerException.class, () -> b.extinguishingAgent(withNull));
    }

    @Test
    void build_timestamps() {
        Clock clock = Clock.fixed(T1, ZoneOffset.UTC);
        ModelPassport m = ModelPassport.builder(BatteryCategory.EV, GTIN).clock(clock).build();
        assertEquals(T1, m.issuedAt());
        assertEquals(Optional.empty(), m.revisedAt());
        ModelPassport.Builder restored = ModelPassport.builder(BatteryCategory.EV, GTIN).issuedAt(T0);
        restored.restoreVersion(3, T2);
        ModelPassport v3 = restored.build();
        assertEquals(3, v3.version());
        assertEquals(Optional.of(T2), v3.revisedAt());
        assertEquals("revisedAt 2027-03-01T00:00:00Z must not be before issuedAt 2027-03-02T00:00:00Z of "
                + "ModelPassport https://id.gs1.org/01/09506000134352",
                assertThrows(PassportException.class, () -> {
                    ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, GTIN).issuedAt(T1);
                    b.restoreVersion(2, T0);
                    b.build();
                }).getMessage());
        assertThrows(PassportException.class,
                () -> ModelPassport.builder(BatteryCategory.EV, GTIN).restoreVersion(0, null));
        assertThrows(PassportException.class, () -> BatchPassport.builder(MODEL, "L").build());
        assertThrows(PassportException.class, () -> ItemPassport.builder(MODEL, "S").build());
        assertThrows(PassportException.class, () -> v3.revise(T1));
        assertEquals(4, v3.revise(Clock.fixed(T2, ZoneOffset.UTC)).build().version());
        assertEquals(2, BATCH.revise(Clock.fixed(T2, ZoneOffset.UTC)).build().version());
        assertEquals(2, MODEL.revise(T2).build().version());
    }

    @Test
    void get_typed() {
        ItemPassport item = Samples.item(BATCH, "S4");
        assertEquals(Optional.of(q("105", Unit.AMPERE_HOUR)), item.get(BatteryField.RATED_CAPACITY, Quantity.class));
        assertEquals(Optional.empty(), item.get(BatteryField.CARBON_FOOTPRINT_LABEL, DocumentRef.class));
        assertEquals("field 'ratedCapacity' holds a Quantity, not a java.lang.String",
                assertThrows(PassportException.class,
                        () -> item.get(BatteryField.RATED_CAPACITY, String.class)).getMessage());
    }

    @Test
    void successorOf_severalPredecessors() {
        ItemPassport a = Samples.item(BATCH, "A");
        ItemPassport b = Samples.item(BATCH, "B");
        ItemPassport s = ItemPassport.successorOf(List.of(a, b), BatteryCategory.INDUSTRIAL,
                Gtin.parse("09506000134369"), "BESS-1").issuedAt(T2).build();
        assertEquals(Optional.of(List.of(a.id().toString(), b.id().toString())),
                s.get(BatteryField.PREDECESSOR_PASSPORTS));
        assertEquals(Optional.of(BatteryField.PREDECESSOR_PASSPORTS), assertThrows(PassportException.class,
                () -> ItemPassport.successorOf(List.of(), BatteryCategory.EV, GTIN, "X")).field());
    }

    @Test
    void view_accessors() {
        ItemPassport item = Samples.item(BATCH, "S5");
        PassportView v = item.view(Audience.LEGITIMATE_INTEREST);
        assertEquals(Audience.LEGITIMATE_INTEREST, v.audience());
        assertEquals(PassportLevel.ITEM, v.level());
        assertEquals(BatteryCategory.EV, v.category());
        assertEquals(item.id(), v.id());
        assertEquals(1, v.version());
        assertEquals(T2, v.issuedAt());
        assertEquals(Optional.empty(), v.revisedAt());
        assertEquals(v, item.view(Audience.LEGITIMATE_INTEREST));
        assertEquals(v.hashCode(), item.view(Audience.LEGITIMATE_INTEREST).hashCode());
        assertNotEquals(v, item.view(Audience.PUBLIC));
        assertEquals("PassportView[LEGITIMATE_INTEREST ItemPassport[EV "
                + "https://id.gs1.org/01/09506000134352/10/LOT-2027-03/21/S5 v1]]", v.toString());
    }

    @Test
    void exception_constructors() {
        PassportException e = new PassportException(PassportErrorCode.BLANK, "m");
        assertEquals(Optional.empty(), e.field());
        assertEquals(PassportErrorCode.BLANK, e.errorCode());
        RuntimeException cause = new RuntimeException();
        PassportException f = new PassportException(PassportErrorCode.WRONG_TYPE,
                BatteryField.CHEMISTRY, "m", cause);
        assertSame(cause, f.getCause());
        assertEquals(Optional.of(BatteryField.CHEMISTRY), f.field());
        assertEquals(PassportErrorCode.WRONG_TYPE, f.errorCode());
        PassportException g = new PassportException(PassportErrorCode.OUT_OF_RANGE,
                BatteryField.RATED_CAPACITY, "n");
        assertEquals(Optional.of(BatteryField.RATED_CAPACITY), g.field());
        assertEquals("n", g.getMessage());
        assertThrows(NullPointerException.class, () -> new PassportException(null, "m"));
        assertThrows(NullPointerException.class,
                () -> new PassportException(PassportErrorCode.BLANK, null));
    }

    @Test
    void valueType_everyField() {
        assertEquals(Quantity.class, BatteryField.RATED_CAPACITY.valueType());
        assertEquals(Chemistry.class, BatteryField.CHEMISTRY.valueType());
        assertEquals(java.time.YearMonth.class, BatteryField.MANUFACTURING_DATE.valueType());
        assertEquals(LocalizedText.class, BatteryField.END_OF_LIFE_LABEL_MEANING.valueType());
        assertEquals(String.class, BatteryField.PREDECESSOR_PASSPORTS.valueType());
        for (BatteryField f : BatteryField.values()) {
            assertTrue(f.valueType().isInstance(Samples.elementFor(f)), f.key());
        }
    }
}
