package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.Facility;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.Unit;
import org.dppkit.core.Audience;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins the exact bytes of the documents of one example item passport (derived from a batch and a
 * model), for each audience: {@code golden/item-<audience>.json} beside this class.
 */
class GoldenDocumentTest {

    private static final PassportJson PRETTY =
            PassportJson.builder().prettyPrint(true).withProvenance(true).build();

    static Quantity q(String v, Unit u) {
        return Quantity.of(new BigDecimal(v), u);
    }

    static ItemPassport example() {
        PostalAddress address = PostalAddress.of("Hauptstrasse 1", "Berlin", "DE").withPostalCode("10115");
        ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME Batteries GmbH")
                .manufacturerPostalAddress(address)
                .chemistry(Chemistry.of("NMC811", "lithium nickel manganese cobalt oxide"))
                .ratedCapacity(q("105", Unit.AMPERE_HOUR))
                .voltageNominal(q("3.70", Unit.VOLT))
                .batteryMass(q("450.5", Unit.KILOGRAM))
                .detailedComposition(List.of(MaterialShare.of("graphite", q("52.4", Unit.KILOGRAM))))
                .conformityTestReports(List.of(DocumentRef.of("https://example.com/tests.pdf")
                        .withMediaType("application/pdf")))
                .conformityCadmiumLeadSymbols(List.of(CadmiumLeadSymbol.PB))
                .endOfLifeLabelMeaning(LocalizedText.of("en", "Do not dispose of with household waste")
                        .with("de", "Nicht im Hausmüll entsorgen"))
                .issuedAt(Instant.parse("2027-01-10T00:00:00Z"))
                .build();
        BatchPassport batch = BatchPassport.builder(model, "LOT-2027-03")
                .manufacturingDate(YearMonth.of(2027, 3))
                .manufacturingPlace(Facility.of("Plant 2", address))
                .carbonFootprintPerFunctionalUnit(q("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
                .carbonFootprintStudyUrl(URI.create("https://example.com/cf-study"))
                .recycledContentCobalt(RecycledShare.of(q("4", Unit.PERCENT), q("12", Unit.PERCENT)))
                .issuedAt(Instant.parse("2027-03-01T00:00:00Z"))
                .build();
        return ItemPassport.builder(batch, "SN/000123")
                .stateOfHealthStateOfCertifiedEnergy(q("98.5", Unit.PERCENT))
                .batteryStatus(BatteryStatus.RE_USED)
                .issuedAt(Instant.parse("2027-03-05T00:00:00Z"))
                .build();
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void write_example_matchesGoldenFile(Audience audience) {
        String json = PRETTY.write(example(), audience);
        SchemaSupport.assertValid(json);
        assertEquals(load("golden/item-" + audience.name().toLowerCase(java.util.Locale.ROOT) + ".json"), json + "\n");
        if (audience == Audience.ISSUER) {
            assertEquals(example(), PRETTY.read(json));
        }
    }

    static String load(String name) {
        try (InputStream in = GoldenDocumentTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
