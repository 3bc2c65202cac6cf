package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;

import java.util.Objects;

/**
 * Recycled content of one metal ({@code recycledContent.*}): pre-consumer and post-consumer shares in percent; their
 * sum is the Art. 8 share and must not exceed 100 %.
 *
 * <pre>{@code
 * RecycledShare.of(Quantity.of("4", Unit.PERCENT), Quantity.of("12", Unit.PERCENT));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class RecycledShare {

    private final Quantity preConsumerShare;
    private final Quantity postConsumerShare;

    private RecycledShare(Quantity preConsumerShare, Quantity postConsumerShare) {
        this.preConsumerShare = Checks.percent(preConsumerShare, "RecycledShare.preConsumerShare");
        this.postConsumerShare = Checks.percent(postConsumerShare, "RecycledShare.postConsumerShare");
        if (preConsumerShare.value().add(postConsumerShare.value()).compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new PassportException(OUT_OF_RANGE,
                    "RecycledShare: preConsumerShare + postConsumerShare must not exceed 100 % but was "
                    + preConsumerShare + " + " + postConsumerShare);
        }
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param preConsumerShare the share from battery manufacturing waste, 0 to 100 %, not null
     * @param postConsumerShare the share from post-consumer waste, 0 to 100 %, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static RecycledShare of(Quantity preConsumerShare, Quantity postConsumerShare) {
        return new RecycledShare(preConsumerShare, postConsumerShare);
    }

    /**
     * Returns the share from battery manufacturing waste, 0 to 100 %.
     *
     * @return the value, not null
     */
    public Quantity preConsumerShare() {
        return preConsumerShare;
    }

    /**
     * Returns the share from post-consumer waste, 0 to 100 %.
     *
     * @return the value, not null
     */
    public Quantity postConsumerShare() {
        return postConsumerShare;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof RecycledShare o
                && Objects.equals(preConsumerShare, o.preConsumerShare)
                && Objects.equals(postConsumerShare, o.postConsumerShare);
    }

    @Override
    public int hashCode() {
        return Objects.hash(preConsumerShare, postConsumerShare);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RecycledShare[");
        sb.append("preConsumerShare=").append(preConsumerShare);
        sb.append(", postConsumerShare=").append(postConsumerShare);
        return sb.append(']').toString();
    }
}
