package org.dppkit.aas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Audience;
import org.dppkit.interop.InteropExport;
import org.dppkit.interop.InteropExporter;
import org.dppkit.interop.InteropExports;
import org.dppkit.interop.InteropFormat;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.core.SerializationException;
import org.eclipse.digitaltwin.aas4j.v3.dataformat.json.JsonSerializer;
import org.eclipse.digitaltwin.aas4j.v3.model.AasSubmodelElements;
import org.eclipse.digitaltwin.aas4j.v3.model.AssetKind;
import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeDefXsd;
import org.eclipse.digitaltwin.aas4j.v3.model.Environment;
import org.eclipse.digitaltwin.aas4j.v3.model.KeyTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.LangStringTextType;
import org.eclipse.digitaltwin.aas4j.v3.model.Reference;
import org.eclipse.digitaltwin.aas4j.v3.model.ReferenceTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultAssetAdministrationShell;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultAssetInformation;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultEnvironment;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultFile;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultKey;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultLangStringTextType;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultMultiLanguageProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultReference;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodel;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodelElementCollection;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodelElementList;

/**
 * Exports a battery passport as an AAS V3 environment: one Asset Administration Shell for the
 * battery (its Digital Link as global asset id) and the IDTA 02035 submodels that the
 * audience's view can fill, each with its semantic id, built with Eclipse AAS4J.
 *
 * <pre>{@code
 * AasExport aas = AasExporter.standard().export(item, Audience.LEGITIMATE_INTEREST);
 * aas.json();        // {"assetAdministrationShells":[...],"submodels":[...]}
 * aas.submodels();   // [TECHNICAL_DATA, MATERIAL_COMPOSITION, ...]
 * }</pre>
 *
 * <p>The submodel contents are the payloads of {@link InteropExporter} (so the mapping and the
 * audience rules are the same), turned into submodel elements: objects into collections, arrays
 * into lists, language-tagged texts into multi-language properties, {@code value} plus
 * {@code contentType} objects into files, numbers into {@code xs:decimal} properties.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe. No AAS4J type appears in its API: AAS4J users read
 * {@link AasExport#json()} with AAS4J's {@code JsonDeserializer}.
 */
public final class AasExporter {

    private static final AasExporter STANDARD = new AasExporter(InteropExporter.standard());
    /** AAS4J's serialiser: its Jackson mapper is configured once and is thread-safe. */
    private static final JsonSerializer SERIALIZER = new JsonSerializer();
    private static final Set<InteropFormat> IDTA = idta();
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");

    private final InteropExporter exporter;

    private AasExporter(InteropExporter exporter) {
        this.exporter = exporter;
    }

    /**
     * Returns an exporter using {@link InteropExporter#standard()}.
     *
     * @return the exporter, not null
     */
    public static AasExporter standard() {
        return STANDARD;
    }

    /**
     * Returns an exporter using the given interop exporter (for its templates).
     *
     * @param exporter the interop exporter, not null
     * @return the exporter, not null
     * @throws NullPointerException if the argument is null
     */
    public static AasExporter of(InteropExporter exporter) {
        return new AasExporter(Objects.requireNonNull(exporter, "exporter"));
    }

    /**
     * Exports a passport, as an audience may see it, to a serialised AAS environment.
     *
     * @param passport the passport, not null
     * @param audience the audience, not null
     * @return the export, not null
     * @throws NullPointerException if an argument is null
     */
    public AasExport export(BatteryPassport passport, Audience audience) {
        Built b = build(passport, audience);
        String json;
        try {
            json = SERIALIZER.write(b.environment);
        } catch (SerializationException e) {
            throw new IllegalStateException("AAS4J could not serialise the environment of " + passport.id(), e);
        }
        return new AasExport(json, b.formats, b.incomplete);
    }

    private record Built(Environment environment, Set<InteropFormat> formats,
            Map<InteropFormat, List<String>> incomplete) {
    }

