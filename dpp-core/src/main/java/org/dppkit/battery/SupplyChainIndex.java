package org.dppkit.battery;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A supply-chain sustainability index value ({@code dueDiligence.supplyChainIndices}).
 *
 * <pre>{@code
 * SupplyChainIndex.of("GBA ESG", new BigDecimal("0.82"));
 * }</pre>
 *
 * <p>The value keeps the scale it was given, but equality is numeric, as for {@link Quantity}:
 * {@code 1E+2} equals {@code 100} (the JSON format writes every number plain, so
 * {@code 1E+2} reads back as {@code 100}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class SupplyChainIndex {

    private final String name;
    private final java.math.BigDecimal value;

    private SupplyChainIndex(String name, java.math.BigDecimal value) {
        this.name = Checks.text(name, "SupplyChainIndex.name");
        this.value = Checks.decimal(value, "SupplyChainIndex.value");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param name the index name, not null
     * @param value the index value, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it), the value
     *     written plain is longer than {@link PassportLimits#MAX_NUMBER_LENGTH} characters
     * @throws NullPointerException if an argument is null
     */
    public static SupplyChainIndex of(String name, java.math.BigDecimal value) {
        return new SupplyChainIndex(name, value);
    }

    /**
     * Returns the index name.
     *
     * @return the value, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the index value.
     *
     * @return the value, not null
     */
    public java.math.BigDecimal value() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof SupplyChainIndex o
                && Objects.equals(name, o.name)
                && value.compareTo(o.value) == 0;
    }

    @Override
    public int hashCode() {
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return Objects.hash(name, normal);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SupplyChainIndex[");
        sb.append("name=").append(name);
        sb.append(", value=").append(value);
        return sb.append(']').toString();
    }
}
