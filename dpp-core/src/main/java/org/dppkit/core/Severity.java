package org.dppkit.core;

/**
 * How serious a validation {@link Finding} is.
 *
 * <p>The constants are declared from the most to the least serious; a passport with at least one
 * {@link #ERROR} finding is not compliant.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum Severity {
    /** The passport breaks a legal obligation or holds an impossible value: fix it before use. */
    ERROR,
    /** The passport is usable but doubtful or insufficient for a stated purpose: review it. */
    WARNING,
    /** Information only (for example an obligation that starts later): nothing to fix today. */
    INFO;

    /**
     * Tells whether this severity is more serious than the other one ({@code ERROR} is more
     * serious than {@code WARNING}, which is more serious than {@code INFO}).
     *
     * @param other the other severity, not null
     * @return true if this severity is strictly more serious
     */
    public boolean isMoreSeriousThan(Severity other) {
        return ordinal() < other.ordinal();
    }
}
