package org.dppkit.battery.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Section;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;

/**
 * The result of validating one battery passport: every finding at once, in a deterministic
 * order (severity, then path, then code, then message).
 *
 * <pre>{@code
 * ValidationReport report = BatteryPassportValidator.create().validate(passport, LocalDate.of(2027, 3, 1));
 * if (!report.isCompliant()) {
 *     for (Finding f : report.bySeverity(Severity.ERROR)) {
 *         System.out.println(f);   // ERROR DPP-MISSING-MANDATORY at /fields/ratedCapacity: ...
 *     }
 * }
 * String json = report.toJson();  // {"compliant":false,"asOf":"2027-03-01","counts":{...},"findings":[...]}
 * }</pre>
 *
 * <h2>What a report may disclose</h2>
 * Messages and arguments quote values of publicly accessible fields only (Annex XIII point 1 and
 * the public identifiers): a restricted value (a putting-into-service date, a negative event, a
 * restricted document link, a state-of-health figure) is named by its field and JSON pointer,
 * never quoted. A finding may name a condition derived from restricted data (for example that
 * the battery has been put into service) as the reason for an obligation; share reports with
 * readers who may see the passport's restricted groups when that matters.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ValidationReport {

    /** Orders findings: most serious first, then by path, code and message. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::path).thenComparing(Finding::code).thenComparing(Finding::message);

    private static final JsonFactory JSON = new JsonFactory();

    private final LocalDate asOf;
    private final List<Finding> findings;
    /** Per field ordinal, or null when the catalogue rules did not run. */
    private final FieldOutcome[] outcomes;
    private final LocalDate placedOnMarket;
    private final LevelPolicy levelPolicy;
    private final LocalDate calendarAsOf;

    private ValidationReport(LocalDate asOf, List<Finding> findings, FieldOutcome[] outcomes,
            LocalDate placedOnMarket, LevelPolicy levelPolicy, LocalDate calendarAsOf) {
        this.asOf = asOf;
        this.findings = findings;
        this.outcomes = outcomes;
        this.placedOnMarket = placedOnMarket;
        this.levelPolicy = levelPolicy;
        this.calendarAsOf = calendarAsOf;
    }

    /**
     * Creates a report from findings in any order; the report sorts them.
     *
     * @param asOf the date the passport was validated for, not null
     * @param findings the findings, no null elements, not null
     * @return the report, not null
     * @throws NullPointerException if an argument or an element is null
     */
    public static ValidationReport of(LocalDate asOf, List<Finding> findings) {
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> copy = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
        for (Finding f : copy) {
            Objects.requireNonNull(f, "findings element");
        }
        copy.sort(ORDER);
        return new ValidationReport(asOf, Collections.unmodifiableList(copy), null, asOf, LevelPolicy.WARN,
                RegulatoryCalendar.defaults().asOf());
    }

    static ValidationReport of(LocalDate asOf, List<Finding> findings, FieldOutcome[] outcomes,
            LocalDate placedOnMarket, LevelPolicy policy, LocalDate calendarAsOf) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(ORDER);
        return new ValidationReport(asOf, Collections.unmodifiableList(copy), outcomes, placedOnMarket, policy,
                calendarAsOf);
    }

    /**
     * Returns what the validator decided for a field: exactly one outcome per field.
     *
     * @param field the field, not null
     * @return the outcome, or empty if the catalogue rules did not run (or the report was made
     *     with {@link #of(LocalDate, List)})
     */
    public Optional<FieldOutcome> outcome(BatteryField field) {
        Objects.requireNonNull(field, "field");
        return outcomes == null ? Optional.empty() : Optional.of(outcomes[field.ordinal()]);
    }

    /**
     * Returns the placing-on-market date the per-year obligations were decided by: the declared
     * one, else the validation date.
     *
     * @return the date, not null
     */
    public LocalDate placedOnMarket() {
        return placedOnMarket;
    }

    /**
     * Returns the policy used for MODEL and BATCH passports of in-scope batteries.
     *
     * @return the policy, not null
     */
    public LevelPolicy levelPolicy() {
        return levelPolicy;
    }

    /**
     * Returns the as-of date of the regulatory calendar used.
     *
     * @return the date, not null
     */
    public LocalDate calendarAsOf() {
        return calendarAsOf;
    }

    /**
     * Returns this report with every message rendered in a language: German, French, or English
     * for any other ({@link FindingMessages#forLocale(Locale)}).
     *
     * @param locale the locale, not null
     * @return the report, not null
     */
    public ValidationReport localized(Locale locale) {
        return localized(FindingMessages.forLocale(locale));
    }

    /**
     * Returns this report with every message rendered by the given messages (for example from
     * your own bundle, {@link FindingMessages#of(java.util.ResourceBundle)}).
     *
     * @param messages the messages, not null
     * @return the report, not null
     */
    public ValidationReport localized(FindingMessages messages) {
        Objects.requireNonNull(messages, "messages");
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(messages.localize(f));
        }
        out.sort(ORDER);
        return new ValidationReport(asOf, Collections.unmodifiableList(out), outcomes, placedOnMarket, levelPolicy,
                calendarAsOf);
    }

    /**
     * Returns the date the passport was validated for.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns every finding, most serious first, then by path, code and message.
     *
     * @return an unmodifiable list, not null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Tells whether the passport has no {@link Severity#ERROR} finding. Warnings (such as a MODEL
     * passport standing in for per-battery records) and information do not count.
     *
     * @return true if compliant
     */
    public boolean isCompliant() {
        return findings.isEmpty() || findings.get(0).severity() != Severity.ERROR;
    }

    /**
     * Returns the findings of one severity, in report order.
     *
     * @param severity the severity, not null
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Finding> bySeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == severity) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the findings with one code, in report order.
     *
     * @param code the code, not null
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<Finding> byCode(FindingCode code) {
        Objects.requireNonNull(code, "code");
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.code().equals(code.code())) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Tells whether the report has a finding with the given code.
     *
     * @param code the code, not null
     * @return true if at least one finding has it
     */
    public boolean has(FindingCode code) {
        Objects.requireNonNull(code, "code");
        for (Finding f : findings) {
            if (f.code().equals(code.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups the findings by the passport section of their field, in section order. Findings
     * about the passport as a whole (its level or category) are filed under
     * {@link Section#IDENTITY}.
     *
     * @return an unmodifiable map whose lists are unmodifiable and in report order; sections
     *     without findings are absent, not null
     */
    public Map<Section, List<Finding>> bySection() {
        Map<Section, List<Finding>> map = new EnumMap<>(Section.class);
        for (Finding f : findings) {
            Section s = field(f).map(BatteryField::section).orElse(Section.IDENTITY);
            map.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
        }
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Groups the findings by the passport level that owns the data they are about, so that a
     * bulk tool can report a missing MODEL value once for the model instead of once per item: a
     * finding about a field goes under the field's scope ({@link BatteryField#scope()}), a finding
     * about the passport as a whole (its level, category or energy) under MODEL.
     *
     * @return an unmodifiable map in level order whose lists are unmodifiable and in report
     *     order; levels without findings are absent, not null
     */
    public Map<org.dppkit.core.PassportLevel, List<Finding>> byOwner() {
        Map<org.dppkit.core.PassportLevel, List<Finding>> map = new EnumMap<>(org.dppkit.core.PassportLevel.class);
        for (Finding f : findings) {
            org.dppkit.core.PassportLevel owner = field(f).map(BatteryField::scope)
                    .orElse(org.dppkit.core.PassportLevel.MODEL);
            if (f.fieldKey().isPresent() && f.fieldKey().get().equals(BatteryField.UNIQUE_IDENTIFIER.key())) {
                owner = org.dppkit.core.PassportLevel.MODEL;
            }
            map.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
        }
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the catalogue field a finding is about.
     *
     * @param finding a finding, not null
     * @return the field, or empty if the finding concerns the passport as a whole
     */
    public static Optional<BatteryField> field(Finding finding) {
        return finding.fieldKey().flatMap(BatteryField::fromKey);
    }

    /**
     * Returns the report as a JSON document, byte-identical for equal reports:
     * <pre>{@code
     * {"compliant":false,"asOf":"2027-03-01","placedOnMarket":"2027-03-01","levelPolicy":"WARN",
     *  "calendarAsOf":"2026-12-01","counts":{"ERROR":1,"WARNING":0,"INFO":2},
     *  "findings":[{"code":"DPP-MISSING-MANDATORY","severity":"ERROR","path":"/fields/ratedCapacity",
     *  "field":"ratedCapacity","section":"performance","message":"...","legalReference":"...",
     *  "messageKey":"DPP-MISSING-MANDATORY","arguments":{"field":"ratedCapacity","category":"EV",
     *  "from":"2027-02-18","act":"Art. 77(1) Regulation (EU) 2023/1542","actKey":"PASSPORT"}}]}
     * }</pre>
     * {@code field} and {@code section} are left out for findings about the passport as a whole.
     * The arguments are the finding's typed arguments (numbers as JSON numbers, dates as ISO
     * text); they never carry a value of a field outside the public group.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        StringWriter out = new StringWriter(256 + findings.size() * 256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeBooleanField("compliant", isCompliant());
            g.writeStringField("asOf", asOf.toString());
            g.writeStringField("placedOnMarket", placedOnMarket.toString());
            g.writeStringField("levelPolicy", levelPolicy.name());
            g.writeStringField("calendarAsOf", calendarAsOf.toString());
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.name(), count(s));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("code", f.code());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("path", f.path());
                Optional<String> key = f.fieldKey();
                if (key.isPresent()) {
                    g.writeStringField("field", key.get());
                    Optional<BatteryField> field = BatteryField.fromKey(key.get());
                    if (field.isPresent()) {
                        g.writeStringField("section", field.get().section().key());
                    }
                }
                g.writeStringField("message", f.message());
                g.writeStringField("legalReference", f.legalReference());
                g.writeStringField("messageKey", f.messageKey());
                g.writeObjectFieldStart("arguments");
                for (Map.Entry<String, Object> e : f.arguments().entrySet()) {
                    Object v = e.getValue();
                    if (v instanceof BigDecimal d) {
                        g.writeFieldName(e.getKey());
                        g.writeNumber(d);
                    } else if (v instanceof Integer i) {
                        g.writeNumberField(e.getKey(), i);
                    } else if (v instanceof Boolean b) {
                        g.writeBooleanField(e.getKey(), b);
                    } else {
                        g.writeStringField(e.getKey(), v.toString());
                    }
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a validation report to a string failed", e);
        }
        return out.toString();
    }

    private int count(Severity s) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == s) {
                n++;
            }
        }
        return n;
    }

    /**
     * Compares the dates, the policy, the findings and the outcomes.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ValidationReport r && asOf.equals(r.asOf) && findings.equals(r.findings)
                && java.util.Arrays.equals(outcomes, r.outcomes) && placedOnMarket.equals(r.placedOnMarket)
                && levelPolicy == r.levelPolicy && calendarAsOf.equals(r.calendarAsOf);
    }

    /**
     * Returns a hash code of the date and the findings.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return asOf.hashCode() * 31 + findings.hashCode();
    }

    /**
     * Returns a summary and one line per finding.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64 + findings.size() * 96)
                .append("ValidationReport[asOf=").append(asOf).append(", compliant=").append(isCompliant())
                .append(", errors=").append(count(Severity.ERROR)).append(", warnings=")
                .append(count(Severity.WARNING)).append(", infos=").append(count(Severity.INFO)).append(']');
        for (Finding f : findings) {
            sb.append("\n  ").append(f);
        }
        return sb.toString();
    }
}
