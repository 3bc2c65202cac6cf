package org.dppkit.battery.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Finding;

/**
 * Checks a battery passport against Regulation (EU) 2023/1542 and reports what is wrong, missing,
 * not yet required or not applicable, per field, with a stable {@link FindingCode}, a JSON pointer
 * and the legal reference.
 *
 * <pre>{@code
 * BatteryPassportValidator validator = BatteryPassportValidator.create();   // once, share it
 * ValidationReport report = validator.validate(passport, LocalDate.of(2027, 3, 1));
 * report.isCompliant();          // false if there is an ERROR finding
 * report.bySection();            // findings grouped by passport section
 * report.toJson();               // for an ERP or a log
 * }</pre>
 *
 * <h2>What is checked</h2>
 * Two layers, both on by default:
 * <ul>
 * <li><b>Catalogue rules</b>, driven by the bundled field catalogue
 *     ({@link org.dppkit.battery.BatteryField}): a field mandatory for the category and applicable
 *     at the validation date is missing ({@code ERROR}); a field whose obligation starts later or
 *     is pending is missing ({@code INFO}, with the date: carbon footprint, due diligence,
 *     recycled content); a field not applicable to the category or sub-category is present
 *     ({@code WARNING}; state-of-health values apply to industrial batteries only as stationary
 *     storage). Obligations are checked for the fields a passport of its level can hold: a MODEL
 *     passport for MODEL-scope fields, a BATCH passport also for BATCH-scope fields, an ITEM
 *     passport for all. A MODEL or BATCH passport of an EV, LMT or industrial battery above
 *     2 kWh gets a {@code WARNING} that Art. 77(1) requires a record per battery. Then units,
 *     voltage order, temperature range order, efficiency, dates, the carbon footprint sum,
 *     identifiers against the passport identifier, and status against predecessor links.</li>
 * <li><b>Bean Validation</b> (Jakarta Bean Validation with Hibernate Validator, bootstrapped once
 *     per instance, without Jakarta EL): percentages within 0 to 100 %, design values greater
 *     than 0, counts and measurements not negative, links absolute {@code https} URIs, e-mail
 *     addresses, GTIN check digits, batch and serial numbers as GS1 AI (10) and (21) values.</li>
 * </ul>
 * {@link FindingCode} lists every code with its meaning.
 *
 * <h2>The 2 kWh rule</h2>
 * An industrial battery needs a passport only above 2 kWh (Art. 77(1)). Its energy is the
 * certified usable energy when stated, otherwise rated capacity (Ah) &times; nominal voltage (V)
 * / 1000. At or below the threshold the report has one {@code INFO}
 * ({@link FindingCode#NO_PASSPORT_REQUIRED}) and no missing-field findings; when the energy
 * cannot be derived it has an {@code INFO} ({@link FindingCode#ENERGY_UNKNOWN}) and the battery is
 * treated as needing a passport. {@link Builder#twoKwhRule(boolean)} turns the rule off.
 *
 * <h2>Bad input</h2>
 * The validator never throws on a passport, however incomplete: it reports every finding at once.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: create one instance (creating it bootstraps Hibernate
 * Validator, which takes milliseconds) and share it between threads. It keeps no global state.
 */
public final class BatteryPassportValidator {

    /** The default carbon footprint tolerance: 1 % of the total. */
    public static final BigDecimal DEFAULT_CARBON_FOOTPRINT_TOLERANCE_PERCENT = BigDecimal.ONE;

    private static final BigDecimal TWO_KWH = BigDecimal.valueOf(2);

    private final BigDecimal cfTolerancePercent;
    private final boolean twoKwhRule;
    private final boolean catalogueRules;
    private final boolean beanValidation;
    private final CatalogueRules rules;
    /** Null when Bean Validation is off. */
    private final BeanLayer beans;

    private BatteryPassportValidator(Builder b) {
        this.cfTolerancePercent = b.cfTolerancePercent;
        this.twoKwhRule = b.twoKwhRule;
        this.catalogueRules = b.catalogueRules;
        this.beanValidation = b.beanValidation;
        this.rules = new CatalogueRules(cfTolerancePercent, twoKwhRule, TWO_KWH);
        this.beans = beanValidation ? new BeanLayer() : null;
    }

    /**
     * Creates a validator with the default options: every rule, 1 % carbon footprint tolerance,
     * the 2 kWh rule on.
     *
     * @return the validator, not null
     */
    public static BatteryPassportValidator create() {
        return builder().build();
    }

