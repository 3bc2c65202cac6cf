package org.dppkit.interop;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.core.PassportLevel;
import org.dppkit.testing.PassportFixtures;

/** Test harness: the published schemas and examples (copied, CC-BY-4.0), fixtures, templates. */
final class Support {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<InteropFormat, String> FILES = new EnumMap<>(Map.of(
            InteropFormat.TECHNICAL_DATA, "TechnicalDataBattery",
            InteropFormat.MATERIAL_COMPOSITION, "MaterialCompositionBattery",
            InteropFormat.PRODUCT_CONDITION, "ProductConditionBattery",
            InteropFormat.CARBON_FOOTPRINT, "CarbonFootprintBattery",
            InteropFormat.CIRCULARITY, "CircularityBattery",
            InteropFormat.DIGITAL_NAMEPLATE, "NameplateBattery",
            InteropFormat.HANDOVER_DOCUMENTATION, "HandoverDocumentationBattery",
            InteropFormat.CATENA_X_BATTERY_PASS, "BatteryPass"));

    private static final Map<InteropFormat, Schema> SCHEMAS = new EnumMap<>(InteropFormat.class);

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        for (InteropFormat f : InteropFormat.values()) {
            SCHEMAS.put(f, registry.getSchema(tree("schemas/" + FILES.get(f) + "-schema.json")));
        }
    }

    private Support() {
    }

    static String resource(String name) {
        try (InputStream in = Support.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String name) {
        try {
            return MAPPER.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String example(InteropFormat f) {
        return resource("examples/" + FILES.get(f) + ".json");
    }

    static List<Error> errors(InteropFormat f, String json) {
        try {
            return SCHEMAS.get(f).validate(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertValid(InteropFormat f, String json, String what) {
        List<Error> errors = errors(f, json);
        if (!errors.isEmpty()) {
            fail(what + ": " + f + " payload does not match the published schema: " + errors + "\n" + json);
        }
    }

    /** Every fixture: each category at each level, plus stationary storage at each level. */
    static List<BatteryPassport> fixtures(long seed) {
        PassportFixtures fx = PassportFixtures.withSeed(seed);
        List<BatteryPassport> all = new ArrayList<>();
        for (BatteryCategory c : BatteryCategory.values()) {
            for (PassportLevel l : PassportLevel.values()) {
                all.add(fx.passport(c, l));
            }
        }
        for (PassportLevel l : PassportLevel.values()) {
            all.add(fx.stationaryStorage(l));
        }
        all.add(fullEv(seed));
        return all;
    }

    /**
     * An EV item passport that also holds the values Catena-X requires and no fixture category
     * has together (self-discharge, capacity throughput, remaining capacity and round-trip
     * efficiency, cell-level resistance increase): the EV fixture's values plus those.
     */
    static ItemPassport fullEv(long seed) {
        ItemPassport ev = PassportFixtures.withSeed(seed).item(BatteryCategory.EV);
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.EV, ev.id());
        for (org.dppkit.battery.BatteryField f : ev.presentFields()) {
            if (b.canSet(f)) {
                b.set(f, ev.get(f).orElseThrow());
            }
        }
        List<org.dppkit.battery.ResistanceValue> increase = new ArrayList<>(
                ev.performance().itemPerformanceInternalResistanceIncrease().orElse(List.of()));
        increase.add(org.dppkit.battery.ResistanceValue.of(org.dppkit.battery.BatteryComponent.CELL,
                org.dppkit.battery.Quantity.of("2.8", org.dppkit.battery.Unit.PERCENT)));
        return b.initialSelfDischargeRate(org.dppkit.battery.Quantity.of("1.5",
                        org.dppkit.battery.Unit.PERCENT_PER_MONTH))
                .stateOfHealthCurrentSelfDischargeRate(org.dppkit.battery.Quantity.of("1.7",
                        org.dppkit.battery.Unit.PERCENT_PER_MONTH))
                .usageCapacityThroughput(org.dppkit.battery.Quantity.of("24980.5",
                        org.dppkit.battery.Unit.AMPERE_HOUR))
                .stateOfHealthRemainingCapacity(org.dppkit.battery.Quantity.of("183.4",
                        org.dppkit.battery.Unit.AMPERE_HOUR))
                .stateOfHealthRemainingRoundTripEfficiency(org.dppkit.battery.Quantity.of("96.1",
                        org.dppkit.battery.Unit.PERCENT))
                .itemPerformanceInternalResistanceIncrease(increase)
                .issuedAt(ev.issuedAt())
                .build();
    }

    /** A fresh standalone builder with the passport's level, category and identifier. */
    static PassportBuilder<?, ?> emptyBuilder(BatteryPassport p) {
        return switch (p.level()) {
            case MODEL -> ModelPassport.builder(p.category(), p.id());
            case BATCH -> BatchPassport.builder(p.category(), p.id());
            case ITEM -> ItemPassport.builder(p.category(), p.id());
        };
    }

    /**
     * The Catena-X template a user would keep: the upstream example without every property a
     * catalogue field maps to (those come from the passport).
     */
    static String catenaXTemplate() {
        ObjectNode example = (ObjectNode) tree("examples/BatteryPass.json");
        List<String> mapped = new ArrayList<>();
        for (FieldMapping m : InteropMapping.standard().rows(InteropFormat.CATENA_X_BATTERY_PASS)) {
            if (m.field().isPresent()) {
                mapped.add(JsonPath.normalise(m.path()));
            }
        }
        strip(example, "", mapped);
        return example.toString();
    }

    private static void strip(JsonNode node, String path, List<String> mapped) {
        if (node instanceof ObjectNode o) {
            Iterator<String> names = o.fieldNames();
            List<String> remove = new ArrayList<>();
            while (names.hasNext()) {
                String n = names.next();
                String p = path.isEmpty() ? n : path + "/" + n;
                if (mapped.contains(JsonPath.normalise(p))) {
                    remove.add(n);
                } else {
                    strip(o.get(n), p, mapped);
                }
            }
            o.remove(remove);
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                strip(a.get(i), path + "[" + i + "]", mapped);
            }
        }
    }

    /** An exporter with the Catena-X template. */
    static InteropExporter exporter() {
        return InteropExporter.builder()
                .template(InteropFormat.CATENA_X_BATTERY_PASS, catenaXTemplate())
                .build();
    }
}
