package org.dppkit.aas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.interop.InteropExporter;
import org.dppkit.interop.InteropFormat;
import org.dppkit.testing.PassportFixtures;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonDeserializer;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSerializer;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.junit.jupiter.api.Test;

/** AAS environments of every fixture against the aas.json schema shipped in the AAS4J jar. */
class AasExporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema AAS_SCHEMA = loadSchema();
    private static final JsonDeserializer DESERIALIZER = new JsonDeserializer();

    private static Schema loadSchema() {
        try (InputStream in = JsonSerializer.class.getResourceAsStream("/aas.json")) {
            if (in == null) {
                throw new IllegalStateException("aas.json not found in the AAS4J jar");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BatteryPassport> fixtures() {
        PassportFixtures fx = PassportFixtures.withSeed(42);
        List<BatteryPassport> all = new ArrayList<>();
        for (BatteryCategory c : BatteryCategory.values()) {
            for (PassportLevel l : PassportLevel.values()) {
                all.add(fx.passport(c, l));
            }
        }
        for (PassportLevel l : PassportLevel.values()) {
            all.add(fx.stationaryStorage(l));
        }
        return all;
    }

    /**
     * The networknt validator needs seconds per environment on aas.json (its string patterns run
     * over every value), so the CI run validates one fixture per category and level, each for a
     * different audience; {@code -Ddppkit.fuzz.long=true} validates every fixture for every
     * audience. Every environment is read back with AAS4J and checked either way.
     */
    @Test
    void everyEnvironmentValidatesAgainstTheAasSchema() throws Exception {
        boolean all = Boolean.getBoolean("dppkit.fuzz.long");
        int submodels = 0;
        int validated = 0;
        int index = 0;
        for (BatteryPassport p : fixtures()) {
            for (Audience a : Audience.values()) {
                AasExport e = AasExporter.standard().export(p, a);
                if (all || (index++ % 7 == 0)) {
                    List<Error> errors = AAS_SCHEMA.validate(MAPPER.readTree(e.json()));
                    if (!errors.isEmpty()) {
                        fail(p.id() + " as " + a + ": " + errors + "\n" + e.json());
                    }
                    validated++;
                }
                Environment env = DESERIALIZER.read(e.json(), Environment.class);
                assertEquals(1, env.getAssetAdministrationShells().size());
                assertEquals(p.id().toString(),
                        env.getAssetAdministrationShells().get(0).getAssetInformation().getGlobalAssetId());
                assertEquals(e.submodels().size(), env.getSubmodels().size());
                assertEquals(e.submodels().size(), env.getAssetAdministrationShells().get(0).getSubmodels().size());
                for (Submodel s : env.getSubmodels()) {
                    InteropFormat f = formatOf(s.getIdShort());
                    assertEquals(f.semanticId(), s.getSemanticId().getKeys().get(0).getValue());
                    assertFalse(s.getSubmodelElements().isEmpty(), s.getIdShort());
                }
                EnumSet<InteropFormat> idta = EnumSet.noneOf(InteropFormat.class);
                idta.addAll(e.submodels());
                idta.addAll(e.incomplete().keySet());
                assertEquals(7, idta.size(), e.toString());
                submodels += e.submodels().size();
            }
        }
        assertTrue(submodels > 100, "submodels: " + submodels);
        assertTrue(validated >= 7, "validated: " + validated);
    }

    private static InteropFormat formatOf(String idShort) {
        for (InteropFormat f : InteropFormat.values()) {
            if (f.idShort().equals(idShort) && f.isIdta()) {
                return f;
            }
        }
        throw new AssertionError(idShort);
    }

    @Test
    void valuesArriveAsSubmodelElements() throws Exception {
        BatteryPassport ev = PassportFixtures.withSeed(42).item(BatteryCategory.EV);
        AasExport e = AasExporter.of(InteropExporter.standard()).export(ev, Audience.ISSUER);
        JsonNode env = MAPPER.readTree(e.json());
        assertEquals(List.of(), AAS_SCHEMA.validate(env));
        assertEquals(EnumSet.complementOf(EnumSet.of(InteropFormat.CATENA_X_BATTERY_PASS)), e.submodels());
        JsonNode technical = null;
        for (JsonNode s : env.get("submodels")) {
            if (s.get("idShort").asText().equals("TechnicalData")) {
                technical = s;
            }
        }
        assertTrue(technical != null, e.json());
        String text = technical.toString();
        // rated capacity 187.8 Ah as an exact decimal property; the name as a multi-language text
        assertTrue(text.contains("\"idShort\":\"RatedCapacity\",\"valueType\":\"xs:decimal\",\"value\":\"187.8\"")
                || text.contains("\"value\":\"187.8\""), text);
        JsonNode nameplate = null;
        for (JsonNode s : env.get("submodels")) {
            if (s.get("idShort").asText().equals("BatteryNameplate")) {
                nameplate = s;
            }
        }
        assertTrue(nameplate != null && nameplate.toString().contains("\"modelType\":\"MultiLanguageProperty\""));
        assertEquals(e, AasExporter.standard().export(ev, Audience.ISSUER));
    }

    @Test
    void publicEnvironmentHoldsNoProductCondition() {
        BatteryPassport ev = PassportFixtures.withSeed(42).item(BatteryCategory.EV);
        AasExport e = AasExporter.standard().export(ev, Audience.PUBLIC);
        assertFalse(e.submodels().contains(InteropFormat.PRODUCT_CONDITION));
        assertTrue(e.incomplete().get(InteropFormat.PRODUCT_CONDITION).contains("NumberOfFullCycles"));
        assertFalse(e.json().contains("StateOfCertifiedEnergy"), e.json());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("passport", assertThrows(NullPointerException.class,
                () -> AasExporter.standard().export(null, Audience.PUBLIC)).getMessage());
        assertEquals("exporter", assertThrows(NullPointerException.class, () -> AasExporter.of(null)).getMessage());
    }
}
