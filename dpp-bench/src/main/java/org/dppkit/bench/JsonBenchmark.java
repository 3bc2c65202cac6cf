package org.dppkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.DocumentRef;
import org.dppkit.battery.EconomicOperator;
import org.dppkit.battery.Facility;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.LocalizedText;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PostalAddress;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.TemperatureRange;
import org.dppkit.battery.Unit;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.Audience;
import org.dppkit.gs1.Gtin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads an item passport (derived from a batch and a model, 40 fields) with
 * {@link PassportJson}, against Jackson data-binding of an equivalent plain POJO (same JSON
 * tree) in the same run.
 *
 * <pre>
 * java -jar dpp-bench/target/benchmarks.jar JsonBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

    private PassportJson json;
    private ObjectMapper mapper;
    private ItemPassport item;
    private JsonPojos.Document pojo;
    private JsonPojos.Document publicPojo;
    private String itemJson;
    private String publicJson;

    /** Builds the passport, its documents and the equivalent POJOs; checks they match. */
    @Setup
    public void setUp() throws IOException {
        json = PassportJson.standard();
        mapper = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
        item = sampleItem();
        itemJson = json.write(item);
        publicJson = json.write(item, Audience.PUBLIC);
        pojo = mapper.readValue(itemJson, JsonPojos.Document.class);
        publicPojo = mapper.readValue(publicJson, JsonPojos.Document.class);
        check(itemJson, mapper.writeValueAsString(pojo));
        check(publicJson, mapper.writeValueAsString(publicPojo));
        if (!json.read(itemJson).equals(item)) {
            throw new IllegalStateException("dppkit round trip failed");
        }
    }

    private void check(String ours, String theirs) throws IOException {
        JsonNode a = mapper.readTree(ours);
        JsonNode b = mapper.readTree(theirs);
        if (!a.equals(b)) {
            throw new IllegalStateException("POJO is not equivalent:\n" + ours + "\n" + theirs);
        }
    }

    /** dppkit: the whole item passport (ISSUER document). */
    @Benchmark
    public String writeItemDppkit() {
        return json.write(item);
    }

    /** Peer: Jackson data-binding of the equivalent POJO. */
    @Benchmark
    public String writeItemPojo() throws IOException {
        return mapper.writeValueAsString(pojo);
    }

    /** dppkit: the public view of the item passport. */
    @Benchmark
    public String writePublicDppkit() {
        return json.write(item, Audience.PUBLIC);
    }

    /** Peer: Jackson data-binding of the POJO of the public view. */
    @Benchmark
    public String writePublicPojo() throws IOException {
        return mapper.writeValueAsString(publicPojo);
    }

    /** dppkit: strict read of the item document into a passport (model and batch rebuilt). */
    @Benchmark
    public Object readItemDppkit() {
        return json.read(itemJson);
    }

    /** Peer: Jackson data-binding of the same document into the POJO. */
    @Benchmark
    public Object readItemPojo() throws IOException {
        return mapper.readValue(itemJson, JsonPojos.Document.class);
    }

    static Quantity q(String v, Unit u) {
        return Quantity.of(new BigDecimal(v), u);
    }

    /** An EV item passport with a representative set of values at each level. */
    static ItemPassport sampleItem() {
        PostalAddress address = PostalAddress.of("Hauptstrasse 1", "Berlin", "DE").withPostalCode("10115");
        ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME Batteries GmbH")
                .manufacturerPostalAddress(address)
                .manufacturerWebAddress(URI.create("https://acme.example.com"))
                .manufacturerEmailAddress("info@acme.example.com")
                .manufacturerIdentifier("4012345000009")
                .batteryMass(q("450.5", Unit.KILOGRAM))
                .extinguishingAgent(List.of("water", "foam"))
                .warrantyPeriod(q("96", Unit.MONTH))
                .chemistry(Chemistry.of("NMC811", "lithium nickel manganese cobalt oxide"))
                .criticalRawMaterials(List.of("cobalt", "lithium", "natural graphite", "nickel"))
                .conformityDeclarationOfConformity(DocumentRef.of("https://acme.example.com/doc/eu-doc.pdf")
                        .withMediaType("application/pdf").withLanguage("en").withTitle("EU declaration of conformity"))
                .conformityCadmiumLeadSymbols(List.of(CadmiumLeadSymbol.PB))
                .conformitySeparateCollectionSymbol(DocumentRef.of("https://acme.example.com/img/bin.svg"))
                .endOfLifeLabelMeaning(LocalizedText.of("en", "Do not dispose of with household waste")
                        .with("de", "Nicht im Hausmüll entsorgen"))
                .ratedCapacity(q("105", Unit.AMPERE_HOUR))
                .voltageMinimum(q("280.0", Unit.VOLT))
                .voltageNominal(q("355.2", Unit.VOLT))
                .voltageMaximum(q("403.2", Unit.VOLT))
                .originalPowerCapability(List.of(
                        PowerCapability.of(q("80", Unit.PERCENT), q("150000", Unit.WATT)),
                        PowerCapability.of(q("20", Unit.PERCENT), q("90000", Unit.WATT))))
                .maximumPermittedPower(q("160000", Unit.WATT))
                .expectedLifetimeCycles(q("2000", Unit.CYCLE))
                .idleTemperatureRange(TemperatureRange.of(q("-20", Unit.DEGREE_CELSIUS), q("45", Unit.DEGREE_CELSIUS)))
                .roundTripEfficiencyInitial(q("95.5", Unit.PERCENT))
                .certifiedUsableEnergy(q("37.3", Unit.KILOWATT_HOUR))
                .initialSelfDischargeRate(q("1.5", Unit.PERCENT_PER_MONTH))
                .issuedAt(Instant.parse("2027-01-10T00:00:00Z"))
                .build();
        BatchPassport batch = BatchPassport.builder(model, "LOT-2027-03")
                .manufacturingDate(YearMonth.of(2027, 3))
                .manufacturingPlace(Facility.of("Plant 2", address).withIdentifier("4012345000016"))
                .carbonFootprintPerFunctionalUnit(q("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
                .carbonFootprintPerformanceClass("B")
                .carbonFootprintStudyUrl(URI.create("https://acme.example.com/cf-study"))
                .recycledContentCobalt(RecycledShare.of(q("4", Unit.PERCENT), q("12", Unit.PERCENT)))
                .recycledContentLithium(RecycledShare.of(q("1", Unit.PERCENT), q("5", Unit.PERCENT)))
                .issuedAt(Instant.parse("2027-03-01T00:00:00Z"))
                .build();
        return ItemPassport.builder(batch, "SN-000123")
                .responsibleOperator(EconomicOperator.of("ACME Batteries GmbH").withIdentifier("4012345000009"))
                .stateOfHealthStateOfCertifiedEnergy(q("98.5", Unit.PERCENT))
                .batteryStatus(BatteryStatus.ORIGINAL)
                .usageChargeDischargeCycles(q("12", Unit.CYCLE))
                .issuedAt(Instant.parse("2027-03-05T00:00:00Z"))
                .build();
    }
}
