package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.AUDIENCE_TOO_WIDE;
import static org.dppkit.battery.PassportErrorCode.BAD_IDENTIFIER;
import static org.dppkit.battery.PassportErrorCode.BAD_REVISION;
import static org.dppkit.battery.PassportErrorCode.DOCUMENT_TOO_LARGE;
import static org.dppkit.battery.PassportErrorCode.IDENTIFIER_MISMATCH;
import static org.dppkit.battery.PassportErrorCode.INCOMPLETE_PASSPORT;
import static org.dppkit.battery.PassportErrorCode.WRONG_LEVEL_IDENTIFIER;
import static org.dppkit.battery.PassportErrorCode.WRONG_TYPE;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * The shared state and logic of the three passport classes; internal.
 *
 * <p>Storage is per field, sparse and layered: each passport holds only its own values (a 128-bit
 * presence mask over field ordinals and a compact array of the values in catalogue order) and a
 * reference to its parent passport, whose values it shares. Lookups walk item, batch, model.
 */
abstract sealed class PassportBase permits ModelPassport, BatchPassport, ItemPassport {

    /** How many fields the two 64-bit presence masks ({@code mask0}, {@code mask1}) can hold. */
    static final int MASK_CAPACITY = 2 * Long.SIZE;

    static final BatteryField[] FIELDS = checkMaskCapacity(BatteryField.values());
    static final Object[] NO_VALUES = new Object[0];

    final BatteryCategory category;
    final DigitalLink id;
    /** The passport this one was derived from, or null. */
    final PassportBase parent;
    final long mask0;
    final long mask1;
    /** The own masks of this passport and its parents together: a missing field costs one test. */
    private final long chainMask0;
    private final long chainMask1;
    /** Own values in ordinal order of the set mask bits. */
    final Object[] values;
    final int version;
    final Instant issuedAt;
    /** Null for version 1. */
    final Instant revisedAt;
    /** Whose fields this passport holds: ISSUER for a complete passport. */
    final Audience audience;

    /** For each audience (by ordinal), the ordinals of the fields it may read, as two masks. */
    private static final long[] READABLE0 = new long[Audience.values().length];
    private static final long[] READABLE1 = new long[Audience.values().length];

    static {
        for (Audience a : Audience.values()) {
            for (BatteryField f : FIELDS) {
                if (a.mayRead(f.access())) {
                    int ord = f.ordinal();
                    if (ord < 64) {
                        READABLE0[a.ordinal()] |= 1L << ord;
                    } else {
                        READABLE1[a.ordinal()] |= 1L << (ord - 64);
                    }
                }
            }
        }
    }

    /**
     * Returns the fields if the presence masks can hold them all; the generator refuses such a
     * catalogue at build time, this is the guard for a catalogue grown without regenerating.
     *
     * @throws IllegalStateException if there are more fields than {@link #MASK_CAPACITY}
     */
    static BatteryField[] checkMaskCapacity(BatteryField[] fields) {
        if (fields.length > MASK_CAPACITY) {
            throw new IllegalStateException("the field catalogue has " + fields.length
                    + " fields but passport storage holds at most " + MASK_CAPACITY
                    + " (two 64-bit presence masks in PassportBase and PassportBuilder):"
                    + " widen the masks before adding fields");
        }
        return fields;
    }

    /**
     * An upper bound of the document length of the own values of this passport and its parents
     * ({@link DocumentSize}); at most {@link DocumentSize#BUDGET}.
     */
    private final long chainSize;
    /**
     * The fields, by ordinal, whose effective value may hold a text the validator's text rule
     * reports ({@link DocumentSize#suspect()}): own values and the parents' together.
     */
    private final long chainSuspect0;
    private final long chainSuspect1;

