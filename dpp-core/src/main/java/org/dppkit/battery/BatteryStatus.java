package org.dppkit.battery;

import java.util.Objects;
import java.util.Optional;

/**
 * The status of a battery in its life (Annex XIII point 4(c)), with the Regulation's spellings
 * as {@link #value()}.
 *
 * <p>Preparation for re-use or repurposing, repurposing and remanufacturing lead to a new passport
 * ({@link ItemPassport#successor(BatteryCategory, org.dppkit.gs1.Gtin, String)}); {@code waste}
 * keeps the passport.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum BatteryStatus {
    /** {@code original}: as first placed on the market. */
    ORIGINAL("original"),
    /** {@code repurposed}: put to a different use. */
    REPURPOSED("repurposed"),
    /** {@code re-used}: used again for the original purpose. */
    RE_USED("re-used"),
    /** {@code remanufactured}: restored to at least 90 % of the original rated capacity. */
    REMANUFACTURED("remanufactured"),
    /** {@code waste}: discarded. */
    WASTE("waste");

    private final String value;

    BatteryStatus(String value) {
        this.value = value;
    }

    /**
     * Returns the spelling used by the Regulation and the field catalogue.
     *
     * @return for example {@code re-used}, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the status with the given catalogue spelling.
     *
     * @param value the spelling, case-sensitive, for example {@code re-used}, not null
     * @return the status, or empty if none has that spelling
     * @throws NullPointerException if the argument is null
     */
    public static Optional<BatteryStatus> fromValue(String value) {
        Objects.requireNonNull(value, "value");
        for (BatteryStatus s : values()) {
            if (s.value.equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
