package org.dppkit.battery.validation;

import static org.dppkit.battery.validation.CorePassports.completeItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.core.Audience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CompliantPassport} in an application's own Jakarta Validation setup: the plain
 * {@code Validation.buildDefaultValidatorFactory()} bootstrap a user writes, with nothing but
 * dpp-core (and what it brings) on the path.
 */
class CompliantPassportTest {

    private static final java.time.LocalDate AS_OF = java.time.LocalDate.of(2027, 3, 1);

    /** An application's bean holding passports. */
    static final class Shipment {
        @NotNull
        @CompliantPassport(asOf = "2027-03-01")
        final BatteryPassport battery;
        final List<@CompliantPassport(asOf = "2027-03-01") ItemPassport> spares;

        Shipment(BatteryPassport battery, List<ItemPassport> spares) {
            this.battery = battery;
            this.spares = spares;
        }
    }

    /** The README's example: a record, whose component annotations Java copies to field and accessor. */
    record ReadmeShipment(@NotNull @CompliantPassport ItemPassport battery,
                          List<@CompliantPassport(asOf = "2027-03-01") ItemPassport> spares) {}

    /** A bean whose constraint judges by the validator's clock and has its own message. */
    static final class Today {
        @CompliantPassport(message = "battery {0} is not compliant")
        final BatteryPassport battery;

        Today(BatteryPassport battery) {
            this.battery = battery;
        }
    }

    /** A service method with a constrained parameter. */
    static final class Registry {
        void register(@CompliantPassport(asOf = "2027-03-01") ItemPassport passport) {
            // an application would store it
        }
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void bootstrapAsAUserWould() {
        // An application typically creates dppkit's validator too; doing so first also keeps
        // Hibernate Validator's once-per-JVM version banner out of the build log.
        BatteryPassportValidator.create();
        factory = Validation.buildDefaultValidatorFactory();   // HV000183 without an EL implementation
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void compliantPassports_haveNoViolation() {
        ItemPassport ev = completeItem(BatteryCategory.EV).build();
        ItemPassport lmt = completeItem(BatteryCategory.LMT).build();
        assertEquals(Set.of(), validator.validate(new Shipment(ev, List.of(lmt, ev))));
        assertEquals(Set.of(), validator.validate(new Shipment(lmt, List.of())));
    }

    @Test
    void eachErrorFinding_isOneViolationWithCodePointerAndMessage() {
        ItemPassport broken = completeItem(BatteryCategory.EV).clear(BatteryField.BATTERY_MASS)
                .clear(BatteryField.RATED_CAPACITY).build();
        ValidationReport report = BatteryPassportValidator.create().validate(broken, AS_OF);
        List<String> expected = new ArrayList<>();
        report.findings().stream().filter(f -> f.severity() == org.dppkit.core.Severity.ERROR)
                .forEach(f -> expected.add(f.code() + " at " + f.path() + ": " + f.message()));
        assertEquals(2, expected.size(), report.toString());

        Set<ConstraintViolation<Shipment>> violations =
                validator.validate(new Shipment(broken, List.of(completeItem(BatteryCategory.EV).build(), broken)));
        Set<String> battery = new TreeSet<>();
        Set<String> spares = new TreeSet<>();
        for (ConstraintViolation<Shipment> v : violations) {
            String path = v.getPropertyPath().toString();
            if (path.equals("battery")) {
                battery.add(v.getMessage());
            } else {
                assertEquals("spares[1].<list element>", path);
                spares.add(v.getMessage());
            }
            assertEquals(CompliantPassport.class, v.getConstraintDescriptor().getAnnotation().annotationType());
        }
        assertEquals(new TreeSet<>(expected), battery);
        assertEquals(new TreeSet<>(expected), spares);
        assertTrue(battery.iterator().next().startsWith("DPP-MISSING-MANDATORY at /fields/"), battery.toString());
    }

    @Test
    void readmeRecord_isValidatedOncePerFinding() {
        ItemPassport broken = completeItem(BatteryCategory.EV).clear(BatteryField.BATTERY_MASS).build();
        Validator march = factory.usingContext()
                .clockProvider(() -> Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC)).getValidator();
        Set<ConstraintViolation<ReadmeShipment>> v = march.validate(new ReadmeShipment(broken, List.of(broken)));
        List<String> paths = new ArrayList<>();
        v.forEach(c -> paths.add(c.getPropertyPath().toString()));
        paths.sort(null);
        assertEquals(List.of("battery", "spares[0].<list element>"), paths);
        assertEquals(Set.of(), march.validate(new ReadmeShipment(completeItem(BatteryCategory.EV).build(), List.of())));
    }

