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
import java.util.List;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PassportTest {

    @Test
    void issueExample_modelBatchItem() {
        ModelPassport model = Samples.model(BatteryCategory.EV);
        BatchPassport batch = Samples.batch(model);
        ItemPassport item = Samples.item(batch, "SN-000123");

        assertEquals("https://id.gs1.org/01/09506000134352", model.id().toString());
        assertEquals("https://id.gs1.org/01/09506000134352/10/LOT-2027-03", batch.id().toString());
        assertEquals("https://id.gs1.org/01/09506000134352/10/LOT-2027-03/21/SN-000123",
                item.id().toString());
        assertEquals(Optional.of(PassportLevel.BATCH),
                item.provenance(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT));
        assertEquals(Optional.of(q("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR)),
                item.carbonFootprint().perFunctionalUnit());
        assertEquals(Optional.of(PassportLevel.MODEL), item.provenance(BatteryField.CHEMISTRY));
        assertEquals(Optional.of(PassportLevel.ITEM),
                item.provenance(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY));
        assertEquals(Optional.of(q("105", Unit.AMPERE_HOUR)), item.performance().ratedCapacity());
        assertEquals(Optional.of("LOT-2027-03"), item.identity().batchNumber());
        assertEquals(Optional.of(PassportLevel.BATCH), item.provenance(BatteryField.BATCH_NUMBER));
        assertEquals(Optional.of("09506000134352"), item.get(BatteryField.MODEL_IDENTIFIER));
        assertEquals(Optional.of(BatteryCategory.EV), item.get(BatteryField.BATTERY_CATEGORY));
        assertEquals(Optional.of(PassportLevel.MODEL), item.provenance(BatteryField.BATTERY_CATEGORY));
        assertEquals(Optional.empty(), item.provenance(BatteryField.CARBON_FOOTPRINT_LABEL));
        assertSame(batch, item.batch().orElseThrow());
        assertSame(model, item.model().orElseThrow());
        assertEquals(PassportLevel.ITEM, item.level());
        assertEquals(BatteryCategory.EV, item.category());
        assertEquals(1, item.version());
    }

    @Test
    void batchBuilder_modelScopeField_throwsNamingFieldScopeAndLevel() {
        ModelPassport model = Samples.model(BatteryCategory.EV);
        BatchPassport.Builder b = BatchPassport.builder(model, "L1");
        PassportException e = assertThrows(PassportException.class,
                () -> b.ratedCapacity(q("100", Unit.AMPERE_HOUR)));
        assertEquals("field 'ratedCapacity' has scope MODEL and cannot be set on a BATCH passport "
                + "derived from a MODEL passport: it is shared from the MODEL passport, and a "
                + "different value needs a different MODEL passport", e.getMessage());
        assertEquals(Optional.of(BatteryField.RATED_CAPACITY), e.field());
    }

    @Test
    void itemOfBatch_batchScopeField_throws() {
        BatchPassport batch = Samples.batch(Samples.model(BatteryCategory.EV));
        ItemPassport.Builder b = ItemPassport.builder(batch, "S1");
        PassportException e = assertThrows(PassportException.class,
                () -> b.manufacturingDate(java.time.YearMonth.of(2027, 4)));
        assertTrue(e.getMessage().contains("'manufacturingDate' has scope BATCH"), e.getMessage());
    }

    @Test
    void itemOfModel_batchScopeField_accepted() {
        ModelPassport model = Samples.model(BatteryCategory.LMT);
        ItemPassport item = ItemPassport.builder(model, "S1")
                .manufacturingDate(java.time.YearMonth.of(2027, 4)).issuedAt(T2).build();
        assertEquals("https://id.gs1.org/01/09506000134352/21/S1", item.id().toString());
        assertEquals(Optional.of(PassportLevel.ITEM), item.provenance(BatteryField.MANUFACTURING_DATE));
        assertEquals(Optional.empty(), item.get(BatteryField.BATCH_NUMBER));
    }

    @ParameterizedTest
    @EnumSource(value = PassportLevel.class, names = {"MODEL", "BATCH"})
    void modelAndBatch_itemScopeField_throws(PassportLevel level) {
        PassportBuilder<?, ?> b = level == PassportLevel.MODEL
                ? ModelPassport.builder(BatteryCategory.EV, GTIN)
                : BatchPassport.builder(BatteryCategory.EV, GTIN, "L1");
        PassportException e = assertThrows(PassportException.class,
                () -> b.stateOfHealthRemainingCapacity(q("90", Unit.AMPERE_HOUR)));
        assertEquals("field 'stateOfHealth.remainingCapacity' has scope ITEM and cannot be set on a "
                + level + " passport: per-battery data belongs on an ItemPassport", e.getMessage());
    }

    @Test
    void standaloneItem_setsEveryField() {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, GTIN, "SN-1");
        for (BatteryField f : BatteryField.values()) {
            if (!FieldTypes.DERIVED.contains(f)) {
                b.set(f, Samples.valueFor(f));
            }
        }
        ItemPassport item = b.issuedAt(T0).build();
        assertEquals(BatteryField.values().length - 1, item.presentFields().size(),
                "all but batchNumber");
        for (BatteryField f : item.presentFields()) {
            assertEquals(Optional.of(PassportLevel.ITEM), item.provenance(f), f.key());
        }
    }

    @Test
    void set_wrongJavaType_namesFieldExpectedAndActual() {
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, GTIN);
        PassportException e = assertThrows(PassportException.class,
                () -> b.set(BatteryField.RATED_CAPACITY, "105 Ah"));
        assertEquals("field 'ratedCapacity' expects Quantity but got java.lang.String: 105 Ah",
                e.getMessage());
    }

    @Test
    void set_wrongUnit_throws() {
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, GTIN);
        PassportException e = assertThrows(PassportException.class,
                () -> b.ratedCapacity(q("105", Unit.KILOWATT_HOUR)));
        assertEquals("field 'ratedCapacity' must be in AMH (Ah) but was in KWH: 105 KWH",
                e.getMessage());
    }

    @Test
    void set_derivedIdentityField_throws() {
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, GTIN);
        assertThrows(PassportException.class, () -> b.set(BatteryField.MODEL_IDENTIFIER, "x"));
        assertFalse(b.canSet(BatteryField.BATTERY_CATEGORY));
    }

    @Test
    void build_missingParts_listedAtOnce() {
        ModelPassport model = Samples.model(BatteryCategory.EV);
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, GTIN);
        b.restoreVersion(2, null);
        PassportException e = assertThrows(PassportException.class, b::build);
        assertEquals("cannot build ModelPassport https://id.gs1.org/01/09506000134352: missing "
                + "issuedAt (call issuedAt(Instant) or clock(Clock)), revisedAt (version 2 is a "
                + "revision)", e.getMessage());
        assertEquals(model, model.toBuilder().build());
    }

    @Test
    void badSerial_throwsNamingField() {
        BatchPassport batch = Samples.batch(Samples.model(BatteryCategory.EV));
        PassportException e = assertThrows(PassportException.class,
                () -> ItemPassport.builder(batch, "SN 1"));
        assertEquals(Optional.of(BatteryField.SERIAL_NUMBER), e.field());
        assertTrue(e.getMessage().startsWith("field 'serialNumber' value 'SN 1' is not a valid GS1 serial"),
                e.getMessage());
    }

    @Test
    void wrongLevelIdentifier_throws() {
        DigitalLink batchId = DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/L1");
        PassportException e = assertThrows(PassportException.class,
                () -> ModelPassport.builder(BatteryCategory.EV, batchId));
        assertEquals("identifier 'https://id.gs1.org/01/09506000134352/10/L1' has key qualifiers "
                + "[10] but a MODEL passport needs /01/{gtin}", e.getMessage());
        assertThrows(PassportException.class, () -> ItemPassport.builder(BatteryCategory.EV, batchId));
    }

    @Test
    void view_public_hidesRestrictedFields() {
        ItemPassport item = Samples.item(Samples.batch(Samples.model(BatteryCategory.EV)), "S1");
        PassportView pub = item.view(Audience.PUBLIC);
        assertTrue(pub.get(BatteryField.RATED_CAPACITY).isPresent());
        assertTrue(pub.get(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY).isEmpty());
        assertTrue(pub.performance().stateOfHealthStateOfCertifiedEnergy().isEmpty());
        assertTrue(pub.get(BatteryField.DETAILED_COMPOSITION).isEmpty());
        assertTrue(pub.get(BatteryField.CONFORMITY_TEST_REPORTS).isEmpty());
        PassportView li = item.view(Audience.LEGITIMATE_INTEREST);
        assertTrue(li.get(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY).isPresent());
        assertTrue(li.get(BatteryField.CONFORMITY_TEST_REPORTS).isEmpty());
        PassportView auth = item.view(Audience.AUTHORITIES);
        assertTrue(auth.get(BatteryField.CONFORMITY_TEST_REPORTS).isPresent());
        assertTrue(auth.get(BatteryField.BATTERY_STATUS).isEmpty());
        assertFalse(pub.toString().contains("98.5"));
        assertEquals(item.presentFields(), item.view(Audience.ISSUER).presentFields());
    }

    @Test
    void revise_incrementsVersionKeepsIdentity() {
        ItemPassport item = Samples.item(Samples.batch(Samples.model(BatteryCategory.EV)), "S1");
        Clock clock = Clock.fixed(T2.plusSeconds(3600), ZoneOffset.UTC);
        ItemPassport v2 = item.revise(clock).batteryStatus(BatteryStatus.WASTE).build();
        assertEquals(2, v2.version());
        assertEquals(item.id(), v2.id());
        assertEquals(item.issuedAt(), v2.issuedAt());
        assertEquals(Optional.of(T2.plusSeconds(3600)), v2.revisedAt());
        assertEquals(Optional.of(BatteryStatus.WASTE), v2.lifecycle().batteryStatus());
        assertNotEquals(item, v2);
        assertThrows(PassportException.class, () -> item.revise(T0));
    }

    @Test
    void successor_newIdentifierAndCategoryLinksPredecessor() {
        ItemPassport ev = Samples.item(Samples.batch(Samples.model(BatteryCategory.EV)), "S1");
        ItemPassport bess = ev.successor(BatteryCategory.INDUSTRIAL, Gtin.parse("09506000134369"), "R-1")
                .industrialSubCategory(IndustrialSubCategory.STATIONARY_BESS)
                .batteryStatus(BatteryStatus.REPURPOSED)
                .issuedAt(T2.plusSeconds(86400))
                .build();
        assertEquals(BatteryCategory.INDUSTRIAL, bess.category());
        assertEquals(Optional.of(List.of(ev.id().toString())), bess.lifecycle().predecessorPassports());
        assertTrue(bess.parent().isEmpty());
        assertThrows(PassportException.class,
                () -> ev.successor(BatteryCategory.EV, GTIN, "S1"));
    }

    @Test
    void industrialSubCategory_onEv_throws() {
        assertThrows(PassportException.class, () -> ModelPassport.builder(BatteryCategory.EV, GTIN)
                .industrialSubCategory(IndustrialSubCategory.STATIONARY_BESS));
    }

    @Test
    void derivedPassports_shareParentValues() {
        BatchPassport batch = Samples.batch(Samples.model(BatteryCategory.EV));
        ItemPassport a = Samples.item(batch, "A");
        ItemPassport b = Samples.item(batch, "B");
        assertSame(a.get(BatteryField.CHEMISTRY).orElseThrow(), b.get(BatteryField.CHEMISTRY).orElseThrow());
        assertEquals("ItemPassport[EV https://id.gs1.org/01/09506000134352/10/LOT-2027-03/21/A v1]",
                a.toString());
        assertEquals(T1, batch.issuedAt());
    }

    @ParameterizedTest
    @EnumSource(BatteryCategory.class)
    void everyCategory_threeLevels(BatteryCategory category) {
        ModelPassport model = Samples.model(category);
        BatchPassport batch = Samples.batch(model);
        ItemPassport item = Samples.item(batch, "SN-" + category);
        List<BatteryPassport> chain = List.of(model, batch, item);
        for (int i = 0; i < chain.size(); i++) {
            BatteryPassport p = chain.get(i);
            assertEquals(PassportLevel.values()[i], p.level());
            assertEquals(category, p.category());
            assertEquals(Optional.of(category), p.identity().batteryCategory());
            assertEquals(Optional.of(PassportLevel.MODEL), p.provenance(BatteryField.RATED_CAPACITY));
            assertEquals(Optional.of("ACME Batteries GmbH"), p.manufacturer().name());
        }
        assertEquals(Optional.of(PassportLevel.MODEL),
                model.provenance(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT));
        assertEquals(Optional.of(PassportLevel.BATCH),
                batch.provenance(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT));
        assertEquals(Optional.of(q("70", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR)), model.carbonFootprint()
                .perFunctionalUnit());
        assertEquals(Optional.of(PassportLevel.ITEM), item.provenance(BatteryField.BATTERY_STATUS));
        assertTrue(batch.get(BatteryField.BATTERY_STATUS).isEmpty());
        assertTrue(model.get(BatteryField.SERIAL_NUMBER).isEmpty());
        assertEquals(Optional.of(model.id().toString()), model.get(BatteryField.UNIQUE_IDENTIFIER));
        assertEquals(category == BatteryCategory.INDUSTRIAL,
                ModelPassport.builder(category, GTIN).canSet(BatteryField.INDUSTRIAL_SUB_CATEGORY));
    }
}
