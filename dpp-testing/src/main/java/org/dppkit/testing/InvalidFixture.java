package org.dppkit.testing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.validation.DeclaredFacts;
import org.dppkit.battery.validation.FindingCode;

/**
 * A passport that breaks exactly one validation rule, with the {@link FindingCode} that
 * {@link org.dppkit.battery.validation.BatteryPassportValidator} must report for it. Validated
 * at {@link #validationDate()} with its {@link #facts()}, the passport yields findings of that
 * code and of no other code, so a test can check its own error handling against a known answer.
 * A code may have several fixtures: one per rule, per decided condition and per undecidable
 * condition that leads to it.
 *
 * <pre>{@code
 * for (InvalidFixture f : PassportFixtures.withSeed(42).invalid()) {
 *     ValidationReport report = validator.validate(f.passport(), f.validationDate(), f.facts());
 *     assertTrue(report.has(f.code()), f.description());
 * }
 * }</pre>
 *
 * <p>Made by {@link PassportFixtures#invalid()}; this class is immutable and thread-safe, a
 * value type (equal when passport, code, date, field and description are equal).
 */
public final class InvalidFixture {

    private static final Set<FindingCode> NOT_BUILDABLE = Collections.unmodifiableSet(
            EnumSet.of(FindingCode.ENERGY_UNKNOWN));

    private final BatteryPassport passport;
    private final FindingCode code;
    private final LocalDate validationDate;
    private final BatteryField field;
    private final String description;
    private final DeclaredFacts facts;

    private InvalidFixture(BatteryPassport passport, FindingCode code, LocalDate validationDate,
            BatteryField field, String description, DeclaredFacts facts) {
        this.passport = passport;
        this.code = code;
        this.validationDate = validationDate;
        this.field = field;
        this.description = description;
        this.facts = facts;
    }

    /**
     * Returns a fixture; used by {@link PassportFixtures}, and by users who add their own.
     *
     * @param passport the passport breaking one rule, not null
     * @param code the finding code the rule produces, not null
     * @param validationDate the date to validate at, not null
     * @param field the field the finding names, or null if it names none
     * @param description what is wrong, in one sentence, not null
     * @return the fixture, not null
     * @throws NullPointerException if passport, code, date or description is null
     */
    public static InvalidFixture of(BatteryPassport passport, FindingCode code,
            LocalDate validationDate, BatteryField field, String description) {
        return new InvalidFixture(Objects.requireNonNull(passport, "passport"),
                Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(validationDate, "validationDate"), field,
                Objects.requireNonNull(description, "description"), DeclaredFacts.none());
    }

    /**
     * Returns a copy validated with facts the operator declares (for example the
     * placing-on-market date, or a declaration that contradicts the passport).
     *
     * @param facts the facts, not null
     * @return the fixture, not null
     */
    public InvalidFixture withFacts(DeclaredFacts facts) {
        return new InvalidFixture(passport, code, validationDate, field, description,
                Objects.requireNonNull(facts, "facts"));
    }

    /**
     * Returns the facts to validate with: {@link DeclaredFacts#none()} unless the rule needs
     * declared facts.
     *
     * @return the facts, not null
     */
    public DeclaredFacts facts() {
        return facts;
    }

    /**
     * Returns the finding codes that no fixture can produce alone: {@code DPP-ENERGY-UNKNOWN},
     * which needs the mandatory rated capacity or nominal voltage to be missing and so always
     * comes with {@code DPP-MISSING-MANDATORY}. (Rules the passport builders already enforce,
     * such as shares above 100 % or identifiers that disagree with the passport identifier,
     * have no finding code at all.) Every other code has a fixture in
     * {@link PassportFixtures#invalid()}.
     *
     * @return an unmodifiable set, not null
     */
    public static Set<FindingCode> codesNotBuildable() {
        return NOT_BUILDABLE;
    }

    /**
     * Returns the passport that breaks the rule.
     *
     * @return the passport, not null
     */
    public BatteryPassport passport() {
        return passport;
    }

    /**
     * Returns the finding code the validator must report, and the only code it reports at
     * {@link #validationDate()}.
     *
     * @return the code, not null
     */
    public FindingCode code() {
        return code;
    }

    /**
     * Returns the date to validate at. Dates matter: whether a missing field is an error, a
     * "not yet required" note or nothing depends on the date.
     *
     * @return the date, not null
     */
    public LocalDate validationDate() {
        return validationDate;
    }

    /**
     * Returns the catalogue field that the finding names, when it names one.
     *
     * @return the field, or empty for findings about the passport as a whole
     */
    public Optional<BatteryField> field() {
        return Optional.ofNullable(field);
    }

    /**
     * Returns what is wrong with the passport, in one English sentence.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof InvalidFixture)) {
            return false;
        }
        InvalidFixture o = (InvalidFixture) obj;
        return passport.equals(o.passport) && code == o.code
                && validationDate.equals(o.validationDate) && Objects.equals(field, o.field)
                && description.equals(o.description) && facts.equals(o.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(passport, code, validationDate, field, description, facts);
    }

    /**
     * Returns the code, field and description, for test names.
     *
     * @return for example {@code DPP-VOLTAGE-ORDER voltage.minimum: the minimum voltage ...}
     */
    @Override
    public String toString() {
        return code.code() + (field == null ? "" : " " + field.key()) + ": " + description;
    }
}
