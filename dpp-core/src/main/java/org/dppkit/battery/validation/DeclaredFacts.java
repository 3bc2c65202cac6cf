package org.dppkit.battery.validation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.battery.Condition;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;

/**
 * Facts the economic operator states about a battery that its passport cannot show, so the
 * validator can decide conditional obligations instead of warning that it cannot: for example
 * that a commercial warranty is offered, that the operator is exempt from due diligence (with the
 * legal basis), that an LTO battery contains no cobalt in its active materials, and the date the
 * battery is (or will be) placed on the market.
 *
 * <pre>{@code
 * DeclaredFacts facts = DeclaredFacts.builder()
 *         .placedOnMarket(LocalDate.of(2028, 9, 1))
 *         .declare(Condition.COMMERCIAL_WARRANTY, false, "no commercial warranty offered")
 *         .dueDiligenceExemption("Art. 47(1): net turnover below EUR 40 million")
 *         .build();
 * validator.validate(passport, LocalDate.of(2028, 9, 1), facts);
 * }</pre>
 * A declaration decides a condition the passport data leaves open. When the data decides a
 * condition otherwise, the validator reports {@link FindingCode#FACT_CONTRADICTED} and keeps the
 * outcome that makes the field required (the safe side).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class DeclaredFacts {

    private static final DeclaredFacts NONE = new DeclaredFacts(new EnumMap<>(Condition.class),
            new EnumMap<>(Condition.class), null);

    private final Map<Condition, Boolean> holds;
    private final Map<Condition, String> bases;
    private final LocalDate placedOnMarket;

    private DeclaredFacts(Map<Condition, Boolean> holds, Map<Condition, String> bases,
            LocalDate placedOnMarket) {
        this.holds = Collections.unmodifiableMap(holds);
        this.bases = Collections.unmodifiableMap(bases);
        this.placedOnMarket = placedOnMarket;
    }

    /**
     * Returns the empty set of facts: nothing declared, placing-on-market date unknown.
     *
     * @return the facts, not null
     */
    public static DeclaredFacts none() {
        return NONE;
    }

    /**
     * Returns a builder of facts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder(new EnumMap<>(Condition.class), new EnumMap<>(Condition.class), null);
    }

    /**
     * Returns a builder holding these facts.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(new EnumMap<>(holds), new EnumMap<>(bases), placedOnMarket);
    }

    /**
     * Returns whether a condition was declared to hold.
     *
     * @param condition the condition, not null
     * @return true or false if declared, empty if not
     */
    public Optional<Boolean> holds(Condition condition) {
        return Optional.ofNullable(holds.get(Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Returns the basis given for a declaration, for example a legal basis of an exemption.
     *
     * @param condition the condition, not null
     * @return the basis, or empty if the condition was not declared
     */
    public Optional<String> basis(Condition condition) {
        return Optional.ofNullable(bases.get(Objects.requireNonNull(condition, "condition")));
    }

    /**
     * Returns every declaration.
     *
     * @return an unmodifiable map, not null
     */
    public Map<Condition, Boolean> declarations() {
        return holds;
    }

    /**
     * Returns the date the battery is or was placed on the market, which decides the
     * obligations that apply per year of placing on the market (Art. 7, Art. 8); the validator
     * uses the validation date when it is not declared.
     *
     * @return the date, or empty if not declared
     */
    public Optional<LocalDate> placedOnMarket() {
        return Optional.ofNullable(placedOnMarket);
    }

    /**
     * Compares the declarations and the placing-on-market date.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DeclaredFacts f && holds.equals(f.holds) && bases.equals(f.bases)
                && Objects.equals(placedOnMarket, f.placedOnMarket);
    }

    /**
     * Returns a hash code of every component.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(holds, bases, placedOnMarket);
    }

    /**
     * Returns the declarations as text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DeclaredFacts[" + holds + ", placedOnMarket=" + placedOnMarket + "]";
    }

    /**
     * Builds {@link DeclaredFacts}.
     *
     * <h2>Implementation Requirements</h2>
     * This builder is mutable and not thread-safe.
     */
    public static final class Builder {
        private final Map<Condition, Boolean> holds;
        private final Map<Condition, String> bases;
        private LocalDate placedOnMarket;

        private Builder(Map<Condition, Boolean> holds, Map<Condition, String> bases, LocalDate placedOnMarket) {
            this.holds = holds;
            this.bases = bases;
            this.placedOnMarket = placedOnMarket;
        }

        /**
         * Declares whether a condition holds, with the basis of the statement.
         *
         * @param condition the condition, not null
         * @param holds whether it holds
         * @param basis why, for example a legal basis or a document, not blank, not null
         * @return this builder, not null
         * @throws PassportException (BLANK) if the basis is blank
         */
        public Builder declare(Condition condition, boolean holds, String basis) {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(basis, "basis");
            if (basis.isBlank()) {
                throw new PassportException(PassportErrorCode.BLANK, "basis of the declaration of "
                        + condition + " must not be blank");
            }
            this.holds.put(condition, holds);
            this.bases.put(condition, basis);
            return this;
        }

        /**
         * Declares that the operator is exempt from the due-diligence obligations, with the
         * legal basis: the same as {@code declare(Condition.DUE_DILIGENCE_APPLIES, false, legalBasis)}.
         *
         * @param legalBasis the legal basis, for example
         *     {@code Art. 47(1): net turnover below EUR 40 million}, not blank, not null
         * @return this builder, not null
         * @throws PassportException (BLANK) if the basis is blank
         */
        public Builder dueDiligenceExemption(String legalBasis) {
            return declare(Condition.DUE_DILIGENCE_APPLIES, false, legalBasis);
        }

        /**
         * Sets the date the battery is or was placed on the market.
         *
         * @param date the date, not null
         * @return this builder, not null
         */
        public Builder placedOnMarket(LocalDate date) {
            this.placedOnMarket = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts, not null
         */
        public DeclaredFacts build() {
            return new DeclaredFacts(new EnumMap<>(holds), new EnumMap<>(bases), placedOnMarket);
        }
    }
}
