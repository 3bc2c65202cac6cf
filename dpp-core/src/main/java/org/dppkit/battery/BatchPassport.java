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
 * A battery passport for one production batch (lot) of a model; identifier
 * {@code /01/{gtin}/10/{lot}}.
 *
 * <pre>{@code
 * BatchPassport batch = BatchPassport.builder(model, "LOT-2027-03")
 *         .manufacturingDate(YearMonth.of(2027, 3))
 *         .carbonFootprintPerFunctionalUnit(
 *                 Quantity.of("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
 *         .issuedAt(Instant.parse("2027-03-02T00:00:00Z"))
 *         .build();
 * batch.id();                                         // https://id.gs1.org/01/09506000134352/10/LOT-2027-03
 * batch.provenance(BatteryField.CHEMISTRY);           // Optional[MODEL]
 * }</pre>
 *
 * <p>A batch derived from a model shares the model's values and may set BATCH-scope fields only
 * (manufacturing place and date, carbon footprint, recycled content). A standalone batch
 * ({@link #builder(BatteryCategory, Gtin, String)}) may set MODEL- and BATCH-scope fields.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class BatchPassport extends PassportBase implements BatteryPassport {

    private BatchPassport(Builder b) {
        super(b);
    }

    @Override
    PassportLevel levelInternal() {
        return PassportLevel.BATCH;
    }

    /**
     * Returns a builder for a batch of a model; the identifier is the model's plus the lot.
     *
     * @param model the model passport, not null
     * @param lot the lot: 1 to 20 GS1 CSET 82 characters, not null
     * @return a new builder, not null
     * @throws PassportException if the lot is not a valid GS1 lot (AI 10)
     * @throws PassportException if the parent is reduced ({@link BatteryPassport#isComplete()}
     *     is false)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ModelPassport model, String lot) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lot, "lot");
        DigitalLink id;
        try {
            id = model.id.withLot(lot);
        } catch (IllegalArgumentException e) {
            throw badQualifier(BatteryField.BATCH_NUMBER, lot, e);
        }
        return new Builder(model.category, completeParent(model, "a batch passport"), id);
    }

    /**
     * Returns a builder for a batch of a model with an explicit identifier.
     *
     * @param model the model passport, not null
     * @param id the identifier: the model's GTIN with a lot, not null
     * @return a new builder, not null
     * @throws PassportException if the identifier is not a batch identifier of the model's GTIN
     * @throws PassportException if the parent is reduced ({@link BatteryPassport#isComplete()}
     *     is false)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ModelPassport model, DigitalLink id) {
        Objects.requireNonNull(model, "model");
        return new Builder(model.category, completeParent(model, "a batch passport"),
                checkDerivedId(id, PassportLevel.BATCH, model));
    }

    /**
     * Returns a builder for a standalone batch passport (no model passport), which may set
     * MODEL- and BATCH-scope fields.
     *
     * @param category the battery category, not null
     * @param gtin the model's GTIN, not null
     * @param lot the lot: 1 to 20 GS1 CSET 82 characters, not null
     * @return a new builder, not null
     * @throws PassportException if the lot is not a valid GS1 lot (AI 10)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, Gtin gtin, String lot) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(lot, "lot");
        DigitalLink id;
        try {
            id = DigitalLink.builder(gtin).lot(lot).build();
        } catch (IllegalArgumentException e) {
            throw badQualifier(BatteryField.BATCH_NUMBER, lot, e);
        }
        return new Builder(category, null, id);
    }

    /**
     * Returns a builder for a standalone batch passport with the given identifier.
     *
     * @param category the battery category, not null
     * @param id the identifier: a GTIN with a lot and no other key qualifier, not null
     * @return a new builder, not null
     * @throws PassportException if the identifier is not a batch identifier
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, DigitalLink id) {
        Objects.requireNonNull(category, "category");
        return new Builder(category, null, checkId(id, PassportLevel.BATCH));
    }

    /**
     * Returns the lot.
     *
     * @return the lot, not null
     */
    public String lot() {
        return id.lot().orElseThrow();
    }

    /**
     * Returns the model passport this batch was derived from.
     *
     * @return the model, or empty for a standalone batch
     */
    public Optional<ModelPassport> model() {
        return Optional.ofNullable((ModelPassport) parent);
    }

    /**
     * Returns this batch passport reduced to the fields an audience may read, its parents
     * included (see {@link BatteryPassport#restrictTo(Audience)}).
     *
     * @param audience the audience, not null
     * @return the reduced passport, not null
     * @throws PassportException if this passport is itself reduced and the audience may read
     *     fields that {@link #audience()} may not
     * @throws NullPointerException if the audience is null
     */
    @Override
    public BatchPassport restrictTo(Audience audience) {
        return (BatchPassport) restricted(audience);
    }

    @Override
    BatchPassport reducedCopy(PassportBase reducedParent, Audience reducedTo) {
        return new BatchPassport(reduceInto(new Builder(category, reducedParent, id), reducedTo));
    }

    /**
     * Returns the model passport this batch was derived from.
     *
     * @return the model, or empty for a standalone batch
     */
    @Override
    public Optional<BatteryPassport> parent() {
        return Optional.ofNullable((BatteryPassport) parent);
    }

    @Override
    public Builder toBuilder() {
        requireComplete("make a builder from");
        return copyInto(new Builder(category, parent, id));
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
     * Builder of {@link BatchPassport}; see {@link PassportBuilder} for the setters and rules.
     *
     * <h2>Implementation Requirements</h2>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PassportBuilder<Builder, BatchPassport> {

        private Builder(BatteryCategory category, PassportBase parent, DigitalLink id) {
            super(PassportLevel.BATCH, category, parent, id);
        }

        @Override
        public BatchPassport build() {
            prepareBuild("BatchPassport");
            return new BatchPassport(this);
        }
    }
}