    PassportBase(PassportBuilder<?, ?> b) {
        this.category = b.category;
        this.id = b.id;
        this.parent = b.parent;
        this.version = b.version;
        this.issuedAt = b.issuedAt;
        this.revisedAt = b.revisedAt;
        this.audience = b.heldFor;
        this.mask0 = b.mask0;
        this.mask1 = b.mask1;
        this.chainMask0 = parent == null ? mask0 : mask0 | parent.chainMask0;
        this.chainMask1 = parent == null ? mask1 : mask1 | parent.chainMask1;
        this.values = b.size == 0 ? NO_VALUES : Arrays.copyOf(b.values, b.size);
        long n = parent == null ? 0 : parent.chainSize;
        long s0 = parent == null ? 0 : parent.chainSuspect0;
        long s1 = parent == null ? 0 : parent.chainSuspect1;
        DocumentSize size = new DocumentSize();
        int i = 0;
        for (int ord = 0; ord < FIELDS.length && i < values.length; ord++) {
            if (hasOwn(ord)) {
                n += size.field(FIELDS[ord], values[i++]);
                if (size.suspect()) {
                    if (ord < 64) {
                        s0 |= 1L << ord;
                    } else {
                        s1 |= 1L << (ord - 64);
                    }
                }
            }
        }
        this.chainSize = checkSize(n);
        this.chainSuspect0 = s0;
        this.chainSuspect1 = s1;
    }

    /**
     * Rejects a passport whose document of effective values (the own values of the whole chain,
     * bounded by {@link DocumentSize} as {@code n}) could pass
     * {@link PassportLimits#MAX_DOCUMENT_LENGTH}; returns {@code n}.
     */
    private long checkSize(long n) {
        if (n > DocumentSize.BUDGET) {
            throw new PassportException(DOCUMENT_TOO_LARGE,
                    "the values of passport " + id + " would make a JSON document of up to "
                    + n + " characters, more than the limit of " + PassportLimits.MAX_DOCUMENT_LENGTH
                    + " (PassportLimits.MAX_DOCUMENT_LENGTH): shorten texts or lists");
        }
        return n;
    }

    abstract PassportLevel levelInternal();

    /**
     * Returns a copy of this passport holding only its own values the audience may read, with
     * the given (already reduced) parent; used by {@link #restricted(Audience)}.
     */
    abstract PassportBase reducedCopy(PassportBase reducedParent, Audience reducedTo);

    // ------------------------------------------------------------------ own values

    final boolean hasOwn(int ord) {
        return ord < 64 ? (mask0 >>> ord & 1L) != 0 : (mask1 >>> (ord - 64) & 1L) != 0;
    }

    final Object own(int ord) {
        int index = ord < 64 ? Long.bitCount(mask0 & ((1L << ord) - 1))
                : Long.bitCount(mask0) + Long.bitCount(mask1 & ((1L << (ord - 64)) - 1));
        return values[index];
    }

    /** Copies own values, version and timestamps into a new builder; returns it. */
    final <B extends PassportBuilder<B, ?>> B copyInto(B b) {
        b.mask0 = mask0;
        b.mask1 = mask1;
        b.values = values.clone();
        b.size = values.length;
        b.version = version;
        b.issuedAt = issuedAt;
        b.revisedAt = revisedAt;
        return b;
    }

    /**
     * Copies the own values the audience may read, version and timestamps into a new builder,
     * marks it as holding that audience's fields and returns it.
     */
    final <B extends PassportBuilder<B, ?>> B reduceInto(B b, Audience a) {
        long m0 = mask0 & READABLE0[a.ordinal()];
        long m1 = mask1 & READABLE1[a.ordinal()];
        Object[] kept = new Object[Long.bitCount(m0) + Long.bitCount(m1)];
        int from = 0;
        int to = 0;
        for (int ord = 0; ord < FIELDS.length; ord++) {
            if (hasOwn(ord)) {
                boolean keep = ord < 64 ? (m0 >>> ord & 1L) != 0 : (m1 >>> (ord - 64) & 1L) != 0;
                if (keep) {
                    kept[to++] = values[from];
                }
                from++;
            }
        }
        b.mask0 = m0;
        b.mask1 = m1;
        b.values = kept;
        b.size = kept.length;
        b.version = version;
        b.issuedAt = issuedAt;
        b.revisedAt = revisedAt;
        b.heldFor = a;
        return b;
    }

    /**
     * Returns this passport reduced to what the audience may read, parents included; this
     * passport itself if it already holds exactly that audience's fields.
     */
    final PassportBase restricted(Audience a) {
        Objects.requireNonNull(a, "audience");
        if (a == audience) {
            return this;
        }
        if (!covers(audience, a)) {
            throw new PassportException(AUDIENCE_TOO_WIDE,
                    "cannot restrict " + this + " to audience " + a
                    + ": it holds only the fields audience " + audience + " may read, and " + a
                    + " may read fields that " + audience + " may not");
        }
        return reducedCopy(parent == null ? null : parent.restricted(a), a);
    }