    /**
     * Returns a builder for a validator with other options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this validator's options.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().carbonFootprintTolerancePercent(cfTolerancePercent).twoKwhRule(twoKwhRule)
                .catalogueRules(catalogueRules).beanValidation(beanValidation);
    }

    /**
     * Validates a passport as of a date: lists every finding at once and never throws on a
     * passport, however incomplete.
     *
     * @param passport the passport, of any level and category, not null
     * @param asOf the date to judge obligations and dates by (for example today, or the date of
     *     placing on the market), not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(BatteryPassport passport, LocalDate asOf) {
        Objects.requireNonNull(passport, "passport");
        return validate(new PassportAdapter(passport), asOf);
    }

    /**
     * Validates the passport's data as of a date.
     *
     * @param data the passport data, not null
     * @param asOf the date to judge obligations and dates by, not null
     * @return the report, not null
     */
    ValidationReport validate(PassportData data, LocalDate asOf) {
        Objects.requireNonNull(data, "passport");
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> out = new ArrayList<>();
        Read read = Read.of(data);
        if (catalogueRules) {
            rules.check(read, asOf, out);
            TextRule.check(read, out);
        }
        if (beanValidation) {
            beans.check(read, out);
        }
        return ValidationReport.of(asOf, out);
    }

    /**
     * Returns the carbon footprint tolerance: how far, in percent of the total, the sum of the
     * life-cycle stages may be from the total per functional unit.
     *
     * @return the tolerance in percent, not negative, not null
     */
    public BigDecimal carbonFootprintTolerancePercent() {
        return cfTolerancePercent;
    }

    /**
     * Tells whether the 2 kWh rule for industrial batteries is applied.
     *
     * @return true if applied
     */
    public boolean twoKwhRule() {
        return twoKwhRule;
    }

    /**
     * Tells whether the catalogue rules run.
     *
     * @return true if they run
     */
    public boolean catalogueRules() {
        return catalogueRules;
    }

    /**
     * Tells whether the Bean Validation layer runs.
     *
     * @return true if it runs
     */
    public boolean beanValidation() {
        return beanValidation;
    }

    /**
     * Returns the options.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "BatteryPassportValidator[carbonFootprintTolerancePercent=" + Values.show(cfTolerancePercent)
                + ", twoKwhRule=" + twoKwhRule + ", catalogueRules=" + catalogueRules + ", beanValidation="
                + beanValidation + "]";
    }

    /**
     * Builds a {@link BatteryPassportValidator}.
     *
     * <h2>Implementation Requirements</h2>
     * This builder is mutable and not thread-safe.
     */
    public static final class Builder {
        private BigDecimal cfTolerancePercent = DEFAULT_CARBON_FOOTPRINT_TOLERANCE_PERCENT;
        private boolean twoKwhRule = true;
        private boolean catalogueRules = true;
        private boolean beanValidation = true;

        private Builder() {
        }

        /**
         * Sets how far, in percent of the total, the sum of the carbon footprint per life-cycle
         * stage may be from the total per functional unit (default 1 %).
         *
         * @param percent the tolerance, 0 to 100, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the tolerance is negative or above 100
         */
        public Builder carbonFootprintTolerancePercent(BigDecimal percent) {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("carbonFootprintTolerancePercent must be between 0 and 100"
                        + " but was " + Values.show(percent));
            }
            this.cfTolerancePercent = percent;
            return this;
        }

        /**
         * Sets whether industrial batteries of at most 2 kWh are recognised as needing no
         * passport (default true). When false, every industrial battery is treated as needing
         * one.
         *
         * @param apply true to apply the rule
         * @return this builder, not null
         */
        public Builder twoKwhRule(boolean apply) {
            this.twoKwhRule = apply;
            return this;
        }

        /**
         * Sets whether the catalogue rules run (default true); turning them off leaves only the
         * Bean Validation layer, for example to measure its cost.
         *
         * @param run true to run them
         * @return this builder, not null
         */
        public Builder catalogueRules(boolean run) {
            this.catalogueRules = run;
            return this;
        }

        /**
         * Sets whether the Bean Validation layer runs (default true); turning it off leaves only
         * the catalogue rules and skips bootstrapping Hibernate Validator.
         *
         * @param run true to run it
         * @return this builder, not null
         */
        public Builder beanValidation(boolean run) {
            this.beanValidation = run;
            return this;
        }

        /**
         * Builds the validator; bootstraps Hibernate Validator if Bean Validation is on.
         *
         * @return the validator, not null
         */
        public BatteryPassportValidator build() {
            return new BatteryPassportValidator(this);
        }
    }
}
