package org.dppkit.battery;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.PassportLevel;

/**
 * The fields of an EU battery passport: the dppkit field catalogue (Regulation (EU) 2023/1542,
 * Art. 77 and Annex XIII), one constant per catalogue row, in catalogue order.
 *
 * <p>Each field's metadata is read from the catalogue bundled with this module
 * ({@code org/dppkit/battery/battery-passport-fields.csv}), the single source of truth that
 * validation, JSON, audience views and fixtures share:
 * <pre>{@code
 * BatteryField f = BatteryField.RATED_CAPACITY;
 * f.key();                              // "ratedCapacity"
 * f.section();                          // Section.PERFORMANCE
 * f.access();                           // AccessGroup.PUBLIC (Annex XIII point 1)
 * f.scope();                            // PassportLevel.MODEL
 * f.unit();                             // Optional[AMPERE_HOUR]
 * f.obligation(BatteryCategory.EV);     // Obligation.MANDATORY
 * BatteryField.fromKey("voltage.nominal"); // Optional[VOLTAGE_NOMINAL]
 * }</pre>
 *
 * <p>The {@linkplain #scope() scope} is the broadest passport level at which a value may be set:
 * a batch passport cannot change a MODEL-scope field of its model, and ITEM-scope fields (state
 * of health, status, usage) exist only on item passports.
 *
 * <p>The catalogue is reference data, not legal advice; its README (bundled beside it) lists its
 * sources and disputed points.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum BatteryField {
    /** Identifier given by the operator placing the battery on the market; the QR code resolves it to this battery's passport. (<code>uniqueIdentifier</code>, PUBLIC, ITEM). */
    UNIQUE_IDENTIFIER("uniqueIdentifier"),
    /** Identifier of this passport record, kept apart from the battery identifier because one battery can have several passports over its life. (<code>passportIdentifier</code>, PUBLIC, ITEM). */
    PASSPORT_IDENTIFIER("passportIdentifier"),
    /** Identification of the battery model, shared by all units of the model (e.g. GTIN or model number). (<code>modelIdentifier</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    MODEL_IDENTIFIER("modelIdentifier"),
    /** Production batch or lot code. (<code>batchNumber</code>, PUBLIC, BATCH). Annex XIII 1(a). */
    BATCH_NUMBER("batchNumber"),
    /** Serial number distinguishing this unit from the other units of its model. (<code>serialNumber</code>, PUBLIC, ITEM). Annex XIII 1(a). */
    SERIAL_NUMBER("serialNumber"),
    /** Legal category of the battery: LMT, EV or industrial. (<code>batteryCategory</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    BATTERY_CATEGORY("batteryCategory"),
    /** Sub-category of an industrial battery: stationary energy storage system, other with internal storage, or exclusively external storage. (<code>industrialSubCategory</code>, PUBLIC, MODEL). */
    INDUSTRIAL_SUB_CATEGORY("industrialSubCategory"),
    /** Economic operator currently responsible for the passport: name, postal address and operator identifier. (<code>responsibleOperator</code>, PUBLIC, ITEM). */
    RESPONSIBLE_OPERATOR("responsibleOperator"),
    /** Manufacturer's name, registered trade name or registered trade mark. (<code>manufacturer.name</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    MANUFACTURER_NAME("manufacturer.name"),
    /** Manufacturer's postal address, naming a single point of contact. (<code>manufacturer.postalAddress</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    MANUFACTURER_POSTAL_ADDRESS("manufacturer.postalAddress"),
    /** Manufacturer's website, where one exists. (<code>manufacturer.webAddress</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    MANUFACTURER_WEB_ADDRESS("manufacturer.webAddress"),
    /** Manufacturer's e-mail address, where one exists. (<code>manufacturer.emailAddress</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    MANUFACTURER_EMAIL_ADDRESS("manufacturer.emailAddress"),
    /** Unique operator identifier of the manufacturer (e.g. GLN or EORI). (<code>manufacturer.identifier</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    MANUFACTURER_IDENTIFIER("manufacturer.identifier"),
    /** Plant where the battery was made: facility identifier and geographical address. (<code>manufacturingPlace</code>, PUBLIC, BATCH). Annex XIII 1(a). */
    MANUFACTURING_PLACE("manufacturingPlace"),
    /** Month and year of manufacture. (<code>manufacturingDate</code>, PUBLIC, BATCH). Annex XIII 1(a). */
    MANUFACTURING_DATE("manufacturingDate"),
    /** Weight of the battery. (<code>batteryMass</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    BATTERY_MASS("batteryMass"),
    /** Fire-extinguishing agents (or fire classes) usable on the battery. (<code>extinguishingAgent</code>, PUBLIC, MODEL). Annex XIII 1(a). */
    EXTINGUISHING_AGENT("extinguishingAgent"),
    /** Length of the commercial warranty covering the calendar life. (<code>warrantyPeriod</code>, PUBLIC, MODEL). Annex XIII 1(m). */
    WARRANTY_PERIOD("warrantyPeriod"),
    /** Battery chemistry as a short code plus a full name. (<code>chemistry</code>, PUBLIC, MODEL). Annex XIII 1(a); 1(b). */
    CHEMISTRY("chemistry"),
    /** Hazardous substances other than mercury, cadmium and lead, each with name, identifier, hazard class, concentration and location. (<code>hazardousSubstances</code>, PUBLIC, MODEL). Annex XIII 1(a); 1(b). */
    HAZARDOUS_SUBSTANCES("hazardousSubstances"),
    /** Critical raw materials present above 0.1 % by weight. (<code>criticalRawMaterials</code>, PUBLIC, MODEL). Annex XIII 1(a); 1(b). */
    CRITICAL_RAW_MATERIALS("criticalRawMaterials"),
    /** Materials making up the battery, including cathode, anode and electrolyte materials, with identifiers and amounts. (<code>detailedComposition</code>, LEGITIMATE_INTEREST_AND_AUTHORITIES, MODEL). Annex XIII 2(a). */
    DETAILED_COMPOSITION("detailedComposition"),
    /** Life-cycle carbon footprint per kWh of total energy the battery supplies over its expected service life. (<code>carbonFootprint.perFunctionalUnit</code>, PUBLIC, BATCH). Annex XIII 1(c). */
    CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT("carbonFootprint.perFunctionalUnit"),
    /** Carbon footprint split over raw material acquisition and pre-processing, main production, distribution, and end of life and recycling. (<code>carbonFootprint.perLifecycleStage</code>, PUBLIC, BATCH). Annex XIII 1(c). */
    CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE("carbonFootprint.perLifecycleStage"),
    /** Carbon-footprint performance class of the model as made in this plant. (<code>carbonFootprint.performanceClass</code>, PUBLIC, BATCH). Annex XIII 1(c). */
    CARBON_FOOTPRINT_PERFORMANCE_CLASS("carbonFootprint.performanceClass"),
    /** Carbon-footprint label graphic showing the footprint and its class. (<code>carbonFootprint.label</code>, PUBLIC, BATCH). Annex XIII 1(c). */
    CARBON_FOOTPRINT_LABEL("carbonFootprint.label"),
    /** Link to the public version of the study supporting the footprint values. (<code>carbonFootprint.studyUrl</code>, PUBLIC, BATCH). Annex XIII 1(c). */
    CARBON_FOOTPRINT_STUDY_URL("carbonFootprint.studyUrl"),
    /** Total carbon footprint of one battery, not divided by the energy it delivers. (<code>carbonFootprint.absolute</code>, PUBLIC, BATCH). */
    CARBON_FOOTPRINT_ABSOLUTE("carbonFootprint.absolute"),
    /** Percentage of the cobalt in active materials that comes from recovered battery manufacturing waste or post-consumer waste. (<code>recycledContent.cobalt</code>, PUBLIC, BATCH). Annex XIII 1(e). */
    RECYCLED_CONTENT_COBALT("recycledContent.cobalt"),
    /** Percentage of the lithium in active materials that comes from recovered battery manufacturing waste or post-consumer waste. (<code>recycledContent.lithium</code>, PUBLIC, BATCH). Annex XIII 1(e). */
    RECYCLED_CONTENT_LITHIUM("recycledContent.lithium"),
    /** Percentage of the nickel in active materials that comes from recovered battery manufacturing waste or post-consumer waste. (<code>recycledContent.nickel</code>, PUBLIC, BATCH). Annex XIII 1(e). */
    RECYCLED_CONTENT_NICKEL("recycledContent.nickel"),
    /** Percentage of the lead in the battery that comes from recovered battery manufacturing waste or post-consumer waste. (<code>recycledContent.lead</code>, PUBLIC, BATCH). Annex XIII 1(e). */
    RECYCLED_CONTENT_LEAD("recycledContent.lead"),
    /** Responsible-sourcing information taken from the operator's published battery due-diligence report. (<code>dueDiligence.report</code>, PUBLIC, MODEL). Annex XIII 1(d). */
    DUE_DILIGENCE_REPORT("dueDiligence.report"),
    /** Links to third-party assurances or recognised schemes covering the supply chain. (<code>dueDiligence.thirdPartyAssurances</code>, PUBLIC, MODEL). Annex XIII 1(d). */
    DUE_DILIGENCE_THIRD_PARTY_ASSURANCES("dueDiligence.thirdPartyAssurances"),
    /** Supply-chain sustainability index values, e.g. Global Battery Alliance ESG indices once published. (<code>dueDiligence.supplyChainIndices</code>, PUBLIC, MODEL). */
    DUE_DILIGENCE_SUPPLY_CHAIN_INDICES("dueDiligence.supplyChainIndices"),
    /** EU declaration of conformity for the battery model, with its identification number. (<code>conformity.declarationOfConformity</code>, PUBLIC, MODEL). Annex XIII 1(r). */
    CONFORMITY_DECLARATION_OF_CONFORMITY("conformity.declarationOfConformity"),
    /** Results of the test reports showing compliance with the Regulation and its delegated and implementing acts. (<code>conformity.testReports</code>, AUTHORITIES, MODEL). Annex XIII 3. */
    CONFORMITY_TEST_REPORTS("conformity.testReports"),
    /** Crossed-out wheeled-bin symbol for separate collection, as a graphic. (<code>conformity.separateCollectionSymbol</code>, PUBLIC, MODEL). Annex XIII 1(q). */
    CONFORMITY_SEPARATE_COLLECTION_SYMBOL("conformity.separateCollectionSymbol"),
    /** Chemical symbols Cd and/or Pb printed under the bin symbol when cadmium or lead exceed the thresholds. (<code>conformity.cadmiumLeadSymbols</code>, PUBLIC, MODEL). Annex XIII 1(q). */
    CONFORMITY_CADMIUM_LEAD_SYMBOLS("conformity.cadmiumLeadSymbols"),
    /** Instructions for use that can be printed, downloaded and kept, reachable e.g. during a breakdown. (<code>instructionsForUse</code>, PUBLIC, MODEL). Annex XIII 1(t). */
    INSTRUCTIONS_FOR_USE("instructionsForUse"),
    /** Share of renewable content in the battery. (<code>renewableContent</code>, PUBLIC, MODEL). Annex XIII 1(f). */
    RENEWABLE_CONTENT("renewableContent"),
    /** Part numbers of the battery's components. (<code>spareParts.partNumbers</code>, LEGITIMATE_INTEREST_AND_AUTHORITIES, MODEL). Annex XIII 2(b). */
    SPARE_PARTS_PART_NUMBERS("spareParts.partNumbers"),
    /** Contact details of where replacement spare parts can be obtained. (<code>spareParts.sources</code>, LEGITIMATE_INTEREST_AND_AUTHORITIES, MODEL). Annex XIII 2(b). */
    SPARE_PARTS_SOURCES("spareParts.sources"),
    /** Dismantling documents: exploded views with cell locations, disassembly sequence, fasteners to release, tools, damage warnings, number and layout of cells. (<code>dismantlingInformation</code>, LEGITIMATE_INTEREST_AND_AUTHORITIES, MODEL). Annex XIII 2(c). */
    DISMANTLING_INFORMATION("dismantlingInformation"),
    /** Safety measures to follow when handling, dismantling or treating the battery. (<code>safetyMeasures</code>, LEGITIMATE_INTEREST_AND_AUTHORITIES, MODEL). Annex XIII 2(d). */
    SAFETY_MEASURES("safetyMeasures"),
    /** How end users help prevent waste, incl. good practice for longer use and re-use, repurposing or remanufacturing options. (<code>endOfLife.wastePrevention</code>, PUBLIC, MODEL). Annex XIII 1(s). */
    END_OF_LIFE_WASTE_PREVENTION("endOfLife.wastePrevention"),
    /** End users' part in the separate collection of waste batteries. (<code>endOfLife.separateCollection</code>, PUBLIC, MODEL). Annex XIII 1(s). */
    END_OF_LIFE_SEPARATE_COLLECTION("endOfLife.separateCollection"),
    /** Available take-back and collection points, preparation for re-use or repurposing, and treatment and recycling options. (<code>endOfLife.collectionAndTreatment</code>, PUBLIC, MODEL). Annex XIII 1(s). */
    END_OF_LIFE_COLLECTION_AND_TREATMENT("endOfLife.collectionAndTreatment"),
    /** Safety instructions for handling waste batteries. (<code>endOfLife.wasteHandlingSafety</code>, PUBLIC, MODEL). Annex XIII 1(s). */
    END_OF_LIFE_WASTE_HANDLING_SAFETY("endOfLife.wasteHandlingSafety"),
    /** Explanation of the labels and symbols on the battery and in the passport. (<code>endOfLife.labelMeaning</code>, PUBLIC, MODEL). Annex XIII 1(s). */
    END_OF_LIFE_LABEL_MEANING("endOfLife.labelMeaning"),
    /** Effects of the battery's substances on environment, health and safety, including from littering or unsorted disposal. (<code>endOfLife.substanceImpact</code>, PUBLIC, MODEL). Annex XIII 1(s). */
    END_OF_LIFE_SUBSTANCE_IMPACT("endOfLife.substanceImpact"),
    /** Total charge a fully charged battery delivers under reference conditions. (<code>ratedCapacity</code>, PUBLIC, MODEL). Annex XIII 1(a); 1(g). */
    RATED_CAPACITY("ratedCapacity"),
    /** Lowest permitted voltage. (<code>voltage.minimum</code>, PUBLIC, MODEL). Annex XIII 1(h). */
    VOLTAGE_MINIMUM("voltage.minimum"),
    /** Nominal voltage. (<code>voltage.nominal</code>, PUBLIC, MODEL). Annex XIII 1(h). */
    VOLTAGE_NOMINAL("voltage.nominal"),
    /** Highest permitted voltage. (<code>voltage.maximum</code>, PUBLIC, MODEL). Annex XIII 1(h). */
    VOLTAGE_MAXIMUM("voltage.maximum"),
    /** Power the new battery can deliver, measured at 80 % and 20 % state of charge. (<code>originalPowerCapability</code>, PUBLIC, MODEL). Annex XIII 1(i). */
    ORIGINAL_POWER_CAPABILITY("originalPowerCapability"),
    /** Power limit: highest power the battery may deliver, with temperature range where relevant. (<code>maximumPermittedPower</code>, PUBLIC, MODEL). Annex XIII 1(i). */
    MAXIMUM_PERMITTED_POWER("maximumPermittedPower"),
    /** Expected lifetime in charge-discharge cycles under the reference test. (<code>expectedLifetimeCycles</code>, PUBLIC, MODEL). Annex XIII 1(j). */
    EXPECTED_LIFETIME_CYCLES("expectedLifetimeCycles"),
    /** Reference test used to establish the expected cycle life. (<code>cycleLifeReferenceTest</code>, PUBLIC, MODEL). Annex XIII 1(j). */
    CYCLE_LIFE_REFERENCE_TEST("cycleLifeReferenceTest"),
    /** C-rate applied in the cycle-life test. (<code>cRateCycleLifeTest</code>, PUBLIC, MODEL). Annex XIII 1(p). */
    C_RATE_CYCLE_LIFE_TEST("cRateCycleLifeTest"),
    /** Capacity level below which an EV battery counts as exhausted. (<code>capacityThresholdForExhaustion</code>, PUBLIC, MODEL). Annex XIII 1(k). */
    CAPACITY_THRESHOLD_FOR_EXHAUSTION("capacityThresholdForExhaustion"),
    /** Lowest and highest temperature the battery withstands when not in use, with the reference test. (<code>idleTemperatureRange</code>, PUBLIC, MODEL). Annex XIII 1(l). */
    IDLE_TEMPERATURE_RANGE("idleTemperatureRange"),
    /** Energy round-trip efficiency of the new battery. (<code>roundTripEfficiency.initial</code>, PUBLIC, MODEL). Annex XIII 1(n). */
    ROUND_TRIP_EFFICIENCY_INITIAL("roundTripEfficiency.initial"),
    /** Energy round-trip efficiency expected at half of the cycle life. (<code>roundTripEfficiency.at50PercentCycleLife</code>, PUBLIC, MODEL). Annex XIII 1(n). */
    ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE("roundTripEfficiency.at50PercentCycleLife"),
    /** Initial internal resistance at cell and pack level (module level optional). (<code>internalResistance</code>, PUBLIC, MODEL). Annex XIII 1(o). */
    INTERNAL_RESISTANCE("internalResistance"),
    /** Certified usable energy of an EV battery, the reference for SOCE. (<code>certifiedUsableEnergy</code>, PUBLIC, MODEL). */
    CERTIFIED_USABLE_ENERGY("certifiedUsableEnergy"),
    /** Ratio of nominal power to energy. (<code>powerToEnergyRatio</code>, PUBLIC, MODEL). */
    POWER_TO_ENERGY_RATIO("powerToEnergyRatio"),
    /** Self-discharge rate of the new battery. (<code>initialSelfDischargeRate</code>, LEGITIMATE_INTEREST, MODEL). */
    INITIAL_SELF_DISCHARGE_RATE("initialSelfDischargeRate"),
    /** Capacity of this battery, stated at placing on the market and at each status change. (<code>itemPerformance.capacity</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_CAPACITY("itemPerformance.capacity"),
    /** Loss of capacity against the original rated capacity, stated at placing on the market and at each status change. (<code>itemPerformance.capacityFade</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_CAPACITY_FADE("itemPerformance.capacityFade"),
    /** Power capability of this battery, stated at placing on the market and at each status change. (<code>itemPerformance.power</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_POWER("itemPerformance.power"),
    /** Loss of power capability against the original value, stated at placing on the market and at each status change. (<code>itemPerformance.powerFade</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_POWER_FADE("itemPerformance.powerFade"),
    /** Internal resistance of this battery, stated at placing on the market and at each status change. (<code>itemPerformance.internalResistance</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_INTERNAL_RESISTANCE("itemPerformance.internalResistance"),
    /** Increase of internal resistance against the initial value, stated at placing on the market and at each status change. (<code>itemPerformance.internalResistanceIncrease</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE("itemPerformance.internalResistanceIncrease"),
    /** Energy round-trip efficiency of this battery, where applicable, stated at placing on the market and at each status change. (<code>itemPerformance.roundTripEfficiency</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY("itemPerformance.roundTripEfficiency"),
    /** Decrease of round-trip efficiency, where applicable, stated at placing on the market and at each status change. (<code>itemPerformance.roundTripEfficiencyFade</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY_FADE("itemPerformance.roundTripEfficiencyFade"),
    /** Expected lifetime of this battery in cycles under its design reference conditions, stated at placing on the market and at each status change. (<code>itemPerformance.expectedLifetimeCycles</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES("itemPerformance.expectedLifetimeCycles"),
    /** Expected lifetime of this battery in calendar years under its design reference conditions, stated at placing on the market and at each status change. (<code>itemPerformance.expectedLifetimeYears</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(a). */
    ITEM_PERFORMANCE_EXPECTED_LIFETIME_YEARS("itemPerformance.expectedLifetimeYears"),
    /** State of certified energy (SOCE): usable energy now relative to the certified usable energy. (<code>stateOfHealth.stateOfCertifiedEnergy</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY("stateOfHealth.stateOfCertifiedEnergy"),
    /** Capacity the battery can still deliver. (<code>stateOfHealth.remainingCapacity</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_REMAINING_CAPACITY("stateOfHealth.remainingCapacity"),
    /** Power the battery can still deliver at reference states of charge, where possible. (<code>stateOfHealth.remainingPowerCapability</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY("stateOfHealth.remainingPowerCapability"),
    /** Round-trip efficiency the battery still achieves, where possible. (<code>stateOfHealth.remainingRoundTripEfficiency</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_REMAINING_ROUND_TRIP_EFFICIENCY("stateOfHealth.remainingRoundTripEfficiency"),
    /** How the self-discharge rate has developed over the battery's life. (<code>stateOfHealth.selfDischargeEvolution</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_SELF_DISCHARGE_EVOLUTION("stateOfHealth.selfDischargeEvolution"),
    /** Ohmic resistance of the battery, where possible. (<code>stateOfHealth.ohmicResistance</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_OHMIC_RESISTANCE("stateOfHealth.ohmicResistance"),
    /** Most recently measured self-discharge rate. (<code>stateOfHealth.currentSelfDischargeRate</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_CURRENT_SELF_DISCHARGE_RATE("stateOfHealth.currentSelfDischargeRate"),
    /** Usable energy an EV battery can still deliver. (<code>stateOfHealth.remainingUsableEnergy</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    STATE_OF_HEALTH_REMAINING_USABLE_ENERGY("stateOfHealth.remainingUsableEnergy"),
    /** Current status of the battery in its life. (<code>batteryStatus</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(c). */
    BATTERY_STATUS("batteryStatus"),
    /** Links to the passport(s) of the original battery or batteries after a re-use preparation, repurposing or remanufacturing operation. (<code>predecessorPassports</code>, PUBLIC, ITEM). */
    PREDECESSOR_PASSPORTS("predecessorPassports"),
    /** Date the battery was put into service, where appropriate. (<code>puttingIntoServiceDate</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    PUTTING_INTO_SERVICE_DATE("puttingIntoServiceDate"),
    /** Number of full charge-discharge cycles so far. (<code>usage.chargeDischargeCycles</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_CHARGE_DISCHARGE_CYCLES("usage.chargeDischargeCycles"),
    /** Negative events during use, such as accidents, each with date and description. (<code>usage.negativeEvents</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_NEGATIVE_EVENTS("usage.negativeEvents"),
    /** Periodically recorded operating environmental conditions, at least temperature. (<code>usage.operatingTemperature</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_OPERATING_TEMPERATURE("usage.operatingTemperature"),
    /** Periodically recorded state of charge. (<code>usage.stateOfCharge</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_STATE_OF_CHARGE("usage.stateOfCharge"),
    /** Time spent above and below the temperature boundaries, in use and while charging. (<code>usage.timeInExtremeTemperatures</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_TIME_IN_EXTREME_TEMPERATURES("usage.timeInExtremeTemperatures"),
    /** Cumulative energy that has passed through the battery. (<code>usage.energyThroughput</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    USAGE_ENERGY_THROUGHPUT("usage.energyThroughput"),
    /** Cumulative charge that has passed through the battery. (<code>usage.capacityThroughput</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(b). */
    USAGE_CAPACITY_THROUGHPUT("usage.capacityThroughput"),
    /** Number of deep-discharge events. (<code>usage.deepDischargeEvents</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_DEEP_DISCHARGE_EVENTS("usage.deepDischargeEvents"),
    /** Number of overcharge events. (<code>usage.overchargeEvents</code>, LEGITIMATE_INTEREST, ITEM). Annex XIII 4(d). */
    USAGE_OVERCHARGE_EVENTS("usage.overchargeEvents");

    /** The catalogue row of this field; never null. */
    private final FieldCatalogue.Row row;

    BatteryField(String key) {
        this.row = FieldCatalogue.row(key);
    }

    /**
     * Returns the stable lowerCamel key, as used in JSON; a dot groups related fields.
     *
     * @return the key, for example {@code voltage.nominal}, not null
     */
    public String key() {
        return row.key;
    }

    /**
     * Returns the passport section this field belongs to.
     *
     * @return the section, not null
     */
    public Section section() {
        return row.section;
    }

    /**
     * Returns the Annex XIII point or points, for example {@code 1(a); 1(g)}.
     *
     * @return the reference, or empty if the field is not an Annex XIII item
     */
    public Optional<String> annexXiiiRef() {
        return Optional.ofNullable(row.annexXiiiRef);
    }

    /**
     * Returns the articles and annexes that define the field's content; text starting with
     * {@code not required} marks a voluntary industry field.
     *
     * @return the legal reference, not null
     */
    public String legalReference() {
        return row.legalRef;
    }

    /**
     * Returns a one-line description of the field.
     *
     * @return the description, not null
     */
    public String description() {
        return row.description;
    }

    /**
     * Returns the kind of value the field holds (of each element, for a list).
     *
     * @return the type, not null
     */
    public FieldType type() {
        return row.type;
    }

    /**
     * Tells whether the field holds a list of values of its {@linkplain #type() type}.
     *
     * @return true for a list
     */
    public boolean isList() {
        return row.list;
    }

    /**
     * Returns the allowed values of an {@link FieldType#ENUM} field, as written in the catalogue.
     *
     * @return an unmodifiable list, empty for other types, not null
     */
    public List<String> allowedValues() {
        return row.allowedValues;
    }

    /**
     * Returns the unit of a measured value.
     *
     * @return the unit, or empty if the field has none
     */
    public Optional<Unit> unit() {
        return Optional.ofNullable(row.unit);
    }

    /**
     * Returns the access group: who may read the field (Art. 77(2)).
     *
     * @return the access group, not null
     */
    public AccessGroup access() {
        return row.access;
    }

    /**
     * Returns the field's scope: the broadest passport level at which its value may be set.
     *
     * @return MODEL, BATCH or ITEM, not null
     */
    public PassportLevel scope() {
        return row.scope;
    }

    /**
     * Tells whether the value changes during the battery's life after the passport is issued
     * (every mutable field has ITEM scope).
     *
     * @return true if mutable
     */
    public boolean isMutable() {
        return row.mutable;
    }

    /**
     * Returns the obligation for a battery category, from the
     * {@linkplain #applicableFrom() applicable-from date}.
     *
     * @param category the category, not null
     * @return the obligation, not null
     */
    public Obligation obligation(BatteryCategory category) {
        return row.obligations.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the obligation for a battery category and, for industrial batteries, its
     * sub-category, with its conditions, the calendar act from which it applies and the legal
     * reference (catalogue resource {@code battery-passport-obligations.csv}, documented in the
     * catalogue README). This is what the validator decides by; {@link #obligation(BatteryCategory)}
     * is the coarser per-category column of the field catalogue.
     *
     * @param category the category, not null
     * @param subCategory the industrial sub-category; must be given for
     *     {@link BatteryCategory#INDUSTRIAL} and is ignored for the other categories
     * @return the obligation, not null
     * @throws NullPointerException if the category is null, or the sub-category is null for an
     *     industrial battery
     */
    public FieldObligation obligation(BatteryCategory category, IndustrialSubCategory subCategory) {
        switch (Objects.requireNonNull(category, "category")) {
            case EV:
                return row.detailed[0];
            case LMT:
                return row.detailed[1];
            default:
                return row.detailed[2 + Objects.requireNonNull(subCategory, "subCategory").ordinal()];
        }
    }

    /**
     * Returns the date from which the obligation applies: 2027-02-18 for most fields, later for
     * some (the earliest across categories; per-category dates are in {@link #notes()}).
     *
     * @return the date, or empty when it is {@linkplain #isPending() pending}
     */
    public Optional<LocalDate> applicableFrom() {
        return Optional.ofNullable(row.applicableFrom);
    }

    /**
     * Tells whether the act that fixes the field's date or format is not yet adopted.
     *
     * @return true if pending
     */
    public boolean isPending() {
        return row.applicableFrom == null;
    }

    /**
     * Returns the catalogue notes: EC guidance data-point number, conditions, disputes.
     *
     * @return the notes, possibly empty, not null
     */
    public String notes() {
        return row.notes;
    }

    /**
     * Returns the matching {@code Aspect.property} path in the Battery Pass data model.
     *
     * @return the path, or empty if there is none
     */
    public Optional<String> batteryPassModel() {
        return Optional.ofNullable(row.batteryPassModel);
    }

    /**
     * Returns the matching path or paths in the IDTA 02035 submodel templates.
     *
     * @return the paths ({@code ; }-separated), or empty if there are none
     */
    public Optional<String> idtaSubmodel() {
        return Optional.ofNullable(row.idtaSubmodel);
    }

    /**
     * Returns the field with the given catalogue key.
     *
     * @param key the key, for example {@code voltage.nominal}, not null
     * @return the field, or empty if no field has that key
     */
    public static Optional<BatteryField> fromKey(String key) {
        return Optional.ofNullable(ByKey.MAP.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns the fields of a section, in catalogue order.
     *
     * @param section the section, not null
     * @return an unmodifiable set in catalogue order, not null
     */
    public static Set<BatteryField> inSection(Section section) {
        return ByKey.SECTIONS.get(Objects.requireNonNull(section, "section"));
    }

    /** Lookup tables built once after the constants exist. */
    private static final class ByKey {
        static final Map<String, BatteryField> MAP;
        static final Map<Section, Set<BatteryField>> SECTIONS;

        static {
            Map<String, BatteryField> map = new HashMap<>();
            Map<Section, Set<BatteryField>> sections = new java.util.EnumMap<>(Section.class);
            for (Section s : Section.values()) {
                sections.put(s, EnumSet.noneOf(BatteryField.class));
            }
            for (BatteryField f : values()) {
                map.put(f.key(), f);
                sections.get(f.section()).add(f);
            }
            for (Section s : Section.values()) {
                sections.put(s, Collections.unmodifiableSet(sections.get(s)));
            }
            MAP = Collections.unmodifiableMap(map);
            SECTIONS = Collections.unmodifiableMap(sections);
            FieldCatalogue.checkComplete(MAP.keySet());
        }

        private ByKey() {
        }
    }

    /**
     * Returns the Java type of this field's value in dppkit passports (added by the passport
     * model): for example {@link Quantity} for {@code ratedCapacity}, {@link Chemistry} for
     * {@code chemistry}, {@link String} for {@code manufacturer.name}. For a list field
     * ({@link #isList()}) this is the element type and the value is an unmodifiable
     * {@code List} of it.
     *
     * @return the type, not null
     */
    public Class<?> valueType() {
        return FieldTypes.valueType(this);
    }
}
