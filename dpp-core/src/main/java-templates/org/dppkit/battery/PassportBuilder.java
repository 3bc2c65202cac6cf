package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_REVISION;
import static org.dppkit.battery.PassportErrorCode.DERIVED_FIELD;
import static org.dppkit.battery.PassportErrorCode.MISSING_PART;
import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;
import static org.dppkit.battery.PassportErrorCode.SCOPE_ABOVE_LEVEL;
import static org.dppkit.battery.PassportErrorCode.WRONG_CATEGORY;

import java.time.Clock;
import java.time.Instant;
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

    // @catalogue-generated
}
