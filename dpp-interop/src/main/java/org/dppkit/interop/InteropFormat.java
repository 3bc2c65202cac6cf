package org.dppkit.interop;

/**
 * The data-space formats a battery passport can be exported to: the seven submodels of IDTA
 * 02035 "Digital Battery Passport" (as the JSON payloads of their SAMM aspect models) and the
 * Catena-X BatteryPass aspect.
 *
 * <pre>{@code
 * InteropFormat.TECHNICAL_DATA.semanticId();
 * // urn:samm:io.admin-shell.idta.batterypass.technical_data:1.0.1#TechnicalData
 * InteropFormat.TECHNICAL_DATA.idShort();   // TechnicalData
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum InteropFormat {
    /** IDTA 02035 part 4, Technical Data, version 1.0.1. */
    TECHNICAL_DATA("urn:samm:io.admin-shell.idta.batterypass.technical_data:1.0.1#TechnicalData",
            "TechnicalData", "1.0.1", true),
    /** IDTA 02035 part 6, Material Composition, version 1.0.1. */
    MATERIAL_COMPOSITION(
            "urn:samm:io.admin-shell.idta.batterypass.material_composition:1.0.1#MaterialComposition",
            "MaterialComposition", "1.0.1", true),
    /** IDTA 02035 part 5, Product Condition, version 1.0.1. */
    PRODUCT_CONDITION(
            "urn:samm:io.admin-shell.idta.batterypass.product_condition:1.0.1#ProductCondition",
            "ProductCondition", "1.0.1", true),
    /** IDTA 02035 part 3, Product Carbon Footprint, version 1.0.0. */
    CARBON_FOOTPRINT(
            "urn:samm:io.admin-shell.idta.batterypass.carbon_footprint:1.0.0#CarbonFootprint",
            "CarbonFootprint", "1.0.0", true),
    /** IDTA 02035 part 7, Circularity, version 1.0.0. */
    CIRCULARITY("urn:samm:io.admin-shell.idta.batterypass.circularity:1.0.0#Circularity",
            "Circularity", "1.0.0", true),
    /** IDTA 02035 part 1, Digital Nameplate, version 1.0.0. */
    DIGITAL_NAMEPLATE(
            "urn:samm:io.admin-shell.idta.batterypass.digital_nameplate:1.0.0#BatteryNameplate",
            "BatteryNameplate", "1.0.0", true),
    /** IDTA 02035 part 2, Handover Documentation, version 1.0.0. */
    HANDOVER_DOCUMENTATION("urn:samm:io.admin-shell.idta.batterypass.handover_documentation:1.0.0"
            + "#HandoverDocumentation", "HandoverDocumentation", "1.0.0", true),
    /** Catena-X BatteryPass aspect, version 6.1.0. */
    CATENA_X_BATTERY_PASS("urn:samm:io.catenax.battery.battery_pass:6.1.0#BatteryPass",
            "BatteryPass", "6.1.0", false);

    private final String semanticId;
    private final String idShort;
    private final String version;
    private final boolean idta;

    InteropFormat(String semanticId, String idShort, String version, boolean idta) {
        this.semanticId = semanticId;
        this.idShort = idShort;
        this.version = version;
        this.idta = idta;
    }

    /**
     * Returns the semantic identifier: the URN of the SAMM aspect model.
     *
     * @return the URN, not null
     */
    public String semanticId() {
        return semanticId;
    }

    /**
     * Returns the short name of the submodel or aspect, for example {@code TechnicalData}.
     *
     * @return the name, not null
     */
    public String idShort() {
        return idShort;
    }

    /**
     * Returns the version of the model, for example {@code 1.0.1}.
     *
     * @return the version, not null
     */
    public String version() {
        return version;
    }

    /**
     * Tells whether this is one of the seven IDTA 02035 submodels.
     *
     * @return true for IDTA submodels, false for the Catena-X aspect
     */
    public boolean isIdta() {
        return idta;
    }
}
