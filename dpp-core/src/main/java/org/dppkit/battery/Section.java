package org.dppkit.battery;

import java.util.Objects;

/**
 * The sections of a battery passport, in catalogue order (catalogue column {@code section}).
 */
public enum Section {
    /** Identifiers, category and responsible operator. */
    IDENTITY("identity"),
    /** Manufacturer identification (Annex XIII 1(a)). */
    MANUFACTURER("manufacturer"),
    /** Manufacturing place and date. */
    MANUFACTURING("manufacturing"),
    /** Mass, extinguishing agent, warranty. */
    CHARACTERISTICS("characteristics"),
    /** Chemistry, hazardous substances, critical raw materials, detailed composition. */
    COMPOSITION("composition"),
    /** Carbon footprint (Art. 7). */
    CARBON_FOOTPRINT("carbonFootprint"),
    /** Recycled content (Art. 8). */
    RECYCLED_CONTENT("recycledContent"),
    /** Supply chain due diligence (Art. 52). */
    DUE_DILIGENCE("dueDiligence"),
    /** Declaration of conformity, test reports, symbols. */
    CONFORMITY("conformity"),
    /** Renewable content, spare parts, dismantling, end of life. */
    CIRCULARITY("circularity"),
    /** Performance and durability (Art. 10, Annex IV), state of health. */
    PERFORMANCE("performance"),
    /** Status, predecessors and usage data. */
    LIFECYCLE("lifecycle");

    private final String key;

    Section(String key) {
        this.key = key;
    }

    /**
     * Returns the section's key as written in the catalogue and in JSON.
     *
     * @return the lowerCamel key, for example {@code carbonFootprint}
     */
    public String key() {
        return key;
    }

    /**
     * Returns the section with the given catalogue key.
     *
     * @param key the key, not null
     * @return the section
     * @throws PassportException with {@link PassportErrorCode#UNKNOWN_KEY} if no section has
     *     that key
     * @throws NullPointerException if the key is null
     */
    public static Section fromKey(String key) {
        Objects.requireNonNull(key, "key");
        for (Section s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new PassportException(PassportErrorCode.UNKNOWN_KEY, "no passport section has key '"
                + Checks.truncate(key) + "'");
    }
}
