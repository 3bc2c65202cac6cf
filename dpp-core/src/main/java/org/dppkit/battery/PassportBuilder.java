package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_REVISION;
import static org.dppkit.battery.PassportErrorCode.DERIVED_FIELD;
import static org.dppkit.battery.PassportErrorCode.MISSING_PART;
import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;
import static org.dppkit.battery.PassportErrorCode.SCOPE_ABOVE_LEVEL;
import static org.dppkit.battery.PassportErrorCode.WRONG_CATEGORY;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * The common part of the three passport builders ({@link ModelPassport.Builder},
 * {@link BatchPassport.Builder}, {@link ItemPassport.Builder}): a generic
 * {@link #set(BatteryField, Object)} and one typed setter per settable catalogue field.
 *
 * <p>Every setter checks its value at the call (type, unit, range, blank text) and the field's
 * {@linkplain BatteryField#scope() scope} against the builder:
 * <ul>
 * <li>MODEL and BATCH builders reject ITEM-scope fields (state of health, status, usage, ...);
 * <li>a builder derived from a parent rejects fields whose scope is the parent's level or
 *     broader: a batch of a model cannot change the chemistry, an item of a batch cannot change
 *     the carbon footprint; an item derived directly from a model may set BATCH-scope fields;
 * <li>standalone builders ({@code ItemPassport.builder(category, gtin, serial)}) may set every
 *     field;
 * <li>identity fields ({@code uniqueIdentifier}, {@code modelIdentifier}, {@code batchNumber},
 *     {@code serialNumber}, {@code batteryCategory}) are derived from the identifier and category
 *     and cannot be set;
 * <li>{@code industrialSubCategory} is accepted for INDUSTRIAL batteries only.
 * </ul>
 * The exception names the field key, its scope and the builder's level.
 *
 * <p>{@link #build()} requires {@link #issuedAt(Instant)} (or a {@link #clock(Clock)}); it lists
 * every missing part at once. A builder always makes version 1 or, when it comes from
 * {@link BatteryPassport#revise(Instant)}, the next version: the version number and revision time
 * cannot be set from outside, so a passport's history is made by revisions only.
 * Whether mandatory catalogue fields are present is not checked here: that is a validation
 * finding, not a construction error.
 *
 * <h2>Implementation Requirements</h2>
 * Builders are mutable and not thread-safe; use each from a single thread.
 *
 * @param <B> the concrete builder type
 * @param <P> the passport type it builds
 */
public abstract sealed class PassportBuilder<B extends PassportBuilder<B, P>,
        P extends BatteryPassport> permits ModelPassport.Builder, BatchPassport.Builder,
        ItemPassport.Builder {

    final PassportLevel level;
    final BatteryCategory category;
    final PassportBase parent;
    DigitalLink id;
    /** Own values in ordinal order of the set mask bits (as in PassportBase); size used. */
    Object[] values = PassportBase.NO_VALUES;
    int size;
    long mask0;
    long mask1;
    int version = 1;
    Instant issuedAt;
    Instant revisedAt;
    Clock clock;
    /** Whose fields the passport holds: ISSUER (all) unless made by a restricted copy. */
    Audience heldFor = Audience.ISSUER;

    PassportBuilder(PassportLevel level, BatteryCategory category, PassportBase parent,
            DigitalLink id) {
        this.level = level;
        this.category = category;
        this.parent = parent;
        this.id = id;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Returns the level of the passport this builder makes.
     *
     * @return the level, not null
     */
    public final PassportLevel level() {
        return level;
    }

    /**
     * Returns the category of the passport this builder makes.
     *
     * @return the category, not null
     */
    public final BatteryCategory category() {
        return category;
    }

    /**
     * Returns the identifier of the passport this builder makes.
     *
     * @return the identifier, not null
     */
    public final DigitalLink id() {
        return id;
    }

    /**
     * Tells whether this builder may set a field, without setting it.
     *
     * @param field the field, not null
     * @return true if {@link #set(BatteryField, Object)} would accept a valid value
     * @throws NullPointerException if the field is null
     */
    public final boolean canSet(BatteryField field) {
        return notSettable(Objects.requireNonNull(field, "field")) == null;
    }

    /**
     * Sets a field from a value of its Java type ({@link BatteryField#valueType()}, a
     * {@code List} of it for list fields). Used by JSON reading and fixtures; the typed setters
     * call it.
     *
     * @param field the field, not null
     * @param value the value, not null; lists are copied
     * @return this builder
     * @throws PassportException naming the field key, the expected and the actual type if the
     *     value has the wrong type; naming the rule if it is out of range, blank or in the wrong
     *     unit; naming the field's scope and this builder's level if this builder may not set it
     * @throws NullPointerException if an argument is null
     */
    public final B set(BatteryField field, Object value) {
        Objects.requireNonNull(field, "field");
        PassportException error = notSettable(field);
        if (error != null) {
            throw error;
        }
        put(field.ordinal(), FieldTypes.check(field, value));
        return self();
    }

    /**
     * Removes this builder's own value of a field (a shared parent value stays visible).
     *
     * @param field the field, not null
     * @return this builder
     * @throws PassportException if this builder may not set the field
     * @throws NullPointerException if the field is null
     */
    public final B clear(BatteryField field) {
        Objects.requireNonNull(field, "field");
        PassportException error = notSettable(field);
        if (error != null) {
            throw error;
        }
        int ord = field.ordinal();
        if (has(ord)) {
            int index = index(ord);
            System.arraycopy(values, index + 1, values, index, size - index - 1);
            values[--size] = null;
            if (ord < 64) {
                mask0 &= ~(1L << ord);
            } else {
                mask1 &= ~(1L << (ord - 64));
            }
        }
        return self();
    }

    /**
     * Returns this builder's own value of a field (not a parent's).
     *
     * @param field the field, not null
     * @return the value, or empty
     * @throws NullPointerException if the field is null
     */
    public final Optional<Object> get(BatteryField field) {
        int ord = Objects.requireNonNull(field, "field").ordinal();
        return has(ord) ? Optional.of(values[index(ord)]) : Optional.empty();
    }

    /**
     * Sets when the first version was issued. Required unless a {@link #clock(Clock)} is given.
     *
     * @param issuedAt the instant, not null
     * @return this builder
     * @throws PassportException if the instant lies outside the years
     *     {@link PassportLimits#MIN_YEAR} to {@link PassportLimits#MAX_YEAR}
     * @throws NullPointerException if the argument is null
     */
    public final B issuedAt(Instant issuedAt) {
        this.issuedAt = Checks.instant(issuedAt, "issuedAt");
        return self();
    }

    /**
     * Sets a clock read once by {@link #build()} when no {@link #issuedAt(Instant)} was given.
     * dppkit never reads the wall clock implicitly.
     *
     * @param clock the clock, not null
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public final B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Restores the version header of a stored passport (for the JSON reader and fixtures, through
     * {@code org.dppkit.battery.internal.PassportInternals}); never reachable from the public API,
     * so that only {@link BatteryPassport#revise(Instant)} makes new versions.
     */
    final void restoreVersion(int version, Instant revisedAt) {
        if (version < 1) {
            throw new PassportException(OUT_OF_RANGE,
                    "version must be at least 1 but was " + version);
        }
        this.version = version;
        this.revisedAt = revisedAt == null ? null : Checks.instant(revisedAt, "revisedAt");
    }

    /**
     * Builds the passport.
     *
     * @return the passport, not null
     * @throws PassportException listing every missing structural part at once (issue time;
     *     revision time for a version above 1; revision time before issue time), or if the
     *     passport's values (its parents' included) could make a JSON document longer than
     *     {@link PassportLimits#MAX_DOCUMENT_LENGTH}
     */
    public abstract P build();

    // ------------------------------------------------------------------ internals

    final boolean has(int ord) {
        return ord < 64 ? (mask0 >>> ord & 1L) != 0 : (mask1 >>> (ord - 64) & 1L) != 0;
    }

    final int index(int ord) {
        return ord < 64 ? Long.bitCount(mask0 & ((1L << ord) - 1))
                : Long.bitCount(mask0) + Long.bitCount(mask1 & ((1L << (ord - 64)) - 1));
    }

    final void put(int ord, Object value) {
        int index = index(ord);
        if (has(ord)) {
            values[index] = value;
            return;
        }
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(4, size * 2));
        }
        System.arraycopy(values, index, values, index + 1, size - index);
        values[index] = value;
        size++;
        if (ord < 64) {
            mask0 |= 1L << ord;
        } else {
            mask1 |= 1L << (ord - 64);
        }
    }

    /** Returns the exception saying why this builder may not set the field, or null if it may. */
    final PassportException notSettable(BatteryField field) {
        if (FieldTypes.DERIVED.contains(field)) {
            return new PassportException(DERIVED_FIELD, field, "field '" + field.key()
                    + "' is derived from the passport identifier and category and cannot be set; "
                    + "create a passport with another identifier");
        }
        PassportLevel scope = field.scope();
        if (scope == PassportLevel.ITEM && level != PassportLevel.ITEM) {
            return new PassportException(SCOPE_ABOVE_LEVEL, field, "field '" + field.key()
                    + "' has scope ITEM and cannot be set on a " + level
                    + " passport: per-battery data belongs on an ItemPassport");
        }
        if (parent != null && !parent.levelInternal().isBroaderThan(scope)) {
            return new PassportException(SCOPE_ABOVE_LEVEL, field, "field '" + field.key()
                    + "' has scope " + scope + " and cannot be set on a "
                    + level + " passport derived from a " + parent.levelInternal()
                    + " passport: it is shared from the " + parent.levelInternal()
                    + " passport, and a different value needs a different "
                    + parent.levelInternal() + " passport");
        }
        if (field == BatteryField.INDUSTRIAL_SUB_CATEGORY && category != BatteryCategory.INDUSTRIAL) {
            return new PassportException(WRONG_CATEGORY, field, "field '" + field.key()
                    + "' applies to INDUSTRIAL batteries only but this passport is for category "
                    + category);
        }
        return null;
    }

    /** Resolves timestamps and throws listing every missing part. */
    final void prepareBuild(String what) {
        Instant issued = issuedAt;
        if (issued == null && clock != null) {
            issued = Checks.instant(clock.instant(), "issuedAt (from the clock)");
        }
        if (issued == null || version > 1 && revisedAt == null) {
            List<String> missing = new ArrayList<>(2);
            if (issued == null) {
                missing.add("issuedAt (call issuedAt(Instant) or clock(Clock))");
            }
            if (version > 1 && revisedAt == null) {
                missing.add("revisedAt (version " + version + " is a revision)");
            }
            throw new PassportException(MISSING_PART,
                    "cannot build " + what + " " + id + ": missing "
                    + String.join(", ", missing));
        }
        if (revisedAt != null && revisedAt.isBefore(issued)) {
            throw new PassportException(BAD_REVISION,
                    "revisedAt " + revisedAt + " must not be before issuedAt "
                    + issued + " of " + what + " " + id);
        }
        issuedAt = issued;
    }

    // ------------------------------------------------------------------ typed setters

    /**
     * Sets {@code passportIdentifier}: Identifier of this passport record, kept apart from the battery identifier because one battery can have several passports over its life. (scope ITEM, access PUBLIC).
     * Same as {@code set(BatteryField.PASSPORT_IDENTIFIER, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B passportIdentifier(String value) {
        return set(BatteryField.PASSPORT_IDENTIFIER, value);
    }

    /**
     * Sets {@code industrialSubCategory}: Sub-category of an industrial battery: stationary energy storage system, other with internal storage, or exclusively external storage. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.INDUSTRIAL_SUB_CATEGORY, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B industrialSubCategory(IndustrialSubCategory value) {
        return set(BatteryField.INDUSTRIAL_SUB_CATEGORY, value);
    }

    /**
     * Sets {@code responsibleOperator}: Economic operator currently responsible for the passport: name, postal address and operator identifier. (scope ITEM, access PUBLIC).
     * Same as {@code set(BatteryField.RESPONSIBLE_OPERATOR, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B responsibleOperator(EconomicOperator value) {
        return set(BatteryField.RESPONSIBLE_OPERATOR, value);
    }

    /**
     * Sets {@code manufacturer.name}: Manufacturer's name, registered trade name or registered trade mark. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURER_NAME, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturerName(String value) {
        return set(BatteryField.MANUFACTURER_NAME, value);
    }

    /**
     * Sets {@code manufacturer.postalAddress}: Manufacturer's postal address, naming a single point of contact. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURER_POSTAL_ADDRESS, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturerPostalAddress(PostalAddress value) {
        return set(BatteryField.MANUFACTURER_POSTAL_ADDRESS, value);
    }

    /**
     * Sets {@code manufacturer.webAddress}: Manufacturer's website, where one exists. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURER_WEB_ADDRESS, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturerWebAddress(URI value) {
        return set(BatteryField.MANUFACTURER_WEB_ADDRESS, value);
    }

    /**
     * Sets {@code manufacturer.emailAddress}: Manufacturer's e-mail address, where one exists. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURER_EMAIL_ADDRESS, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturerEmailAddress(String value) {
        return set(BatteryField.MANUFACTURER_EMAIL_ADDRESS, value);
    }

    /**
     * Sets {@code manufacturer.identifier}: Unique operator identifier of the manufacturer (e.g. GLN or EORI). (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURER_IDENTIFIER, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturerIdentifier(String value) {
        return set(BatteryField.MANUFACTURER_IDENTIFIER, value);
    }

    /**
     * Sets {@code manufacturingPlace}: Plant where the battery was made: facility identifier and geographical address. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURING_PLACE, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturingPlace(Facility value) {
        return set(BatteryField.MANUFACTURING_PLACE, value);
    }

    /**
     * Sets {@code manufacturingDate}: Month and year of manufacture. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.MANUFACTURING_DATE, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B manufacturingDate(YearMonth value) {
        return set(BatteryField.MANUFACTURING_DATE, value);
    }

    /**
     * Sets {@code batteryMass}: Weight of the battery. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.BATTERY_MASS, value)}.
     *
     * @param value the value in KGM (kilogram), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B batteryMass(Quantity value) {
        return set(BatteryField.BATTERY_MASS, value);
    }

    /**
     * Sets {@code extinguishingAgent}: Fire-extinguishing agents (or fire classes) usable on the battery. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.EXTINGUISHING_AGENT, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B extinguishingAgent(List<String> value) {
        return set(BatteryField.EXTINGUISHING_AGENT, value);
    }

    /**
     * Sets {@code warrantyPeriod}: Length of the commercial warranty covering the calendar life. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.WARRANTY_PERIOD, value)}.
     *
     * @param value the value in MON (month), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B warrantyPeriod(Quantity value) {
        return set(BatteryField.WARRANTY_PERIOD, value);
    }

    /**
     * Sets {@code chemistry}: Battery chemistry as a short code plus a full name. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CHEMISTRY, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B chemistry(Chemistry value) {
        return set(BatteryField.CHEMISTRY, value);
    }

    /**
     * Sets {@code hazardousSubstances}: Hazardous substances other than mercury, cadmium and lead, each with name, identifier, hazard class, concentration and location. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.HAZARDOUS_SUBSTANCES, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B hazardousSubstances(List<HazardousSubstance> value) {
        return set(BatteryField.HAZARDOUS_SUBSTANCES, value);
    }

    /**
     * Sets {@code criticalRawMaterials}: Critical raw materials present above 0.1 % by weight. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CRITICAL_RAW_MATERIALS, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B criticalRawMaterials(List<String> value) {
        return set(BatteryField.CRITICAL_RAW_MATERIALS, value);
    }

    /**
     * Sets {@code detailedComposition}: Materials making up the battery, including cathode, anode and electrolyte materials, with identifiers and amounts. (scope MODEL, access LEGITIMATE_INTEREST_AND_AUTHORITIES).
     * Same as {@code set(BatteryField.DETAILED_COMPOSITION, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B detailedComposition(List<MaterialShare> value) {
        return set(BatteryField.DETAILED_COMPOSITION, value);
    }

    /**
     * Sets {@code carbonFootprint.perFunctionalUnit}: Life-cycle carbon footprint per kWh of total energy the battery supplies over its expected service life. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT, value)}.
     *
     * @param value the value in (kg CO2e per kWh), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B carbonFootprintPerFunctionalUnit(Quantity value) {
        return set(BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT, value);
    }

    /**
     * Sets {@code carbonFootprint.perLifecycleStage}: Carbon footprint split over raw material acquisition and pre-processing, main production, distribution, and end of life and recycling. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B carbonFootprintPerLifecycleStage(List<LifecycleStageEmission> value) {
        return set(BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE, value);
    }

    /**
     * Sets {@code carbonFootprint.performanceClass}: Carbon-footprint performance class of the model as made in this plant. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.CARBON_FOOTPRINT_PERFORMANCE_CLASS, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B carbonFootprintPerformanceClass(String value) {
        return set(BatteryField.CARBON_FOOTPRINT_PERFORMANCE_CLASS, value);
    }

    /**
     * Sets {@code carbonFootprint.label}: Carbon-footprint label graphic showing the footprint and its class. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.CARBON_FOOTPRINT_LABEL, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B carbonFootprintLabel(DocumentRef value) {
        return set(BatteryField.CARBON_FOOTPRINT_LABEL, value);
    }

    /**
     * Sets {@code carbonFootprint.studyUrl}: Link to the public version of the study supporting the footprint values. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.CARBON_FOOTPRINT_STUDY_URL, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B carbonFootprintStudyUrl(URI value) {
        return set(BatteryField.CARBON_FOOTPRINT_STUDY_URL, value);
    }

    /**
     * Sets {@code carbonFootprint.absolute}: Total carbon footprint of one battery, not divided by the energy it delivers. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.CARBON_FOOTPRINT_ABSOLUTE, value)}.
     *
     * @param value the value in KGM (kilogram CO2e), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B carbonFootprintAbsolute(Quantity value) {
        return set(BatteryField.CARBON_FOOTPRINT_ABSOLUTE, value);
    }

    /**
     * Sets {@code recycledContent.cobalt}: Percentage of the cobalt in active materials that comes from recovered battery manufacturing waste or post-consumer waste. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.RECYCLED_CONTENT_COBALT, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B recycledContentCobalt(RecycledShare value) {
        return set(BatteryField.RECYCLED_CONTENT_COBALT, value);
    }

    /**
     * Sets {@code recycledContent.lithium}: Percentage of the lithium in active materials that comes from recovered battery manufacturing waste or post-consumer waste. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.RECYCLED_CONTENT_LITHIUM, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B recycledContentLithium(RecycledShare value) {
        return set(BatteryField.RECYCLED_CONTENT_LITHIUM, value);
    }

    /**
     * Sets {@code recycledContent.nickel}: Percentage of the nickel in active materials that comes from recovered battery manufacturing waste or post-consumer waste. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.RECYCLED_CONTENT_NICKEL, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B recycledContentNickel(RecycledShare value) {
        return set(BatteryField.RECYCLED_CONTENT_NICKEL, value);
    }

    /**
     * Sets {@code recycledContent.lead}: Percentage of the lead in the battery that comes from recovered battery manufacturing waste or post-consumer waste. (scope BATCH, access PUBLIC).
     * Same as {@code set(BatteryField.RECYCLED_CONTENT_LEAD, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B recycledContentLead(RecycledShare value) {
        return set(BatteryField.RECYCLED_CONTENT_LEAD, value);
    }

    /**
     * Sets {@code dueDiligence.report}: Responsible-sourcing information taken from the operator's published battery due-diligence report. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.DUE_DILIGENCE_REPORT, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B dueDiligenceReport(DocumentRef value) {
        return set(BatteryField.DUE_DILIGENCE_REPORT, value);
    }

    /**
     * Sets {@code dueDiligence.thirdPartyAssurances}: Links to third-party assurances or recognised schemes covering the supply chain. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.DUE_DILIGENCE_THIRD_PARTY_ASSURANCES, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B dueDiligenceThirdPartyAssurances(List<URI> value) {
        return set(BatteryField.DUE_DILIGENCE_THIRD_PARTY_ASSURANCES, value);
    }

    /**
     * Sets {@code dueDiligence.supplyChainIndices}: Supply-chain sustainability index values, e.g. Global Battery Alliance ESG indices once published. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.DUE_DILIGENCE_SUPPLY_CHAIN_INDICES, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B dueDiligenceSupplyChainIndices(List<SupplyChainIndex> value) {
        return set(BatteryField.DUE_DILIGENCE_SUPPLY_CHAIN_INDICES, value);
    }

    /**
     * Sets {@code conformity.declarationOfConformity}: EU declaration of conformity for the battery model, with its identification number. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CONFORMITY_DECLARATION_OF_CONFORMITY, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B conformityDeclarationOfConformity(DocumentRef value) {
        return set(BatteryField.CONFORMITY_DECLARATION_OF_CONFORMITY, value);
    }

    /**
     * Sets {@code conformity.testReports}: Results of the test reports showing compliance with the Regulation and its delegated and implementing acts. (scope MODEL, access AUTHORITIES).
     * Same as {@code set(BatteryField.CONFORMITY_TEST_REPORTS, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B conformityTestReports(List<DocumentRef> value) {
        return set(BatteryField.CONFORMITY_TEST_REPORTS, value);
    }

    /**
     * Sets {@code conformity.separateCollectionSymbol}: Crossed-out wheeled-bin symbol for separate collection, as a graphic. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CONFORMITY_SEPARATE_COLLECTION_SYMBOL, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B conformitySeparateCollectionSymbol(DocumentRef value) {
        return set(BatteryField.CONFORMITY_SEPARATE_COLLECTION_SYMBOL, value);
    }

    /**
     * Sets {@code conformity.cadmiumLeadSymbols}: Chemical symbols Cd and/or Pb printed under the bin symbol when cadmium or lead exceed the thresholds. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B conformityCadmiumLeadSymbols(List<CadmiumLeadSymbol> value) {
        return set(BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS, value);
    }

    /**
     * Sets {@code instructionsForUse}: Instructions for use that can be printed, downloaded and kept, reachable e.g. during a breakdown. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.INSTRUCTIONS_FOR_USE, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B instructionsForUse(DocumentRef value) {
        return set(BatteryField.INSTRUCTIONS_FOR_USE, value);
    }

    /**
     * Sets {@code renewableContent}: Share of renewable content in the battery. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.RENEWABLE_CONTENT, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B renewableContent(Quantity value) {
        return set(BatteryField.RENEWABLE_CONTENT, value);
    }

    /**
     * Sets {@code spareParts.partNumbers}: Part numbers of the battery's components. (scope MODEL, access LEGITIMATE_INTEREST_AND_AUTHORITIES).
     * Same as {@code set(BatteryField.SPARE_PARTS_PART_NUMBERS, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B sparePartsPartNumbers(List<SparePart> value) {
        return set(BatteryField.SPARE_PARTS_PART_NUMBERS, value);
    }

    /**
     * Sets {@code spareParts.sources}: Contact details of where replacement spare parts can be obtained. (scope MODEL, access LEGITIMATE_INTEREST_AND_AUTHORITIES).
     * Same as {@code set(BatteryField.SPARE_PARTS_SOURCES, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B sparePartsSources(List<SparePartSource> value) {
        return set(BatteryField.SPARE_PARTS_SOURCES, value);
    }

    /**
     * Sets {@code dismantlingInformation}: Dismantling documents: exploded views with cell locations, disassembly sequence, fasteners to release, tools, damage warnings, number and layout of cells. (scope MODEL, access LEGITIMATE_INTEREST_AND_AUTHORITIES).
     * Same as {@code set(BatteryField.DISMANTLING_INFORMATION, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B dismantlingInformation(List<DocumentRef> value) {
        return set(BatteryField.DISMANTLING_INFORMATION, value);
    }

    /**
     * Sets {@code safetyMeasures}: Safety measures to follow when handling, dismantling or treating the battery. (scope MODEL, access LEGITIMATE_INTEREST_AND_AUTHORITIES).
     * Same as {@code set(BatteryField.SAFETY_MEASURES, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B safetyMeasures(List<DocumentRef> value) {
        return set(BatteryField.SAFETY_MEASURES, value);
    }

    /**
     * Sets {@code endOfLife.wastePrevention}: How end users help prevent waste, incl. good practice for longer use and re-use, repurposing or remanufacturing options. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.END_OF_LIFE_WASTE_PREVENTION, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B endOfLifeWastePrevention(DocumentRef value) {
        return set(BatteryField.END_OF_LIFE_WASTE_PREVENTION, value);
    }

    /**
     * Sets {@code endOfLife.separateCollection}: End users' part in the separate collection of waste batteries. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.END_OF_LIFE_SEPARATE_COLLECTION, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B endOfLifeSeparateCollection(DocumentRef value) {
        return set(BatteryField.END_OF_LIFE_SEPARATE_COLLECTION, value);
    }

    /**
     * Sets {@code endOfLife.collectionAndTreatment}: Available take-back and collection points, preparation for re-use or repurposing, and treatment and recycling options. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.END_OF_LIFE_COLLECTION_AND_TREATMENT, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B endOfLifeCollectionAndTreatment(DocumentRef value) {
        return set(BatteryField.END_OF_LIFE_COLLECTION_AND_TREATMENT, value);
    }

    /**
     * Sets {@code endOfLife.wasteHandlingSafety}: Safety instructions for handling waste batteries. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.END_OF_LIFE_WASTE_HANDLING_SAFETY, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B endOfLifeWasteHandlingSafety(DocumentRef value) {
        return set(BatteryField.END_OF_LIFE_WASTE_HANDLING_SAFETY, value);
    }

    /**
     * Sets {@code endOfLife.labelMeaning}: Explanation of the labels and symbols on the battery and in the passport. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.END_OF_LIFE_LABEL_MEANING, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B endOfLifeLabelMeaning(LocalizedText value) {
        return set(BatteryField.END_OF_LIFE_LABEL_MEANING, value);
    }

    /**
     * Sets {@code endOfLife.substanceImpact}: Effects of the battery's substances on environment, health and safety, including from littering or unsorted disposal. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.END_OF_LIFE_SUBSTANCE_IMPACT, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B endOfLifeSubstanceImpact(LocalizedText value) {
        return set(BatteryField.END_OF_LIFE_SUBSTANCE_IMPACT, value);
    }

    /**
     * Sets {@code ratedCapacity}: Total charge a fully charged battery delivers under reference conditions. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.RATED_CAPACITY, value)}.
     *
     * @param value the value in AMH (ampere hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B ratedCapacity(Quantity value) {
        return set(BatteryField.RATED_CAPACITY, value);
    }

    /**
     * Sets {@code voltage.minimum}: Lowest permitted voltage. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.VOLTAGE_MINIMUM, value)}.
     *
     * @param value the value in VLT (volt), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B voltageMinimum(Quantity value) {
        return set(BatteryField.VOLTAGE_MINIMUM, value);
    }

    /**
     * Sets {@code voltage.nominal}: Nominal voltage. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.VOLTAGE_NOMINAL, value)}.
     *
     * @param value the value in VLT (volt), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B voltageNominal(Quantity value) {
        return set(BatteryField.VOLTAGE_NOMINAL, value);
    }

    /**
     * Sets {@code voltage.maximum}: Highest permitted voltage. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.VOLTAGE_MAXIMUM, value)}.
     *
     * @param value the value in VLT (volt), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B voltageMaximum(Quantity value) {
        return set(BatteryField.VOLTAGE_MAXIMUM, value);
    }

    /**
     * Sets {@code originalPowerCapability}: Power the new battery can deliver, measured at 80 % and 20 % state of charge. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.ORIGINAL_POWER_CAPABILITY, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B originalPowerCapability(List<PowerCapability> value) {
        return set(BatteryField.ORIGINAL_POWER_CAPABILITY, value);
    }

    /**
     * Sets {@code maximumPermittedPower}: Power limit: highest power the battery may deliver, with temperature range where relevant. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.MAXIMUM_PERMITTED_POWER, value)}.
     *
     * @param value the value in WTT (watt), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B maximumPermittedPower(Quantity value) {
        return set(BatteryField.MAXIMUM_PERMITTED_POWER, value);
    }

    /**
     * Sets {@code expectedLifetimeCycles}: Expected lifetime in charge-discharge cycles under the reference test. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.EXPECTED_LIFETIME_CYCLES, value)}.
     *
     * @param value the value in B7 (cycle), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B expectedLifetimeCycles(Quantity value) {
        return set(BatteryField.EXPECTED_LIFETIME_CYCLES, value);
    }

    /**
     * Sets {@code cycleLifeReferenceTest}: Reference test used to establish the expected cycle life. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CYCLE_LIFE_REFERENCE_TEST, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B cycleLifeReferenceTest(DocumentRef value) {
        return set(BatteryField.CYCLE_LIFE_REFERENCE_TEST, value);
    }

    /**
     * Sets {@code cRateCycleLifeTest}: C-rate applied in the cycle-life test. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.C_RATE_CYCLE_LIFE_TEST, value)}.
     *
     * @param value the value in H10 (reciprocal hour, C-rate), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B cRateCycleLifeTest(Quantity value) {
        return set(BatteryField.C_RATE_CYCLE_LIFE_TEST, value);
    }

    /**
     * Sets {@code capacityThresholdForExhaustion}: Capacity level below which an EV battery counts as exhausted. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CAPACITY_THRESHOLD_FOR_EXHAUSTION, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B capacityThresholdForExhaustion(Quantity value) {
        return set(BatteryField.CAPACITY_THRESHOLD_FOR_EXHAUSTION, value);
    }

    /**
     * Sets {@code idleTemperatureRange}: Lowest and highest temperature the battery withstands when not in use, with the reference test. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.IDLE_TEMPERATURE_RANGE, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B idleTemperatureRange(TemperatureRange value) {
        return set(BatteryField.IDLE_TEMPERATURE_RANGE, value);
    }

    /**
     * Sets {@code roundTripEfficiency.initial}: Energy round-trip efficiency of the new battery. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B roundTripEfficiencyInitial(Quantity value) {
        return set(BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL, value);
    }

    /**
     * Sets {@code roundTripEfficiency.at50PercentCycleLife}: Energy round-trip efficiency expected at half of the cycle life. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B roundTripEfficiencyAt50PercentCycleLife(Quantity value) {
        return set(BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE, value);
    }

    /**
     * Sets {@code internalResistance}: Initial internal resistance at cell and pack level (module level optional). (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.INTERNAL_RESISTANCE, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B internalResistance(List<ResistanceValue> value) {
        return set(BatteryField.INTERNAL_RESISTANCE, value);
    }

    /**
     * Sets {@code certifiedUsableEnergy}: Certified usable energy of an EV battery, the reference for SOCE. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.CERTIFIED_USABLE_ENERGY, value)}.
     *
     * @param value the value in KWH (kilowatt hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B certifiedUsableEnergy(Quantity value) {
        return set(BatteryField.CERTIFIED_USABLE_ENERGY, value);
    }

    /**
     * Sets {@code powerToEnergyRatio}: Ratio of nominal power to energy. (scope MODEL, access PUBLIC).
     * Same as {@code set(BatteryField.POWER_TO_ENERGY_RATIO, value)}.
     *
     * @param value the value in H10 (W per Wh), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B powerToEnergyRatio(Quantity value) {
        return set(BatteryField.POWER_TO_ENERGY_RATIO, value);
    }

    /**
     * Sets {@code initialSelfDischargeRate}: Self-discharge rate of the new battery. (scope MODEL, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.INITIAL_SELF_DISCHARGE_RATE, value)}.
     *
     * @param value the value in H71 (percent per month), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B initialSelfDischargeRate(Quantity value) {
        return set(BatteryField.INITIAL_SELF_DISCHARGE_RATE, value);
    }

    /**
     * Sets {@code itemPerformance.capacity}: Capacity of this battery, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_CAPACITY, value)}.
     *
     * @param value the value in AMH (ampere hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceCapacity(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_CAPACITY, value);
    }

    /**
     * Sets {@code itemPerformance.capacityFade}: Loss of capacity against the original rated capacity, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_CAPACITY_FADE, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceCapacityFade(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_CAPACITY_FADE, value);
    }

    /**
     * Sets {@code itemPerformance.power}: Power capability of this battery, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_POWER, value)}.
     *
     * @param value the value in WTT (watt), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformancePower(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_POWER, value);
    }

    /**
     * Sets {@code itemPerformance.powerFade}: Loss of power capability against the original value, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_POWER_FADE, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformancePowerFade(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_POWER_FADE, value);
    }

    /**
     * Sets {@code itemPerformance.internalResistance}: Internal resistance of this battery, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE, value)}.
     *
     * @param value the value in OHM (ohm), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceInternalResistance(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE, value);
    }

    /**
     * Sets {@code itemPerformance.internalResistanceIncrease}: Increase of internal resistance against the initial value, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceInternalResistanceIncrease(List<ResistanceValue> value) {
        return set(BatteryField.ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE, value);
    }

    /**
     * Sets {@code itemPerformance.roundTripEfficiency}: Energy round-trip efficiency of this battery, where applicable, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceRoundTripEfficiency(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY, value);
    }

    /**
     * Sets {@code itemPerformance.roundTripEfficiencyFade}: Decrease of round-trip efficiency, where applicable, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY_FADE, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceRoundTripEfficiencyFade(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_ROUND_TRIP_EFFICIENCY_FADE, value);
    }

    /**
     * Sets {@code itemPerformance.expectedLifetimeCycles}: Expected lifetime of this battery in cycles under its design reference conditions, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES, value)}.
     *
     * @param value the value in B7 (cycle), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceExpectedLifetimeCycles(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES, value);
    }

    /**
     * Sets {@code itemPerformance.expectedLifetimeYears}: Expected lifetime of this battery in calendar years under its design reference conditions, stated at placing on the market and at each status change. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_YEARS, value)}.
     *
     * @param value the value in ANN (year), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B itemPerformanceExpectedLifetimeYears(Quantity value) {
        return set(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_YEARS, value);
    }

    /**
     * Sets {@code stateOfHealth.stateOfCertifiedEnergy}: State of certified energy (SOCE): usable energy now relative to the certified usable energy. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthStateOfCertifiedEnergy(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY, value);
    }

    /**
     * Sets {@code stateOfHealth.remainingCapacity}: Capacity the battery can still deliver. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY, value)}.
     *
     * @param value the value in AMH (ampere hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthRemainingCapacity(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY, value);
    }

    /**
     * Sets {@code stateOfHealth.remainingPowerCapability}: Power the battery can still deliver at reference states of charge, where possible. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthRemainingPowerCapability(List<PowerCapability> value) {
        return set(BatteryField.STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY, value);
    }

    /**
     * Sets {@code stateOfHealth.remainingRoundTripEfficiency}: Round-trip efficiency the battery still achieves, where possible. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_REMAINING_ROUND_TRIP_EFFICIENCY, value)}.
     *
     * @param value the value in P1 (percent), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthRemainingRoundTripEfficiency(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_REMAINING_ROUND_TRIP_EFFICIENCY, value);
    }

    /**
     * Sets {@code stateOfHealth.selfDischargeEvolution}: How the self-discharge rate has developed over the battery's life. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_SELF_DISCHARGE_EVOLUTION, value)}.
     *
     * @param value the value in H71 (percent per month), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthSelfDischargeEvolution(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_SELF_DISCHARGE_EVOLUTION, value);
    }

    /**
     * Sets {@code stateOfHealth.ohmicResistance}: Ohmic resistance of the battery, where possible. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_OHMIC_RESISTANCE, value)}.
     *
     * @param value the value in OHM (ohm), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthOhmicResistance(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_OHMIC_RESISTANCE, value);
    }

    /**
     * Sets {@code stateOfHealth.currentSelfDischargeRate}: Most recently measured self-discharge rate. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_CURRENT_SELF_DISCHARGE_RATE, value)}.
     *
     * @param value the value in H71 (percent per month), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthCurrentSelfDischargeRate(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_CURRENT_SELF_DISCHARGE_RATE, value);
    }

    /**
     * Sets {@code stateOfHealth.remainingUsableEnergy}: Usable energy an EV battery can still deliver. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.STATE_OF_HEALTH_REMAINING_USABLE_ENERGY, value)}.
     *
     * @param value the value in KWH (kilowatt hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B stateOfHealthRemainingUsableEnergy(Quantity value) {
        return set(BatteryField.STATE_OF_HEALTH_REMAINING_USABLE_ENERGY, value);
    }

    /**
     * Sets {@code batteryStatus}: Current status of the battery in its life. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.BATTERY_STATUS, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B batteryStatus(BatteryStatus value) {
        return set(BatteryField.BATTERY_STATUS, value);
    }

    /**
     * Sets {@code predecessorPassports}: Links to the passport(s) of the original battery or batteries after a re-use preparation, repurposing or remanufacturing operation. (scope ITEM, access PUBLIC).
     * Same as {@code set(BatteryField.PREDECESSOR_PASSPORTS, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B predecessorPassports(List<String> value) {
        return set(BatteryField.PREDECESSOR_PASSPORTS, value);
    }

    /**
     * Sets {@code puttingIntoServiceDate}: Date the battery was put into service, where appropriate. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.PUTTING_INTO_SERVICE_DATE, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B puttingIntoServiceDate(LocalDate value) {
        return set(BatteryField.PUTTING_INTO_SERVICE_DATE, value);
    }

    /**
     * Sets {@code usage.chargeDischargeCycles}: Number of full charge-discharge cycles so far. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES, value)}.
     *
     * @param value the value in B7 (cycle), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageChargeDischargeCycles(Quantity value) {
        return set(BatteryField.USAGE_CHARGE_DISCHARGE_CYCLES, value);
    }

    /**
     * Sets {@code usage.negativeEvents}: Negative events during use, such as accidents, each with date and description. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_NEGATIVE_EVENTS, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageNegativeEvents(List<NegativeEvent> value) {
        return set(BatteryField.USAGE_NEGATIVE_EVENTS, value);
    }

    /**
     * Sets {@code usage.operatingTemperature}: Periodically recorded operating environmental conditions, at least temperature. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_OPERATING_TEMPERATURE, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageOperatingTemperature(List<Observation> value) {
        return set(BatteryField.USAGE_OPERATING_TEMPERATURE, value);
    }

    /**
     * Sets {@code usage.stateOfCharge}: Periodically recorded state of charge. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_STATE_OF_CHARGE, value)}.
     *
     * @param value the value, not null; copied
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageStateOfCharge(List<Observation> value) {
        return set(BatteryField.USAGE_STATE_OF_CHARGE, value);
    }

    /**
     * Sets {@code usage.timeInExtremeTemperatures}: Time spent above and below the temperature boundaries, in use and while charging. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_TIME_IN_EXTREME_TEMPERATURES, value)}.
     *
     * @param value the value, not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageTimeInExtremeTemperatures(ExtremeTemperatureTime value) {
        return set(BatteryField.USAGE_TIME_IN_EXTREME_TEMPERATURES, value);
    }

    /**
     * Sets {@code usage.energyThroughput}: Cumulative energy that has passed through the battery. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_ENERGY_THROUGHPUT, value)}.
     *
     * @param value the value in KWH (kilowatt hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageEnergyThroughput(Quantity value) {
        return set(BatteryField.USAGE_ENERGY_THROUGHPUT, value);
    }

    /**
     * Sets {@code usage.capacityThroughput}: Cumulative charge that has passed through the battery. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_CAPACITY_THROUGHPUT, value)}.
     *
     * @param value the value in AMH (ampere hour), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageCapacityThroughput(Quantity value) {
        return set(BatteryField.USAGE_CAPACITY_THROUGHPUT, value);
    }

    /**
     * Sets {@code usage.deepDischargeEvents}: Number of deep-discharge events. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_DEEP_DISCHARGE_EVENTS, value)}.
     *
     * @param value the value in C62 (one), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageDeepDischargeEvents(Quantity value) {
        return set(BatteryField.USAGE_DEEP_DISCHARGE_EVENTS, value);
    }

    /**
     * Sets {@code usage.overchargeEvents}: Number of overcharge events. (scope ITEM, access LEGITIMATE_INTEREST).
     * Same as {@code set(BatteryField.USAGE_OVERCHARGE_EVENTS, value)}.
     *
     * @param value the value in C62 (one), not null
     * @return this builder
     * @throws PassportException if the value breaks the field's rule or the field's scope is
     *     above what this builder may set
     * @throws NullPointerException if the value is null
     */
    public final B usageOverchargeEvents(Quantity value) {
        return set(BatteryField.USAGE_OVERCHARGE_EVENTS, value);
    }
}
