package org.dppkit.battery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A negative event during use, such as an accident ({@code usage.negativeEvents}).
 *
 * <pre>{@code
 * NegativeEvent.of(LocalDate.of(2028, 5, 3), "collision, pack housing dented");
 * }</pre>
 *
 * <p>Optional properties are set with the {@code with...} methods, which return a copy.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class NegativeEvent {

    private final LocalDate date;
    private final String description;
    private final DocumentRef evidence;

    private NegativeEvent(LocalDate date, String description, DocumentRef evidence) {
        this.date = Checks.date(date, "NegativeEvent.date");
        this.description = Checks.text(description, "NegativeEvent.description");
        this.evidence = evidence == null ? null : Checks.notNull(evidence, "NegativeEvent.evidence");
    }

    /**
     * Returns a value with the given required properties.
     *
     * @param date the date of the event, not null
     * @param description what happened, not null
     * @return the value, not null
     * @throws PassportException if a property breaks its rule (the message names it)
     * @throws NullPointerException if an argument is null
     */
    public static NegativeEvent of(LocalDate date, String description) {
        return new NegativeEvent(date, description, null);
    }

    /**
     * Returns a copy with a document about the event, e.g. an accident report.
     *
     * @param evidence a document about the event, e.g. an accident report, not null
     * @return the copy, not null
     * @throws PassportException if the value breaks its rule
     * @throws NullPointerException if the argument is null
     */
    public NegativeEvent withEvidence(DocumentRef evidence) {
        Objects.requireNonNull(evidence, "NegativeEvent.evidence");
        return new NegativeEvent(date, description, evidence);
    }

    /**
     * Returns the date of the event.
     *
     * @return the value, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns what happened.
     *
     * @return the value, not null
     */
    public String description() {
        return description;
    }

    /**
     * Returns a document about the event, e.g. an accident report.
     *
     * @return the value, or empty
     */
    public Optional<DocumentRef> evidence() {
        return Optional.ofNullable(evidence);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof NegativeEvent o
                && Objects.equals(date, o.date)
                && Objects.equals(description, o.description)
                && Objects.equals(evidence, o.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, description, evidence);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NegativeEvent[");
        sb.append("date=").append(date);
        sb.append(", description=").append(description);
        if (evidence != null) {
            sb.append(", evidence=").append(evidence);
        }
        return sb.append(']').toString();
    }
}