    /** Tells whether every access group the wanted audience reads is one the held one reads. */
    static boolean covers(Audience held, Audience wanted) {
        return held == Audience.ISSUER || held == wanted
                || held.readableGroups().containsAll(wanted.readableGroups());
    }

    /**
     * Refuses to carry on from a reduced passport: an action that would treat what it holds as
     * the whole passport and so silently drop the fields its audience may not read.
     */
    final void requireComplete(String action) {
        if (audience != Audience.ISSUER) {
            throw new PassportException(INCOMPLETE_PASSPORT,
                    "cannot " + action + " " + this + ": it holds only the "
                    + "fields audience " + audience + " may read (it was read from a " + audience
                    + " document or made by restrictTo), so the result would silently lose the "
                    + "other fields; use the complete passport (audience ISSUER), for example read "
                    + "from the issuer's own document");
        }
    }

    /** Refuses a reduced parent for a derived passport; returns the parent. */
    static <P extends PassportBase> P completeParent(P parent, String child) {
        parent.requireComplete("derive " + child + " from");
        return parent;
    }

    /**
     * Checks a revision instant, then turns a builder made by {@code toBuilder()} into the next
     * version, revised at that instant; returns it.
     */
    final <B extends PassportBuilder<B, ?>> B nextVersion(Instant at, B copy) {
        copy.revisedAt = checkRevision(at);
        copy.version = version + 1;
        return copy;
    }

    // ------------------------------------------------------------------ effective values

    final Object lookup(BatteryField field) {
        Objects.requireNonNull(field, "field");
        if (FieldTypes.isDerived(field)) {
            return derived(field);
        }
        int ord = field.ordinal();
        if (!inChain(ord)) {
            return null;
        }
        for (PassportBase p = this; p != null; p = p.parent) {
            if (p.hasOwn(ord)) {
                return p.own(ord);
            }
        }
        return null;
    }

    private Object derived(BatteryField field) {
        switch (field) {
            case UNIQUE_IDENTIFIER: return id.toString();
            case MODEL_IDENTIFIER: return id.gtin().toString();
            case BATTERY_CATEGORY: return category;
            case SERIAL_NUMBER: return id.serial().orElse(null);
            case BATCH_NUMBER:
                Optional<String> lot = id.lot();
                if (lot.isPresent()) {
                    return lot.get();
                }
                return parent == null ? null : parent.derived(field);
            default:
                throw new IllegalStateException(field.key());
        }
    }

    final PassportLevel provenanceOf(BatteryField field) {
        Objects.requireNonNull(field, "field");
        if (FieldTypes.isDerived(field)) {
            switch (field) {
                case UNIQUE_IDENTIFIER:
                case SERIAL_NUMBER:
                    return derived(field) == null ? null : levelInternal();
                case BATCH_NUMBER:
                    if (parent != null && parent.derived(field) != null) {
                        return parent.provenanceOf(field);
                    }
                    return id.lot().isPresent() ? levelInternal() : null;
                default:
                    PassportBase root = this;
                    while (root.parent != null) {
                        root = root.parent;
                    }
                    return root.levelInternal();
            }
        }
        int ord = field.ordinal();
        if (!inChain(ord)) {
            return null;
        }
        for (PassportBase p = this; p != null; p = p.parent) {
            if (p.hasOwn(ord)) {
                return p.levelInternal();
            }
        }
        return null;
    }

    /**
     * Tells whether the effective value of a field may hold a text the validator's text rule
     * reports: false guarantees it holds none; true asks for the rule's full check. Read by the
     * validator through {@code org.dppkit.battery.internal.PassportInternals}.
     */
    final boolean mayHoldUnsafeText(int ord) {
        return ord < 64 ? (chainSuspect0 >>> ord & 1L) != 0 : (chainSuspect1 >>> (ord - 64) & 1L) != 0;
    }

    /** Tells whether this passport or a parent holds a value of the field with this ordinal. */
    private boolean inChain(int ord) {
        return ord < 64 ? (chainMask0 >>> ord & 1L) != 0 : (chainMask1 >>> (ord - 64) & 1L) != 0;
    }

    // ------------------------------------------------------------------ public API shared

