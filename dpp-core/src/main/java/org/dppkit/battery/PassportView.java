package org.dppkit.battery;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * What one {@link Audience} may see of a passport: the fields whose
 * {@linkplain BatteryField#access() access group} the audience may read, and the passport's
 * level, category, identifier and version. The passport itself and the other fields are not
 * reachable from a view.
 *
 * <pre>{@code
 * PassportView pub = item.view(Audience.PUBLIC);
 * pub.get(BatteryField.RATED_CAPACITY);                      // Optional[105 AMH]
 * pub.get(BatteryField.STATE_OF_HEALTH_REMAINING_CAPACITY);  // Optional.empty (point 4)
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe. {@code toString()} shows no field values.
 */
public final class PassportView {

    private final BatteryPassport passport;
    private final Audience audience;

    PassportView(BatteryPassport passport, Audience audience) {
        this.passport = passport;
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    /**
     * Returns the audience of this view.
     *
     * @return the audience, not null
     */
    public Audience audience() {
        return audience;
    }

    /**
     * Returns the passport level.
     *
     * @return the level, not null
     */
    public PassportLevel level() {
        return passport.level();
    }

    /**
     * Returns the battery category.
     *
     * @return the category, not null
     */
    public BatteryCategory category() {
        return passport.category();
    }

    /**
     * Returns the passport identifier (public information).
     *
     * @return the identifier, not null
     */
    public DigitalLink id() {
        return passport.id();
    }

    /**
     * Returns the passport version.
     *
     * @return the version, at least 1
     */
    public int version() {
        return passport.version();
    }

    /**
     * Returns when the first version was issued.
     *
     * @return the instant, not null
     */
    public Instant issuedAt() {
        return passport.issuedAt();
    }

    /**
     * Returns when this version was made by a revision.
     *
     * @return the instant, or empty for version 1
     */
    public Optional<Instant> revisedAt() {
        return passport.revisedAt();
    }

    /**
     * Tells whether the audience may read a field.
     *
     * @param field the field, not null
     * @return true if the field's access group is readable by the audience
     * @throws NullPointerException if the field is null
     */
    public boolean isReadable(BatteryField field) {
        return audience.mayRead(Objects.requireNonNull(field, "field").access());
    }

    /**
     * Returns the effective value of a field if the audience may read it.
     *
     * @param field the field, not null
     * @return the value, or empty if absent or not readable
     * @throws NullPointerException if the field is null
     */
    public Optional<Object> get(BatteryField field) {
        return isReadable(field) ? passport.get(field) : Optional.empty();
    }

    /**
     * Returns the level that supplied a readable field's value.
     *
     * @param field the field, not null
     * @return the level, or empty if absent or not readable
     * @throws NullPointerException if the field is null
     */
    public Optional<PassportLevel> provenance(BatteryField field) {
        return isReadable(field) ? passport.provenance(field) : Optional.empty();
    }

    /**
     * Returns the readable fields that have a value, in catalogue order.
     *
     * @return an unmodifiable set, not null
     */
    public Set<BatteryField> presentFields() {
        EnumSet<BatteryField> set = EnumSet.noneOf(BatteryField.class);
        for (BatteryField f : passport.presentFields()) {
            if (isReadable(f)) {
                set.add(f);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    private Object lookup(BatteryField field) {
        return get(field).orElse(null);
    }

    /**
     * Returns the typed {@code identity} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public IdentitySection identity() {
        return new IdentitySection(this::lookup);
    }

    /**
     * Returns the typed {@code manufacturer} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public ManufacturerSection manufacturer() {
        return new ManufacturerSection(this::lookup);
    }

    /**
     * Returns the typed {@code manufacturing} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public ManufacturingSection manufacturing() {
        return new ManufacturingSection(this::lookup);
    }

    /**
     * Returns the typed {@code characteristics} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public CharacteristicsSection characteristics() {
        return new CharacteristicsSection(this::lookup);
    }

    /**
     * Returns the typed {@code composition} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public CompositionSection composition() {
        return new CompositionSection(this::lookup);
    }

    /**
     * Returns the typed {@code carbonFootprint} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public CarbonFootprintSection carbonFootprint() {
        return new CarbonFootprintSection(this::lookup);
    }

    /**
     * Returns the typed {@code recycledContent} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public RecycledContentSection recycledContent() {
        return new RecycledContentSection(this::lookup);
    }

    /**
     * Returns the typed {@code dueDiligence} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public DueDiligenceSection dueDiligence() {
        return new DueDiligenceSection(this::lookup);
    }

    /**
     * Returns the typed {@code conformity} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public ConformitySection conformity() {
        return new ConformitySection(this::lookup);
    }

    /**
     * Returns the typed {@code circularity} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public CircularitySection circularity() {
        return new CircularitySection(this::lookup);
    }

    /**
     * Returns the typed {@code performance} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public PerformanceSection performance() {
        return new PerformanceSection(this::lookup);
    }

    /**
     * Returns the typed {@code lifecycle} section, limited to what the audience may read.
     *
     * @return the section, not null
     */
    public LifecycleSection lifecycle() {
        return new LifecycleSection(this::lookup);
    }

    /**
     * Compares what the views show: audience, level, category, identifier, version, issue and
     * revision times, and the value and provenance of every field the audience may read. Two
     * views of passports that differ only in fields the audience may not read are equal, so
     * equality reveals nothing the view hides.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PassportView o) || audience != o.audience
                || passport.level() != o.passport.level() || passport.category() != o.passport.category()
                || passport.version() != o.passport.version() || !passport.id().equals(o.passport.id())
                || !passport.issuedAt().equals(o.passport.issuedAt())
                || !passport.revisedAt().equals(o.passport.revisedAt())) {
            return false;
        }
        for (BatteryField f : BatteryField.values()) {
            if (isReadable(f) && (!passport.get(f).equals(o.passport.get(f))
                    || !passport.provenance(f).equals(o.passport.provenance(f)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}: of what the view shows only.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = Objects.hash(audience, passport.level(), passport.category(), passport.id(),
                passport.version(), passport.issuedAt());
        for (BatteryField f : BatteryField.values()) {
            if (isReadable(f)) {
                h = 31 * h + passport.get(f).hashCode();
            }
        }
        return h;
    }

    /**
     * Returns the audience, level, category, identifier and version; never field values.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PassportView[" + audience + " " + passport + "]";
    }
}
