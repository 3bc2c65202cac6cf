package org.dppkit.battery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * An EU battery passport (Regulation (EU) 2023/1542, Art. 77 and Annex XIII) at one of three
 * levels: {@link ModelPassport}, {@link BatchPassport} or {@link ItemPassport}.
 *
 * <pre>{@code
 * ModelPassport model = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
 *         .manufacturerName("ACME Batteries GmbH")
 *         .ratedCapacity(Quantity.of("105", Unit.AMPERE_HOUR))
 *         .issuedAt(Instant.parse("2027-03-01T00:00:00Z"))
 *         .build();
 * BatchPassport batch = BatchPassport.builder(model, "LOT-2027-03")
 *         .carbonFootprintPerFunctionalUnit(
 *                 Quantity.of("61.2", Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR))
 *         .issuedAt(Instant.parse("2027-03-02T00:00:00Z"))
 *         .build();
 * ItemPassport item = ItemPassport.builder(batch, "SN-000123")
 *         .stateOfHealthStateOfCertifiedEnergy(Quantity.of(100, Unit.PERCENT))
 *         .issuedAt(Instant.parse("2027-03-05T00:00:00Z"))
 *         .build();
 * item.id();          // https://id.gs1.org/01/09506000134352/10/LOT-2027-03/21/SN-000123
 * item.provenance(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT);   // Optional[BATCH]
 * item.performance().ratedCapacity();                                   // Optional[105 AMH]
 * }</pre>
 *
 * <p><b>Locked level and category.</b> The level, category and identifier are fixed at creation;
 * no builder, {@code toBuilder()}, {@code revise(...)} or subclass can change them (the interface
 * is sealed and the classes are final). A different level or category is a new passport with a new
 * identifier ({@link ItemPassport#successor(BatteryCategory, org.dppkit.gs1.Gtin, String)}).
 *
 * <p><b>Layers.</b> A derived passport holds only its own values and shares its parent's: a batch
 * passport shares its model's values, an item passport its batch's (and model's).
 * {@link #get(BatteryField)} returns the effective value, {@link #provenance(BatteryField)} the
 * level that supplied it. Each field has a {@linkplain BatteryField#scope() scope}; builders reject
 * fields whose scope is above what the passport may change.
 *
 * <p><b>Access.</b> A passport holds every field; {@link #view(Audience)} returns the part an
 * audience may see (Annex XIII points 1 to 4, see {@link Audience}).
 *
 * <p><b>Reduced passports.</b> A passport read from a document written for a narrower audience
 * than {@link Audience#ISSUER} (a PUBLIC document, say), or made by
 * {@link #restrictTo(Audience)}, holds only the fields that audience may read and knows it:
 * {@link #audience()} names the audience and {@link #isComplete()} is false. So that nothing is
 * silently lost, it refuses to stand in for the whole passport: {@code toBuilder()},
 * {@code revise(...)}, deriving a batch or item passport from it, writing it for an audience
 * that may read more (such as {@code PassportJson.write(passport)}, which writes for ISSUER) and
 * validating it for compliance all throw {@link PassportException}. Writing it again for its own
 * audience gives the same document.
 *
 * <h2>Implementation Requirements</h2>
 * All implementations are immutable and thread-safe. {@code toString()} shows the level,
 * category, identifier and version, never field values.
 */
public sealed interface BatteryPassport permits ModelPassport, BatchPassport, ItemPassport {

    /**
     * Returns the passport level.
     *
     * @return the level, not null
     */
    PassportLevel level();

    /**
     * Returns the battery category, fixed at creation.
     *
     * @return the category, not null
     */
    BatteryCategory category();

    /**
     * Returns the identifier: a GS1 Digital Link with the GTIN, plus the lot for a batch and the
     * serial (and possibly the lot) for an item.
     *
     * @return the identifier, not null
     */
    DigitalLink id();

    /**
     * Returns the version number; the first version is 1, each {@link #revise(Instant)} adds 1.
     *
     * @return the version, at least 1
     */
    int version();

    /**
     * Returns when the first version was issued (supplied by the caller, never the wall clock).
     *
     * @return the instant, not null
     */
    Instant issuedAt();

    /**
     * Returns when this version was made by a revision.
     *
     * @return the instant, or empty for version 1
     */
    Optional<Instant> revisedAt();

    /**
     * Returns the passport this one was derived from: the model of a batch, the batch or model of
     * an item.
     *
     * @return the parent, or empty for a model or standalone passport
     */
    Optional<BatteryPassport> parent();

    /**
     * Returns the effective value of a field: own value, else the parent's; identity fields are
     * derived from {@link #id()} and {@link #category()}.
     *
     * @param field the field, not null
     * @return the value, an instance of {@link BatteryField#valueType()} (a {@code List} of them
     *     for list fields), or empty
     * @throws NullPointerException if the field is null
     */
    Optional<Object> get(BatteryField field);

    /**
     * Returns the effective value of a field cast to a type.
     *
     * @param <T> the expected type
     * @param field the field, not null
     * @param type the expected type ({@code List.class} for list fields), not null
     * @return the value, or empty
     * @throws PassportException if the value is not of that type
     * @throws NullPointerException if an argument is null
     */
    <T> Optional<T> get(BatteryField field, Class<T> type);

    /**
     * Tells whether a field has a value.
     *
     * @param field the field, not null
     * @return true if {@link #get(BatteryField)} is present
     * @throws NullPointerException if the field is null
     */
    boolean has(BatteryField field);

    /**
     * Returns the level that supplied the value of a field: the lowest passport in the chain
     * item, batch, model that holds it.
     *
     * @param field the field, not null
     * @return the level, or empty if the field has no value
     * @throws NullPointerException if the field is null
     */
    Optional<PassportLevel> provenance(BatteryField field);

    /**
     * Returns the fields that have a value, in catalogue order.
     *
     * @return an unmodifiable set, not null
     */
    Set<BatteryField> presentFields();

    /**
     * Returns what the audience may see of this passport; nothing else is reachable from the view.
     *
     * @param audience the audience, not null
     * @return the view, not null
     * @throws PassportException if this passport is reduced and the audience may read fields
     *     that {@link #audience()} may not
     * @throws NullPointerException if the audience is null
     */
    PassportView view(Audience audience);

    /**
     * Returns whose fields this passport holds: {@link Audience#ISSUER} (every field) for a
     * passport made by a builder or read from an ISSUER document, otherwise the audience of the
     * document it was read from or the one given to {@link #restrictTo(Audience)}.
     *
     * @return the audience, not null
     */
    Audience audience();

    /**
     * Tells whether this passport holds every field it was issued with: {@code true} when
     * {@link #audience()} is {@link Audience#ISSUER}, {@code false} for a reduced passport.
     *
     * @return true if complete
     */
    boolean isComplete();

    /**
     * Returns this passport reduced to the fields an audience may read, parents included: a
     * passport whose {@link #audience()} is that audience, equal to what reading this passport's
     * document for that audience gives. Use it to hand a partner a passport object that holds no
     * more than they may see.
     *
     * @param audience the audience, not null
     * @return the reduced passport (this passport if it already holds exactly that audience's
     *     fields), not null
     * @throws PassportException if this passport is itself reduced and the audience may read
     *     fields that {@link #audience()} may not
     * @throws NullPointerException if the audience is null
     */
    BatteryPassport restrictTo(Audience audience);

    /**
     * Returns a builder holding this passport's own values, level, category, identifier, parent,
     * version and timestamps; {@code toBuilder().build()} equals this passport.
     *
     * @return a new builder, not null
     * @throws PassportException if this passport is reduced ({@link #isComplete()} is false):
     *     building from it would silently drop the fields it does not hold
     */
    PassportBuilder<?, ? extends BatteryPassport> toBuilder();

    /**
     * Starts the next version of this passport: same identifier, level, category and parent,
     * version + 1, revised at the given instant.
     *
     * @param revisedAt when the revision is made, not before {@link #issuedAt()}, not null
     * @return a builder holding this passport's own values, not null
     * @throws PassportException if {@code revisedAt} is before the issue or last revision, or
     *     if this passport is reduced ({@link #isComplete()} is false)
     * @throws NullPointerException if the argument is null
     */
    PassportBuilder<?, ? extends BatteryPassport> revise(Instant revisedAt);

    /**
     * Starts the next version of this passport, taking the revision time from a clock.
     *
     * @param clock the clock to read once, not null
     * @return a builder holding this passport's own values, not null
     * @throws PassportException if the clock's instant is before the issue or last revision,
     *     or if this passport is reduced ({@link #isComplete()} is false)
     * @throws NullPointerException if the argument is null
     */
    PassportBuilder<?, ? extends BatteryPassport> revise(Clock clock);

    /**
     * Returns the typed {@code identity} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default IdentitySection identity() {
        return new IdentitySection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code manufacturer} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default ManufacturerSection manufacturer() {
        return new ManufacturerSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code manufacturing} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default ManufacturingSection manufacturing() {
        return new ManufacturingSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code characteristics} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default CharacteristicsSection characteristics() {
        return new CharacteristicsSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code composition} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default CompositionSection composition() {
        return new CompositionSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code carbonFootprint} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default CarbonFootprintSection carbonFootprint() {
        return new CarbonFootprintSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code recycledContent} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default RecycledContentSection recycledContent() {
        return new RecycledContentSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code dueDiligence} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default DueDiligenceSection dueDiligence() {
        return new DueDiligenceSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code conformity} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default ConformitySection conformity() {
        return new ConformitySection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code circularity} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default CircularitySection circularity() {
        return new CircularitySection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code performance} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default PerformanceSection performance() {
        return new PerformanceSection(f -> get(f).orElse(null));
    }

    /**
     * Returns the typed {@code lifecycle} section (effective values, including shared ones).
     *
     * @return the section, not null
     */
    default LifecycleSection lifecycle() {
        return new LifecycleSection(f -> get(f).orElse(null));
    }
}
