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
            case MODEL_IDENTIFIER:
                if (CatalogueRules.looksLikeGtin(s)) {
                    items.add(new GtinItem(f, s));
                }
                break;
            case BATCH_NUMBER:
                items.add(new KeyItem(FindingCode.BATCH_NUMBER_INVALID, f, s));
                break;
            case SERIAL_NUMBER:
                items.add(new KeyItem(FindingCode.SERIAL_NUMBER_INVALID, f, s));
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
            Unit unit = u != null ? u : CatalogueRules.UNITS[f.ordinal()];
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

    /**
     * The fast path: the same constraints on a summary of the values. The numeric constraints
     * are intervals, so they hold for every value if they hold for the smallest and the largest;
     * links are checked by one constraint on the whole list. Only when the summary has a
     * violation is the full {@link Snapshot} validated, to name each offending value.
     */
    static final class Summary {
        @DecimalMin(value = "0", message = "share")
        final BigDecimal shareMin;
        @DecimalMax(value = "100", message = "share")
        final BigDecimal shareMax;
        @DecimalMin(value = "0", inclusive = false, message = "positive")
        final BigDecimal positiveMin;
        @DecimalMin(value = "0", message = "non-negative")
        final BigDecimal nonNegativeMin;
        @HttpsLinks
        final List<Object> links = new ArrayList<>();
        final List<@Email(message = "e-mail") String> emails = new ArrayList<>(1);
        final List<@Gs1Gtin String> gtins = new ArrayList<>(1);
        final List<@Gs1Cset82 String> gs1Keys = new ArrayList<>(2);

        Summary(List<Item> items) {
            BigDecimal sMin = null;
            BigDecimal sMax = null;
            BigDecimal pMin = null;
            BigDecimal nMin = null;
            for (Item it : items) {
                if (it instanceof NumberItem) {
                    BigDecimal v = ((NumberItem) it).value;
                    if (it.code == FindingCode.SHARE_OUT_OF_RANGE) {
                        sMin = sMin == null || v.compareTo(sMin) < 0 ? v : sMin;
                        sMax = sMax == null || v.compareTo(sMax) > 0 ? v : sMax;
                    } else if (it.code == FindingCode.VALUE_NOT_POSITIVE) {
                        pMin = pMin == null || v.compareTo(pMin) < 0 ? v : pMin;
                    } else {
                        nMin = nMin == null || v.compareTo(nMin) < 0 ? v : nMin;
                    }
                } else if (it instanceof LinkItem) {
                    links.add(((LinkItem) it).value);
                } else if (it instanceof EmailItem) {
                    emails.add(((EmailItem) it).value);
                } else if (it instanceof GtinItem) {
                    gtins.add(((GtinItem) it).value);
                } else {
                    gs1Keys.add(((KeyItem) it).value);
                }
            }
            this.shareMin = sMin;
            this.shareMax = sMax;
            this.positiveMin = pMin;
            this.nonNegativeMin = nMin;
        }
    }

    /**
     * The constrained values of one passport, one list per constraint (container element
     * constraints: cheaper than one cascaded bean per value), with the item each value came from.
     */
    static final class Snapshot {
        final List<@DecimalMin(value = "0", message = "share") @DecimalMax(value = "100", message = "share")
                BigDecimal> shares = new ArrayList<>();
        final List<@DecimalMin(value = "0", inclusive = false, message = "positive") BigDecimal> positives =
                new ArrayList<>();
        final List<@DecimalMin(value = "0", message = "non-negative") BigDecimal> nonNegatives = new ArrayList<>();
        final List<@HttpsLink Object> links = new ArrayList<>();
        final List<@Email(message = "e-mail") String> emails = new ArrayList<>();
        final List<@Gs1Gtin String> gtins = new ArrayList<>();
        final List<@Gs1Cset82 String> gs1Keys = new ArrayList<>();
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

        abstract String message();

        final Finding finding() {
            String annex = field.annexXiiiRef().map(r -> "Annex XIII " + r).orElse(null);
            String ref = annex == null ? code.legalReference()
                    : code.legalReference().equals("Annex XIII") ? annex : code.legalReference() + "; " + annex;
            return CatalogueRules.finding(code, field, path(), message(), ref);
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
            List<BigDecimal> list = code == FindingCode.SHARE_OUT_OF_RANGE ? s.shares
                    : code == FindingCode.VALUE_NOT_POSITIVE ? s.positives : s.nonNegatives;
            list.add(value);
            return list;
        }

        @Override
        String property() {
            return code == FindingCode.SHARE_OUT_OF_RANGE ? "shares"
                    : code == FindingCode.VALUE_NOT_POSITIVE ? "positives" : "nonNegatives";
        }

        @Override
        String message() {
            String what = "The " + Paths.name(field) + (index < 0 && sub == null ? "" : " at " + path())
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
        String message() {
            return "The " + Paths.name(field) + " link '" + Values.shorten(value) + "' is not an absolute"
                    + " https URI; publish documents at https addresses.";
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
        String message() {
            return "The " + Paths.name(field) + " '" + Values.shorten(value) + "' is not a well-formed"
                    + " e-mail address.";
        }
    }

    /** A model identifier written as a GTIN. */
    static final class GtinItem extends Item {
        final String value;

        GtinItem(BatteryField field, String value) {
            super(FindingCode.GTIN_INVALID, field, -1, null);
            this.value = value;
        }

        @Override
        List<?> addTo(Snapshot s) {
            s.gtins.add(value);
            return s.gtins;
        }

        @Override
        String property() {
            return "gtins";
        }

        @Override
        String message() {
            return "The " + Paths.name(field) + " '" + value + "' is written as a GTIN but its check digit"
                    + " is wrong (GS1 mod-10 check digit).";
        }
    }

    /** A batch or serial number that must be a GS1 AI (10) or (21) value. */
    static final class KeyItem extends Item {
        final String value;

        KeyItem(FindingCode code, BatteryField field, String value) {
            super(code, field, -1, null);
            this.value = value;
        }

        @Override
        List<?> addTo(Snapshot s) {
            s.gs1Keys.add(value);
            return s.gs1Keys;
        }

        @Override
        String property() {
            return "gs1Keys";
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

    /** The value is a GTIN with a correct check digit. */
    @Target(ElementType.TYPE_USE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = GtinValidator.class)
    @interface Gs1Gtin {
        String message() default "must be a GTIN with a correct check digit";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The value has 1 to 20 characters of GS1 character set 82. */
    @Target(ElementType.TYPE_USE)
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
            if (key == HttpsLinksValidator.class) {
                return key.cast(new HttpsLinksValidator());
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
            if (!(instance instanceof HttpsLinkValidator || instance instanceof HttpsLinksValidator
                    || instance instanceof GtinValidator
                    || instance instanceof Cset82Validator)) {
                fallback.releaseInstance(instance);
            }
        }
    }
}
