package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.IDENTIFIER_MISMATCH;
import static org.dppkit.battery.PassportErrorCode.MISSING_PART;
import static org.dppkit.battery.PassportErrorCode.WRONG_PARENT;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;

/**
 * The battery passport of one physical battery; identifier {@code /01/{gtin}/21/{serial}} or
 * {@code /01/{gtin}/10/{lot}/21/{serial}}. This is the record Art. 77(1) requires for each EV,
 * LMT and industrial (above 2 kWh) battery.
 *
 * <pre>{@code
 * ItemPassport item = ItemPassport.builder(batch, "SN-000123")
 *         .stateOfHealthStateOfCertifiedEnergy(Quantity.of(100, Unit.PERCENT))
 *         .batteryStatus(BatteryStatus.ORIGINAL)
 *         .issuedAt(Instant.parse("2027-03-05T00:00:00Z"))
 *         .build();
 * item.id();   // https://id.gs1.org/01/09506000134352/10/LOT-2027-03/21/SN-000123
 * item.provenance(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT);   // Optional[BATCH]
 * }</pre>
 *
 * <p>Ways to create one:
 * <ul>
 * <li>{@link #builder(BatchPassport, String)}: derived from a batch; the identifier keeps the
 *     batch's lot ({@code /10/{lot}/21/{serial}}); to leave the lot out, pass an identifier to
 *     {@link #builder(BatteryPassport, DigitalLink)}. Only ITEM-scope fields may be set.
 * <li>{@link #builder(ModelPassport, String)}: derived directly from a model
 *     ({@code /21/{serial}}); BATCH- and ITEM-scope fields may be set.
 * <li>{@link #builder(BatteryCategory, Gtin, String)}: standalone; every field may be set.
 * <li>{@link #successor(BatteryCategory, Gtin, String)}: the new passport of a repurposed,
 *     re-used or remanufactured battery (Art. 77(7)), linked to its predecessors.
 * </ul>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ItemPassport extends PassportBase implements BatteryPassport {

    private ItemPassport(Builder b) {
        super(b);
    }

    @Override
    PassportLevel levelInternal() {
        return PassportLevel.ITEM;
    }

    /**
     * Returns a builder for an item of a batch; the identifier is the batch's plus the serial
     * ({@code /01/{gtin}/10/{lot}/21/{serial}}).
     *
     * @param batch the batch passport, not null
     * @param serial the serial: 1 to 20 GS1 CSET 82 characters, not null
     * @return a new builder, not null
     * @throws PassportException if the serial is not a valid GS1 serial (AI 21)
     * @throws PassportException if the parent is reduced ({@link BatteryPassport#isComplete()}
     *     is false)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatchPassport batch, String serial) {
        Objects.requireNonNull(batch, "batch");
        return new Builder(batch.category, completeParent(batch, "an item passport"),
                withSerial(batch.id, serial));
    }

    /**
     * Returns a builder for an item derived directly from a model
     * ({@code /01/{gtin}/21/{serial}}).
     *
     * @param model the model passport, not null
     * @param serial the serial: 1 to 20 GS1 CSET 82 characters, not null
     * @return a new builder, not null
     * @throws PassportException if the serial is not a valid GS1 serial (AI 21)
     * @throws PassportException if the parent is reduced ({@link BatteryPassport#isComplete()}
     *     is false)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ModelPassport model, String serial) {
        Objects.requireNonNull(model, "model");
        return new Builder(model.category, completeParent(model, "an item passport"),
                withSerial(model.id, serial));
    }

    /**
     * Returns a builder for an item derived from a model or batch with an explicit identifier,
     * for example one without the batch's lot.
     *
     * @param parent the model or batch passport, not null
     * @param id the identifier: the parent's GTIN, a serial, and optionally the parent's lot,
     *     not null
     * @return a new builder, not null
     * @throws PassportException if the parent is an item, or the identifier is not an item
     *     identifier of the parent's GTIN (and lot)
     * @throws PassportException if the parent is reduced ({@link BatteryPassport#isComplete()}
     *     is false)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryPassport parent, DigitalLink id) {
        Objects.requireNonNull(parent, "parent");
        if (parent instanceof ItemPassport) {
            throw new PassportException(WRONG_PARENT,
                    "an item passport cannot be derived from another item "
                    + "passport " + parent.id() + "; use successor(...) for a new battery");
        }
        PassportBase p = (PassportBase) parent;
        return new Builder(p.category, completeParent(p, "an item passport"),
                checkDerivedId(id, PassportLevel.ITEM, p));
    }

    /**
     * Returns a builder for a standalone item passport ({@code /01/{gtin}/21/{serial}}), which
     * may set every field.
     *
     * @param category the battery category, not null
     * @param gtin the model's GTIN, not null
     * @param serial the serial: 1 to 20 GS1 CSET 82 characters, not null
     * @return a new builder, not null
     * @throws PassportException if the serial is not a valid GS1 serial (AI 21)
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, Gtin gtin, String serial) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gtin, "gtin");
        return new Builder(category, null, withSerial(DigitalLink.builder(gtin).build(), serial));
    }

    /**
     * Returns a builder for a standalone item passport with a lot
     * ({@code /01/{gtin}/10/{lot}/21/{serial}}), which may set every field.
     *
     * @param category the battery category, not null
     * @param gtin the model's GTIN, not null
     * @param lot the lot: 1 to 20 GS1 CSET 82 characters, not null
     * @param serial the serial: 1 to 20 GS1 CSET 82 characters, not null
     * @return a new builder, not null
     * @throws PassportException if the lot or serial is not valid for GS1 AI 10 or 21
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, Gtin gtin, String lot, String serial) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(lot, "lot");
        DigitalLink withLot;
        try {
            withLot = DigitalLink.builder(gtin).lot(lot).build();
        } catch (IllegalArgumentException e) {
            throw badQualifier(BatteryField.BATCH_NUMBER, lot, e);
        }
        return new Builder(category, null, withSerial(withLot, serial));
    }

    /**
     * Returns a builder for a standalone item passport with the given identifier (any domain).
     *
     * @param category the battery category, not null
     * @param id the identifier: a GTIN with a serial and optionally a lot, not null
     * @return a new builder, not null
     * @throws PassportException if the identifier is not an item identifier
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(BatteryCategory category, DigitalLink id) {
        Objects.requireNonNull(category, "category");
        return new Builder(category, null, checkId(id, PassportLevel.ITEM));
    }

    /**
     * Returns a builder for the passport of a battery made from one or more predecessor
     * batteries by preparation for re-use, repurposing or remanufacturing (Art. 77(7)): a
     * standalone item passport with a new identifier, possibly another category, and
     * {@code predecessorPassports} set to the predecessors' identifiers.
     *
     * @param predecessors the passports of the original batteries, at least one, not null
     * @param category the category of the new battery, not null
     * @param gtin the GTIN of the new battery, not null
     * @param serial the serial of the new battery, not null
     * @return a new builder, not null
     * @throws PassportException if there is no predecessor, the serial is invalid, or the new
     *     identifier equals a predecessor's
     * @throws NullPointerException if an argument or list element is null
     */
    public static Builder successorOf(List<ItemPassport> predecessors, BatteryCategory category,
            Gtin gtin, String serial) {
        List<ItemPassport> list = Checks.list(predecessors, "predecessors");
        if (list.isEmpty()) {
            throw new PassportException(MISSING_PART, BatteryField.PREDECESSOR_PASSPORTS,
                    "a successor passport needs at least one predecessor passport");
        }
        Builder b = builder(category, gtin, serial);
        List<String> ids = new ArrayList<>(list.size());
        for (ItemPassport p : list) {
            if (p.id.gtin().equals(b.id.gtin()) && p.id.serial().equals(b.id.serial())) {
                throw new PassportException(IDENTIFIER_MISMATCH,
                        BatteryField.PREDECESSOR_PASSPORTS, "a successor "
                        + "passport needs a new identifier but GTIN " + gtin + " with serial "
                        + serial + " identifies its predecessor " + p.id);
            }
            ids.add(p.id.toString());
        }
        b.set(BatteryField.PREDECESSOR_PASSPORTS, ids);
        return b;
    }

    /**
     * Returns a builder for the passport of the battery this one becomes after preparation for
     * re-use, repurposing or remanufacturing; see
     * {@link #successorOf(List, BatteryCategory, Gtin, String)}. An EV pack becoming stationary
     * storage would pass {@link BatteryCategory#INDUSTRIAL}.
     *
     * @param category the category of the new battery, not null
     * @param gtin the GTIN of the new battery, not null
     * @param serial the serial of the new battery, not null
     * @return a new builder, not null
     * @throws PassportException if the serial is invalid or the identifier equals this one
     * @throws NullPointerException if an argument is null
     */
    public Builder successor(BatteryCategory category, Gtin gtin, String serial) {
        return successorOf(List.of(this), category, gtin, serial);
    }

    private static DigitalLink withSerial(DigitalLink base, String serial) {
        Objects.requireNonNull(serial, "serial");
        try {
            return base.withSerial(serial);
        } catch (IllegalArgumentException e) {
            throw badQualifier(BatteryField.SERIAL_NUMBER, serial, e);
        }
    }

    /**
     * Returns the serial.
     *
     * @return the serial, not null
     */
    public String serial() {
        return id.serial().orElseThrow();
    }

    /**
     * Returns the batch passport this item was derived from.
     *
     * @return the batch, or empty if derived from a model or standalone
     */
    public Optional<BatchPassport> batch() {
        return parent instanceof BatchPassport b ? Optional.of(b) : Optional.empty();
    }

    /**
     * Returns the model passport this item was derived from, directly or through its batch.
     *
     * @return the model, or empty if there is none
     */
    public Optional<ModelPassport> model() {
        for (PassportBase p = parent; p != null; p = p.parent) {
            if (p instanceof ModelPassport m) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns this item passport reduced to the fields an audience may read, its parents
     * included (see {@link BatteryPassport#restrictTo(Audience)}).
     *
     * @param audience the audience, not null
     * @return the reduced passport, not null
     * @throws PassportException if this passport is itself reduced and the audience may read
     *     fields that {@link #audience()} may not
     * @throws NullPointerException if the audience is null
     */
    @Override
    public ItemPassport restrictTo(Audience audience) {
        return (ItemPassport) restricted(audience);
    }

    @Override
    ItemPassport reducedCopy(PassportBase reducedParent, Audience reducedTo) {
        return new ItemPassport(reduceInto(new Builder(category, reducedParent, id), reducedTo));
    }

    /**
     * Returns the batch or model passport this item was derived from.
     *
     * @return the parent, or empty for a standalone item
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
     * Builder of {@link ItemPassport}; see {@link PassportBuilder} for the setters and rules.
     *
     * <h2>Implementation Requirements</h2>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder extends PassportBuilder<Builder, ItemPassport> {

        private Builder(BatteryCategory category, PassportBase parent, DigitalLink id) {
            super(PassportLevel.ITEM, category, parent, id);
        }

        @Override
        public ItemPassport build() {
            prepareBuild("ItemPassport");
            return new ItemPassport(this);
        }
    }
}
