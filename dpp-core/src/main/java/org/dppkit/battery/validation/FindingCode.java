package org.dppkit.battery.validation;

import java.util.Objects;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.core.Severity;

/**
 * The stable codes of the findings that {@link BatteryPassportValidator} reports.
 *
 * <p>A code never changes meaning: a new rule gets a new constant. Integrators may switch on
 * {@link #code()} or on the constant. The severity listed here is the severity of every finding
 * with the code, except {@link #LEVEL_NOT_PER_BATTERY} under {@link LevelPolicy#STRICT}. The table below is also
 * published as {@code VALIDATION-CODES.md} in the {@code dpp-core} module (generated from this
 * enum by {@link #markdownTable()} and kept up to date by a test).
 *
 * <table>
 * <caption>Finding codes</caption>
 * <tr><th>Code</th><th>Severity</th><th>Layer</th><th>Meaning</th></tr>
 * <tr><td>DPP-MISSING-MANDATORY</td><td>ERROR</td><td>catalogue</td>
 *     <td>A field mandatory for the battery category and sub-category, or conditional with every condition holding, is
 *     absent once its act applies.</td></tr>
 * <tr><td>DPP-MISSING-RECOMMENDED</td><td>WARNING</td><td>catalogue</td>
 *     <td>A field the Commission's guidance asks for without a provision of the Regulation behind it (the responsible
 *     operator) is absent.</td></tr>
 * <tr><td>DPP-CONDITION-UNDECIDED</td><td>WARNING</td><td>catalogue</td>
 *     <td>A conditional field is absent and neither the passport data nor a declared fact decides its condition; the
 *     message names the fact to state.</td></tr>
 * <tr><td>DPP-NOT-YET-REQUIRED</td><td>INFO</td><td>catalogue</td>
 *     <td>An absent field whose act applies after the placing-on-market or validation date, or is pending in the
 *     regulatory calendar (the arguments give the date and the act); not an error.</td></tr>
 * <tr><td>DPP-NOT-APPLICABLE</td><td>WARNING</td><td>catalogue</td>
 *     <td>A field is present although it does not apply to the battery category or sub-category (e.g. state of health
 *     of a non-stationary industrial battery).</td></tr>
 * <tr><td>DPP-FACT-CONTRADICTED</td><td>WARNING</td><td>catalogue</td>
 *     <td>A declared fact contradicts the passport data (e.g. 'contains no cobalt' for an NMC battery); the validator
 *     keeps the outcome that makes fields required.</td></tr>
 * <tr><td>DPP-INDUSTRIAL-SUBCATEGORY-UNKNOWN</td><td>WARNING</td><td>catalogue</td>
 *     <td>An industrial battery without industrialSubCategory: obligations that differ per sub-category are reported as
 *     undecided.</td></tr>
 * <tr><td>DPP-LEVEL-NOT-PER-BATTERY</td><td>WARNING</td><td>catalogue</td>
 *     <td>A MODEL or BATCH passport of an EV, LMT or industrial battery above 2 kWh: Art. 77(1) requires a record per
 *     individual battery (an ERROR under LevelPolicy.STRICT).</td></tr>
 * <tr><td>DPP-NO-PASSPORT-REQUIRED</td><td>INFO</td><td>catalogue</td>
 *     <td>An industrial battery whose rated capacity times nominal voltage is at most 2 kWh needs no battery passport
 *     (it may still have one).</td></tr>
 * <tr><td>DPP-ENERGY-UNKNOWN</td><td>WARNING</td><td>catalogue</td>
 *     <td>The rated capacity or the nominal voltage of an industrial battery is missing, so the 2 kWh threshold cannot
 *     be checked; the battery is treated as needing a passport.</td></tr>
 * <tr><td>DPP-ENERGY-DISAGREES</td><td>WARNING</td><td>catalogue</td>
 *     <td>The certified usable energy disagrees with rated capacity times nominal voltage: it exceeds it, or lies on
 *     the other side of the 2 kWh threshold.</td></tr>
 * <tr><td>DPP-VALUE-NOT-POSITIVE</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>A design value (mass, capacity, voltage, power, energy, resistance, cycles, C-rate, lifetime, warranty) is
 *     0.</td></tr>
 * <tr><td>DPP-URI-NOT-HTTPS</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>A web address or document reference is not an absolute https URI with a host.</td></tr>
 * <tr><td>DPP-EMAIL-INVALID</td><td>ERROR</td><td>Bean Validation</td>
 *     <td>An e-mail address is not well formed.</td></tr>
 * <tr><td>DPP-VOLTAGE-ORDER</td><td>ERROR</td><td>catalogue</td>
 *     <td>The voltages are not ordered minimum &lt;= nominal &lt;= maximum.</td></tr>
 * <tr><td>DPP-EFFICIENCY-INCREASES</td><td>WARNING</td><td>catalogue</td>
 *     <td>The round-trip efficiency at 50 % of cycle life is above the initial efficiency.</td></tr>
 * <tr><td>DPP-DATE-IN-FUTURE</td><td>ERROR</td><td>catalogue</td>
 *     <td>A date that records the past (manufacture, putting into service, a negative event) is after the validation
 *     date.</td></tr>
 * <tr><td>DPP-DATE-ORDER</td><td>ERROR</td><td>catalogue</td>
 *     <td>The battery was put into service before the month in which it was manufactured.</td></tr>
 * <tr><td>DPP-CARBON-FOOTPRINT-SUM</td><td>ERROR</td><td>catalogue</td>
 *     <td>The carbon footprint per life-cycle stage does not sum to the total per functional unit within the stated
 *     tolerance.</td></tr>
 * <tr><td>DPP-RECYCLED-SHARE-BELOW-MINIMUM</td><td>ERROR</td><td>catalogue</td>
 *     <td>A recycled share of cobalt, lead, lithium or nickel is below the minimum that applies at the
 *     placing-on-market date (from 18 August 2031).</td></tr>
 * <tr><td>DPP-PREDECESSOR-MISSING</td><td>ERROR</td><td>catalogue</td>
 *     <td>A repurposed, remanufactured or re-used battery has no link to the passport(s) of the original battery or
 *     batteries.</td></tr>
 * <tr><td>DPP-PREDECESSOR-UNEXPECTED</td><td>WARNING</td><td>catalogue</td>
 *     <td>A battery with status 'original' links to predecessor passports; only a battery that went through re-use,
 *     repurposing or remanufacturing has them.</td></tr>
 * <tr><td>DPP-TEXT-UNSAFE</td><td>ERROR</td><td>catalogue</td>
 *     <td>A text holds a control character, a bidirectional override (U+202E and the like), a lone surrogate or
 *     noncharacter, or only white space and invisible characters.</td></tr>
 * </table>
 *
 * <p>Codes of rules that the passport builders already enforce (shares outside 0 to 100 %,
 * negative values, GTIN check digits, batch and serial numbers, units, temperature-range order,
 * identifiers differing from the passport identifier) were withdrawn: they cannot fire on a built
 * passport.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum FindingCode {
    /**
     * A field mandatory for the battery category and sub-category, or conditional with every condition holding, is
     * absent once its act applies.
     */
    MISSING_MANDATORY("DPP-MISSING-MANDATORY", Severity.ERROR, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "A field mandatory for the battery category and sub-category, or conditional with every condition "
                    + "holding, is absent once its act applies."),
    /**
     * A field the Commission's guidance asks for without a provision of the Regulation behind it (the responsible
     * operator) is absent.
     */
    MISSING_RECOMMENDED("DPP-MISSING-RECOMMENDED", Severity.WARNING, Layer.CATALOGUE, "Commission guidance",
            "A field the Commission's guidance asks for without a provision of the Regulation behind it (the "
                    + "responsible operator) is absent."),
    /**
     * A conditional field is absent and neither the passport data nor a declared fact decides its condition; the
     * message names the fact to state.
     */
    CONDITION_UNDECIDED("DPP-CONDITION-UNDECIDED", Severity.WARNING, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "A conditional field is absent and neither the passport data nor a declared fact decides its condition; "
                    + "the message names the fact to state."),
    /**
     * An absent field whose act applies after the placing-on-market or validation date, or is pending in the regulatory
     * calendar (the arguments give the date and the act); not an error.
     */
    NOT_YET_REQUIRED("DPP-NOT-YET-REQUIRED", Severity.INFO, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "An absent field whose act applies after the placing-on-market or validation date, or is pending in the "
                    + "regulatory calendar (the arguments give the date and the act); not an error."),
    /**
     * A field is present although it does not apply to the battery category or sub-category (e.g. state of health of a
     * non-stationary industrial battery).
     */
    NOT_APPLICABLE("DPP-NOT-APPLICABLE", Severity.WARNING, Layer.CATALOGUE, "Art. 77(2); Annex XIII",
            "A field is present although it does not apply to the battery category or sub-category (e.g. state of "
                    + "health of a non-stationary industrial battery)."),
    /**
     * A declared fact contradicts the passport data (e.g. 'contains no cobalt' for an NMC battery); the validator keeps
     * the outcome that makes fields required.
     */
    FACT_CONTRADICTED("DPP-FACT-CONTRADICTED", Severity.WARNING, Layer.CATALOGUE, "Art. 77(4)",
            "A declared fact contradicts the passport data (e.g. 'contains no cobalt' for an NMC battery); the "
                    + "validator keeps the outcome that makes fields required."),
    /**
     * An industrial battery without industrialSubCategory: obligations that differ per sub-category are reported as
     * undecided.
     */
    INDUSTRIAL_SUBCATEGORY_UNKNOWN("DPP-INDUSTRIAL-SUBCATEGORY-UNKNOWN", Severity.WARNING, Layer.CATALOGUE,
            "Art. 3(1)(13),(15); Art. 14; Annex VII",
            "An industrial battery without industrialSubCategory: obligations that differ per sub-category are "
                    + "reported as undecided."),
    /**
     * A MODEL or BATCH passport of an EV, LMT or industrial battery above 2 kWh: Art. 77(1) requires a record per
     * individual battery (an ERROR under LevelPolicy.STRICT).
     */
    LEVEL_NOT_PER_BATTERY("DPP-LEVEL-NOT-PER-BATTERY", Severity.WARNING, Layer.CATALOGUE, "Art. 77(1)",
            "A MODEL or BATCH passport of an EV, LMT or industrial battery above 2 kWh: Art. 77(1) requires a record "
                    + "per individual battery (an ERROR under LevelPolicy.STRICT)."),
    /**
     * An industrial battery whose rated capacity times nominal voltage is at most 2 kWh needs no battery passport (it
     * may still have one).
     */
    NO_PASSPORT_REQUIRED("DPP-NO-PASSPORT-REQUIRED", Severity.INFO, Layer.CATALOGUE, "Art. 77(1)",
            "An industrial battery whose rated capacity times nominal voltage is at most 2 kWh needs no battery "
                    + "passport (it may still have one)."),
    /**
     * The rated capacity or the nominal voltage of an industrial battery is missing, so the 2 kWh threshold cannot be
     * checked; the battery is treated as needing a passport.
     */
    ENERGY_UNKNOWN("DPP-ENERGY-UNKNOWN", Severity.WARNING, Layer.CATALOGUE, "Art. 77(1)",
            "The rated capacity or the nominal voltage of an industrial battery is missing, so the 2 kWh threshold "
                    + "cannot be checked; the battery is treated as needing a passport."),
    /**
     * The certified usable energy disagrees with rated capacity times nominal voltage: it exceeds it, or lies on the
     * other side of the 2 kWh threshold.
     */
    ENERGY_DISAGREES("DPP-ENERGY-DISAGREES", Severity.WARNING, Layer.CATALOGUE, "Art. 77(1); Annex IV Part A(1)",
            "The certified usable energy disagrees with rated capacity times nominal voltage: it exceeds it, or lies "
                    + "on the other side of the 2 kWh threshold."),
    /** A design value (mass, capacity, voltage, power, energy, resistance, cycles, C-rate, lifetime, warranty) is 0. */
    VALUE_NOT_POSITIVE("DPP-VALUE-NOT-POSITIVE", Severity.ERROR, Layer.BEAN_VALIDATION, "Annex XIII",
            "A design value (mass, capacity, voltage, power, energy, resistance, cycles, C-rate, lifetime, warranty) "
                    + "is 0."),
    /** A web address or document reference is not an absolute https URI with a host. */
    URI_NOT_HTTPS("DPP-URI-NOT-HTTPS", Severity.ERROR, Layer.BEAN_VALIDATION, "Art. 77(5); Art. 78(b)",
            "A web address or document reference is not an absolute https URI with a host."),
    /** An e-mail address is not well formed. */
    EMAIL_INVALID("DPP-EMAIL-INVALID", Severity.ERROR, Layer.BEAN_VALIDATION, "Annex XIII 1(a); Annex VI Part A",
            "An e-mail address is not well formed."),
    /** The voltages are not ordered minimum &le; nominal &le; maximum. */
    VOLTAGE_ORDER("DPP-VOLTAGE-ORDER", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(h)",
            "The voltages are not ordered minimum <= nominal <= maximum."),
    /** The round-trip efficiency at 50 % of cycle life is above the initial efficiency. */
    EFFICIENCY_INCREASES("DPP-EFFICIENCY-INCREASES", Severity.WARNING, Layer.CATALOGUE, "Annex XIII 1(n)",
            "The round-trip efficiency at 50 % of cycle life is above the initial efficiency."),
    /**
     * A date that records the past (manufacture, putting into service, a negative event) is after the validation date.
     */
    DATE_IN_FUTURE("DPP-DATE-IN-FUTURE", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(a); Annex XIII 4",
            "A date that records the past (manufacture, putting into service, a negative event) is after the "
                    + "validation date."),
    /** The battery was put into service before the month in which it was manufactured. */
    DATE_ORDER("DPP-DATE-ORDER", Severity.ERROR, Layer.CATALOGUE, "Annex XIII 1(a); Annex VII Part B",
            "The battery was put into service before the month in which it was manufactured."),
    /**
     * The carbon footprint per life-cycle stage does not sum to the total per functional unit within the stated
     * tolerance.
     */
    CARBON_FOOTPRINT_SUM("DPP-CARBON-FOOTPRINT-SUM", Severity.ERROR, Layer.CATALOGUE, "Art. 7(1); Annex II",
            "The carbon footprint per life-cycle stage does not sum to the total per functional unit within the "
                    + "stated tolerance."),
    /**
     * A recycled share of cobalt, lead, lithium or nickel is below the minimum that applies at the placing-on-market
     * date (from 18 August 2031).
     */
    RECYCLED_SHARE_BELOW_MINIMUM("DPP-RECYCLED-SHARE-BELOW-MINIMUM", Severity.ERROR, Layer.CATALOGUE,
            "Art. 8(2); Art. 8(3)",
            "A recycled share of cobalt, lead, lithium or nickel is below the minimum that applies at the "
                    + "placing-on-market date (from 18 August 2031)."),
    /**
     * A repurposed, remanufactured or re-used battery has no link to the passport(s) of the original battery or
     * batteries.
     */
    PREDECESSOR_MISSING("DPP-PREDECESSOR-MISSING", Severity.ERROR, Layer.CATALOGUE, "Art. 77(7)",
            "A repurposed, remanufactured or re-used battery has no link to the passport(s) of the original battery "
                    + "or batteries."),
    /**
     * A battery with status 'original' links to predecessor passports; only a battery that went through re-use,
     * repurposing or remanufacturing has them.
     */
    PREDECESSOR_UNEXPECTED("DPP-PREDECESSOR-UNEXPECTED", Severity.WARNING, Layer.CATALOGUE, "Art. 77(7)",
            "A battery with status 'original' links to predecessor passports; only a battery that went through "
                    + "re-use, repurposing or remanufacturing has them."),
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
     * Returns the severity of every finding with this code; the one exception is
     * {@link #LEVEL_NOT_PER_BATTERY}, an {@code ERROR} under {@link LevelPolicy#STRICT}.
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
     * catalogue rules). Internal: for the code table and its tests.
     *
     * @return true for a Bean Validation rule
     */
    boolean isBeanValidation() {
        return layer == Layer.BEAN_VALIDATION;
    }

    /**
     * Returns the constant with the given code.
     *
     * @param code the code, for example {@code DPP-VOLTAGE-ORDER}, not null
     * @return the constant, not null
     * @throws PassportException (UNKNOWN_KEY) if no constant has this code
     * @throws NullPointerException if the code is null
     */
    public static FindingCode fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (FindingCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new PassportException(PassportErrorCode.UNKNOWN_KEY, "no finding code '"
                + (code.length() <= 60 ? code : code.substring(0, 60) + "...")
                + "'; known codes are listed in"
                + " FindingCode");
    }

    /**
     * Returns the table of codes as GitHub-flavoured Markdown (the content of
     * {@code VALIDATION-CODES.md}), in declaration order, with {@code \n} line ends. Internal:
     * the test that keeps the published file current calls it.
     *
     * @return the Markdown text, not null
     */
    static String markdownTable() {
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