    /**
     * Returns the passport level.
     *
     * @return the level, not null
     */
    public final PassportLevel level() {
        return levelInternal();
    }

    /**
     * Returns the battery category, fixed at creation.
     *
     * @return the category, not null
     */
    public final BatteryCategory category() {
        return category;
    }

    /**
     * Returns the identifier, a GS1 Digital Link whose key qualifiers match the level.
     *
     * @return the identifier, not null
     */
    public final DigitalLink id() {
        return id;
    }

    /**
     * Returns the version number; the first version is 1.
     *
     * @return the version, at least 1
     */
    public final int version() {
        return version;
    }

    /**
     * Returns when the first version of this passport was issued.
     *
     * @return the instant, not null
     */
    public final Instant issuedAt() {
        return issuedAt;
    }

    /**
     * Returns when this version was made by a revision.
     *
     * @return the instant, or empty for version 1
     */
    public final Optional<Instant> revisedAt() {
        return Optional.ofNullable(revisedAt);
    }

    /**
     * Returns the effective value of a field: this passport's own value, else the one it shares
     * with its parent (batch, then model). Identity fields are derived from the identifier and
     * category. List values are unmodifiable {@code List}s.
     *
     * @param field the field, not null
     * @return the value, of the field's Java type ({@link BatteryField#valueType()}), or empty
     * @throws NullPointerException if the field is null
     */
    public final Optional<Object> get(BatteryField field) {
        return Optional.ofNullable(lookup(field));
    }

    /**
     * Returns the effective value of a field cast to a type.
     *
     * @param <T> the expected type
     * @param field the field, not null
     * @param type the expected type, {@code List.class} for list fields, not null
     * @return the value, or empty
     * @throws PassportException if the value is not of that type
     * @throws NullPointerException if an argument is null
     */
    public final <T> Optional<T> get(BatteryField field, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Object v = lookup(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!type.isInstance(v)) {
            throw new PassportException(WRONG_TYPE, field, "field '" + field.key() + "' holds a "
                    + FieldTypes.describe(field) + ", not a " + type.getName());
        }
        return Optional.of(type.cast(v));
    }

    /**
     * Tells whether a field has a value here or in a parent.
     *
     * @param field the field, not null
     * @return true if present
     * @throws NullPointerException if the field is null
     */
    public final boolean has(BatteryField field) {
        return lookup(field) != null;
    }

    /**
     * Returns which level supplied a field's value: the lowest (most specific) passport in the
     * chain item, batch, model that holds it.
     *
     * @param field the field, not null
     * @return the level, or empty if the field has no value
     * @throws NullPointerException if the field is null
     */
    public final Optional<PassportLevel> provenance(BatteryField field) {
        return Optional.ofNullable(provenanceOf(field));
    }

