package org.dppkit.battery.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;

/**
 * Checks a {@link CompliantPassport} constraint: runs {@link BatteryPassportValidator} on the
 * passport and reports each {@code ERROR} finding as a constraint violation. Created by the
 * application's Bean Validation provider (public, with a public no-argument constructor).
 *
 * <h2>Implementation Requirements</h2>
 * Instances are configured once by {@link #initialize(CompliantPassport)} and then are
 * thread-safe; they share one immutable {@link BatteryPassportValidator}.
 */
public final class CompliantPassportValidator implements ConstraintValidator<CompliantPassport, BatteryPassport> {

    /** Null: today in the context's clock. */
    private LocalDate asOf;
    private boolean ownMessage;

    /**
     * Creates a constraint validator; the Bean Validation provider calls this.
     */
    public CompliantPassportValidator() {
    }

    /**
     * Reads the constraint's date and message.
     *
     * @param constraint the constraint, not null
     * @throws PassportException (BAD_FORMAT) if {@link CompliantPassport#asOf()} is neither empty nor
     *     an ISO date
     */
    @Override
    public void initialize(CompliantPassport constraint) {
        String date = constraint.asOf();
        if (!date.isEmpty()) {
            try {
                asOf = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new PassportException(PassportErrorCode.BAD_FORMAT, null,
                        "@CompliantPassport(asOf = \"" + date
                        + "\") must be empty or an ISO date such as 2027-02-18: " + e.getMessage(), e);
            }
        }
        ownMessage = !CompliantPassport.DEFAULT_MESSAGE.equals(constraint.message());
    }

    /**
     * Validates the passport as of the constraint's date.
     *
     * @param passport the passport, or null (valid)
     * @param context the context to add violations to, not null
     * @return true if the passport is null or has no {@code ERROR} finding
     */
    @Override
    public boolean isValid(BatteryPassport passport, ConstraintValidatorContext context) {
        if (passport == null) {
            return true;
        }
        if (!passport.isComplete()) {
            return fail(context, "holds only the fields audience " + passport.audience()
                    + " may read (read from a " + passport.audience() + " document); only the complete "
                    + "passport (audience ISSUER) can be judged compliant");
        }
        LocalDate date = asOf != null ? asOf
                : ZonedDateTime.now(context.getClockProvider().getClock()).toLocalDate();
        ValidationReport report = Shared.VALIDATOR.validate(passport, date);
        if (report.isCompliant()) {
            return true;
        }
        if (ownMessage) {
            return false;       // the default violation, with the constraint's own message
        }
        context.disableDefaultConstraintViolation();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR) {
                String where = f.path().isEmpty() ? "" : " at " + f.path();
                context.buildConstraintViolationWithTemplate(escape(f.code() + where + ": " + f.message()))
                        .addConstraintViolation();
            }
        }
        return false;
    }

    private boolean fail(ConstraintValidatorContext context, String reason) {
        if (!ownMessage) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(escape(reason)).addConstraintViolation();
        }
        return false;
    }

    /**
     * Escapes text for a message template, so that passport values in a finding's message are
     * never read as message parameters or expressions ({@code {...}}, {@code ${...}}).
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The validator every constraint shares, created on first use. */
    private static final class Shared {
        static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    }
}