    private Built build(BatteryPassport passport, Audience audience) {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(audience, "audience");
        InteropExports all = exporter.exportAll(passport, audience, IDTA);
        String assetId = passport.id().toString();
        List<Submodel> submodels = new ArrayList<>();
        List<Reference> refs = new ArrayList<>();
        Set<InteropFormat> formats = EnumSet.noneOf(InteropFormat.class);
        Map<InteropFormat, List<String>> incomplete = new EnumMap<>(InteropFormat.class);
        for (InteropFormat f : InteropFormat.values()) {
            if (!IDTA.contains(f)) {
                continue;
            }
            InteropExport e = all.exports().get(f);
            if (e == null) {
                incomplete.put(f, all.incomplete().get(f));
                continue;
            }
            String id = assetId + "#" + f.idShort();
            submodels.add(new DefaultSubmodel.Builder()
                    .id(id)
                    .idShort(f.idShort())
                    .semanticId(globalReference(f.semanticId()))
                    .submodelElements(children(e.toJsonNode()))
                    .build());
            refs.add(new DefaultReference.Builder()
                    .type(ReferenceTypes.MODEL_REFERENCE)
                    .keys(new DefaultKey.Builder().type(KeyTypes.SUBMODEL).value(id).build())
                    .build());
            formats.add(f);
        }
        AssetKind kind = switch (passport.level()) {
            case MODEL -> AssetKind.TYPE;
            case BATCH -> AssetKind.NOT_APPLICABLE;
            case ITEM -> AssetKind.INSTANCE;
        };
        Environment env = new DefaultEnvironment.Builder()
                .assetAdministrationShells(new DefaultAssetAdministrationShell.Builder()
                        .id(assetId + "#aas")
                        .idShort("BatteryPassport")
                        .assetInformation(new DefaultAssetInformation.Builder()
                                .assetKind(kind)
                                .globalAssetId(assetId)
                                .build())
                        .submodels(refs)
                        .build())
                .submodels(submodels)
                .build();
        return new Built(env, formats, incomplete);
    }

    private static Set<InteropFormat> idta() {
        Set<InteropFormat> set = EnumSet.noneOf(InteropFormat.class);
        for (InteropFormat f : InteropFormat.values()) {
            if (f.isIdta()) {
                set.add(f);
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    private static Reference globalReference(String value) {
        return new DefaultReference.Builder()
                .type(ReferenceTypes.EXTERNAL_REFERENCE)
                .keys(new DefaultKey.Builder().type(KeyTypes.GLOBAL_REFERENCE).value(value).build())
                .build();
    }

    private static List<SubmodelElement> children(ObjectNode o) {
        List<SubmodelElement> list = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            list.add(element(e.getKey(), e.getValue()));
        }
        return list;
    }

    /** Converts a payload node; idShort is null for elements of a list. */
    private static SubmodelElement element(String idShort, JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (isFile(o)) {
                return new DefaultFile.Builder().idShort(idShort).value(o.get("value").textValue())
                        .contentType(o.get("contentType").textValue()).build();
            }
            return new DefaultSubmodelElementCollection.Builder().idShort(idShort).value(children(o)).build();
        }
        if (node instanceof ArrayNode a) {
            if (!a.isEmpty() && isMultiLanguage(a)) {
                List<LangStringTextType> texts = new ArrayList<>();
                for (JsonNode e : a) {
                    Map.Entry<String, JsonNode> t = e.properties().iterator().next();
                    texts.add(new DefaultLangStringTextType.Builder().language(t.getKey())
                            .text(t.getValue().textValue()).build());
                }
                return new DefaultMultiLanguageProperty.Builder().idShort(idShort).value(texts).build();
            }
            List<SubmodelElement> items = new ArrayList<>();
            for (JsonNode e : a) {
                items.add(element(null, e));
            }
            DefaultSubmodelElementList.Builder b = new DefaultSubmodelElementList.Builder().idShort(idShort)
                    .orderRelevant(true).value(items);
            if (!a.isEmpty() && !a.get(0).isContainerNode()) {
                b.typeValueListElement(AasSubmodelElements.PROPERTY).valueTypeListElement(type(a.get(0)));
            } else if (!a.isEmpty() && items.get(0) instanceof DefaultFile) {
                b.typeValueListElement(AasSubmodelElements.FILE);
            } else {
                b.typeValueListElement(AasSubmodelElements.SUBMODEL_ELEMENT_COLLECTION);
            }
            return b.build();
        }
        return new DefaultProperty.Builder().idShort(idShort).valueType(type(node))
                .value(node.isNumber() ? node.decimalValue().toPlainString() : node.asText()).build();
    }

    private static DataTypeDefXsd type(JsonNode n) {
        if (n.isBoolean()) {
            return DataTypeDefXsd.BOOLEAN;
        }
        return n.isNumber() ? DataTypeDefXsd.DECIMAL : DataTypeDefXsd.STRING;
    }

    private static boolean isFile(ObjectNode o) {
        return o.size() >= 1 && o.size() <= 2 && o.path("value").isTextual()
                && (o.size() == 1 || o.path("contentType").isTextual());
    }

    private static boolean isMultiLanguage(ArrayNode a) {
        for (JsonNode e : a) {
            if (!(e instanceof ObjectNode o) || o.size() != 1) {
                return false;
            }
            Map.Entry<String, JsonNode> t = o.properties().iterator().next();
            if (!LANGUAGE.matcher(t.getKey()).matches() || !t.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "AasExporter[" + exporter + "]";
    }
}
