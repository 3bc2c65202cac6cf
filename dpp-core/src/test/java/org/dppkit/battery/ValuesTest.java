package org.dppkit.battery;

import static org.dppkit.battery.Samples.ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValuesTest {

    private static Quantity q(String v, Unit u) {
        return Quantity.of(v, u);
    }

    @Test
    void quantity_equalsIsNumeric() {
        assertEquals(q("1.5", Unit.VOLT), q("1.50", Unit.VOLT));
        assertEquals(q("1.5", Unit.VOLT).hashCode(), q("1.50", Unit.VOLT).hashCode());
        assertEquals(q("0", Unit.VOLT).hashCode(), q("0.000", Unit.VOLT).hashCode());
        assertNotEquals(q("1.5", Unit.VOLT), q("1.5", Unit.WATT));
        assertEquals("1.50 VLT", q("1.50", Unit.VOLT).toString());
        assertEquals(new BigDecimal("1.50"), q("1.50", Unit.VOLT).value());
        assertTrue(Quantity.of(3, Unit.CYCLE).isIntegral());
        assertTrue(q("3.000", Unit.CYCLE).isIntegral());
        assertEquals(false, q("3.5", Unit.CYCLE).isIntegral());
        PassportException e = assertThrows(PassportException.class, () -> q("1,5", Unit.VOLT));
        assertEquals("Quantity.value must be a decimal number but was '1,5'", e.getMessage());
    }

    @Test
    void documentRef_allProperties() {
        DocumentRef d = DocumentRef.of("https://example.com/doc.pdf").withMediaType("Application/PDF")
                .withLanguage("EN-gb").withTitle("Declaration")
                .withSha256("AB".repeat(32));
        assertEquals(URI.create("https://example.com/doc.pdf"), d.uri());
        assertEquals(Optional.of("application/pdf"), d.mediaType());
        assertEquals(Optional.of("en-GB"), d.language());
        assertEquals(Optional.of("Declaration"), d.title());
        assertEquals(Optional.of("ab".repeat(32)), d.sha256());
        assertEquals(d, DocumentRef.of(URI.create("https://example.com/doc.pdf"))
                .withMediaType("application/pdf").withLanguage("en-GB").withTitle("Declaration")
                .withSha256("ab".repeat(32)));
        assertTrue(d.toString().contains("mediaType=application/pdf"));
        assertThrows(PassportException.class, () -> DocumentRef.of("doc.pdf"));
        assertThrows(PassportException.class, () -> DocumentRef.of("https://exa mple.com"));
        assertThrows(PassportException.class, () -> d.withMediaType("pdf"));
        assertThrows(PassportException.class, () -> d.withSha256("abc"));
        assertThrows(PassportException.class, () -> d.withLanguage("not a tag"));
    }

    @Test
    void localizedText_sortedAndNormalised() {
        LocalizedText t = LocalizedText.of("en", "Hello").with("DE", "Hallo");
        assertEquals(List.of("de", "en"), new ArrayList<>(t.languages()));
        assertEquals(Optional.of("Hallo"), t.get("de"));
        assertEquals(Optional.empty(), t.get("fr"));
        assertEquals(Optional.empty(), t.get("!!"));
        assertEquals(t, LocalizedText.of(Map.of("en", "Hello", "de", "Hallo")));
        assertEquals(t.hashCode(), LocalizedText.of(Map.of("en", "Hello", "de", "Hallo")).hashCode());
        assertEquals("{de=Hallo, en=Hello}", t.toString());
        assertEquals(2, t.asMap().size());
        assertThrows(PassportException.class, () -> LocalizedText.of(Map.of()));
        assertThrows(PassportException.class, () -> LocalizedText.of("en", " "));
        assertThrows(PassportException.class, () -> LocalizedText.of(Map.of("en", "a", "EN", "b")));
        assertThrows(UnsupportedOperationException.class, () -> t.asMap().put("fr", "x"));
    }

    static Stream<Arguments> invalidValues() {
        Quantity pct = q("10", Unit.PERCENT);
        return Stream.of(
                Arguments.of("TemperatureRange.lower must not exceed TemperatureRange.upper but was 50 CEL > 10 CEL",
                        (Supplier<?>) () -> TemperatureRange.of(q("50", Unit.DEGREE_CELSIUS), q("10",
                                Unit.DEGREE_CELSIUS))),
                Arguments.of("RecycledShare: preConsumerShare + postConsumerShare must not exceed 100 % but was 60 "
                        + "P1 + 50 P1",
                        (Supplier<?>) () -> RecycledShare.of(q("60", Unit.PERCENT), q("50", Unit.PERCENT))),
                Arguments.of("RecycledShare.preConsumerShare must be between 0 and 100 % but was 101 P1",
                        (Supplier<?>) () -> RecycledShare.of(q("101", Unit.PERCENT), pct)),
                Arguments.of("PostalAddress.countryCode must be an ISO 3166-1 alpha-2 code of two upper-case letters "
                        + "A-Z but was 'de'",
                        (Supplier<?>) () -> PostalAddress.of("Street 1", "Berlin", "de")),
                Arguments.of("Chemistry.shortName must not be blank but was ' '",
                        (Supplier<?>) () -> Chemistry.of(" ", "x")),
                Arguments.of("MaterialShare.mass must be in KGM (kg) but was in P1: 10 P1",
                        (Supplier<?>) () -> MaterialShare.of("graphite", pct)),
                Arguments.of("MaterialShare.mass must not be negative but was -1 KGM",
                        (Supplier<?>) () -> MaterialShare.of("graphite", q("-1", Unit.KILOGRAM))),
                Arguments.of("ResistanceValue.value must be in OHM or P1 but was in VLT: 1 VLT",
                        (Supplier<?>) () -> ResistanceValue.of(BatteryComponent.CELL, q("1", Unit.VOLT))),
                Arguments.of("PowerCapability.power must be in WTT (W) but was in P1: 10 P1",
                        (Supplier<?>) () -> PowerCapability.of(pct, pct)),
                Arguments.of("EconomicOperator.emailAddress must be an e-mail address (local@domain, no spaces) but "
                        + "was 'a@'",
                        (Supplier<?>) () -> EconomicOperator.of("Op").withEmailAddress("a@")),
                Arguments.of("EconomicOperator.emailAddress must be an e-mail address (local@domain, no spaces) but "
                        + "was 'info@acme\\u0009example.com'",
                        (Supplier<?>) () -> EconomicOperator.of("Op").withEmailAddress("info@acme\texample.com")),
                Arguments.of("EconomicOperator.webAddress must be an absolute URI (with a scheme) but was "
                        + "'example.com'",
                        (Supplier<?>) () -> EconomicOperator.of("Op").withWebAddress(URI.create("example.com"))),
                Arguments.of("ExtremeTemperatureTime.belowBoundary must be in MIN (min) but was in P1: 10 P1",
                        (Supplier<?>) () -> ExtremeTemperatureTime.of(Quantity.of(1, Unit.MINUTE), pct,
                                Quantity.of(1, Unit.MINUTE), Quantity.of(1, Unit.MINUTE))),
                Arguments.of("LifecycleStageEmission.footprint must be in KGCO2E-PER-KWH (kg CO2e/kWh) but was in "
                        + "P1: 10 P1",
                        (Supplier<?>) () -> LifecycleStageEmission.of(LifecycleStage.RECYCLING, pct)),
                Arguments.of("HazardousSubstance.hazardClasses[0] must not be blank but was ''",
                        (Supplier<?>) () -> HazardousSubstance.of("x").withHazardClasses(List.of(""))));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void factory_invalid_throwsNamingProperty(String message, Supplier<?> factory) {
        PassportException e = assertThrows(PassportException.class, factory::get);
        assertEquals(message, e.getMessage());
    }

    @Test
    void valueTypes_withersAccessorsEquality() {
        HazardousSubstance h = HazardousSubstance.of("LiPF6").withIdentifier("21324-40-3")
                .withHazardClasses(List.of("Acute Tox. 3")).withConcentration(q("1.5", Unit.PERCENT))
                .withLocation("electrolyte");
        assertEquals(Optional.of("21324-40-3"), h.identifier());
        assertEquals(List.of("Acute Tox. 3"), h.hazardClasses().orElseThrow());
        assertEquals(Optional.of(q("1.5", Unit.PERCENT)), h.concentration());
        assertEquals(Optional.of("electrolyte"), h.location());
        assertEquals("LiPF6", h.name());
        assertThrows(UnsupportedOperationException.class, () -> h.hazardClasses().orElseThrow().add("x"));
        assertEquals("HazardousSubstance[name=LiPF6, identifier=21324-40-3, hazardClasses=[Acute Tox. 3], "
                + "concentration=1.5 P1, location=electrolyte]", h.toString());

        List<String> parts = new ArrayList<>(List.of("P-1"));
        SparePartSource src = SparePartSource.of("Service").withPostalAddress(ADDRESS)
                .withEmailAddress("a@b.eu").withWebAddress(URI.create("https://b.eu")).withParts(parts);
        parts.add("P-2");
        assertEquals(List.of("P-1"), src.parts().orElseThrow(), "defensive copy");
        assertEquals(Optional.of(ADDRESS), src.postalAddress());
        assertEquals(Optional.of("a@b.eu"), src.emailAddress());
        assertEquals(Optional.of(URI.create("https://b.eu")), src.webAddress());
        assertEquals("Service", src.name());

        EconomicOperator op = EconomicOperator.of("Op").withPostalAddress(ADDRESS).withIdentifier("GLN")
                .withEmailAddress("x@y.z").withWebAddress(URI.create("https://y.z"));
        assertEquals(op, EconomicOperator.of("Op").withPostalAddress(ADDRESS).withIdentifier("GLN")
                .withEmailAddress("x@y.z").withWebAddress(URI.create("https://y.z")));
        assertEquals(Optional.of("GLN"), op.identifier());
        assertEquals("Op", op.name());
        assertEquals(Optional.of(ADDRESS), op.postalAddress());
        assertEquals(Optional.of("x@y.z"), op.emailAddress());
        assertEquals(Optional.of(URI.create("https://y.z")), op.webAddress());
        assertNotEquals(op, EconomicOperator.of("Op"));

        PostalAddress a = ADDRESS.withRegion("BE");
        assertEquals(Optional.of("BE"), a.region());
        assertEquals(Optional.of("10115"), a.postalCode());
        assertEquals("Hauptstrasse 1", a.streetAddress());
        assertEquals("Berlin", a.locality());
        assertEquals("DE", a.countryCode());

        Facility f = Facility.of("Plant", ADDRESS).withIdentifier("414");
        assertEquals(Optional.of("414"), f.identifier());
        assertEquals("Plant", f.name());
        assertEquals(ADDRESS, f.postalAddress());

        MaterialShare m = MaterialShare.of("graphite", q("2", Unit.KILOGRAM)).withIdentifier("7782-42-5")
                .withComponent("anode");
        assertEquals(Optional.of("anode"), m.component());
        assertEquals(Optional.of("7782-42-5"), m.identifier());
        assertEquals("graphite", m.material());
        assertEquals(q("2", Unit.KILOGRAM), m.mass());

        TemperatureRange r = TemperatureRange.of(q("-20", Unit.DEGREE_CELSIUS), q("45", Unit.DEGREE_CELSIUS));
        PowerCapability pc = PowerCapability.of(q("80", Unit.PERCENT), q("1000", Unit.WATT)).withTemperatureRange(r);
        assertEquals(Optional.of(r), pc.temperatureRange());
        assertEquals(q("80", Unit.PERCENT), pc.stateOfCharge());
        assertEquals(q("1000", Unit.WATT), pc.power());
        assertEquals(q("-20", Unit.DEGREE_CELSIUS), r.lower());
        assertEquals(q("45", Unit.DEGREE_CELSIUS), r.upper());

        NegativeEvent ev = NegativeEvent.of(LocalDate.of(2028, 1, 1), "crash")
                .withEvidence(DocumentRef.of("https://e.x/r.pdf"));
        assertEquals(LocalDate.of(2028, 1, 1), ev.date());
        assertEquals("crash", ev.description());
        assertTrue(ev.evidence().isPresent());

        Observation o = Observation.of(Instant.EPOCH, q("20", Unit.DEGREE_CELSIUS));
        assertEquals(Instant.EPOCH, o.time());
        assertEquals(q("20", Unit.DEGREE_CELSIUS), o.value());

        Quantity min = Quantity.of(5, Unit.MINUTE);
        ExtremeTemperatureTime x = ExtremeTemperatureTime.of(min, min, min, Quantity.of(6, Unit.MINUTE));
        assertEquals(min, x.aboveBoundary());
        assertEquals(min, x.belowBoundary());
        assertEquals(min, x.chargingAboveBoundary());
        assertEquals(Quantity.of(6, Unit.MINUTE), x.chargingBelowBoundary());

        SupplyChainIndex s = SupplyChainIndex.of("GBA", new BigDecimal("0.8"));
        assertEquals("GBA", s.name());
        assertEquals(new BigDecimal("0.8"), s.value());
        SparePart p = SparePart.of("module", "M-1");
        assertEquals("module", p.partName());
        assertEquals("M-1", p.partNumber());
        Chemistry c = Chemistry.of("LFP", "lithium iron phosphate");
        assertEquals("LFP", c.shortName());
        assertEquals("lithium iron phosphate", c.clearName());
        assertEquals("Chemistry[shortName=LFP, clearName=lithium iron phosphate]", c.toString());
        RecycledShare rs = RecycledShare.of(q("4", Unit.PERCENT), q("12", Unit.PERCENT));
        assertEquals(q("4", Unit.PERCENT), rs.preConsumerShare());
        assertEquals(q("12", Unit.PERCENT), rs.postConsumerShare());
        LifecycleStageEmission le = LifecycleStageEmission.of(LifecycleStage.RECYCLING,
                q("-2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR));
        assertEquals(LifecycleStage.RECYCLING, le.stage());
        assertEquals(q("-2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR), le.footprint());
        ResistanceValue rv = ResistanceValue.of(BatteryComponent.CELL, q("0.001", Unit.OHM));
        assertEquals(BatteryComponent.CELL, rv.component());
        assertEquals(q("0.001", Unit.OHM), rv.value());

        for (Object v : List.of(h, src, op, a, f, m, r, pc, ev, o, x, s, p, c, rs, le, rv)) {
            assertTrue(v.toString().startsWith(v.getClass().getSimpleName() + "["), v.toString());
        }
    }

    /**
     * One instance of every value type per variant, each built from scratch: equal variants give
     * equal values made independently, different variants differ in exactly one component.
     */
    private static List<Object> valuesOfEveryType(int n) {
        Quantity share = q(n + ".5", Unit.PERCENT);
        TemperatureRange range = TemperatureRange.of(q("-2" + n, Unit.DEGREE_CELSIUS),
                q("45", Unit.DEGREE_CELSIUS));
        return List.of(
                HazardousSubstance.of("LiPF6").withIdentifier("21324-40-3")
                        .withHazardClasses(List.of("Acute Tox. " + n)).withConcentration(share),
                SparePartSource.of("Service " + n).withPostalAddress(ADDRESS).withParts(List.of("P-1")),
                EconomicOperator.of("Op").withIdentifier("GLN-" + n),
                ADDRESS.withRegion("BE-" + n),
                Facility.of("Plant", ADDRESS).withIdentifier("41" + n),
                MaterialShare.of("graphite", q(String.valueOf(n), Unit.KILOGRAM)).withComponent("anode"),
                range,
                PowerCapability.of(q("80", Unit.PERCENT), q("100" + n, Unit.WATT)).withTemperatureRange(range),
                NegativeEvent.of(LocalDate.of(2028, 1, n), "crash"),
                Observation.of(Instant.EPOCH.plusSeconds(n), q("20", Unit.DEGREE_CELSIUS)),
                ExtremeTemperatureTime.of(Quantity.of(5, Unit.MINUTE), Quantity.of(5, Unit.MINUTE),
                        Quantity.of(5, Unit.MINUTE), Quantity.of(5 + n, Unit.MINUTE)),
                SupplyChainIndex.of("GBA", new BigDecimal("0." + n)),
                SparePart.of("module", "M-" + n),
                Chemistry.of("LFP" + n, "lithium iron phosphate"),
                RecycledShare.of(share, q("12", Unit.PERCENT)),
                LifecycleStageEmission.of(LifecycleStage.RECYCLING,
                        q("-" + n, Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR)),
                ResistanceValue.of(BatteryComponent.CELL, q("0.00" + n, Unit.OHM)));
    }

    @Test
    void valueTypes_equalityGroups() {
        List<Object> first = valuesOfEveryType(1);
        List<Object> same = valuesOfEveryType(1);
        List<Object> other = valuesOfEveryType(2);
        for (int i = 0; i < first.size(); i++) {
            Object v = first.get(i);
            String type = v.getClass().getSimpleName();
            assertTrue(v != same.get(i), type + ": built independently");
            assertEquals(v, same.get(i), type);
            assertEquals(same.get(i), v, type + " (symmetric)");
            assertEquals(v.hashCode(), same.get(i).hashCode(), type + " hashCode");
            assertEquals(v.toString(), same.get(i).toString(), type + " toString");
            assertNotEquals(v, other.get(i), type);
            assertNotEquals(other.get(i), v, type + " (symmetric)");
            assertNotEquals(v.toString(), other.get(i).toString(), type + " toString shows the value");
            assertNotEquals(v, "other", type);
            assertNotEquals(null, v, type);
            for (int j = 0; j < first.size(); j++) {
                if (j != i) {
                    assertNotEquals(v, same.get(j), type + " vs " + same.get(j).getClass().getSimpleName());
                }
            }
        }
    }

    @Test
    void enums_catalogueSpellings() {
        assertEquals("re-used", BatteryStatus.RE_USED.value());
        assertEquals(Optional.of(BatteryStatus.RE_USED), BatteryStatus.fromValue("re-used"));
        assertEquals(Optional.empty(), BatteryStatus.fromValue("Reused"));
        assertEquals(Optional.of(CadmiumLeadSymbol.CD), CadmiumLeadSymbol.fromValue("Cd"));
        assertEquals(Optional.empty(), CadmiumLeadSymbol.fromValue("CD"));
        assertEquals("Pb", CadmiumLeadSymbol.PB.value());
        assertEquals(BatteryField.BATTERY_STATUS.allowedValues(),
                Stream.of(BatteryStatus.values()).map(BatteryStatus::value).toList());
        assertEquals(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS.allowedValues(),
                Stream.of(CadmiumLeadSymbol.values()).map(CadmiumLeadSymbol::value).toList());
    }
}
