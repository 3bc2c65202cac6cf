package org.dppkit.battery.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.gs1.internal.Excerpts;

/**
 * The acts that decide from when battery passport obligations apply, with their dates, as data:
 * the passport itself (Art. 77(1)), the carbon footprint per category (Art. 7), recycled content
 * (Art. 8(1), LMT from 2033, the Art. 8(2) and (3) minimum shares), due diligence (Art. 48 as
 * postponed by Regulation (EU) 2025/1561) and pending acts. The calendar has its own
 * {@linkplain #asOf() as-of date}: the day its data was last checked.
 *
 * <p>Each field obligation names its act ({@link org.dppkit.battery.FieldObligation#act()}).
 * When an act is adopted after a release, override it at runtime instead of waiting for one:
 * <pre>{@code
 * RegulatoryCalendar calendar = RegulatoryCalendar.defaults().toBuilder()
 *         .asOf(LocalDate.of(2028, 3, 1))
 *         .act("CARBON_FOOTPRINT_EV", LocalDate.of(2029, 2, 18), RegulatoryCalendar.Basis.PLACED_ON_MARKET,
 *                 "Art. 7(1)(a); Delegated Regulation (EU) 2028/123")
 *         .build();
 * BatteryPassportValidator validator = BatteryPassportValidator.builder().calendar(calendar).build();
 * }</pre>
 * or from a small text file in the format of the bundled default ({@link #parse(String)},
 * {@link Builder#read(String)}):
 * <pre>
 * # comment
 * asOf = 2028-03-01
 * CARBON_FOOTPRINT_EV | 2029-02-18 | placed-on-market | Art. 7(1)(a); Delegated Regulation (EU) 2028/123
 * INSTRUCTIONS_FOR_USE | pending | in-force | proposed Annex XIII 1(t)
 * </pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class RegulatoryCalendar {

    /** The resource of the bundled default calendar. */
    static final String RESOURCE = "regulatory-calendar.txt";

    private static final RegulatoryCalendar DEFAULTS = load();

    /** Which date an act's date is compared with. */
    public enum Basis {
        /** The act applies to batteries placed on the market from its date: compared with the
         *  placing-on-market date ({@link DeclaredFacts#placedOnMarket()}, else the validation
         *  date). Written {@code placed-on-market}. */
        PLACED_ON_MARKET("placed-on-market"),
        /** The act applies to every passport from its date: compared with the validation date.
         *  Written {@code in-force}. */
        IN_FORCE("in-force");

        private final String text;

        Basis(String text) {
            this.text = text;
        }

        /**
         * Returns the spelling in the calendar file format.
         *
         * @return {@code placed-on-market} or {@code in-force}, not null
         */
        public String text() {
            return text;
        }

        static Basis fromText(String text) {
            for (Basis b : values()) {
                if (b.text.equals(text)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("basis must be placed-on-market or in-force but was '"
                    + text + "'");
        }
    }

    /**
     * One act of the calendar.
     *
     * <h2>Implementation Requirements</h2>
     * This class is immutable and thread-safe.
     */
    public static final class Act {
        private final String key;
        private final LocalDate date;
        private final Basis basis;
        private final String citation;

        private Act(String key, LocalDate date, Basis basis, String citation) {
            this.key = key;
            this.date = date;
            this.basis = basis;
            this.citation = citation;
        }

        /**
         * Returns the key, for example {@code RECYCLED_CONTENT}.
         *
         * @return the key, not null
         */
        public String key() {
            return key;
        }

        /**
         * Returns the date from which the act's obligations apply.
         *
         * @return the date, or empty while the act is pending
         */
        public Optional<LocalDate> date() {
            return Optional.ofNullable(date);
        }

        /**
         * Tells whether the act is pending (no date yet).
         *
         * @return true if pending
         */
        public boolean isPending() {
            return date == null;
        }

        /**
         * Returns which date the act's date is compared with.
         *
         * @return the basis, not null
         */
        public Basis basis() {
            return basis;
        }

        /**
         * Returns the citation that findings quote.
         *
         * @return the citation, not null
         */
        public String citation() {
            return citation;
        }

        /**
         * Compares every component.
         *
         * @param obj the other object, may be null
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Act a && key.equals(a.key) && Objects.equals(date, a.date)
                    && basis == a.basis && citation.equals(a.citation);
        }

        /**
         * Returns a hash code of every component.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(key, date, basis, citation);
        }

        /**
         * Returns the line of the calendar file format.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return key + " | " + (date == null ? "pending" : date.toString()) + " | " + basis.text
                    + " | " + citation;
        }
    }

    private final LocalDate asOf;
    private final Map<String, Act> acts;

    private RegulatoryCalendar(LocalDate asOf, Map<String, Act> acts) {
        this.asOf = asOf;
        this.acts = acts;
    }

    /**
     * Returns the calendar bundled with this release.
     *
     * @return the calendar, not null
     */
    public static RegulatoryCalendar defaults() {
        return DEFAULTS;
    }

    /**
     * Parses a calendar in the file format described in the class comment.
     *
     * @param text the text, not null
     * @return the calendar, not null
     * @throws PassportException (BAD_CALENDAR) naming the line if the text is malformed or has no
     *     {@code asOf} line
     */
    public static RegulatoryCalendar parse(String text) {
        Objects.requireNonNull(text, "text");
        Builder b = new Builder(null, new LinkedHashMap<>());
        b.read(text);
        if (b.asOf == null) {
            throw new PassportException(PassportErrorCode.BAD_CALENDAR,
                    "regulatory calendar has no 'asOf = yyyy-mm-dd' line");
        }
        return b.build();
    }

    /**
     * Returns a builder holding a copy of this calendar.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        return new Builder(asOf, new LinkedHashMap<>(acts));
    }

    /**
     * Returns the date the calendar's data was last checked.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns an act.
     *
     * @param key the key, not null
     * @return the act, or empty if the calendar has none with that key
     */
    public Optional<Act> act(String key) {
        return Optional.ofNullable(acts.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns every act by key, in file order.
     *
     * @return an unmodifiable map, not null
     */
    public Map<String, Act> acts() {
        return acts;
    }

    /**
     * Returns the calendar in its file format; {@link #parse(String)} reads it back equal.
     *
     * @return the text, not null
     */
    public String format() {
        StringBuilder sb = new StringBuilder("asOf = ").append(asOf).append('\n');
        for (Act a : acts.values()) {
            sb.append(a).append('\n');
        }
        return sb.toString();
    }

    /**
     * Compares the as-of date and the acts.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof RegulatoryCalendar c && asOf.equals(c.asOf) && acts.equals(c.acts);
    }

    /**
     * Returns a hash code of the as-of date and the acts.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return asOf.hashCode() * 31 + acts.hashCode();
    }

    /**
     * Returns {@code RegulatoryCalendar[asOf=..., acts=n]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RegulatoryCalendar[asOf=" + asOf + ", acts=" + acts.size() + "]";
    }

    private static RegulatoryCalendar load() {
        try (InputStream in = RegulatoryCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the dpp-core jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Builds a {@link RegulatoryCalendar}, usually from {@link RegulatoryCalendar#toBuilder()}.
     *
     * <h2>Implementation Requirements</h2>
     * This builder is mutable and not thread-safe.
     */
    public static final class Builder {
        private LocalDate asOf;
        private final Map<String, Act> acts;

        private Builder(LocalDate asOf, Map<String, Act> acts) {
            this.asOf = asOf;
            this.acts = acts;
        }

        /**
         * Sets the date the calendar's data was last checked.
         *
         * @param date the date, not null
         * @return this builder, not null
         */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Adds or replaces an act with a date.
         *
         * @param key the key: {@code A-Z}, {@code 0-9} and {@code _}, not null
         * @param date the date from which its obligations apply, not null
         * @param basis which date the act's date is compared with, not null
         * @param citation the citation findings quote, not blank, not null
         * @return this builder, not null
         * @throws PassportException (BAD_FORMAT) if the key or the citation is malformed
         */
        public Builder act(String key, LocalDate date, Basis basis, String citation) {
            Objects.requireNonNull(date, "date");
            return put(key, date, basis, citation);
        }

        /**
         * Adds or replaces a pending act (no date yet).
         *
         * @param key the key: {@code A-Z}, {@code 0-9} and {@code _}, not null
         * @param basis which date the act's date will be compared with, not null
         * @param citation the citation findings quote, not blank, not null
         * @return this builder, not null
         * @throws PassportException (BAD_FORMAT) if the key or the citation is malformed
         */
        public Builder pending(String key, Basis basis, String citation) {
            return put(key, null, basis, citation);
        }

        private Builder put(String key, LocalDate date, Basis basis, String citation) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(citation, "citation");
            if (key.isEmpty() || !key.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_')) {
                throw new PassportException(PassportErrorCode.BAD_FORMAT,
                        "act key must be A-Z, 0-9 and _ but was '" + Excerpts.truncate(key) + "'");
            }
            if (citation.isBlank() || citation.indexOf('\n') >= 0 || citation.indexOf('|') >= 0) {
                throw new PassportException(PassportErrorCode.BAD_FORMAT, "citation of act " + key
                        + " must be one non-blank line without '|'");
            }
            acts.put(key, new Act(key, date, basis, citation.trim()));
            return this;
        }

        /**
         * Reads acts (and an optional {@code asOf} line) in the calendar file format and adds
         * or replaces them.
         *
         * @param text the text, not null
         * @return this builder, not null
         * @throws PassportException (BAD_CALENDAR) naming the line if the text is malformed
         */
        public Builder read(String text) {
            Objects.requireNonNull(text, "text");
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    if (line.startsWith("asOf")) {
                        String[] kv = line.split("=", 2);
                        if (kv.length != 2 || !kv[0].strip().equals("asOf")) {
                            throw new IllegalArgumentException("expected 'asOf = yyyy-mm-dd'");
                        }
                        asOf(LocalDate.parse(kv[1].strip()));
                        continue;
                    }
                    String[] c = line.split("\\|", -1);
                    if (c.length != 4) {
                        throw new IllegalArgumentException("expected 'KEY | date or pending | basis |"
                                + " citation'");
                    }
                    String date = c[1].strip();
                    Basis basis = Basis.fromText(c[2].strip());
                    if (date.equals("pending")) {
                        pending(c[0].strip(), basis, c[3]);
                    } else {
                        act(c[0].strip(), LocalDate.parse(date), basis, c[3]);
                    }
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new PassportException(PassportErrorCode.BAD_CALENDAR, null,
                            "regulatory calendar line " + (i + 1) + ": " + e.getMessage() + " in '"
                            + Excerpts.truncate(line) + "'", e);
                }
            }
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar, not null
         * @throws IllegalStateException if no as-of date is set
         */
        public RegulatoryCalendar build() {
            if (asOf == null) {
                throw new IllegalStateException("regulatory calendar needs an as-of date");
            }
            return new RegulatoryCalendar(asOf, Collections.unmodifiableMap(new LinkedHashMap<>(acts)));
        }
    }
}
