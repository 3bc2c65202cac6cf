package org.dppkit.battery;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;

/**
 * A battery passport for every unit of a product model; identifier {@code /01/{gtin}}.
 *
 * <pre>{@code
 * ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
 *         .manufacturerName("ACME Batteries GmbH")
 *         .chemistry(Chemistry.of("NMC811", "lithium nickel manganese cobalt oxide"))
 *         .ratedCapacity(Quantity.of("105", Unit.AMPERE_HOUR))
 *         .issuedAt(Instant.parse("2027-03-01T00:00:00Z"))
 *         .build();
 * model.id();   // https://id.gs1.org/01/09506000134352
 * }</pre>
 *
 * <p>A model passport may set MODEL- and BATCH-scope fields (BATCH-scope values act as defaults
 * for its batches); ITEM-scope fields are rejected. A model passport alone does not satisfy
 * Art. 77(1) for EV, LMT and industrial batteries above 2 kWh, which need one passport per battery.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ModelPassport extends PassportBase implements BatteryPassport {

    private ModelPassport(Builder b) {
        super(b);
    }

    @Override
    PassportLevel levelInternal() {
        return PassportLevel.MODEL;
    }

    /**
     * Returns a builder for a model passport on the canonical domain {@code https://id.gs1.org}.
     *
     * @param category the battery category, not null
     * @param gtin the model's GTIN, not null
     * @return a new builder, not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, Gtin gtin) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gtin, "gtin");
        return new Builder(category, DigitalLink.builder(gtin).build());
    }

    /**
     * Returns a builder for a model passport with the given identifier (any domain).
     *
     * @param category the battery category, not null
     * @param id the identifier: a GTIN without key qualifiers, not null
     * @return a new builder, not null
     * @throws PassportException if the identifier has a lot, serial or other key qualifier
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, DigitalLink id) {
        Objects.requireNonNull(category, "category");
        return new Builder(category, checkId(id, PassportLevel.MODEL));
    }

    /**
     * Returns this model passport reduced to the fields an audience may read, its parents
     * included (see {@link BatteryPassport#restrictTo(Audience)}).
     *
     * @param audience the audience, not null
     * @return the reduced passport, not null
     * @throws PassportException if this passport is itself reduced and the audience may read
     *     fields that {@link #audience()} may not
     * @throws NullPointerException if the audience is null
     */
    @Override
    public ModelPassport restrictTo(Audience audience) {
        return (ModelPassport) restricted(audience);
    }

    @Override
    ModelPassport reducedCopy(PassportBase reducedParent, Audience reducedTo) {
        return new ModelPassport(reduceInto(new Builder(category, id), reducedTo));
    }

    /**
     * Returns empty: a model passport has no parent.
     *
     * @return empty
     */
    @Override
    public Optional<BatteryPassport> parent() {
        return Optional.empty();
    }

    @Override
    public Builder toBuilder() {
        requireComplete("make a builder from");
        return copyInto(new Builder(category, id));
    }

    @Override
    public Builder revise(Instant revisedAt) {
        requireComplete("revise");
        return nextVersion(revisedAt, toBuilder());
    }

    @Override
    public Builder revise(Clock clock) {
        return revise(Objects.requireNonNull(clock, "clock").instant());
    }

    /**
     * Builder of {@link ModelPassport}; see {@link PassportBuilder} for the setters and rules.
     *
     * <h2>Implementation Requirements</h2>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PassportBuilder<Builder, ModelPassport> {

        private Builder(BatteryCategory category, DigitalLink id) {
            super(PassportLevel.MODEL, category, null, id);
        }

        @Override
        public ModelPassport build() {
            prepareBuild("ModelPassport");
            return new ModelPassport(this);
        }
    }
}
