package org.dppkit.battery;

import java.util.Objects;

/**
 * The battery chemistry ({@code chemistry}): a short code and a full name.
 *
 * <pre>{@code
 * Chemistry.of("LFP", "lithium iron phosphate");
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Chemistry {

    private final String shortName;
    private final String clearName;

    private Chemistry(String shortName, String clearName) {
        this.shortName = Checks.text(shortName, "Chemistry.shortName");
        this.clearName = Checks.text(clearName, "Chemistry.clearName");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param shortName the short code, e.g. {@code NMC811} or {@code LFP}, not null
     * @param clearName the full name, e.g. {@code lithium nickel manganese cobalt oxide}, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static Chemistry of(String shortName, String clearName) {
        return new Chemistry(shortName, clearName);
    }

    /**
     * Returns the short code, e.g. {@code NMC811} or {@code LFP}.
     *
     * @return the value, not null
     */
    public String shortName() {
        return shortName;
    }

    /**
     * Returns the full name, e.g. {@code lithium nickel manganese cobalt oxide}.
     *
     * @return the value, not null
     */
    public String clearName() {
        return clearName;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Chemistry o
                && Objects.equals(shortName, o.shortName)
                && Objects.equals(clearName, o.clearName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shortName, clearName);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Chemistry[");
        sb.append("shortName=").append(shortName);
        sb.append(", clearName=").append(clearName);
        return sb.append(']').toString();
    }
}
