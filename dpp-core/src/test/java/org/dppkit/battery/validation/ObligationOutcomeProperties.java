package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Condition;
import org.dppkit.battery.FieldObligation;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.Obligation;
import org.dppkit.core.Severity;

/**
 * Exhaustive over the catalogue: for every field, category, sub-category, date and set of
 * declared facts, exactly one outcome, and the one the catalogue data (obligations, conditions
 * and the calendar's dates) gives. The oracle reads the catalogue and the calendar only; the
 * derivations it needs for a passport that holds nothing but its identifier are the ones the
 * catalogue README documents (EV and LMT batteries are rechargeable and cycle applications, so
 * is a stationary BESS; an absent list of negative events records none).
 */
class ObligationOutcomeProperties {

    private static final BatteryPassportValidator VALIDATOR = BatteryPassportValidator.create();
    private static final RegulatoryCalendar CALENDAR = RegulatoryCalendar.defaults();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2026, 6, 1).toEpochDay(), LocalDate.of(2037, 12, 31)
                .toEpochDay())
                .map(LocalDate::ofEpochDay).edgeCases(c -> c.add(LocalDate.of(2027, 2, 18), LocalDate.of(2027, 8, 18),
                        LocalDate.of(2028, 8, 18), LocalDate.of(2033, 8, 18)));
    }

    @Provide
    Arbitrary<Map<Condition, Boolean>> facts() {
        return Arbitraries.maps(Arbitraries.of(Condition.class), Arbitraries.of(true, false)).ofMaxSize(8)
                .map(m -> m.isEmpty() ? new EnumMap<>(Condition.class) : new EnumMap<>(m));
    }

    @Property(tries = 400)
    void everyFieldHasExactlyTheCatalogueOutcome(@ForAll BatteryCategory category,
            @ForAll IndustrialSubCategory sub, @ForAll("dates") LocalDate asOf,
            @ForAll("facts") Map<Condition, Boolean> declared) {
        ItemPassport.Builder b = ItemPassport.builder(category, CorePassports.GTIN, CorePassports.LOT, "X1")
                .issuedAt(Instant.parse("2026-06-01T00:00:00Z"));
        if (category == BatteryCategory.INDUSTRIAL) {
            b.set(BatteryField.INDUSTRIAL_SUB_CATEGORY, sub);
        }
        ItemPassport p = b.build();
        DeclaredFacts.Builder fb = DeclaredFacts.builder();
        declared.forEach((c, v) -> fb.declare(c, v, "test"));
        ValidationReport r = VALIDATOR.validate(p, asOf, fb.build());
        int missing = 0;
        int undecided = 0;
        for (BatteryField f : BatteryField.values()) {
            FieldOutcome actual = r.outcome(f).orElseThrow();
            assertNotNull(actual);
            FieldOutcome expected = oracle(p, f, category, sub, asOf, declared);
            assertEquals(expected, actual, () -> f.key() + " " + category + " " + sub + " " + asOf + " " + declared);
            missing += expected == FieldOutcome.MISSING ? 1 : 0;
            undecided += expected == FieldOutcome.UNDECIDED ? 1 : 0;
        }
        assertEquals(missing, r.byCode(FindingCode.MISSING_MANDATORY).size() + r.byCode(FindingCode.PREDECESSOR_MISSING)
                .size());
        assertEquals(undecided, r.byCode(FindingCode.CONDITION_UNDECIDED).size());
        assertEquals(missing > 0, !r.isCompliant());
        r.findings().stream().filter(x -> x.code().equals(FindingCode.NOT_YET_REQUIRED.code()))
                .forEach(x -> assertEquals(Severity.INFO, x.severity()));
    }

    private static final int HOLDS = 1;
    private static final int NOT = 2;
    private static final int UNKNOWN = 0;

    static FieldOutcome oracle(ItemPassport p, BatteryField f, BatteryCategory category, IndustrialSubCategory sub,
            LocalDate asOf, Map<Condition, Boolean> declared) {
        if (p.get(f).isPresent()) {
            return FieldOutcome.PRESENT;
        }
        FieldObligation o = f.obligation(category, sub);
        if (o.obligation() == Obligation.NOT_APPLICABLE) {
            return FieldOutcome.NOT_APPLICABLE;
        }
        if (o.obligation() == Obligation.OPTIONAL) {
            return FieldOutcome.OPTIONAL;
        }
        boolean unknown = false;
        for (Condition c : o.conditions()) {
            int v = condition(c, category, sub, declared);
            if (v == NOT) {
                return FieldOutcome.NOT_APPLICABLE;
            }
            unknown |= v == UNKNOWN;
        }
        RegulatoryCalendar.Act act = CALENDAR.act(o.act()).orElseThrow();
        if (act.date().isEmpty() || act.date().get().isAfter(asOf)) {
            return FieldOutcome.NOT_YET_REQUIRED;
        }
        if (o.obligation() == Obligation.RECOMMENDED) {
            return FieldOutcome.RECOMMENDED_MISSING;
        }
        return unknown ? FieldOutcome.UNDECIDED : FieldOutcome.MISSING;
    }

    /** A condition on a passport that holds only its identifier, category and sub-category. */
    private static int condition(Condition c, BatteryCategory category, IndustrialSubCategory sub,
            Map<Condition, Boolean> declared) {
        int derived;
        switch (c) {
            case RECHARGEABLE:
                derived = category == BatteryCategory.INDUSTRIAL ? UNKNOWN : HOLDS;
                break;
            case CYCLE_APPLICATION:
                derived = category != BatteryCategory.INDUSTRIAL || sub == IndustrialSubCategory.STATIONARY_BESS
                        ? HOLDS : UNKNOWN;
                break;
            case NEGATIVE_EVENT:
                derived = NOT;
                break;
            default:
                derived = UNKNOWN;
                break;
        }
        Boolean d = declared.get(c);
        if (d == null) {
            return derived;
        }
        int dv = d ? HOLDS : NOT;
        if (derived == UNKNOWN) {
            return dv;
        }
        return derived == dv ? derived : HOLDS;
    }
}
