package org.dppkit.battery;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the Regulation asks of one field for one battery category and industrial sub-category:
 * the {@link Obligation}, the {@link Condition}s that must all hold for a
 * {@link Obligation#CONDITIONAL CONDITIONAL} obligation, the key of the
 * regulatory-calendar act from which it applies and the legal reference a finding cites.
 *
 * <p>Read from the bundled catalogue resource {@code battery-passport-obligations.csv} through
 * {@link BatteryField#obligation(BatteryCategory, IndustrialSubCategory)}:
 * <pre>{@code
 * FieldObligation o = BatteryField.RECYCLED_CONTENT_COBALT.obligation(BatteryCategory.LMT, null);
 * o.obligation();   // CONDITIONAL
 * o.conditions();   // [CONTAINS_COBALT]
 * o.act();          // "RECYCLED_CONTENT_LMT" (18 August 2033 in the default calendar)
 * }</pre>
 * The dates of the acts live in the validator's regulatory calendar
 * ({@code org.dppkit.battery.validation.RegulatoryCalendar}), which can be overridden at runtime.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class FieldObligation {

    /** The calendar act of obligations without a later start: the passport obligation,
     *  Art. 77(1), from 18 February 2027. */
    public static final String PASSPORT_ACT = "PASSPORT";

    private final Obligation obligation;
    private final Set<Condition> conditions;
    private final String act;
    private final String legalReference;

    private FieldObligation(Obligation obligation, Set<Condition> conditions, String act,
            String legalReference) {
        this.obligation = obligation;
        this.conditions = conditions;
        this.act = act;
        this.legalReference = legalReference;
    }

    /**
     * Parses one catalogue cell: {@code mandatory}, {@code recommended}, {@code optional},
     * {@code n/a}, or {@code if CONDITION[ & CONDITION]}, each optionally followed by
     * {@code from ACT}.
     */
    static FieldObligation parse(String cell, String legalReference) {
        String s = cell.trim();
        String act = PASSPORT_ACT;
        int from = s.indexOf(" from ");
        if (from >= 0) {
            act = s.substring(from + 6).trim();
            s = s.substring(0, from).trim();
            if (act.isEmpty()) {
                throw new IllegalStateException("empty act in '" + cell + "'");
            }
        }
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        Obligation o;
        if (s.startsWith("if ")) {
            o = Obligation.CONDITIONAL;
            for (String c : s.substring(3).split("&", -1)) {
                conditions.add(Condition.valueOf(c.trim()));
            }
        } else {
            o = Obligation.fromCatalogue(s);
            if (o == Obligation.CONDITIONAL) {
                throw new IllegalStateException("'conditional' must name its condition: 'if ...'");
            }
        }
        return new FieldObligation(o, Collections.unmodifiableSet(conditions), act, legalReference);
    }

    /**
     * Returns the obligation.
     *
     * @return the obligation, not null
     */
    public Obligation obligation() {
        return obligation;
    }

    /**
     * Returns the conditions that must all hold for a conditional obligation.
     *
     * @return an unmodifiable set, empty unless the obligation is
     *     {@link Obligation#CONDITIONAL CONDITIONAL}, not null
     */
    public Set<Condition> conditions() {
        return conditions;
    }

    /**
     * Returns the key of the regulatory-calendar act from which the obligation applies, for
     * example {@code PASSPORT}, {@code DUE_DILIGENCE} or {@code CARBON_FOOTPRINT_EV}.
     *
     * @return the act key, not null
     */
    public String act() {
        return act;
    }

    /**
     * Returns the legal reference that findings about the obligation cite.
     *
     * @return the reference, not null
     */
    public String legalReference() {
        return legalReference;
    }

    /**
     * Tells whether the field must, or under its conditions may have to, be filled: the
     * obligation is {@link Obligation#MANDATORY MANDATORY} or
     * {@link Obligation#CONDITIONAL CONDITIONAL}.
     *
     * @return true if required or conditionally required
     */
    public boolean isRequired() {
        return obligation == Obligation.MANDATORY || obligation == Obligation.CONDITIONAL;
    }

    /**
     * Compares obligation, conditions, act and reference.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FieldObligation o && obligation == o.obligation
                && conditions.equals(o.conditions) && act.equals(o.act)
                && legalReference.equals(o.legalReference);
    }

    /**
     * Returns a hash code of every component.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(obligation, conditions, act, legalReference);
    }

    /**
     * Returns the catalogue notation, for example {@code if CONTAINS_COBALT from RECYCLED_CONTENT}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (obligation == Obligation.CONDITIONAL) {
            sb.append("if ");
            boolean first = true;
            for (Condition c : conditions) {
                sb.append(first ? "" : " & ").append(c.name());
                first = false;
            }
        } else {
            sb.append(obligation.catalogueValue());
        }
        if (!act.equals(PASSPORT_ACT)) {
            sb.append(" from ").append(act);
        }
        return sb.toString();
    }
}
