package org.dppkit.battery.validation;

import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;

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
 * <li><b>Catalogue rules</b>, driven by the bundled field catalogue and its obligations
 *     ({@link org.dppkit.battery.BatteryField#obligation(org.dppkit.battery.BatteryCategory,
 *     org.dppkit.battery.IndustrialSubCategory)}): for every field exactly one
 *     {@link FieldOutcome}, per category, industrial sub-category, condition and date. A field
 *     that is mandatory, or conditional with every {@link org.dppkit.battery.Condition} holding,
 *     is an {@code ERROR} when missing once its act applies; a condition that does not hold makes
 *     the field not applicable; a condition that neither the data nor a {@link DeclaredFacts
 *     declared fact} decides is a {@code WARNING} naming the fact to state; a field whose act
 *     applies later or is pending in the {@link RegulatoryCalendar} is an {@code INFO} with the
 *     date and the act; a field present although not applicable to the category or
 *     sub-category is a {@code WARNING}. Obligations are checked for the fields a passport of its
 *     level can hold. A MODEL or BATCH passport of an EV, LMT or industrial battery above 2 kWh
 *     gets {@link FindingCode#LEVEL_NOT_PER_BATTERY} ({@link LevelPolicy}). Then voltage order,
 *     efficiency, dates, the carbon footprint sum, the Art. 8(2) minimum recycled shares and
 *     predecessor links against the status.</li>
 * <li><b>Bean Validation</b> (Jakarta Bean Validation with Hibernate Validator, bootstrapped once
 *     per instance, without Jakarta EL): design values greater than 0, links absolute
 *     {@code https} URIs, e-mail addresses. (Ranges and keys the passport builders already
 *     enforce are not checked again.)</li>
 * </ul>
 * {@link FindingCode} lists every code with its meaning.
 *
 * <h2>Two dates</h2>
 * The placing-on-market date ({@link DeclaredFacts#placedOnMarket()}, else the validation date)
 * decides the obligations that apply to batteries placed on the market from a date (Art. 7,
 * Art. 8); the validation date ({@code asOf}) decides what is in force (due diligence, pending
 * acts) and which recorded dates lie in the future.
 *
 * <h2>The 2 kWh rule</h2>
 * An industrial battery needs a passport only above 2 kWh (Art. 77(1)), computed as rated
 * capacity (Ah) &times; nominal voltage (V) / 1000. At or below the threshold the report has one
 * {@code INFO} ({@link FindingCode#NO_PASSPORT_REQUIRED}) and no missing-field findings; when the
 * energy cannot be computed it has a {@code WARNING} ({@link FindingCode#ENERGY_UNKNOWN}) and the
 * battery is treated as needing a passport. A certified usable energy that exceeds the rated
 * energy, or lies on the other side of 2 kWh, is reported ({@link FindingCode#ENERGY_DISAGREES})
 * but never decides. {@link Builder#twoKwhRule(boolean)} turns the rule off.
 *
 * <h2>Messages</h2>
 * Findings carry an English message, a message key and typed arguments that never hold a value
 * of a field outside the public group; {@link ValidationReport#localized(java.util.Locale)}
 * renders them in German or French ({@link FindingMessages}).
 *
 * <h2>Bad input</h2>
 * The validator never throws on a passport, however incomplete: it reports every finding at once.
 * The one exception is a <em>reduced</em> passport ({@link BatteryPassport#isComplete()} false:
 * read from a PUBLIC or other audience's document, or made by {@code restrictTo}): it lacks the
 * fields its audience may not read, so judging it would report them missing; validating it throws
 * {@link PassportException}. Validate the complete passport.
 *
 * <h2>Your own Bean Validation</h2>
 * {@link Builder#validatorFactory(ValidatorFactory)} runs the Bean Validation layer on the
 * caller's {@code ValidatorFactory} (Spring's, a Jakarta EE server's) instead of bootstrapping
 * Hibernate Validator here. To validate passports held by your own beans with your own
 * validator, annotate them with {@link CompliantPassport}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: create one instance (creating it bootstraps Hibernate
 * Validator, which takes milliseconds) and share it between threads. It keeps no global state.
 */
public final class BatteryPassportValidator {

    /** The default carbon footprint tolerance: 1 % of the total. */
    public static final BigDecimal DEFAULT_CARBON_FOOTPRINT_TOLERANCE_PERCENT = BigDecimal.ONE;

    private final BigDecimal cfTolerancePercent;
    private final boolean twoKwhRule;
    private final LevelPolicy levelPolicy;
    private final RegulatoryCalendar calendar;
    private final boolean catalogueRules;
    private final boolean beanValidation;
    private final CatalogueRules rules;
    /** Null when Bean Validation is off. */
    private final BeanLayer beans;

    /** The caller's factory, or null when this validator bootstraps its own. */
    private final ValidatorFactory validatorFactory;

    private BatteryPassportValidator(Builder b) {
        this.cfTolerancePercent = b.cfTolerancePercent;
        this.twoKwhRule = b.twoKwhRule;
        this.levelPolicy = b.levelPolicy;
        this.calendar = b.calendar;
        this.catalogueRules = b.catalogueRules;
        this.beanValidation = b.beanValidation;
        this.validatorFactory = b.validatorFactory;
        this.rules = new CatalogueRules(cfTolerancePercent, twoKwhRule, levelPolicy, calendar);
        this.beans = !beanValidation ? null
                : validatorFactory != null ? new BeanLayer(validatorFactory) : new BeanLayer();
    }

    /**
     * Creates a validator with the default options: every rule, 1 % carbon footprint tolerance,
     * the 2 kWh rule on, {@link LevelPolicy#WARN}, the bundled {@link RegulatoryCalendar}.
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
        Builder b = new Builder().carbonFootprintTolerancePercent(cfTolerancePercent).twoKwhRule(twoKwhRule)
                .levelPolicy(levelPolicy).calendar(calendar).catalogueRules(catalogueRules)
                .beanValidation(beanValidation);
        b.validatorFactory = validatorFactory;
        return b;
    }

    /**
     * Validates a passport as of a date, with no declared facts: lists every finding at once and
     * never throws on a complete passport, however many fields it lacks. The placing-on-market date is taken to be
     * the validation date.
     *
     * @param passport the passport, of any level and category, not null
     * @param asOf the date to judge obligations and dates by (for example today, or the date of
     *     placing on the market), not null
     * @return the report, not null
     * @throws PassportException if the passport is reduced ({@link BatteryPassport#isComplete()}
     *     is false): it does not hold the fields its audience may not read
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(BatteryPassport passport, LocalDate asOf) {
        return validate(passport, asOf, DeclaredFacts.none());
    }

    /**
     * Validates a passport as of a date with the facts its operator declares (conditions the
     * passport cannot show, the placing-on-market date).
     *
     * @param passport the passport, of any level and category, not null
     * @param asOf the validation date: decides what is in force, not null
     * @param facts the declared facts, not null
     * @return the report, not null
     * @throws PassportException if the passport is reduced ({@link BatteryPassport#isComplete()}
     *     is false): it does not hold the fields its audience may not read
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(BatteryPassport passport, LocalDate asOf, DeclaredFacts facts) {
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(facts, "facts");
        if (!passport.isComplete()) {
            throw new PassportException(PassportErrorCode.INCOMPLETE_PASSPORT,
                    "cannot validate " + passport + " for compliance: it holds "
                    + "only the fields audience " + passport.audience() + " may read (it was read "
                    + "from a " + passport.audience() + " document or made by restrictTo), so every "
                    + "other mandatory field would be reported missing; validate the complete "
                    + "passport (audience ISSUER)");
        }
        List<Finding> out = new ArrayList<>();
        Read read = Read.of(passport);
        FieldOutcome[] outcomes = new FieldOutcome[BatteryField.values().length];
        if (catalogueRules) {
            rules.check(read, asOf, facts, outcomes, out);
            TextRule.check(passport, read, out);
        }
        if (beanValidation) {
            beans.check(read, out);
        }
        return ValidationReport.of(asOf, out, catalogueRules ? outcomes : null,
                facts.placedOnMarket().orElse(asOf), levelPolicy, calendar.asOf());
    }

    /**
     * Returns the fields a passport of a category, sub-category and level must hold, or may
     * have to hold under its conditions, for a battery placed on the market on a date, each with
     * the level that owns its value: mandatory, conditional and recommended fields whose act
     * applies by that date in this validator's calendar, in catalogue order.
     *
     * @param category the category, not null
     * @param subCategory the industrial sub-category; required for industrial batteries, ignored
     *     otherwise
     * @param level the passport level: fields owned by lower levels are left out, not null
     * @param placedOnMarket the placing-on-market date, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if an argument is null (the sub-category only for industrial
     *     batteries)
     */
    public List<FieldRequirement> requirements(BatteryCategory category, IndustrialSubCategory subCategory,
            PassportLevel level, LocalDate placedOnMarket) {
        return FieldRequirement.of(calendar, category, subCategory, level, placedOnMarket);
    }

    /**
     * Returns the policy for MODEL and BATCH passports of in-scope batteries.
     *
     * @return the policy, not null
     */
    public LevelPolicy levelPolicy() {
        return levelPolicy;
    }

    /**
     * Returns the regulatory calendar the validator decides dates by.
     *
     * @return the calendar, not null
     */
    public RegulatoryCalendar calendar() {
        return calendar;
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
                + ", twoKwhRule=" + twoKwhRule + ", levelPolicy=" + levelPolicy + ", calendarAsOf="
                + calendar.asOf() + ", catalogueRules=" + catalogueRules + ", beanValidation="
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
        private LevelPolicy levelPolicy = LevelPolicy.WARN;
        private RegulatoryCalendar calendar = RegulatoryCalendar.defaults();
        private boolean catalogueRules = true;
        private boolean beanValidation = true;
        private ValidatorFactory validatorFactory;

        private Builder() {
        }

        /**
         * Runs the Bean Validation layer on the caller's {@code ValidatorFactory} (for example
         * the one Spring or a Jakarta EE server provides) instead of bootstrapping Hibernate
         * Validator in {@link #build()}. The factory must outlive the validator; its message
         * interpolator and constraint validator factory are used as configured, except that
         * dppkit's own constraint validators are created by dppkit. Any Jakarta Validation 3.1
         * provider works.
         *
         * @param factory the caller's factory, not null
         * @return this builder, not null
         * @throws NullPointerException if the factory is null
         */
        public Builder validatorFactory(ValidatorFactory factory) {
            this.validatorFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * Sets how far, in percent of the total, the sum of the carbon footprint per life-cycle
         * stage may be from the total per functional unit (default 1 %).
         *
         * @param percent the tolerance, 0 to 100, not null
         * @return this builder, not null
         * @throws PassportException (OUT_OF_RANGE) if the tolerance is negative or above 100
         */
        public Builder carbonFootprintTolerancePercent(BigDecimal percent) {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new PassportException(PassportErrorCode.OUT_OF_RANGE,
                        "carbonFootprintTolerancePercent must be between 0 and 100"
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
         * Sets how a MODEL or BATCH passport of a battery that needs its own passport is
         * reported (default {@link LevelPolicy#WARN}).
         *
         * @param policy the policy, not null
         * @return this builder, not null
         */
        public Builder levelPolicy(LevelPolicy policy) {
            this.levelPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the regulatory calendar (default {@link RegulatoryCalendar#defaults()}), for
         * example with an act adopted after this release.
         *
         * @param calendar the calendar, not null; must hold every act the field catalogue names
         * @return this builder, not null
         */
        public Builder calendar(RegulatoryCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
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
         * Builds the validator; bootstraps Hibernate Validator if Bean Validation is on and no
         * {@linkplain #validatorFactory(ValidatorFactory) factory} was given.
         *
         * @return the validator, not null
         * @throws PassportException (BAD_CALENDAR) if the calendar lacks an act the field
         *     catalogue names
         */
        public BatteryPassportValidator build() {
            return new BatteryPassportValidator(this);
        }
    }
}
