package org.dppkit.battery.validation;

import org.dppkit.core.Severity;

/**
 * The stable codes of the findings that {@link BatteryPassportValidator} reports.
 *
 * <p>A code never changes meaning: a new rule gets a new constant, a withdrawn rule keeps its
 * constant (deprecated). Integrators may switch on {@link #code()} or on the constant. The
 * severity listed here is the severity of every finding with the code. The table below is also
 * published as {@code VALIDATION-CODES.md} in the {@code dpp-core} module (generated from this
 * enum by {@link #markdownTable()} and kept up to date by a test).
 *
 * <table>
 * <caption>Finding codes</caption>
 * <tr><th>Code</th><th>Severity</th><th>Layer</th><th>Meaning</th></tr>
 * <tr><td>DPP-MISSING-MANDATORY</td><td>ERROR</td><td>catalogue</td>
 *     <td>a field mandatory for the category and already applicable is absent</td></tr>
 * <tr><td>DPP-NOT-YET-REQUIRED</td><td>INFO</td><td>catalogue</td>
 *     <td>an absent field whose obligation starts after the validation date or is pending</td></tr>
 * <tr><td>DPP-NOT-APPLICABLE</td><td>WARNING</td><td>catalogue</td>
 *     <td>a field that does not apply to the category or sub-category is present</td></tr>
 * <tr><td>DPP-INDUSTRIAL-SUBCATEGORY-UNKNOWN</td><td>INFO</td><td>catalogue</td>
 *     <td>an industrial battery without sub-category: state-of-health rules not checked</td></tr>
 * <tr><td>DPP-LEVEL-NOT-PER-BATTERY</td><td>WARNING</td><td>catalogue</td>
 *     <td>a MODEL or BATCH passport of a battery that needs one record per battery</td></tr>
 * <tr><td>DPP-NO-PASSPORT-REQUIRED</td><td>INFO</td><td>catalogue</td>
 *     <td>an industrial battery of at most 2 kWh needs no passport</td></tr>
 * <tr><td>DPP-ENERGY-UNKNOWN</td><td>INFO</td><td>catalogue</td>
 *     <td>the energy of an industrial battery cannot be derived for the 2 kWh rule</td></tr>
 * <tr><td>DPP-SHARE-OUT-OF-RANGE</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a percentage outside 0 to 100 %</td></tr>
 * <tr><td>DPP-VALUE-NOT-POSITIVE</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a design value (mass, capacity, voltage, power, energy, ...) not greater than 0</td></tr>
 * <tr><td>DPP-VALUE-NEGATIVE</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a count, measurement or footprint below 0</td></tr>
 * <tr><td>DPP-URI-NOT-HTTPS</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a link or document reference that is not an absolute https URI</td></tr>
 * <tr><td>DPP-EMAIL-INVALID</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>an e-mail address that is not well formed</td></tr>
 * <tr><td>DPP-GTIN-INVALID</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a model identifier written as a GTIN with a wrong check digit</td></tr>
 * <tr><td>DPP-BATCH-NUMBER-INVALID</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a batch number that is not a GS1 AI (10) value</td></tr>
 * <tr><td>DPP-SERIAL-NUMBER-INVALID</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>a serial number that is not a GS1 AI (21) value</td></tr>
 * <tr><td>DPP-UNIT-INCOMPATIBLE</td><td>ERROR</td><td>catalogue</td>
 *     <td>a measured value whose unit does not measure the field's quantity</td></tr>
 * <tr><td>DPP-VOLTAGE-ORDER</td><td>ERROR</td><td>catalogue</td>
 *     <td>voltages not ordered minimum &le; nominal &le; maximum</td></tr>
 * <tr><td>DPP-TEMPERATURE-RANGE-ORDER</td><td>ERROR</td><td>catalogue</td>
 *     <td>a temperature range whose lower bound is above its upper bound</td></tr>
 * <tr><td>DPP-EFFICIENCY-INCREASES</td><td>WARNING</td><td>catalogue</td>
 *     <td>round-trip efficiency at 50 % cycle life above the initial one</td></tr>
 * <tr><td>DPP-DATE-IN-FUTURE</td><td>ERROR</td><td>catalogue</td>
 *     <td>a date recording the past that is after the validation date</td></tr>
 * <tr><td>DPP-DATE-ORDER</td><td>ERROR</td><td>catalogue</td>
 *     <td>a battery put into service before the month it was made</td></tr>
 * <tr><td>DPP-CARBON-FOOTPRINT-SUM</td><td>ERROR</td><td>catalogue</td>
 *     <td>life-cycle stage footprints not summing to the total within the tolerance</td></tr>
 * <tr><td>DPP-IDENTIFIER-MISMATCH</td><td>ERROR</td><td>catalogue</td>
 *     <td>model identifier, batch or serial number different from the passport identifier</td></tr>
 * <tr><td>DPP-PREDECESSOR-MISSING</td><td>ERROR</td><td>catalogue</td>
 *     <td>a repurposed or remanufactured battery without a link to its original passport</td></tr>
 * <tr><td>DPP-PREDECESSOR-UNEXPECTED</td><td>WARNING</td><td>catalogue</td>
 *     <td>an original battery that links to predecessor passports</td></tr>
 * <tr><td>DPP-TEXT-UNSAFE</td><td>ERROR</td><td>catalogue</td>
 *     <td>a text with a control character, a bidirectional override, a lone surrogate, or only
 *     white space</td></tr>
 * </table>
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum FindingCode {
    /** A field mandatory for the battery's category (and sub-category) and applicable at the
     *  validation date is absent. */
    MISSING_MANDATORY("DPP-MISSING-MANDATORY", Severity.ERROR, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "A field that is mandatory for the battery category (and sub-category) and already"
            + " applicable at the validation date is absent."),
    /** An absent field whose obligation starts after the validation date, or whose date depends
     *  on an act not yet adopted; the message gives the date. Never an error. */
    NOT_YET_REQUIRED("DPP-NOT-YET-REQUIRED", Severity.INFO, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "An absent field whose obligation starts after the validation date (the message gives"
            + " the date) or whose date is still pending; not an error."),
    /** A field present although it does not apply to the battery's category or sub-category. */
    NOT_APPLICABLE("DPP-NOT-APPLICABLE", Severity.WARNING, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "A field is present although it does not apply to the battery category or"
            + " sub-category (e.g. state of health of a non-stationary industrial battery)."),
    /** An industrial battery whose sub-category is not stated, so the sub-category rules (state
     *  of health for stationary storage only) cannot be checked. */
    INDUSTRIAL_SUBCATEGORY_UNKNOWN("DPP-INDUSTRIAL-SUBCATEGORY-UNKNOWN", Severity.INFO, Layer.CATALOGUE,
            "Art. 14; Annex VII",
            "An industrial battery without industrialSubCategory: the rules that depend on it"
            + " (state of health for stationary storage only) are not checked."),
    /** A MODEL or BATCH passport of an EV, LMT or industrial battery above 2 kWh: the Regulation
     *  requires a record per individual battery. */
    LEVEL_NOT_PER_BATTERY("DPP-LEVEL-NOT-PER-BATTERY", Severity.WARNING, Layer.CATALOGUE, "Art. 77(1)",
            "A MODEL or BATCH passport of an EV, LMT or industrial battery above 2 kWh: Art. 77(1)"
            + " requires a record per individual battery (an ITEM passport)."),
    /** An industrial battery of at most 2 kWh, which needs no passport. */
    NO_PASSPORT_REQUIRED("DPP-NO-PASSPORT-REQUIRED", Severity.INFO, Layer.CATALOGUE, "Art. 77(1)",
            "An industrial battery with an energy of at most 2 kWh needs no battery passport"
            + " (it may still have one)."),
    /** An industrial battery whose energy cannot be derived (neither certified usable energy nor
     *  rated capacity and nominal voltage), so the 2 kWh rule cannot be applied. */
    ENERGY_UNKNOWN("DPP-ENERGY-UNKNOWN", Severity.INFO, Layer.CATALOGUE, "Art. 77(1)",
            "The energy of an industrial battery cannot be derived (no certified usable energy,"
            + " no rated capacity with nominal voltage): the 2 kWh threshold is not checked."),
    /** A percentage below 0 % or above 100 %. */
    SHARE_OUT_OF_RANGE("DPP-SHARE-OUT-OF-RANGE", Severity.ERROR, Layer.BEAN_VALIDATION, "Annex XIII",
            "A percentage (share, efficiency, fade, state of health or charge) is below 0 % or"
            + " above 100 %."),
    /** A design value (mass, capacity, voltage, power, energy, resistance, cycles, C-rate,
     *  lifetime, warranty) that is not greater than 0. */
    VALUE_NOT_POSITIVE("DPP-VALUE-NOT-POSITIVE", Severity.ERROR, Layer.BEAN_VALIDATION, "Annex XIII",
            "A design value (mass, capacity, voltage, power, energy, resistance, cycles, C-rate,"
            + " lifetime, warranty) is not greater than 0."),
    /** A count, measurement during use or carbon footprint below 0. */
    VALUE_NEGATIVE("DPP-VALUE-NEGATIVE", Severity.ERROR, Layer.BEAN_VALIDATION, "Annex XIII",
            "A count, a value measured during use or a carbon footprint is below 0."),
    /** A web address or document reference that is not an absolute {@code https} URI. */
    URI_NOT_HTTPS("DPP-URI-NOT-HTTPS", Severity.ERROR, Layer.BEAN_VALIDATION, "Art. 77(5); Art. 78(b)",
            "A web address or document reference is not an absolute https URI with a host."),
    /** An e-mail address that is not well formed. */
    EMAIL_INVALID("DPP-EMAIL-INVALID", Severity.ERROR, Layer.BEAN_VALIDATION, "Annex XIII 1(a); Annex VI Part A",
            "An e-mail address is not well formed."),
    /** A model identifier written as a GTIN (8, 12, 13 or 14 digits) whose check digit is
     *  wrong. */
    GTIN_INVALID("DPP-GTIN-INVALID", Severity.ERROR, Layer.BEAN_VALIDATION, "Art. 77(3); ISO/IEC 15459",
            "A model identifier written as a GTIN (8, 12, 13 or 14 digits) has a wrong check digit."),
    /** A batch number that is not a valid GS1 AI (10) value: 1 to 20 characters of GS1 character
     *  set 82. */
    BATCH_NUMBER_INVALID("DPP-BATCH-NUMBER-INVALID", Severity.ERROR, Layer.BEAN_VALIDATION,
            "Art. 77(3); GS1 General Specifications AI (10)",
            "A batch number is not a GS1 AI (10) value: 1 to 20 characters of GS1 character set 82."),
    /** A serial number that is not a valid GS1 AI (21) value: 1 to 20 characters of GS1
     *  character set 82. */
    SERIAL_NUMBER_INVALID("DPP-SERIAL-NUMBER-INVALID", Severity.ERROR, Layer.BEAN_VALIDATION,
            "Art. 77(3); GS1 General Specifications AI (21)",
            "A serial number is not a GS1 AI (21) value: 1 to 20 characters of GS1 character set 82."),
    /** A measured value whose unit does not measure the field's quantity (the catalogue unit). */
    UNIT_INCOMPATIBLE("DPP-UNIT-INCOMPATIBLE", Severity.ERROR, Layer.CATALOGUE, "Annex XIII",
            "A measured value has a unit that does not measure the field's quantity (for example"
            + " a capacity in V instead of Ah)."),
    /** Minimum, nominal and maximum voltage not ordered minimum &le; nominal &le; maximum. */
    VOLTAGE_ORDER("DPP-VOLTAGE-ORDER", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(h)",
            "The voltages are not ordered minimum <= nominal <= maximum."),
    /** A temperature range whose lower bound is above its upper bound. */
    TEMPERATURE_RANGE_ORDER("DPP-TEMPERATURE-RANGE-ORDER", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(l)",
            "A temperature range has its lower bound above its upper bound."),
    /** Round-trip efficiency at 50 % of the cycle life above the initial one. */
    EFFICIENCY_INCREASES("DPP-EFFICIENCY-INCREASES", Severity.WARNING, Layer.CATALOGUE, "Annex XIII 1(n)",
            "The round-trip efficiency at 50 % of cycle life is above the initial efficiency."),
    /** A date recording the past (manufacture, putting into service, a negative event) that is
     *  after the validation date. */
    DATE_IN_FUTURE("DPP-DATE-IN-FUTURE", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(a); Annex XIII 4",
            "A date that records the past (manufacture, putting into service, a negative event) is"
            + " after the validation date."),
    /** A battery put into service before the month in which it was manufactured. */
    DATE_ORDER("DPP-DATE-ORDER", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(a); Annex VII Part B",
            "The battery was put into service before the month in which it was manufactured."),
    /** Carbon footprint per life-cycle stage not summing to the total per functional unit within
     *  the validator's tolerance. */
    CARBON_FOOTPRINT_SUM("DPP-CARBON-FOOTPRINT-SUM", Severity.ERROR, Layer.CATALOGUE, "Art. 7(1); Annex II",
            "The carbon footprint per life-cycle stage does not sum to the total per functional"
            + " unit within the stated tolerance."),
    /** A model identifier (as a GTIN), batch number or serial number that differs from the one
     *  in the passport identifier. */
    IDENTIFIER_MISMATCH("DPP-IDENTIFIER-MISMATCH", Severity.ERROR, Layer.CATALOGUE, "Art. 77(3); Annex XIII 1(a)",
            "The model identifier (a GTIN), batch number or serial number differs from the one in"
            + " the passport identifier."),
    /** A repurposed or remanufactured battery without a link to its original passport(s). */
    PREDECESSOR_MISSING("DPP-PREDECESSOR-MISSING", Severity.ERROR, Layer.CATALOGUE, "Art. 77(7)",
            "A repurposed or remanufactured battery has no link to the passport(s) of the original"
            + " battery or batteries."),
    /** A battery in its original status that links to predecessor passports. */
    PREDECESSOR_UNEXPECTED("DPP-PREDECESSOR-UNEXPECTED", Severity.WARNING, Layer.CATALOGUE, "Art. 77(7)",
            "A battery with status 'original' links to predecessor passports; only a battery that"
            + " went through repurposing, remanufacturing or re-use preparation has them."),
    /** A text (of a field or nested in a value) with a control character, a bidirectional
     *  embedding, override or isolate, a lone surrogate or noncharacter, or nothing but white
     *  space and invisible characters; the message names the character, never the text. */
    TEXT_UNSAFE("DPP-TEXT-UNSAFE", Severity.ERROR, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "A text holds a control character, a bidirectional override (U+202E and the like), a"
            + " lone surrogate or noncharacter, or only white space and invisible characters.");

    /** Which part of the validator checks a rule. */
    enum Layer {
        CATALOGUE("catalogue"),
        BEAN_VALIDATION("Bean Validation");

        final String label;

        Layer(String label) {
            this.label = label;
        }
    }

    private final String code;
    private final Severity severity;
    private final Layer layer;
    private final String legalReference;
    private final String description;

    FindingCode(String code, Severity severity, Layer layer, String legalReference, String description) {
        this.code = code;
        this.severity = severity;
        this.layer = layer;
        this.legalReference = legalReference;
        this.description = description;
    }

    /**
     * Returns the stable code, for example {@code DPP-MISSING-MANDATORY}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the severity of every finding with this code.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the general legal reference of the rule; a finding about a field also names the
     * field's own reference.
     *
     * @return the reference, not null
     */
    public String legalReference() {
        return legalReference;
    }

    /**
     * Returns a one-sentence description of the rule.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Tells whether the rule is checked by the Jakarta Bean Validation layer (otherwise by the
     * catalogue rules).
     *
     * @return true for a Bean Validation rule
     */
    public boolean isBeanValidation() {
        return layer == Layer.BEAN_VALIDATION;
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the code, for example {@code DPP-VOLTAGE-ORDER}, not null
     * @return the constant, not null
     * @throws IllegalArgumentException if no constant has this code
     */
    public static FindingCode fromCode(String code) {
        for (FindingCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no finding code '" + code + "'; known codes are listed in"
                + " FindingCode");
    }

    /**
     * Returns the table of codes as GitHub-flavoured Markdown (the content of
     * {@code VALIDATION-CODES.md}), in declaration order, with {@code \n} line ends.
     *
     * @return the Markdown text, not null
     */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("# dppkit validation finding codes\n\n")
          .append("Generated from `org.dppkit.battery.validation.FindingCode` (do not edit by hand;")
          .append(" `FindingCodeTest` fails when this file is out of date).\n")
          .append("A code never changes meaning. Layer: which part of `BatteryPassportValidator`")
          .append(" checks the rule.\n\n")
          .append("| Code | Severity | Layer | Legal reference | Meaning |\n")
          .append("|---|---|---|---|---|\n");
        for (FindingCode c : values()) {
            sb.append("| `").append(c.code).append("` | ").append(c.severity).append(" | ")
              .append(c.layer.label).append(" | ").append(c.legalReference).append(" | ")
              .append(c.description.replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
