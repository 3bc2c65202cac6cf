package org.dppkit.battery;

import java.util.Objects;

/**
 * A component part number ({@code spareParts.partNumbers}).
 *
 * <pre>{@code
 * SparePart.of("cell module", "CM-100-A");
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class SparePart {

    private final String partName;
    private final String partNumber;

    private SparePart(String partName, String partNumber) {
        this.partName = Checks.text(partName, "SparePart.partName");
        this.partNumber = Checks.text(partNumber, "SparePart.partNumber");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param partName the name of the part, not null
     * @param partNumber the part number, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static SparePart of(String partName, String partNumber) {
        return new SparePart(partName, partNumber);
    }

    /**
     * Returns the name of the part.
     *
     * @return the value, not null
     */
    public String partName() {
        return partName;
    }

    /**
     * Returns the part number.
     *
     * @return the value, not null
     */
    public String partNumber() {
        return partNumber;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof SparePart o
                && Objects.equals(partName, o.partName)
                && Objects.equals(partNumber, o.partNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partName, partNumber);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SparePart[");
        sb.append("partName=").append(partName);
        sb.append(", partNumber=").append(partNumber);
        return sb.append(']').toString();
    }
}