    /**
     * Returns the fields that have a value, in catalogue order.
     *
     * @return an unmodifiable set, not null
     */
    public final Set<BatteryField> presentFields() {
        EnumSet<BatteryField> set = EnumSet.noneOf(BatteryField.class);
        for (BatteryField f : FIELDS) {
            if (lookup(f) != null) {
                set.add(f);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /**
     * Returns the part of this passport the audience may see.
     *
     * @param audience the audience, not null
     * @return the view, not null
     * @throws PassportException if this passport is reduced ({@link #isComplete()} is false) and
     *     the audience may read fields that this passport's {@link #audience()} may not
     * @throws NullPointerException if the audience is null
     */
    public final PassportView view(Audience audience) {
        Objects.requireNonNull(audience, "audience");
        if (!covers(this.audience, audience)) {
            throw new PassportException(AUDIENCE_TOO_WIDE,
                    "cannot show " + this + " to audience " + audience
                    + ": it holds only the fields audience " + this.audience + " may read, and "
                    + audience + " may read more; use the complete passport (audience ISSUER)");
        }
        return new PassportView((BatteryPassport) this, audience);
    }

    /**
     * Returns whose fields this passport holds: {@link Audience#ISSUER} (every field) for a
     * passport made by a builder or read from an ISSUER document; the document's audience for
     * one read from a reduced document; the audience given to {@code restrictTo}.
     *
     * @return the audience, not null
     */
    public final Audience audience() {
        return audience;
    }

    /**
     * Tells whether this passport holds every field it was issued with, that is whether its
     * {@link #audience()} is {@link Audience#ISSUER}.
     *
     * @return true if complete, false for a reduced passport
     */
    public final boolean isComplete() {
        return audience == Audience.ISSUER;
    }

    // ------------------------------------------------------------------ identifier checks

    /** Checks that the identifier has a GTIN and the key qualifiers of the level. */
    static DigitalLink checkId(DigitalLink id, PassportLevel level) {
        Objects.requireNonNull(id, "id");
        if (!id.hasGtin()) {
            throw new PassportException(BAD_IDENTIFIER, "identifier '" + Checks.truncate(id)
                    + "' must have a GTIN (AI 01) as its primary key");
        }
        boolean lot = id.lot().isPresent();
        boolean serial = id.serial().isPresent();
        int expected = (lot ? 1 : 0) + (serial ? 1 : 0);
        boolean ok;
        String shape;
        switch (level) {
            case MODEL:
                ok = !lot && !serial;
                shape = "/01/{gtin}";
                break;
            case BATCH:
                ok = lot && !serial;
                shape = "/01/{gtin}/10/{lot}";
                break;
            default:
                ok = serial;
                shape = "/01/{gtin}/21/{serial} or /01/{gtin}/10/{lot}/21/{serial}";
                break;
        }
        if (!ok || id.keyQualifiers().size() != expected) {
            throw new PassportException(WRONG_LEVEL_IDENTIFIER,
                    "identifier '" + Checks.truncate(id) + "' has key "
                    + "qualifiers " + id.keyQualifiers().keySet() + " but a " + level
                    + " passport needs " + shape);
        }
        return id;
    }

    /** Checks that a derived passport's identifier continues its parent's. */
    static DigitalLink checkDerivedId(DigitalLink id, PassportLevel level, PassportBase parent) {
        checkId(id, level);
        if (!id.gtin().equals(parent.id.gtin())) {
            throw new PassportException(IDENTIFIER_MISMATCH,
                    "identifier '" + Checks.truncate(id) + "' has GTIN "
                    + id.gtin() + " but its " + parent.levelInternal() + " passport has GTIN "
                    + parent.id.gtin());
        }
        Object parentLot = parent.derived(BatteryField.BATCH_NUMBER);
        if (parentLot != null && id.lot().isPresent() && !id.lot().get().equals(parentLot)) {
            throw new PassportException(IDENTIFIER_MISMATCH,
                    "identifier '" + Checks.truncate(id) + "' has lot "
                    + id.lot().get() + " but its " + parent.levelInternal()
                    + " passport has lot " + parentLot);
        }
        return id;
    }

    /** Wraps a GS1 syntax error about a lot or serial into a PassportException. */
    static PassportException badQualifier(BatteryField field, String value,
            IllegalArgumentException e) {
        return new PassportException(BAD_IDENTIFIER, field, "field '" + field.key() + "' value '"
                + Checks.truncate(value) + "' is not a valid GS1 "
                + (field == BatteryField.BATCH_NUMBER ? "lot (AI 10)" : "serial (AI 21)")
                + ": " + e.getMessage(), e);
    }

    /** Checks a revision instant and returns it. */
    final Instant checkRevision(Instant at) {
        Checks.instant(at, "revisedAt");
        Instant last = revisedAt != null ? revisedAt : issuedAt;
        if (at.isBefore(last)) {
            throw new PassportException(BAD_REVISION,
                    "revisedAt " + at + " must not be before " + last
                    + ", the time of version " + version + " of " + id);
        }
        return at;
    }

    /**
     * Compares level, category, identifier, version, timestamps, audience, parent and own
     * values.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public final boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        PassportBase o = (PassportBase) obj;
        return category == o.category && version == o.version && audience == o.audience
                && mask0 == o.mask0
                && mask1 == o.mask1 && id.equals(o.id) && issuedAt.equals(o.issuedAt)
                && Objects.equals(revisedAt, o.revisedAt) && Arrays.equals(values, o.values)
                && Objects.equals(parent, o.parent);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        return (id.hashCode() * 31 + version) * 31 + Arrays.hashCode(values);
    }

    /**
     * Returns the class, category, identifier and version, and the audience of a reduced
     * passport; never field values.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + category + " " + id + " v" + version
                + (audience == Audience.ISSUER ? "" : ", " + audience + " fields only") + "]";
    }
}
