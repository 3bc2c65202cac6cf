package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_FORMAT;
import static org.dppkit.battery.PassportErrorCode.BLANK;
import static org.dppkit.battery.PassportErrorCode.DUPLICATE_KEY;
import static org.dppkit.battery.PassportErrorCode.TOO_LONG;
import static org.dppkit.battery.PassportErrorCode.TOO_MANY;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Human text in one or more languages: BCP 47 language tag to text, sorted by tag, at least one
 * entry.
 *
 * <pre>{@code
 * LocalizedText t = LocalizedText.of("en", "Do not dispose of with household waste")
 *         .with("de", "Nicht im Hausmüll entsorgen");
 * t.get("de");        // Optional["Nicht im Hausmüll entsorgen"]
 * t.languages();      // [de, en]
 * }</pre>
 *
 * <p>Tags are normalised to their canonical case ({@code EN-gb} becomes {@code en-GB}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class LocalizedText {

    private final Map<String, String> texts;

    private LocalizedText(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * Returns a text in one language.
     *
     * @param language a BCP 47 language tag such as {@code en}, not null
     * @param text the text, not blank
     * @return the value, not null
     * @throws PassportException if the tag is malformed or the text blank
     * @throws NullPointerException if an argument is null
     */
    public static LocalizedText of(String language, String text) {
        TreeMap<String, String> m = new TreeMap<>();
        m.put(languageTag(language, "LocalizedText.language"), Checks.text(text, "LocalizedText.text"));
        return new LocalizedText(Collections.unmodifiableMap(m));
    }

    /**
     * Returns a text from a map of language tags to texts.
     *
     * @param texts the texts by BCP 47 tag, at least one entry, not null
     * @return the value, not null
     * @throws PassportException if the map is empty, a tag is malformed or duplicated after
     *     normalisation, or a text is blank
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "LocalizedText.texts");
        if (texts.isEmpty()) {
            throw new PassportException(BLANK,
                    "LocalizedText.texts must have at least one language");
        }
        if (texts.size() > PassportLimits.MAX_LIST_SIZE) {
            throw new PassportException(TOO_MANY, "LocalizedText.texts must have at most "
                    + PassportLimits.MAX_LIST_SIZE + " languages but has " + texts.size());
        }
        TreeMap<String, String> m = new TreeMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String tag = languageTag(e.getKey(), "LocalizedText.language");
            if (m.put(tag, Checks.text(e.getValue(), "LocalizedText.text[" + tag + "]")) != null) {
                throw new PassportException(DUPLICATE_KEY, "LocalizedText.language '" + tag
                        + "' appears twice after normalisation");
            }
        }
        return new LocalizedText(Collections.unmodifiableMap(m));
    }

    /**
     * Returns a copy with the text for one more language, replacing any text for that language.
     *
     * @param language a BCP 47 language tag, not null
     * @param text the text, not blank
     * @return the copy, not null
     * @throws PassportException if the tag is malformed or the text blank
     * @throws NullPointerException if an argument is null
     */
    public LocalizedText with(String language, String text) {
        TreeMap<String, String> m = new TreeMap<>(texts);
        m.put(languageTag(language, "LocalizedText.language"), Checks.text(text, "LocalizedText.text"));
        if (m.size() > PassportLimits.MAX_LIST_SIZE) {
            throw new PassportException(TOO_MANY, "LocalizedText.texts must have at most "
                    + PassportLimits.MAX_LIST_SIZE + " languages");
        }
        return new LocalizedText(Collections.unmodifiableMap(m));
    }

    /**
     * Returns the text in a language.
     *
     * @param language the BCP 47 tag (any case), not null
     * @return the text, or empty if there is none in that language
     * @throws NullPointerException if the argument is null
     */
    public Optional<String> get(String language) {
        Objects.requireNonNull(language, "language");
        String tag;
        try {
            tag = new Locale.Builder().setLanguageTag(language).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(texts.get(tag));
    }

    /**
     * Returns the language tags, sorted.
     *
     * @return an unmodifiable sorted set, not empty
     */
    public Set<String> languages() {
        return texts.keySet();
    }

    /**
     * Returns all texts by language tag, sorted by tag.
     *
     * @return an unmodifiable map, not empty
     */
    public Map<String, String> asMap() {
        return texts;
    }

    static String languageTag(String language, String property) {
        Objects.requireNonNull(language, property);
        if (language.length() > PassportLimits.MAX_NAME_LENGTH) {
            throw new PassportException(TOO_LONG,
                    property + " must have at most " + PassportLimits.MAX_NAME_LENGTH
                    + " characters but has " + language.length());
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(language).build().toLanguageTag();
            if (tag.equals("und") || language.isBlank()) {
                throw new IllformedLocaleException("empty");
            }
            return tag;
        } catch (IllformedLocaleException e) {
            throw new PassportException(BAD_FORMAT,
                    property + " must be a BCP 47 language tag such as 'en' "
                    + "or 'de-AT' but was '" + Checks.truncate(language) + "'");
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalizedText o && texts.equals(o.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
