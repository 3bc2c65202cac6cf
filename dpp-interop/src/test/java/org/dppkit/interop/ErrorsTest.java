package org.dppkit.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.ItemPassport;
import org.dppkit.core.Audience;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

/** Bad input: typed exceptions naming the format and the path; the builder stays unchanged. */
class ErrorsTest {

    private static ItemPassport.Builder builder() {
        return ItemPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"), "SN-1");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InteropException e = assertThrows(InteropException.class, () -> InteropImporter.standard()
                .read(InteropFormat.TECHNICAL_DATA, "{\"GeneralInformation\": {", builder()));
        assertTrue(e.getMessage().contains("TECHNICAL_DATA") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void duplicateKeysAndNonObjectsAreErrors() {
        assertThrows(InteropException.class, () -> InteropImporter.standard()
                .read(InteropFormat.CIRCULARITY, "{\"RenewableContent\":1,\"RenewableContent\":2}", builder()));
        assertThrows(InteropException.class, () -> InteropImporter.standard()
                .read(InteropFormat.CIRCULARITY, "[]", builder()));
    }

    @Test
    void anotherFunctionalUnitIsNotReadAsPerKilowattHour() {
        ItemPassport.Builder b = builder();
        String json = "{\"ProductCarbonFootprints\":[{\"PcfCalculationMethods\":[],\"PcfCo2eq\":12.5,"
                + "\"ReferenceImpactUnitForCalculation\":\"kg\",\"QuantityOfMeasureForCalculation\":1,"
                + "\"LifeCyclePhases\":[],\"PerformanceClass\":\"A\",\"WebLinkToPublicCarbonFootprintStudy\":[]}]}";
        InteropException e = assertThrows(InteropException.class,
                () -> InteropImporter.standard().read(InteropFormat.CARBON_FOOTPRINT, json, b));
        assertTrue(e.getMessage().contains("ReferenceImpactUnitForCalculation"), e.getMessage());
        assertTrue(b.get(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT).isEmpty());
    }

    @Test
    void valuesOfTheWrongTypeAreReportedNotGuessed() {
        ItemPassport.Builder b = builder();
        ImportReport r = InteropImporter.standard().read(InteropFormat.CIRCULARITY,
                "{\"RenewableContent\":\"ten\",\"RecycledContentInformation\":[{\"PreConsumerShare\":1,"
                        + "\"RecycledMaterial\":\"Cobalt\",\"PostConsumerShare\":2}]}", b);
        assertTrue(r.rejectedFields().get(BatteryField.RENEWABLE_CONTENT).contains("RenewableContent"), r.toString());
        assertTrue(r.importedFields().contains(BatteryField.RECYCLED_CONTENT_COBALT), r.toString());
        assertTrue(b.get(BatteryField.RENEWABLE_CONTENT).isEmpty());
    }

    @Test
    void warrantyPeriodsConvertOnlyWhenExact() {
        ItemPassport.Builder b = builder();
        String base = "{\"GeneralInformation\":{\"WarrantyInformation\":{\"WarrantyPeriod\":\"%s\"}}}";
        InteropImporter.standard().read(InteropFormat.TECHNICAL_DATA, String.format(base, "P2Y6M"), b);
        assertEquals(org.dppkit.battery.Quantity.of(30, org.dppkit.battery.Unit.MONTH),
                b.get(BatteryField.WARRANTY_PERIOD).orElseThrow());
        ImportReport r = InteropImporter.standard().read(InteropFormat.TECHNICAL_DATA,
                String.format(base, "P90D"), builder());
        assertTrue(r.rejectedFields().containsKey(BatteryField.WARRANTY_PERIOD), r.toString());
    }

    @Test
    void templateMustNotHoldAFieldsPlace() {
        InteropException e = assertThrows(InteropException.class, () -> InteropExporter.builder()
                .template(InteropFormat.CATENA_X_BATTERY_PASS, "{\"sustainability\":{\"status\":\"original\"}}"));
        assertTrue(e.getMessage().contains("sustainability/status"), e.getMessage());
        assertThrows(InteropException.class, () -> InteropExporter.builder()
                .template(InteropFormat.CATENA_X_BATTERY_PASS, "[1]"));
        assertThrows(InteropException.class, () -> InteropExporter.builder()
                .template(InteropFormat.CATENA_X_BATTERY_PASS, "{"));
    }

    @Test
    void incompleteExportNamesTheMissingPaths() {
        ItemPassport lmt = org.dppkit.testing.PassportFixtures.withSeed(1).item(BatteryCategory.LMT);
        InteropException e = assertThrows(InteropException.class,
                () -> InteropExporter.standard().export(lmt, Audience.PUBLIC, InteropFormat.PRODUCT_CONDITION));
        assertTrue(e.missingPaths().contains("NumberOfFullCycles"), e.missingPaths().toString());
        assertTrue(e.getMessage().contains("PUBLIC"), e.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> InteropImporter.standard().read(InteropFormat.CIRCULARITY, null, builder()));
        assertEquals("json", e.getMessage());
        e = assertThrows(NullPointerException.class,
                () -> InteropExporter.standard().export(null, Audience.PUBLIC, InteropFormat.CIRCULARITY));
        assertEquals("passport", e.getMessage());
        assertThrows(NullPointerException.class, () -> InteropMapping.standard().rows(null));
    }

    @Test
    void brokenMappingTablesAreRejected() {
        String header = "format,field,path,conversion,required,note\n";
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse("a,b\n"));
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse(header + "NOPE,,a,none,no,\n"));
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse(header + "CIRCULARITY,nope,a,text,no,\n"));
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse(header + "CIRCULARITY,,a,none,maybe,\n"));
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse(header + "CIRCULARITY,,a,wat,no,\n"));
        assertThrows(IllegalStateException.class,
                () -> InteropMapping.parse(header + "CIRCULARITY,renewableContent,a,none,no,\n"));
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse(header + "CIRCULARITY,,a//b,none,no,\n"));
        assertThrows(IllegalStateException.class,
                () -> InteropMapping.parse(header + "CIRCULARITY,,a,none,no,\nCIRCULARITY,,a,none,no,\n"));
        assertThrows(IllegalStateException.class, () -> InteropMapping.parse(header + "CIRCULARITY,,a,none,no,\"x\n"));
        assertEquals(1, InteropMapping.parse(header + "CIRCULARITY,,\"a\",none,no,\"say \"\"hi\"\", ok\"\r\n")
                .rows().size());
    }
}
