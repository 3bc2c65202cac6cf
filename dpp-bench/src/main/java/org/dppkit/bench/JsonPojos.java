package org.dppkit.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Plain Jackson data-binding POJOs shaped like the dppkit passport document of
 * {@link JsonBenchmark}'s item passport: the peer of the benchmark. Public fields, no custom
 * serialisers, bound by reflection as a typical application would.
 */
final class JsonPojos {

    private JsonPojos() {
    }

    /** The whole document. */
    public static final class Document {
        public String schemaVersion;
        public String level;
        public String category;
        public String id;
        public int version;
        public String issuedAt;
        public String revisedAt;
        public String audience;
        public DerivedFrom derivedFrom;
        public Fields fields;
    }

    /** The passports an item derives from. */
    public static final class DerivedFrom {
        public Parent model;
        public Parent batch;
    }

    /** A parent passport's header. */
    public static final class Parent {
        public String id;
        public int version;
        public String issuedAt;
        public String revisedAt;
    }

    /** A measured value. */
    public static final class Quantity {
        public BigDecimal value;
        public String unit;
    }

    /** A postal address. */
    public static final class PostalAddress {
        public String streetAddress;
        public String postalCode;
        public String locality;
        public String region;
        public String countryCode;
    }

    /** An economic operator. */
    public static final class Operator {
        public String name;
        public PostalAddress postalAddress;
        public String identifier;
        public String emailAddress;
        public String webAddress;
    }

    /** A facility. */
    public static final class Facility {
        public String name;
        public PostalAddress postalAddress;
        public String identifier;
    }

    /** A chemistry. */
    public static final class Chemistry {
        public String shortName;
        public String clearName;
    }

    /** A document link. */
    public static final class DocumentRef {
        public String uri;
        public String mediaType;
        public String language;
        public String title;
        public String sha256;
    }

    /** A temperature range. */
    public static final class TemperatureRange {
        public Quantity lower;
        public Quantity upper;
    }

    /** Power at a state of charge. */
    public static final class PowerCapability {
        public Quantity stateOfCharge;
        public Quantity power;
        public TemperatureRange temperatureRange;
    }

    /** Recycled content shares. */
    public static final class RecycledShare {
        public Quantity preConsumerShare;
        public Quantity postConsumerShare;
    }

    /** The field values of the sample passport, keyed by catalogue key. */
    public static final class Fields {
        public String uniqueIdentifier;
        public String modelIdentifier;
        public String batchNumber;
        public String serialNumber;
        public String batteryCategory;
        public Operator responsibleOperator;
        @JsonProperty("manufacturer.name")
        public String manufacturerName;
        @JsonProperty("manufacturer.postalAddress")
        public PostalAddress manufacturerPostalAddress;
        @JsonProperty("manufacturer.webAddress")
        public String manufacturerWebAddress;
        @JsonProperty("manufacturer.emailAddress")
        public String manufacturerEmailAddress;
        @JsonProperty("manufacturer.identifier")
        public String manufacturerIdentifier;
        public Facility manufacturingPlace;
        public String manufacturingDate;
        public Quantity batteryMass;
        public List<String> extinguishingAgent;
        public Quantity warrantyPeriod;
        public Chemistry chemistry;
        public List<String> criticalRawMaterials;
        @JsonProperty("carbonFootprint.perFunctionalUnit")
        public Quantity carbonFootprintPerFunctionalUnit;
        @JsonProperty("carbonFootprint.performanceClass")
        public String carbonFootprintPerformanceClass;
        @JsonProperty("carbonFootprint.studyUrl")
        public String carbonFootprintStudyUrl;
        @JsonProperty("recycledContent.cobalt")
        public RecycledShare recycledContentCobalt;
        @JsonProperty("recycledContent.lithium")
        public RecycledShare recycledContentLithium;
        @JsonProperty("conformity.declarationOfConformity")
        public DocumentRef conformityDeclarationOfConformity;
        @JsonProperty("conformity.separateCollectionSymbol")
        public DocumentRef conformitySeparateCollectionSymbol;
        @JsonProperty("conformity.cadmiumLeadSymbols")
        public List<String> conformityCadmiumLeadSymbols;
        @JsonProperty("endOfLife.labelMeaning")
        public Map<String, String> endOfLifeLabelMeaning;
        public Quantity ratedCapacity;
        @JsonProperty("voltage.minimum")
        public Quantity voltageMinimum;
        @JsonProperty("voltage.nominal")
        public Quantity voltageNominal;
        @JsonProperty("voltage.maximum")
        public Quantity voltageMaximum;
        public List<PowerCapability> originalPowerCapability;
        public Quantity maximumPermittedPower;
        public Quantity expectedLifetimeCycles;
        public TemperatureRange idleTemperatureRange;
        @JsonProperty("roundTripEfficiency.initial")
        public Quantity roundTripEfficiencyInitial;
        public Quantity certifiedUsableEnergy;
        public Quantity initialSelfDischargeRate;
        @JsonProperty("stateOfHealth.stateOfCertifiedEnergy")
        public Quantity stateOfHealthStateOfCertifiedEnergy;
        public String batteryStatus;
        @JsonProperty("usage.chargeDischargeCycles")
        public Quantity usageChargeDischargeCycles;
    }
}
