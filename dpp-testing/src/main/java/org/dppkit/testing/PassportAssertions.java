package org.dppkit.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportView;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.DeclaredFacts;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.ValidationReport;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.Audience;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;

/**
 * Assertions about passports for tests, independent of the test framework: each throws an
 * {@link AssertionError} whose message lists what is wrong (JUnit, TestNG and AssertJ report it
 * as a failure).
 *
 * <pre>{@code
 * PassportAssertions.assertCompliant(passport, BatteryCategory.EV, LocalDate.of(2027, 3, 1));
 * PassportAssertions.assertPublicViewHidesRestrictedFields(passport);
 * PassportAssertions.assertFinding(fixture.passport(), fixture.validationDate(), fixture.code());
 * }</pre>
 *
 * <p>Validation uses {@link BatteryPassportValidator#create()} (default settings) unless a
 * validator is passed.
 *
 * <h2>Implementation Requirements</h2>
 * This class has static methods only; it is stateless and thread-safe.
 */
public final class PassportAssertions {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    private static final PassportJson JSON = PassportJson.standard();

    private PassportAssertions() {
    }

    /**
     * Asserts that a passport is of a category and compliant on a date: the validator reports
     * no ERROR finding.
     *
     * @param passport the passport, not null
     * @param category the expected category, not null
     * @param asOf the validation date, not null
     * @return the validation report, for further checks, not null
     * @throws AssertionError naming the category or listing every ERROR finding
     * @throws NullPointerException if an argument is null
     */
    public static ValidationReport assertCompliant(BatteryPassport passport,
            BatteryCategory category, LocalDate asOf) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(passport, "passport");
        if (passport.category() != category) {
            throw new AssertionError("expected a passport of category " + category + " but "
                    + passport + " has category " + passport.category());
        }
        return assertCompliant(passport, asOf, VALIDATOR);
    }

    /**
     * Asserts that a passport is compliant on a date with a given validator: no ERROR finding.
     *
     * @param passport the passport, not null
     * @param asOf the validation date, not null
     * @param validator the validator, not null
     * @return the validation report, not null
     * @throws AssertionError listing every ERROR finding
     * @throws NullPointerException if an argument is null
     */
    public static ValidationReport assertCompliant(BatteryPassport passport, LocalDate asOf,
            BatteryPassportValidator validator) {
        ValidationReport report = Objects.requireNonNull(validator, "validator")
                .validate(Objects.requireNonNull(passport, "passport"),
                        Objects.requireNonNull(asOf, "asOf"));
        List<Finding> errors = report.bySeverity(Severity.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("expected ").append(passport)
                    .append(" to be compliant on ").append(asOf).append(" but found ")
                    .append(errors.size()).append(" error(s):");
            for (Finding f : errors) {
                sb.append("\n  ").append(f.code()).append(" at ").append(f.path()).append(": ")
                        .append(f.message());
            }
            throw new AssertionError(sb.toString());
        }
        return report;
    }

    /**
     * Asserts that validating a passport on a date reports a finding code.
     *
     * @param passport the passport, not null
     * @param asOf the validation date, not null
     * @param code the expected code, not null
     * @return the validation report, not null
     * @throws AssertionError listing the findings reported instead
     * @throws NullPointerException if an argument is null
     */
    public static ValidationReport assertFinding(BatteryPassport passport, LocalDate asOf,
            FindingCode code) {
        return assertFinding(passport, asOf, DeclaredFacts.none(), code);
    }

    /**
     * Asserts that validating a passport on a date, with facts its operator declares, reports
     * a finding code (for example an {@link InvalidFixture} with its {@link InvalidFixture#facts()}).
     *
     * @param passport the passport, not null
     * @param asOf the validation date, not null
     * @param facts the declared facts, not null
     * @param code the expected code, not null
     * @return the validation report, not null
     * @throws AssertionError listing the findings reported instead
     * @throws NullPointerException if an argument is null
     */
    public static ValidationReport assertFinding(BatteryPassport passport, LocalDate asOf,
            DeclaredFacts facts, FindingCode code) {
        Objects.requireNonNull(code, "code");
        ValidationReport report = VALIDATOR.validate(Objects.requireNonNull(passport, "passport"),
                Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(facts, "facts"));
        if (!report.has(code)) {
            throw new AssertionError("expected finding " + code.code() + " for " + passport
                    + " on " + asOf + " but got " + report);
        }
        return report;
    }

    /**
     * Asserts that the public view of a passport, and its public JSON, show no field of Annex
     * XIII points 2 to 4 (access groups other than {@link AccessGroup#PUBLIC}) and every
     * public field the passport has.
     *
     * @param passport the passport, not null
     * @throws AssertionError naming every field shown or hidden wrongly
     * @throws NullPointerException if the passport is null
     */
    public static void assertPublicViewHidesRestrictedFields(BatteryPassport passport) {
        Objects.requireNonNull(passport, "passport");
        PassportView view = passport.view(Audience.PUBLIC);
        String json = JSON.write(passport, Audience.PUBLIC);
        List<String> wrong = new ArrayList<>();
        for (BatteryField f : BatteryField.values()) {
            boolean isPublic = f.access() == AccessGroup.PUBLIC;
            boolean shown = view.get(f).isPresent() || view.presentFields().contains(f);
            boolean inJson = json.contains("\"" + f.key() + "\"");
            if (!isPublic && (shown || inJson)) {
                wrong.add(f.key() + " (" + f.access() + ") is visible"
                        + (inJson ? " in the public JSON" : " in the public view"));
            } else if (isPublic && passport.has(f) && !shown) {
                wrong.add(f.key() + " (PUBLIC) is missing from the public view");
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("public view of " + passport + ": " + String.join("; ",
                    wrong));
        }
    }

    /**
     * Asserts that a passport survives a JSON round trip: reading what
     * {@link PassportJson#standard()} writes gives a passport with the same level, category,
     * identifier and field values, which writes the same JSON again.
     *
     * @param passport the passport, not null
     * @return the passport read back, not null
     * @throws AssertionError naming the first difference
     * @throws NullPointerException if the passport is null
     */
    public static BatteryPassport assertJsonRoundTrip(BatteryPassport passport) {
        String json = JSON.write(Objects.requireNonNull(passport, "passport"));
        BatteryPassport back = JSON.read(json);
        if (back.level() != passport.level() || back.category() != passport.category()
                || !back.id().equals(passport.id())) {
            throw new AssertionError("JSON round trip of " + passport + " gave " + back);
        }
        for (BatteryField f : BatteryField.values()) {
            if (!passport.get(f).equals(back.get(f))) {
                throw new AssertionError("JSON round trip of " + passport + " changed "
                        + f.key() + " from " + passport.get(f) + " to " + back.get(f));
            }
        }
        String again = JSON.write(back);
        if (!again.equals(json)) {
            throw new AssertionError("JSON round trip of " + passport
                    + " is not stable: the passport read back writes different JSON");
        }
        return back;
    }
}
