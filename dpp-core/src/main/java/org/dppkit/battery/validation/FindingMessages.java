package org.dppkit.battery.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.Finding;

/**
 * Renders validation findings in a language, from their {@linkplain Finding#messageKey() message
 * key} and typed {@linkplain Finding#arguments() arguments}.
 *
 * <p>English (the root), German and French ship complete with dppkit (a test fails on any missing
 * key); add another language with your own {@link ResourceBundle} ({@link #of(ResourceBundle)}),
 * whose missing keys fall back to English:
 * <pre>{@code
 * ValidationReport german = report.localized(Locale.GERMAN);
 * FindingMessages italian = FindingMessages.of(ResourceBundle.getBundle("com.example.DppMessages", Locale.ITALIAN));
 * String text = italian.render(finding);
 * }</pre>
 *
 * <h2>Templates</h2>
 * Keys are finding codes ({@code DPP-MISSING-MANDATORY}), or a code with a suffix for a variant
 * ({@code DPP-NOT-YET-REQUIRED.pending}); the shipped English bundle
 * ({@code org/dppkit/battery/validation/ValidationMessages.properties}) lists them all.
 * {@code {name}} is replaced by the argument {@code name}: dates in ISO 8601, numbers as plain
 * decimals. {@code {fieldName}} is the name of the field in the argument {@code field} (its
 * catalogue key): the bundle's {@code field.<key>} if it has one, else the English name; {@code {condition}}, {@code
 * {category}}, {@code {subCategory}}, {@code {metal}} and {@code {declared}} are looked up under {@code condition.},
 * {@code category.}, {@code subCategory.}, {@code metal.} and {@code declared.} plus the argument's value. {@code ''}
 * stands for one apostrophe. When a finding has the argument {@code owner} ({@code MODEL} or {@code BATCH}: the level
 * that owns the missing value of an item or batch passport), the template {@code owner.} plus its value is appended.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class FindingMessages {

    /** The languages that ship complete. */
    public static final List<Locale> SHIPPED_LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);

    static final String BASE = "ValidationMessages";
    private static final ResourceBundle ROOT = load(BASE + ".properties");
    private static final ResourceBundle FIELD_NAMES = load("FieldNames.properties");
    private static final FindingMessages ENGLISH = new FindingMessages(ROOT, Locale.ENGLISH);
    private static final FindingMessages GERMAN = new FindingMessages(load(BASE + "_de.properties"), Locale.GERMAN);
    private static final FindingMessages FRENCH = new FindingMessages(load(BASE + "_fr.properties"), Locale.FRENCH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private FindingMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Returns the shipped messages for a locale's language: German, French, or English for any
     * other language.
     *
     * @param locale the locale, not null
     * @return the messages, not null
     */
    public static FindingMessages forLocale(Locale locale) {
        switch (Objects.requireNonNull(locale, "locale").getLanguage()) {
            case "de":
                return GERMAN;
            case "fr":
                return FRENCH;
            default:
                return ENGLISH;
        }
    }

    /**
     * Returns messages from your own bundle; keys it lacks fall back to English.
     *
     * @param bundle the bundle, not null
     * @return the messages, not null
     */
    public static FindingMessages of(ResourceBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return new FindingMessages(bundle, bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale());
    }

    /**
     * Returns the locale of the messages.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Tells whether this language has its own template for a key (no fallback to English).
     *
     * @param key the key, not null
     * @return true if present
     */
    public boolean hasKey(String key) {
        Objects.requireNonNull(key, "key");
        return bundle.keySet().contains(key);
    }

    /**
     * Renders a finding's message in this language.
     *
     * @param finding the finding, not null
     * @return the message, not null
     * @throws MissingResourceException if neither this bundle nor English has the key
     */
    public String render(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return render(finding.messageKey(), finding.arguments());
    }

    /**
     * Returns the finding with its message rendered in this language.
     *
     * @param finding the finding, not null
     * @return the finding, not null
     */
    public Finding localize(Finding finding) {
        return finding.withMessage(render(finding));
    }

    /**
     * Renders a template with arguments.
     *
     * @param key the template key, not null
     * @param arguments the arguments, not null
     * @return the text, not null
     * @throws MissingResourceException if neither this bundle nor English has the key
     */
    public String render(String key, Map<String, ?> arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        String template = text(key);
        StringBuilder sb = new StringBuilder(template.length() + 64);
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c == '\'' && i + 1 < n && template.charAt(i + 1) == '\'') {
                sb.append('\'');
                i++;
            } else if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    sb.append(c);
                    continue;
                }
                sb.append(argument(template.substring(i + 1, end), arguments));
                i = end;
            } else {
                sb.append(c);
            }
        }
        Object owner = arguments.get("owner");
        if (owner != null) {
            sb.append(' ').append(text("owner." + owner));
        }
        return sb.toString();
    }

    private String argument(String name, Map<String, ?> arguments) {
        if (name.equals("fieldName")) {
            Object key = arguments.get("field");
            if (key == null) {
                return "";
            }
            String k = key.toString();
            if (bundle.keySet().contains("field." + k)) {
                return bundle.getString("field." + k);
            }
            return FIELD_NAMES.keySet().contains(k) ? FIELD_NAMES.getString(k)
                    : BatteryField.fromKey(k).map(Paths::name).orElse(k);
        }
        Object v = arguments.get(name);
        if (v == null) {
            return "{" + name + "}";
        }
        switch (name) {
            case "condition":
            case "category":
            case "subCategory":
            case "metal":
            case "declared":
                return text(name + "." + v);
            default:
                break;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }

    private String text(String key) {
        if (bundle.keySet().contains(key)) {
            return bundle.getString(key);
        }
        return ROOT.getString(key);
    }

    /**
     * Returns {@code FindingMessages[locale]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "FindingMessages[" + locale + "]";
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = FindingMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the dpp-core jar");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** English, for the findings the validator creates. */
    static FindingMessages english() {
        return ENGLISH;
    }
}
