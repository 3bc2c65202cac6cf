package org.dppkit.battery.validation;

import jakarta.validation.Configuration;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.FieldType;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.Gtin;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The Jakarta Bean Validation layer: field constraints (ranges, links, e-mail, GS1 keys).
 *
 * <p>The passport's value classes carry no constraint annotations (they validate their own
 * invariants and stay free of framework types), so this layer copies the constrained values of a
 * passport into a small snapshot of constraint-annotated beans, one per value, each remembering
 * the field and JSON pointer it came from, and validates the snapshot with Hibernate Validator.
 * Hibernate Validator is bootstrapped once per instance, without Jakarta EL
 * ({@link ParameterMessageInterpolator}) and without the service loader; the custom constraint
 * validators are created by this class, not by reflection. Immutable and thread-safe.
 */
final class BeanLayer {

    private final ValidatorFactory factory;
    private final Validator validator;

    BeanLayer() {
        Configuration<?> config = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> Collections.singletonList(new HibernateValidator()))
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator());
        config.constraintValidatorFactory(new Factory(config.getDefaultConstraintValidatorFactory()));
        this.factory = config.buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Adds a finding for every violated constraint of the passport to {@code out}. */
    void check(PassportData p, List<Finding> out) {
        List<Item> items = new ArrayList<>(48);
        for (BatteryField f : FIELDS) {
            Optional<Object> ov = p.get(f);
            if (ov.isEmpty() || Values.isEmpty(ov.get())) {
                continue;
            }
            collect(f, ov.get(), items);
        }
        if (items.isEmpty()) {
            return;
        }
        Set<ConstraintViolation<Snapshot>> violations = validator.validate(new Snapshot(items));
        for (ConstraintViolation<Snapshot> v : violations) {
            Object leaf = v.getLeafBean();
            if (leaf instanceof Item) {
                out.add(((Item) leaf).finding());
            }
        }
    }

    private static final BatteryField[] FIELDS = BatteryField.values();

    static void collect(BatteryField f, Object v, List<Item> items) {
        FieldType t = f.type();
        switch (t) {
            case DECIMAL:
            case INTEGER:
            case OBJECT:
                if (f.isList()) {
                    List<?> els = Values.elements(v);
                    for (int i = 0; i < els.size(); i++) {
                        numbers(f, els.get(i), Paths.of(f, i), items);
                    }
                } else {
                    numbers(f, v, Paths.of(f), items);
                }
                break;
            case URL:
            case DOCUMENT_REF:
                if (f.isList()) {
                    List<?> els = Values.elements(v);
                    for (int i = 0; i < els.size(); i++) {
                        items.add(new LinkItem(f, Paths.of(f, i), els.get(i)));
                    }
                } else {
                    items.add(new LinkItem(f, Paths.of(f), v));
                }
                break;
            case STRING:
                strings(f, v, items);
                break;
            default:
                break;
        }
    }

    private static void strings(BatteryField f, Object v, List<Item> items) {
        String s = Values.text(v);
        if (s == null) {
            return;
        }
        switch (f) {
            case MANUFACTURER_EMAIL_ADDRESS:
                items.add(new EmailItem(f, Paths.of(f), s));
                break;
            case MODEL_IDENTIFIER:
                if (CatalogueRules.looksLikeGtin(s)) {
                    items.add(new GtinItem(f, Paths.of(f), s));
                }
                break;
            case BATCH_NUMBER:
                items.add(new KeyItem(FindingCode.BATCH_NUMBER_INVALID, f, Paths.of(f), s));
                break;
            case SERIAL_NUMBER:
                items.add(new KeyItem(FindingCode.SERIAL_NUMBER_INVALID, f, Paths.of(f), s));
                break;
            default:
                break;
        }
    }

    /** Collects the numbers of a value: the value itself, or the numeric parts of an object. */
    private static void numbers(BatteryField f, Object v, String path, List<Item> items) {
        BigDecimal n = Values.number(v);
        if (n != null) {
            Unit u = Values.unit(v);
            FindingCode code = kind(f, u != null ? u : f.unit().orElse(null));
            if (code != null) {
                items.add(new NumberItem(code, f, path, n, u != null ? u : f.unit().orElse(null)));
            }
            return;
        }
        Map<String, Object> props = Values.properties(v);
        if (props == null) {
            return;
        }
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Object part = e.getValue();
            if (part != null && !(part instanceof CharSequence)) {
                numbers(f, part, Paths.append(path, e.getKey()), items);
            }
        }
    }

    /** Which range rule a number of the field in the given unit must meet, or null for none. */
    static FindingCode kind(BatteryField f, Unit u) {
        if (u == null) {
            return null;
        }
        switch (u) {
            case PERCENT:
                return f == BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE
                        ? FindingCode.VALUE_NEGATIVE : FindingCode.SHARE_OUT_OF_RANGE;
            case DEGREE_CELSIUS:
                return null;
            case KILOGRAM_CO2E_PER_KILOWATT_HOUR:
                return f == BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE ? null : FindingCode.VALUE_NEGATIVE;
            case PERCENT_PER_MONTH:
            case MINUTE:
            case ONE:
                return FindingCode.VALUE_NEGATIVE;
            case KILOGRAM:
                return f == BatteryField.CARBON_FOOTPRINT_ABSOLUTE ? FindingCode.VALUE_NEGATIVE
                        : FindingCode.VALUE_NOT_POSITIVE;
            default:
                return f.scope() == PassportLevel.ITEM && !f.key().startsWith("itemPerformance.")
                        ? FindingCode.VALUE_NEGATIVE : FindingCode.VALUE_NOT_POSITIVE;
        }
    }

    // ---- the snapshot beans -------------------------------------------------------------------

    /** The constrained values of one passport. */
    static final class Snapshot {
        final List<@Valid Item> items;

        Snapshot(List<Item> items) {
            this.items = items;
        }
    }

    /** One constrained value with the field and pointer it came from. */
    abstract static class Item {
        final FindingCode code;
        final BatteryField field;
        final String path;

        Item(FindingCode code, BatteryField field, String path) {
            this.code = code;
            this.field = field;
            this.path = path;
        }

        abstract String message();

        final Finding finding() {
            return CatalogueRules.finding(code, field, path, message(), code.legalReference()
                    + field.annexXiiiRef().map(r -> "; Annex XIII " + r).orElse(""));
        }
    }

    /** A number checked against one of three ranges; only the matching constraint group runs. */
    static final class NumberItem extends Item {
        final BigDecimal value;
        final Unit unit;
        @DecimalMin(value = "0", message = "share")
        @DecimalMax(value = "100", message = "share")
        final BigDecimal share;
        @DecimalMin(value = "0", inclusive = false, message = "positive")
        final BigDecimal positive;
        @DecimalMin(value = "0", message = "non-negative")
        final BigDecimal nonNegative;

        NumberItem(FindingCode code, BatteryField field, String path, BigDecimal value, Unit unit) {
            super(code, field, path);
            this.value = value;
            this.unit = unit;
            this.share = code == FindingCode.SHARE_OUT_OF_RANGE ? value : null;
            this.positive = code == FindingCode.VALUE_NOT_POSITIVE ? value : null;
            this.nonNegative = code == FindingCode.VALUE_NEGATIVE ? value : null;
        }

        @Override
        String message() {
            String what = "The " + Paths.name(field) + (path.equals(Paths.of(field)) ? "" : " at " + path)
                    + " is " + Values.show(value, unit);
            switch (code) {
                case SHARE_OUT_OF_RANGE:
                    return what + "; a percentage must be between 0 % and 100 %.";
                case VALUE_NOT_POSITIVE:
                    return what + "; it must be greater than 0.";
                default:
                    return what + "; it must not be negative.";
            }
        }
    }

    /** A link that must be an absolute https URI. */
    static final class LinkItem extends Item {
        @HttpsLink
        final Object value;

        LinkItem(BatteryField field, String path, Object link) {
            super(FindingCode.URI_NOT_HTTPS, field, path);
            URI uri = Values.uri(link);
            this.value = uri != null ? uri : Values.linkText(link);
        }

        @Override
        String message() {
            return "The " + Paths.name(field) + " link '" + Values.shorten(value) + "' is not an absolute"
                    + " https URI; publish documents at https addresses.";
        }
    }

    /** An e-mail address. */
    static final class EmailItem extends Item {
        @Email(message = "e-mail")
        final String value;

        EmailItem(BatteryField field, String path, String value) {
            super(FindingCode.EMAIL_INVALID, field, path);
            this.value = value;
        }

        @Override
        String message() {
            return "The " + Paths.name(field) + " '" + Values.shorten(value) + "' is not a well-formed"
                    + " e-mail address.";
        }
    }

    /** A model identifier written as a GTIN. */
    static final class GtinItem extends Item {
        @Gs1Gtin
        final String value;

        GtinItem(BatteryField field, String path, String value) {
            super(FindingCode.GTIN_INVALID, field, path);
            this.value = value;
        }

        @Override
        String message() {
            return "The " + Paths.name(field) + " '" + value + "' is written as a GTIN but its check digit"
                    + " is wrong (GS1 mod-10 check digit).";
        }
    }

    /** A batch or serial number that must be a GS1 AI (10) or (21) value. */
    static final class KeyItem extends Item {
        @Gs1Cset82
        final String value;

        KeyItem(FindingCode code, BatteryField field, String path, String value) {
            super(code, field, path);
            this.value = value;
        }

        @Override
        String message() {
            return "The " + Paths.name(field) + " '" + Values.shorten(value) + "' is not a GS1 "
                    + (code == FindingCode.BATCH_NUMBER_INVALID ? "AI (10)" : "AI (21)") + " value: it must"
                    + " have 1 to 20 characters of GS1 character set 82 (letters, digits and"
                    + " !\"%&'()*+,-./:;<=>?_).";
        }
    }

    // ---- custom constraints -------------------------------------------------------------------

    /** The value is an absolute https URI with a host. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = HttpsLinkValidator.class)
    @interface HttpsLink {
        String message() default "must be an absolute https URI";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The value is a GTIN with a correct check digit. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = GtinValidator.class)
    @interface Gs1Gtin {
        String message() default "must be a GTIN with a correct check digit";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The value has 1 to 20 characters of GS1 character set 82. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Cset82Validator.class)
    @interface Gs1Cset82 {
        String message() default "must have 1 to 20 characters of GS1 character set 82";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class HttpsLinkValidator implements ConstraintValidator<HttpsLink, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (!(value instanceof URI)) {
                return false;
            }
            URI u = (URI) value;
            return u.isAbsolute() && "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null
                    && !u.getHost().isEmpty();
        }
    }

    static final class GtinValidator implements ConstraintValidator<Gs1Gtin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Gtin.isValid(value);
        }
    }

    static final class Cset82Validator implements ConstraintValidator<Gs1Cset82, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isCset82(value, 20);
        }
    }

    /** Tells whether the text has 1 to {@code max} characters of GS1 character set 82. */
    static boolean isCset82(String s, int max) {
        int n = s.length();
        if (n == 0 || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || "!\"%&'()*+,-./:;<=>?_".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Creates this layer's constraint validators directly; the others through the default. */
    private static final class Factory implements ConstraintValidatorFactory {
        private final ConstraintValidatorFactory fallback;

        Factory(ConstraintValidatorFactory fallback) {
            this.fallback = fallback;
        }

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == HttpsLinkValidator.class) {
                return key.cast(new HttpsLinkValidator());
            }
            if (key == GtinValidator.class) {
                return key.cast(new GtinValidator());
            }
            if (key == Cset82Validator.class) {
                return key.cast(new Cset82Validator());
            }
            return fallback.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            if (!(instance instanceof HttpsLinkValidator || instance instanceof GtinValidator
                    || instance instanceof Cset82Validator)) {
                fallback.releaseInstance(instance);
            }
        }
    }
}
