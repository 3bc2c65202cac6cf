package org.dppkit.battery.validation;

import jakarta.validation.Configuration;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
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
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.FieldType;
import org.dppkit.battery.Unit;
import org.dppkit.battery.internal.NumberRule;
import org.dppkit.core.Finding;
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
        Configuration<?> config = QuietBootstrap.quietly(() -> Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> Collections.singletonList(new HibernateValidator()))
                .configure())
                .messageInterpolator(new ParameterMessageInterpolator());
        config.constraintValidatorFactory(new Factory(config.getDefaultConstraintValidatorFactory()));
        this.factory = config.buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Runs on a caller's factory; dppkit's own constraint validators are still made here. */
    BeanLayer(ValidatorFactory callers) {
        this.factory = callers;
        this.validator = callers.usingContext()
                .constraintValidatorFactory(new Factory(callers.getConstraintValidatorFactory()))
                .getValidator();
    }

    /** Adds a finding for every violated constraint of the passport to {@code out}. */
    void check(Read p, List<Finding> out) {
        List<Item> items = new ArrayList<>(96);
        for (BatteryField f : FIELDS) {
            Object v = p.value(f);
            if (v != null) {
                collect(f, v, items);
            }
        }
        if (items.isEmpty() || validator.validate(new Summary(items)).isEmpty()) {
            return;
        }
        Snapshot snapshot = new Snapshot(items);
        Set<ConstraintViolation<Snapshot>> violations = validator.validate(snapshot);
        for (ConstraintViolation<Snapshot> v : violations) {
            Item item = snapshot.item(v.getPropertyPath());
            if (item != null) {
                out.add(item.finding());
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
                        numbers(f, els.get(i), i, null, items);
                    }
                } else {
                    numbers(f, v, -1, null, items);
                }
                break;
            case URL:
            case DOCUMENT_REF:
                if (f.isList()) {
                    List<?> els = Values.elements(v);
                    for (int i = 0; i < els.size(); i++) {
                        items.add(new LinkItem(f, i, els.get(i)));
                    }
                } else {
                    items.add(new LinkItem(f, -1, v));
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
                items.add(new EmailItem(f, s));
                break;
            default:
                break;
        }
    }

    /** Collects the numbers of a value: the value itself, or the numeric parts of an object. */
    private static void numbers(BatteryField f, Object v, int index, String sub, List<Item> items) {
        BigDecimal n = Values.number(v);
        if (n != null) {
            Unit u = Values.unit(v);
            Unit unit = u != null ? u : f.unit().orElse(null);
            FindingCode code = kind(f, unit);
            if (code != null) {
                items.add(new NumberItem(code, f, index, sub, n, unit));
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
                String token = Finding.escapePointerToken(e.getKey());
                numbers(f, part, index, sub == null ? token : sub + "/" + token, items);
            }
        }
    }

    /**
     * Whether a number of the field in the given unit must be greater than 0 (the catalogue's
     * {@link NumberRule#POSITIVE} design values); returns {@link FindingCode#VALUE_NOT_POSITIVE}
     * or null. The builders already reject numbers below the rule's range, so 0 is the only
     * value this can catch.
     */
    static FindingCode kind(BatteryField f, Unit u) {
        return u != null && NumberRule.of(f, u) == NumberRule.POSITIVE ? FindingCode.VALUE_NOT_POSITIVE : null;
    }

    // ---- the snapshot beans -------------------------------------------------------------------

    /**
     * The fast path: the same constraints on a summary of the values. The numeric constraints
     * are intervals, so they hold for every value if they hold for the smallest and the largest;
     * links are checked by one constraint on the whole list. Only when the summary has a
     * violation is the full {@link Snapshot} validated, to name each offending value.
     */
    static final class Summary {
        @DecimalMin(value = "0", inclusive = false, message = "positive")
        final BigDecimal positiveMin;
        @HttpsLinks
        final List<Object> links = new ArrayList<>();
        final List<@Email(message = "e-mail") String> emails = new ArrayList<>(1);

        Summary(List<Item> items) {
            BigDecimal pMin = null;
            for (Item it : items) {
                if (it instanceof NumberItem) {
                    BigDecimal v = ((NumberItem) it).value;
                    pMin = pMin == null || v.compareTo(pMin) < 0 ? v : pMin;
                } else if (it instanceof LinkItem) {
                    links.add(((LinkItem) it).value);
                } else {
                    emails.add(((EmailItem) it).value);
                }
            }
            this.positiveMin = pMin;
        }
    }

    /**
     * The constrained values of one passport, one list per constraint (container element
     * constraints: cheaper than one cascaded bean per value), with the item each value came from.
     */
    static final class Snapshot {
        final List<@DecimalMin(value = "0", inclusive = false, message = "positive") BigDecimal> positives =
                new ArrayList<>();
        final List<@HttpsLink Object> links = new ArrayList<>();
        final List<@Email(message = "e-mail") String> emails = new ArrayList<>();
        private final Map<String, List<Item>> sources = new java.util.HashMap<>(16);

        Snapshot(List<Item> items) {
            for (Item it : items) {
                it.addTo(this);
                sources.computeIfAbsent(it.property(), k -> new ArrayList<>()).add(it);
            }
        }

        /** The item a violation's property path points at, or null. */
        Item item(Path path) {
            String property = null;
            Integer index = null;
            for (Path.Node node : path) {
                if (property == null) {
                    property = node.getName();
                }
                if (node.getIndex() != null) {
                    index = node.getIndex();
                }
            }
            List<Item> list = property == null ? null : sources.get(property);
            return list == null || index == null || index >= list.size() ? null : list.get(index);
        }
    }

    /** One constrained value with the field and pointer it came from. */
    abstract static class Item {
        final FindingCode code;
        final BatteryField field;
        /** The list index in the field's value, or -1. */
        final int index;
        /** The escaped pointer below the field (or list element), or null. */
        final String sub;

        Item(FindingCode code, BatteryField field, int index, String sub) {
            this.code = code;
            this.field = field;
            this.index = index;
            this.sub = sub;
        }

        /** The JSON pointer of the value, built only when a finding needs it. */
        final String path() {
            String p = index < 0 ? Paths.of(field) : Paths.of(field, index);
            return sub == null ? p : p + "/" + sub;
        }

        /** Adds the value to its list in the snapshot and returns that list. */
        abstract List<?> addTo(Snapshot s);

        /** The name of the snapshot list. */
        abstract String property();

        /** The message arguments after the field; never a value of a restricted field. */
        abstract void arguments(Map<String, Object> args);

        final Finding finding() {
            String annex = field.annexXiiiRef().map(r -> "Annex XIII " + r).orElse(null);
            String ref = annex == null ? code.legalReference()
                    : code.legalReference().equals("Annex XIII") ? annex : code.legalReference() + "; " + annex;
            Map<String, Object> args = new java.util.LinkedHashMap<>();
            args.put("field", field.key());
            args.put("path", path());
            arguments(args);
            String key = Messages.isPublic(field) ? code.code() : code.code() + ".restricted";
            return Messages.finding(code, code.severity(), field, path(), ref, key, args);
        }
    }

    /** A number checked against one of three ranges. */
    static final class NumberItem extends Item {
        final BigDecimal value;
        final Unit unit;

        NumberItem(FindingCode code, BatteryField field, int index, String sub, BigDecimal value, Unit unit) {
            super(code, field, index, sub);
            this.value = value;
            this.unit = unit;
        }

        @Override
        List<?> addTo(Snapshot s) {
            s.positives.add(value);
            return s.positives;
        }

        @Override
        String property() {
            return "positives";
        }

        @Override
        void arguments(Map<String, Object> args) {
            if (Messages.isPublic(field)) {
                args.put("value", value);
                args.put("unit", unit.symbol());
            }
        }
    }

    /** A link that must be an absolute https URI. */
    static final class LinkItem extends Item {
        final Object value;

        LinkItem(BatteryField field, int index, Object link) {
            super(FindingCode.URI_NOT_HTTPS, field, index, null);
            URI uri = Values.uri(link);
            this.value = uri != null ? uri : Values.linkText(link);
        }

        @Override
        List<?> addTo(Snapshot s) {
            s.links.add(value);
            return s.links;
        }

        @Override
        String property() {
            return "links";
        }

        @Override
        void arguments(Map<String, Object> args) {
            if (Messages.isPublic(field)) {
                args.put("value", Values.shorten(value));
            }
        }
    }

    /** An e-mail address. */
    static final class EmailItem extends Item {
        final String value;

        EmailItem(BatteryField field, String value) {
            super(FindingCode.EMAIL_INVALID, field, -1, null);
            this.value = value;
        }

        @Override
        List<?> addTo(Snapshot s) {
            s.emails.add(value);
            return s.emails;
        }

        @Override
        String property() {
            return "emails";
        }

        @Override
        void arguments(Map<String, Object> args) {
            if (Messages.isPublic(field)) {
                args.put("value", Values.shorten(value));
            }
        }
    }

    // ---- custom constraints -------------------------------------------------------------------

    /** The value is an absolute https URI with a host. */
    @Target(ElementType.TYPE_USE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = HttpsLinkValidator.class)
    @interface HttpsLink {
        String message() default "must be an absolute https URI";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Every element of the list is an absolute https URI with a host. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = HttpsLinksValidator.class)
    @interface HttpsLinks {
        String message() default "every element must be an absolute https URI";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class HttpsLinkValidator implements ConstraintValidator<HttpsLink, Object> {
        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            return isHttps(value);
        }

        static boolean isHttps(Object value) {
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

    static final class HttpsLinksValidator implements ConstraintValidator<HttpsLinks, List<Object>> {
        @Override
        public boolean isValid(List<Object> value, ConstraintValidatorContext context) {
            if (value != null) {
                for (Object link : value) {
                    if (!HttpsLinkValidator.isHttps(link)) {
                        return false;
                    }
                }
            }
            return true;
        }
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
            if (key == HttpsLinksValidator.class) {
                return key.cast(new HttpsLinksValidator());
            }
            return fallback.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            if (!(instance instanceof HttpsLinkValidator || instance instanceof HttpsLinksValidator)) {
                fallback.releaseInstance(instance);
            }
        }
    }
}