    @Test
    void nullIsLeftToNotNull_andAReducedPassportIsInvalid() {
        Set<ConstraintViolation<Shipment>> missing = validator.validate(new Shipment(null, List.of()));
        assertEquals(1, missing.size());
        assertEquals(NotNull.class, missing.iterator().next().getConstraintDescriptor().getAnnotation()
                .annotationType());

        BatteryPassport pub = completeItem(BatteryCategory.EV).build().restrictTo(Audience.PUBLIC);
        Set<ConstraintViolation<Shipment>> reduced = validator.validate(new Shipment(pub, List.of()));
        assertEquals(1, reduced.size());
        assertEquals("holds only the fields audience PUBLIC may read (read from a PUBLIC document); only the "
                + "complete passport (audience ISSUER) can be judged compliant", reduced.iterator().next()
                        .getMessage());
    }

    @Test
    void defaultDate_isTodayInTheValidatorsClock_andAnOwnMessageIsKept() {
        // Made in June 2027: judged in March 2027 the date is in the future, judged in August it is not.
        ItemPassport june = completeItem(BatteryCategory.EV).set(BatteryField.MANUFACTURING_DATE, YearMonth.of(2027, 6))
                .build();
        Validator march = factory.usingContext()
                .clockProvider(() -> Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC)).getValidator();
        Validator august = factory.usingContext()
                .clockProvider(() -> Clock.fixed(Instant.parse("2027-08-01T10:00:00Z"), ZoneOffset.UTC)).getValidator();
        assertEquals(Set.of(), august.validate(new Today(june)));
        Set<ConstraintViolation<Today>> v = march.validate(new Today(june));
        assertEquals(1, v.size(), v.toString());
        assertEquals("battery {0} is not compliant", v.iterator().next().getMessage());
    }

    @Test
    void methodParameters_areValidated() throws Exception {
        Method register = Registry.class.getDeclaredMethod("register", ItemPassport.class);
        ItemPassport broken = completeItem(BatteryCategory.LMT).clear(BatteryField.BATTERY_MASS).build();
        Set<ConstraintViolation<Registry>> v = validator.forExecutables()
                .validateParameters(new Registry(), register, new Object[] {broken});
        assertEquals(1, v.size());
        assertEquals("register.passport", v.iterator().next().getPropertyPath().toString());
        assertEquals(Set.of(), validator.forExecutables()
                .validateParameters(new Registry(), register, new Object[] {completeItem(BatteryCategory.LMT)
                        .build()}));
    }

    @Test
    void badAsOf_failsWithTheAttributeNamed() {
        final class Bad {
            @CompliantPassport(asOf = "18.02.2027")
            final BatteryPassport battery = completeItem(BatteryCategory.EV).build();
        }
        ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(new Bad()));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(String.valueOf(e.getMessage()).contains("@CompliantPassport(asOf = \"18.02.2027\")")
                || cause.getMessage().contains("18.02.2027"), e.toString());
    }

    @Test
    void escape_keepsFindingTextLiteralInMessageTemplates() {
        assertEquals("a \\$\\{1+1\\} \\{x\\} \\\\ b", CompliantPassportValidator.escape("a ${1+1} {x} \\ b"));
        // A caller's message never goes through escape, so its parameters still interpolate.
        assertEquals("plain", CompliantPassportValidator.escape("plain"));
    }

    @Test
    void batteryPassportValidator_runsOnTheCallersFactory() {
        BatteryPassportValidator own = BatteryPassportValidator.builder().validatorFactory(factory).build();
        ItemPassport broken = completeItem(BatteryCategory.EV)
                .set(BatteryField.MANUFACTURER_WEB_ADDRESS, URI.create("http://example.com")).build();
        ValidationReport expected = BatteryPassportValidator.create().validate(broken, AS_OF);
        assertTrue(expected.has(FindingCode.URI_NOT_HTTPS), expected.toString());
        assertEquals(expected, own.validate(broken, AS_OF));
        assertEquals(expected, own.toBuilder().build().validate(broken, AS_OF));
        assertThrows(NullPointerException.class, () -> BatteryPassportValidator.builder().validatorFactory(null));
    }
}
