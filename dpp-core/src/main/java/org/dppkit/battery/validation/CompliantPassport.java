package org.dppkit.battery.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the annotated battery passport passes dppkit's compliance
 * checks ({@link BatteryPassportValidator}), that is its report has no {@code ERROR} finding.
 * For fields, getters, parameters, return values and type arguments of a
 * {@link org.dppkit.battery.BatteryPassport} type, in the application's own validator (plain
 * {@code Validation.buildDefaultValidatorFactory()}, Spring, a Jakarta EE server):
 *
 * <pre>{@code
 * record Shipment(@NotNull @CompliantPassport ItemPassport battery,
 *                 List<@CompliantPassport(asOf = "2027-02-18") ItemPassport> spares) {}
 *
 * Set<ConstraintViolation<Shipment>> violations = validator.validate(shipment);
 * // one violation per ERROR finding, for example
 * // battery: DPP-MISSING-MANDATORY at /fields/ratedCapacity: Rated capacity is missing; ...
 * }</pre>
 *
 * <p>Each {@code ERROR} finding becomes one constraint violation on the annotated element; its
 * message is {@link #message()} when that is changed from the default, otherwise the finding's
 * code, JSON pointer and message. Warnings and notes (not yet required, not applicable) never
 * fail. A {@code null} passport is valid (add {@code @NotNull} to require one). A reduced
 * passport ({@link org.dppkit.battery.BatteryPassport#isComplete()} false, read from a PUBLIC or
 * other audience's document) is invalid: it lacks the fields its audience may not read.
 *
 * <p>The date the obligations are judged by is {@link #asOf()}, an ISO date, or by default today
 * in the validator's {@code ClockProvider} (the system clock unless the application configures
 * one), in the clock's zone.
 *
 * <p>The checks run with dppkit's default options (1 % carbon footprint tolerance, the 2 kWh rule)
 * and one {@link BatteryPassportValidator} shared by every use of the constraint; for other
 * options call a validator of your own. The constraint validator is
 * {@link CompliantPassportValidator}, named in {@link Constraint#validatedBy()}: no registration
 * is needed.
 */
@Documented
@Constraint(validatedBy = CompliantPassportValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(CompliantPassport.List.class)
public @interface CompliantPassport {

    /** The default {@link #message()}: replaced by each finding's own text. */
    String DEFAULT_MESSAGE = "is not a compliant battery passport";

    /**
     * Returns the violation message; when left at {@value #DEFAULT_MESSAGE}, each violation
     * carries its finding's code, JSON pointer and message instead.
     *
     * @return the message template, not null
     */
    String message() default DEFAULT_MESSAGE;

    /**
     * Returns the validation groups of this constraint.
     *
     * @return the groups, not null
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload of this constraint.
     *
     * @return the payload, not null
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Returns the date to judge obligations by, as an ISO date ({@code 2027-02-18}); empty (the
     * default) means today in the validator's {@code ClockProvider}.
     *
     * @return the date or empty, not null
     */
    String asOf() default "";

    /**
     * Several {@link CompliantPassport} constraints on one element, for example one per group.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
            ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /**
         * Returns the constraints.
         *
         * @return the constraints, not null
         */
        CompliantPassport[] value();
    }
}
