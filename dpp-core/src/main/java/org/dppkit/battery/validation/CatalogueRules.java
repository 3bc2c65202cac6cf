package org.dppkit.battery.validation;

import static org.dppkit.battery.BatteryField.BATTERY_CATEGORY;
import static org.dppkit.battery.BatteryField.BATTERY_STATUS;
import static org.dppkit.battery.BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT;
import static org.dppkit.battery.BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE;
import static org.dppkit.battery.BatteryField.CERTIFIED_USABLE_ENERGY;
import static org.dppkit.battery.BatteryField.CHEMISTRY;
import static org.dppkit.battery.BatteryField.CONFORMITY_CADMIUM_LEAD_SYMBOLS;
import static org.dppkit.battery.BatteryField.DETAILED_COMPOSITION;
import static org.dppkit.battery.BatteryField.INDUSTRIAL_SUB_CATEGORY;
import static org.dppkit.battery.BatteryField.MANUFACTURING_DATE;
import static org.dppkit.battery.BatteryField.PREDECESSOR_PASSPORTS;
import static org.dppkit.battery.BatteryField.PUTTING_INTO_SERVICE_DATE;
import static org.dppkit.battery.BatteryField.RATED_CAPACITY;
import static org.dppkit.battery.BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE;
import static org.dppkit.battery.BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL;
import static org.dppkit.battery.BatteryField.UNIQUE_IDENTIFIER;
import static org.dppkit.battery.BatteryField.USAGE_NEGATIVE_EVENTS;
import static org.dppkit.battery.BatteryField.VOLTAGE_MAXIMUM;
import static org.dppkit.battery.BatteryField.VOLTAGE_MINIMUM;
import static org.dppkit.battery.BatteryField.VOLTAGE_NOMINAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.CadmiumLeadSymbol;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.Condition;
import org.dppkit.battery.FieldObligation;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.MaterialShare;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.Obligation;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.RecycledShare;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;
import org.dppkit.core.Severity;

/**
 * The rules driven by the field catalogue: obligations per category, sub-category, condition and
 * calendar date, level sufficiency and the 2 kWh threshold, and the cross-field rules (voltages,
 * efficiency, dates, carbon footprint sum, Art. 8(2) minimum shares, status and predecessors).
 * Immutable and thread-safe.
 */
final class CatalogueRules {

    /** The threshold above which an industrial battery needs a passport (Art. 77(1)). */
    static final BigDecimal TWO_KWH = BigDecimal.valueOf(2);

    private static final BatteryField[] FIELDS = BatteryField.values();
    private static final IndustrialSubCategory[] SUBS = IndustrialSubCategory.values();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** Art. 8(2) and (3) minimum shares in percent: cobalt, lead, lithium, nickel. */
    private static final BatteryField[] RECYCLED = {BatteryField.RECYCLED_CONTENT_COBALT,
        BatteryField.RECYCLED_CONTENT_LEAD, BatteryField.RECYCLED_CONTENT_LITHIUM,
        BatteryField.RECYCLED_CONTENT_NICKEL};
    private static final String[] METALS = {"COBALT", "LEAD", "LITHIUM", "NICKEL"};
    private static final Condition[] CONTAINS = {Condition.CONTAINS_COBALT, Condition.CONTAINS_LEAD,
        Condition.CONTAINS_LITHIUM, Condition.CONTAINS_NICKEL};
    private static final int[] MINIMUM_2031 = {16, 85, 6, 6};
    private static final int[] MINIMUM_2036 = {26, 85, 12, 15};
    static final String MINIMUM_2031_ACT = "RECYCLED_CONTENT_MINIMUM_2031";
    static final String MINIMUM_2036_ACT = "RECYCLED_CONTENT_MINIMUM_2036";

    private final BigDecimal cfTolerancePercent;
    private final boolean twoKwhRule;
    private final LevelPolicy levelPolicy;
    private final RegulatoryCalendar calendar;

    CatalogueRules(BigDecimal cfTolerancePercent, boolean twoKwhRule, LevelPolicy levelPolicy,
            RegulatoryCalendar calendar) {
        this.cfTolerancePercent = cfTolerancePercent;
        this.twoKwhRule = twoKwhRule;
        this.levelPolicy = levelPolicy;
        this.calendar = calendar;
        for (BatteryField f : FIELDS) {
            for (BatteryCategory c : BatteryCategory.values()) {
                for (IndustrialSubCategory s : SUBS) {
                    act(f.obligation(c, s).act());
                }
            }
        }
        act(MINIMUM_2031_ACT);
        act(MINIMUM_2036_ACT);
    }

    private RegulatoryCalendar.Act act(String key) {
        return calendar.act(key).orElseThrow(() -> new PassportException(PassportErrorCode.BAD_CALENDAR,
                "the regulatory calendar has no act '" + key + "', which the field catalogue uses"));
    }

    void check(Read p, LocalDate asOf, DeclaredFacts facts, FieldOutcome[] outcomes, List<Finding> out) {
        Ctx ctx = new Ctx(p, asOf, facts, out);
        IndustrialSubCategory knownSub = subCategory(p);
        for (Condition declared : facts.declarations().keySet()) {
            ctx.eval(declared, knownSub); // reports a declaration the data contradicts
        }
        boolean obligationsApply = level(ctx);
        obligations(ctx, obligationsApply, outcomes);
        voltages(p, out);
        efficiency(p, out);
        dates(p, asOf, out);
        carbonFootprint(p, out);
        minimumShares(ctx);
        predecessors(p, out);
    }

    static Finding finding(FindingCode code, BatteryField field, String path, String legalReference,
            String key, Map<String, Object> args) {
        return Messages.finding(code, code.severity(), field, path, legalReference, key, args);
    }

    private static Map<String, Object> args(String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(8);
        if (name != null) {
            m.put(name, value);
        }
        return m;
    }

    private static Map<String, Object> fieldArgs(BatteryField f) {
        return args("field", f.key());
    }

    // ---- level sufficiency and the 2 kWh threshold ------------------------------------------

    /** Returns false if the battery needs no passport, so obligations are not checked. */
    boolean level(Ctx c) {
        Read p = c.p;
        boolean small = false;
        if (p.category == BatteryCategory.INDUSTRIAL && twoKwhRule) {
            BigDecimal kwh = energyKwh(p);
            Map<String, Object> a = args("thresholdKwh", TWO_KWH);
            if (kwh == null) {
                c.out.add(finding(FindingCode.ENERGY_UNKNOWN, BATTERY_CATEGORY, "/category",
                        FindingCode.ENERGY_UNKNOWN.legalReference(), FindingCode.ENERGY_UNKNOWN.code(), a));
            } else if (kwh.compareTo(TWO_KWH) <= 0) {
                small = true;
                a.put("energyKwh", plain(kwh));
                c.out.add(finding(FindingCode.NO_PASSPORT_REQUIRED, BATTERY_CATEGORY, "/category",
                        FindingCode.NO_PASSPORT_REQUIRED.legalReference(),
                        FindingCode.NO_PASSPORT_REQUIRED.code(), a));
            }
        }
        energyAgreement(p, c.out);
        if (p.level != PassportLevel.ITEM && !small) {
            Map<String, Object> a = args("level", p.level.name());
            a.put("category", p.category.name());
            a.put("policy", levelPolicy.name());
            Severity s = levelPolicy == LevelPolicy.STRICT ? Severity.ERROR : Severity.WARNING;
            c.out.add(Messages.finding(FindingCode.LEVEL_NOT_PER_BATTERY, s, UNIQUE_IDENTIFIER, Paths.LEVEL,
                    FindingCode.LEVEL_NOT_PER_BATTERY.legalReference(),
                    FindingCode.LEVEL_NOT_PER_BATTERY.code(), a));
        }
        return !small;
    }

    /** Rated capacity (Ah) times nominal voltage (V) in kWh, or null if either is missing. */
    static BigDecimal energyKwh(Read p) {
        BigDecimal ah = number(p, RATED_CAPACITY);
        BigDecimal v = number(p, VOLTAGE_NOMINAL);
        return ah == null || v == null ? null : ah.multiply(v).divide(THOUSAND);
    }

    private static void energyAgreement(Read p, List<Finding> out) {
        BigDecimal usable = number(p, CERTIFIED_USABLE_ENERGY);
        BigDecimal rated = energyKwh(p);
        if (usable == null || rated == null) {
            return;
        }
        boolean above = usable.compareTo(rated) > 0;
        boolean sides = p.category == BatteryCategory.INDUSTRIAL
                && usable.compareTo(TWO_KWH) <= 0 != rated.compareTo(TWO_KWH) <= 0;
        if (above || sides) {
            Map<String, Object> a = args("usableKwh", plain(usable));
            a.put("energyKwh", plain(rated));
            a.put("thresholdKwh", TWO_KWH);
            out.add(finding(FindingCode.ENERGY_DISAGREES, CERTIFIED_USABLE_ENERGY, Paths.of(CERTIFIED_USABLE_ENERGY),
                    FindingCode.ENERGY_DISAGREES.legalReference(), FindingCode.ENERGY_DISAGREES.code(), a));
        }
    }

    private static BigDecimal number(Read p, BatteryField f) {
        Object v = p.value(f);
        return v instanceof Quantity q ? q.value() : null;
    }

    private static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    // ---- obligations -------------------------------------------------------------------------

    static IndustrialSubCategory subCategory(Read p) {
        Object v = p.value(INDUSTRIAL_SUB_CATEGORY);
        return v instanceof IndustrialSubCategory s ? s : null;
    }

    private void obligations(Ctx c, boolean obligationsApply, FieldOutcome[] outcomes) {
        Read p = c.p;
        BatteryCategory cat = p.category;
        IndustrialSubCategory sub = null;
        boolean subUnknown = false;
        if (cat == BatteryCategory.INDUSTRIAL) {
            sub = subCategory(p);
            if (sub == null) {
                subUnknown = true;
                c.out.add(finding(FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN, INDUSTRIAL_SUB_CATEGORY,
                        Paths.of(INDUSTRIAL_SUB_CATEGORY), FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN.legalReference(),
                        FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN.code(), Map.of()));
            }
        }
        for (BatteryField f : FIELDS) {
            if (p.has(f)) {
                outcomes[f.ordinal()] = FieldOutcome.PRESENT;
                notApplicable(c, f, sub, subUnknown);
                continue;
            }
            if (f.scope().ordinal() > p.level.ordinal()) {
                outcomes[f.ordinal()] = FieldOutcome.OTHER_LEVEL;
                continue;
            }
            if (!obligationsApply) {
                outcomes[f.ordinal()] = FieldOutcome.NOT_CHECKED;
                continue;
            }
            Decision d;
            if (subUnknown) {
                d = mergeUnknownSub(c, f);
            } else {
                d = decide(c, f, f.obligation(cat, sub), sub);
            }
            outcomes[f.ordinal()] = d.outcome;
            report(c, f, d);
        }
    }

    private static void notApplicable(Ctx c, BatteryField f, IndustrialSubCategory sub, boolean subUnknown) {
        BatteryCategory cat = c.p.category;
        if (subUnknown) {
            for (IndustrialSubCategory s : SUBS) {
                if (f.obligation(cat, s).obligation() != Obligation.NOT_APPLICABLE) {
                    return;
                }
            }
        } else if (f.obligation(cat, sub).obligation() != Obligation.NOT_APPLICABLE) {
            return;
        }
        FieldObligation o = f.obligation(cat, sub == null ? SUBS[0] : sub);
        Map<String, Object> a = fieldArgs(f);
        String key = FindingCode.NOT_APPLICABLE.code();
        boolean bySub = cat == BatteryCategory.INDUSTRIAL && sub != null;
        if (bySub) {
            for (IndustrialSubCategory s : SUBS) {
                if (f.obligation(cat, s).obligation() != Obligation.NOT_APPLICABLE) {
                    a.put("subCategory", sub.name());
                    key = key + ".subCategory";
                    break;
                }
            }
        }
        if (!a.containsKey("subCategory")) {
            a.put("category", cat.name());
        }
        c.out.add(finding(FindingCode.NOT_APPLICABLE, f, Paths.of(f), o.legalReference(), key, a));
    }

    /** The outcome of an absent field, with what the finding needs. */
    static final class Decision {
        final FieldOutcome outcome;
        final FieldObligation obligation;
        final Condition condition;
        final RegulatoryCalendar.Act act;
        final boolean bySubCategory;

        Decision(FieldOutcome outcome, FieldObligation obligation, Condition condition,
                RegulatoryCalendar.Act act, boolean bySubCategory) {
            this.outcome = outcome;
            this.obligation = obligation;
            this.condition = condition;
            this.act = act;
            this.bySubCategory = bySubCategory;
        }
    }

    /** Decides an absent field for a known category and sub-category. */
    private Decision decide(Ctx c, BatteryField f, FieldObligation o, IndustrialSubCategory sub) {
        Obligation ob = o.obligation();
        if (ob == Obligation.NOT_APPLICABLE) {
            return new Decision(FieldOutcome.NOT_APPLICABLE, o, null, null, false);
        }
        if (ob == Obligation.OPTIONAL) {
            return new Decision(FieldOutcome.OPTIONAL, o, null, null, false);
        }
        Condition unknown = null;
        Condition holding = null;
        for (Condition cond : o.conditions()) {
            int t = c.eval(cond, sub);
            if (t == Ctx.NOT) {
                return new Decision(FieldOutcome.NOT_APPLICABLE, o, cond, null, false);
            }
            if (t == Ctx.UNKNOWN && unknown == null) {
                unknown = cond;
            }
            if (t == Ctx.HOLDS && holding == null) {
                holding = cond;
            }
        }
        RegulatoryCalendar.Act act = act(o.act());
        LocalDate basis = act.basis() == RegulatoryCalendar.Basis.PLACED_ON_MARKET ? c.placed : c.asOf;
        if (act.isPending() || act.date().get().isAfter(basis)) {
            return new Decision(FieldOutcome.NOT_YET_REQUIRED, o, null, act, false);
        }
        if (ob == Obligation.RECOMMENDED) {
            return new Decision(FieldOutcome.RECOMMENDED_MISSING, o, null, act, false);
        }
        if (unknown != null) {
            return new Decision(FieldOutcome.UNDECIDED, o, unknown, act, false);
        }
        return new Decision(FieldOutcome.MISSING, o, holding, act, false);
    }

    /** Decides an absent field of an industrial battery whose sub-category is unknown. */
    private Decision mergeUnknownSub(Ctx c, BatteryField f) {
        Decision[] ds = new Decision[SUBS.length];
        boolean same = true;
        for (int i = 0; i < SUBS.length; i++) {
            ds[i] = decide(c, f, f.obligation(BatteryCategory.INDUSTRIAL, SUBS[i]), SUBS[i]);
            same &= ds[i].outcome == ds[0].outcome;
        }
        if (same) {
            return ds[0];
        }
        for (Decision d : ds) {
            if (d.outcome == FieldOutcome.MISSING || d.outcome == FieldOutcome.UNDECIDED
                    || d.outcome == FieldOutcome.RECOMMENDED_MISSING) {
                return new Decision(FieldOutcome.UNDECIDED, d.obligation, null, d.act, true);
            }
        }
        for (Decision d : ds) {
            if (d.outcome == FieldOutcome.NOT_YET_REQUIRED) {
                return d;
            }
        }
        return ds[0];
    }

    private void report(Ctx c, BatteryField f, Decision d) {
        FieldObligation o = d.obligation;
        Map<String, Object> a = fieldArgs(f);
        switch (d.outcome) {
            case MISSING: {
                FindingCode code = f == PREDECESSOR_PASSPORTS ? FindingCode.PREDECESSOR_MISSING
                        : FindingCode.MISSING_MANDATORY;
                String key = code.code();
                if (code == FindingCode.PREDECESSOR_MISSING) {
                    key = code.code();
                } else if (d.condition != null) {
                    a.put("condition", d.condition.name());
                    key = key + ".conditional";
                } else {
                    a.put("category", c.p.category.name());
                }
                putAct(a, d.act);
                owner(c, f, a);
                c.out.add(finding(code, f, Paths.of(f), o.legalReference(), key, a));
                break;
            }
            case UNDECIDED:
                if (d.bySubCategory) {
                    c.out.add(finding(FindingCode.CONDITION_UNDECIDED, f, Paths.of(f), o.legalReference(),
                            FindingCode.CONDITION_UNDECIDED.code() + ".subCategory", a));
                } else {
                    a.put("condition", d.condition.name());
                    owner(c, f, a);
                    c.out.add(finding(FindingCode.CONDITION_UNDECIDED, f, Paths.of(f), o.legalReference(),
                            FindingCode.CONDITION_UNDECIDED.code(), a));
                }
                break;
            case RECOMMENDED_MISSING:
                c.out.add(finding(FindingCode.MISSING_RECOMMENDED, f, Paths.of(f), o.legalReference(),
                        FindingCode.MISSING_RECOMMENDED.code(), a));
                break;
            case NOT_YET_REQUIRED:
                if (d.act.isPending()) {
                    a.put("calendarAsOf", calendar.asOf());
                    putAct(a, d.act);
                    c.out.add(finding(FindingCode.NOT_YET_REQUIRED, f, Paths.of(f), o.legalReference(),
                            FindingCode.NOT_YET_REQUIRED.code() + ".pending", a));
                } else {
                    putAct(a, d.act);
                    c.out.add(finding(FindingCode.NOT_YET_REQUIRED, f, Paths.of(f), o.legalReference(),
                            FindingCode.NOT_YET_REQUIRED.code(), a));
                }
                break;
            default:
                break;
        }
    }

    /** Names the level that owns the value when an item or batch passport inherits it. */
    private static void owner(Ctx c, BatteryField f, Map<String, Object> a) {
        if (f.scope().ordinal() < c.p.level.ordinal()) {
            a.put("owner", f.scope().name());
        }
    }

    private static void putAct(Map<String, Object> a, RegulatoryCalendar.Act act) {
        act.date().ifPresent(d -> a.put("from", d));
        a.put("act", shortCitation(act.citation()));
        a.put("actKey", act.key());
    }

    /** The citation up to its first colon: "Art. 8(1) first subparagraph". */
    static String shortCitation(String citation) {
        int colon = citation.indexOf(':');
        return colon < 0 ? citation : citation.substring(0, colon);
    }

    // ---- conditions --------------------------------------------------------------------------

    /** One validation's view of the conditions, with the facts and the dates. */
    static final class Ctx {
        static final int UNKNOWN = 0;
        static final int HOLDS = 1;
        static final int NOT = 2;

        final Read p;
        final LocalDate asOf;
        final LocalDate placed;
        final DeclaredFacts facts;
        final List<Finding> out;
        private final int[] cache = new int[Condition.values().length];
        private final boolean[] contradictionReported = new boolean[Condition.values().length];
        private int[] chemistry;

        Ctx(Read p, LocalDate asOf, DeclaredFacts facts, List<Finding> out) {
            this.p = p;
            this.asOf = asOf;
            this.placed = facts.placedOnMarket().orElse(asOf);
            this.facts = facts;
            this.out = out;
            java.util.Arrays.fill(cache, -1);
        }

        /** Evaluates a condition: HOLDS, NOT or UNKNOWN; declared facts decide open ones. */
        int eval(Condition c, IndustrialSubCategory sub) {
            boolean subDependent = c == Condition.CYCLE_APPLICATION;
            if (!subDependent && cache[c.ordinal()] >= 0) {
                return cache[c.ordinal()];
            }
            int derived = derive(c, sub);
            int result = derived;
            Boolean declared = facts.declarations().get(c);
            if (declared != null) {
                int d = declared ? HOLDS : NOT;
                if (derived == UNKNOWN) {
                    result = d;
                } else if (d != derived) {
                    result = HOLDS;
                    if (!contradictionReported[c.ordinal()]) {
                        contradictionReported[c.ordinal()] = true;
                        Map<String, Object> a = args("condition", c.name());
                        a.put("declared", declared);
                        out.add(finding(FindingCode.FACT_CONTRADICTED, null, "",
                                c.legalReference(), FindingCode.FACT_CONTRADICTED.code(), a));
                    }
                }
            }
            if (!subDependent) {
                cache[c.ordinal()] = result;
            }
            return result;
        }

        private int derive(Condition c, IndustrialSubCategory sub) {
            switch (c) {
                case CONTAINS_COBALT:
                    return activeMetal(Chem.CO, "cobalt", "Co");
                case CONTAINS_LITHIUM:
                    return activeMetal(Chem.LI, "lithium", "Li");
                case CONTAINS_NICKEL:
                    return activeMetal(Chem.NI, "nickel", "Ni");
                case CONTAINS_LEAD:
                    return activeMetal(Chem.PB, "lead", "Pb");
                case CADMIUM_OR_LEAD_MARKING:
                    return marking();
                case RECHARGEABLE:
                    return rechargeable();
                case CYCLE_APPLICATION:
                    return cycleApplication(sub);
                case SECOND_LIFE:
                    return secondLife();
                case PUT_INTO_SERVICE:
                    return putIntoService();
                case NEGATIVE_EVENT:
                    return p.has(USAGE_NEGATIVE_EVENTS) ? HOLDS : NOT;
                default:
                    return UNKNOWN;
            }
        }

        private int[] chemistry() {
            if (chemistry == null) {
                chemistry = Chem.of(p.value(CHEMISTRY) instanceof Chemistry ch ? ch : null);
            }
            return chemistry;
        }

        private int activeMetal(int metal, String word, String symbol) {
            int byChemistry = chemistry()[metal];
            if (byChemistry != UNKNOWN) {
                return byChemistry;
            }
            return composition(word, symbol) ? HOLDS : UNKNOWN;
        }

        private boolean composition(String word, String symbol) {
            Object v = p.value(DETAILED_COMPOSITION);
            if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof MaterialShare m && Chem.mentions(m.material(), word, symbol)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private int marking() {
            Object symbols = p.value(CONFORMITY_CADMIUM_LEAD_SYMBOLS);
            if (symbols instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof CadmiumLeadSymbol) {
                return HOLDS;
            }
            int[] ch = chemistry();
            if (ch[Chem.PB] == HOLDS || ch[Chem.CD] == HOLDS || composition("lead", "Pb")
                    || composition("cadmium", "Cd")) {
                return HOLDS;
            }
            return ch[Chem.KNOWN] == HOLDS ? NOT : UNKNOWN;
        }

        private int rechargeable() {
            if (p.category != BatteryCategory.INDUSTRIAL) {
                return HOLDS;
            }
            return chemistry()[Chem.RECHARGEABLE];
        }

        private int cycleApplication(IndustrialSubCategory sub) {
            if (p.category != BatteryCategory.INDUSTRIAL || sub == IndustrialSubCategory.STATIONARY_BESS) {
                return HOLDS;
            }
            if (p.has(BatteryField.EXPECTED_LIFETIME_CYCLES) || p.has(BatteryField.CYCLE_LIFE_REFERENCE_TEST)
                    || p.has(BatteryField.C_RATE_CYCLE_LIFE_TEST)
                    || p.has(BatteryField.ITEM_PERFORMANCE_EXPECTED_LIFETIME_CYCLES)) {
                return HOLDS;
            }
            return UNKNOWN;
        }

        private int secondLife() {
            Object s = p.value(BATTERY_STATUS);
            if (!(s instanceof BatteryStatus status)) {
                return UNKNOWN;
            }
            return status == BatteryStatus.REPURPOSED || status == BatteryStatus.REMANUFACTURED
                    || status == BatteryStatus.RE_USED ? HOLDS : NOT;
        }

        private int putIntoService() {
            // cycles, throughput and observations alone do not show it: batteries are cycled
            // at end-of-line formation and test before they are placed on the market
            if (p.has(PUTTING_INTO_SERVICE_DATE) || p.has(USAGE_NEGATIVE_EVENTS)) {
                return HOLDS;
            }
            Object s = p.value(BATTERY_STATUS);
            if (s instanceof BatteryStatus status && status != BatteryStatus.ORIGINAL) {
                return HOLDS;
            }
            return UNKNOWN;
        }

    }

    /** What a chemistry tells: per metal in active materials, rechargeable, known at all. */
    static final class Chem {
        static final int CO = 0;
        static final int LI = 1;
        static final int NI = 2;
        static final int PB = 3;
        static final int CD = 4;
        static final int RECHARGEABLE = 5;
        static final int KNOWN = 6;

        private static final int H = Ctx.HOLDS;
        private static final int N = Ctx.NOT;
        private static final int U = Ctx.UNKNOWN;
        private static final int[] UNKNOWN_CHEMISTRY = {U, U, U, U, U, U, U};

        private Chem() {
        }

        /** Classifies a chemistry by its short name, else by words of its full name. */
        static int[] of(Chemistry chemistry) {
            if (chemistry == null) {
                return UNKNOWN_CHEMISTRY;
            }
            int[] r = byShortName(normalise(chemistry.shortName()));
            return r != null ? r : byClearName(chemistry.clearName().toLowerCase(Locale.ROOT));
        }

        static String normalise(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = Character.toUpperCase(s.charAt(i));
                if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        //                                 Co Li Ni Pb Cd rech known
        private static int[] row(int co, int li, int ni, int pb, int cd, int rech) {
            return new int[] {co, li, ni, pb, cd, rech, H};
        }

        private static int[] byShortName(String s) {
            if (s.startsWith("NMC") || s.startsWith("NCM") || s.startsWith("NCA")) {
                return row(H, H, H, N, N, H);
            }
            if (s.startsWith("LCO")) {
                return row(H, H, N, N, N, H);
            }
            if (s.startsWith("LFP") || s.startsWith("LMFP") || s.startsWith("LFMP") || s.startsWith("LIFEPO4")
                    || s.startsWith("LMO")) {
                return row(N, H, N, N, N, H);
            }
            if (s.startsWith("LNMO") || s.startsWith("LMNO")) {
                return row(N, H, H, N, N, H);
            }
            if (s.startsWith("LTO")) {
                return row(U, H, U, N, N, H);
            }
            if (s.startsWith("NIMH")) {
                return row(U, N, H, N, N, H);
            }
            if (s.startsWith("NICD")) {
                return row(N, N, H, N, H, H);
            }
            if (s.equals("PB") || s.startsWith("PBA") || s.startsWith("LEADACID") || s.equals("VRLA")
                    || s.equals("AGM") || s.equals("SLA")) {
                return row(N, N, N, H, N, H);
            }
            if (s.startsWith("NAION") || s.equals("SIB")) {
                return row(U, N, U, N, N, H);
            }
            if (s.startsWith("LISOCL2") || s.startsWith("LIMNO2") || s.startsWith("LIFES2") || s.startsWith("LISO2")
                    || s.startsWith("LICFX")) {
                return row(N, H, N, N, N, N);
            }
            if (s.startsWith("ZNAIR") || s.equals("ALKALINE") || s.startsWith("ZNMNO2")) {
                return row(N, N, N, N, N, N);
            }
            return null;
        }

        private static int[] byClearName(String s) {
            if (s.contains("lead-acid") || s.contains("lead acid")) {
                return row(N, N, N, H, N, H);
            }
            if (s.contains("lithium iron phosphate") || s.contains("lithium manganese oxide")) {
                return row(N, H, N, N, N, H);
            }
            if (s.contains("nickel manganese cobalt") || s.contains("nickel cobalt aluminium")
                    || s.contains("nickel cobalt aluminum")) {
                return row(H, H, H, N, N, H);
            }
            return UNKNOWN_CHEMISTRY;
        }

        /** Whether a material name names the element as a word or as a symbol in a formula. */
        static boolean mentions(String material, String word, String symbol) {
            if (material.toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
            int from = 0;
            while (true) {
                int i = material.indexOf(symbol, from);
                if (i < 0) {
                    return false;
                }
                int after = i + symbol.length();
                boolean endOk = after >= material.length() || !Character.isLowerCase(material.charAt(after));
                if (endOk) {
                    return true;
                }
                from = i + 1;
            }
        }
    }

    // ---- cross-field values -------------------------------------------------------------------

    void voltages(Read p, List<Finding> out) {
        BigDecimal min = number(p, VOLTAGE_MINIMUM);
        BigDecimal nom = number(p, VOLTAGE_NOMINAL);
        BigDecimal max = number(p, VOLTAGE_MAXIMUM);
        String ref = FindingCode.VOLTAGE_ORDER.legalReference();
        if (min != null && nom != null && min.compareTo(nom) > 0) {
            Map<String, Object> a = args("minimum", plain(min));
            a.put("nominal", plain(nom));
            out.add(finding(FindingCode.VOLTAGE_ORDER, VOLTAGE_MINIMUM, Paths.of(VOLTAGE_MINIMUM), ref,
                    FindingCode.VOLTAGE_ORDER.code(), a));
        }
        if (nom != null && max != null && nom.compareTo(max) > 0) {
            Map<String, Object> a = args("maximum", plain(max));
            a.put("nominal", plain(nom));
            out.add(finding(FindingCode.VOLTAGE_ORDER, VOLTAGE_MAXIMUM, Paths.of(VOLTAGE_MAXIMUM), ref,
                    FindingCode.VOLTAGE_ORDER.code() + ".maximum", a));
        }
        if (nom == null && min != null && max != null && min.compareTo(max) > 0) {
            Map<String, Object> a = args("maximum", plain(max));
            a.put("minimum", plain(min));
            out.add(finding(FindingCode.VOLTAGE_ORDER, VOLTAGE_MAXIMUM, Paths.of(VOLTAGE_MAXIMUM), ref,
                    FindingCode.VOLTAGE_ORDER.code() + ".range", a));
        }
    }

    void efficiency(Read p, List<Finding> out) {
        BigDecimal initial = number(p, ROUND_TRIP_EFFICIENCY_INITIAL);
        BigDecimal half = number(p, ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE);
        if (initial != null && half != null && half.compareTo(initial) > 0) {
            Map<String, Object> a = args("half", plain(half));
            a.put("initial", plain(initial));
            out.add(finding(FindingCode.EFFICIENCY_INCREASES, ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                    Paths.of(ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE),
                    FindingCode.EFFICIENCY_INCREASES.legalReference(), FindingCode.EFFICIENCY_INCREASES.code(), a));
        }
    }

    void dates(Read p, LocalDate asOf, List<Finding> out) {
        Object made = p.value(MANUFACTURING_DATE);
        LocalDate madeFirst = Values.firstDay(made);
        future(MANUFACTURING_DATE, Paths.of(MANUFACTURING_DATE), made, madeFirst, asOf, out);
        Object service = p.value(PUTTING_INTO_SERVICE_DATE);
        LocalDate serviceFirst = Values.firstDay(service);
        future(PUTTING_INTO_SERVICE_DATE, Paths.of(PUTTING_INTO_SERVICE_DATE), service, serviceFirst, asOf, out);
        if (madeFirst != null && serviceFirst != null && Values.lastDay(service).isBefore(madeFirst)) {
            // the putting-into-service date is restricted (Annex XIII point 4): only the public
            // manufacturing month goes into the message
            out.add(finding(FindingCode.DATE_ORDER, PUTTING_INTO_SERVICE_DATE, Paths.of(PUTTING_INTO_SERVICE_DATE),
                    FindingCode.DATE_ORDER.legalReference(), FindingCode.DATE_ORDER.code(),
                    args("manufacturingDate", made.toString())));
        }
        Object events = p.value(USAGE_NEGATIVE_EVENTS);
        if (events instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof NegativeEvent e) {
                    future(USAGE_NEGATIVE_EVENTS, Paths.append(Paths.of(USAGE_NEGATIVE_EVENTS, i), "date"),
                            e.date(), e.date(), asOf, out);
                }
            }
        }
    }

    private static void future(BatteryField f, String path, Object raw, LocalDate first, LocalDate asOf,
            List<Finding> out) {
        if (first != null && first.isAfter(asOf)) {
            Map<String, Object> a = fieldArgs(f);
            a.put("path", path);
            String key = FindingCode.DATE_IN_FUTURE.code();
            if (Messages.isPublic(f)) {
                a.put("value", raw.toString());
            } else {
                key = key + ".restricted";
            }
            a.put("asOf", asOf);
            out.add(finding(FindingCode.DATE_IN_FUTURE, f, path, FindingCode.DATE_IN_FUTURE.legalReference(), key, a));
        }
    }

    void carbonFootprint(Read p, List<Finding> out) {
        BigDecimal total = number(p, CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT);
        Object stages = p.value(CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE);
        if (total == null || !(stages instanceof List<?> list)) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Object stage : list) {
            BigDecimal v = Values.number(Values.stageValue(stage));
            if (v == null) {
                return;
            }
            sum = sum.add(v);
        }
        BigDecimal allowed = total.abs().multiply(cfTolerancePercent).divide(HUNDRED);
        if (sum.subtract(total).abs().compareTo(allowed) > 0) {
            Map<String, Object> a = args("sum", plain(sum));
            a.put("total", plain(total));
            a.put("tolerance", plain(cfTolerancePercent));
            out.add(finding(FindingCode.CARBON_FOOTPRINT_SUM, CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE,
                    Paths.of(CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE), FindingCode.CARBON_FOOTPRINT_SUM.legalReference(),
                    FindingCode.CARBON_FOOTPRINT_SUM.code(), a));
        }
    }

    /** Art. 8(2) and (3): minimum recycled shares for EV and industrial batteries (not
     *  exclusively external storage) placed on the market from 18 August 2031. */
    void minimumShares(Ctx c) {
        Read p = c.p;
        if (p.category == BatteryCategory.LMT
                || subCategory(p) == IndustrialSubCategory.EXCLUSIVELY_EXTERNAL_STORAGE) {
            return;
        }
        RegulatoryCalendar.Act later = act(MINIMUM_2036_ACT);
        RegulatoryCalendar.Act first = act(MINIMUM_2031_ACT);
        RegulatoryCalendar.Act act;
        int[] minimum;
        if (applies(later, c)) {
            act = later;
            minimum = MINIMUM_2036;
        } else if (applies(first, c)) {
            act = first;
            minimum = MINIMUM_2031;
        } else {
            return;
        }
        for (int i = 0; i < RECYCLED.length; i++) {
            if (p.value(RECYCLED[i]) instanceof RecycledShare s && c.eval(CONTAINS[i], null) != Ctx.NOT) {
                BigDecimal share = s.preConsumerShare().value().add(s.postConsumerShare().value());
                if (share.compareTo(BigDecimal.valueOf(minimum[i])) < 0) {
                    Map<String, Object> a = fieldArgs(RECYCLED[i]);
                    a.put("metal", METALS[i]);
                    a.put("share", plain(share));
                    a.put("minimum", BigDecimal.valueOf(minimum[i]));
                    putAct(a, act);
                    c.out.add(finding(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM, RECYCLED[i], Paths.of(RECYCLED[i]),
                            shortCitation(act.citation()), FindingCode.RECYCLED_SHARE_BELOW_MINIMUM.code(), a));
                }
            }
        }
    }

    private static boolean applies(RegulatoryCalendar.Act act, Ctx c) {
        LocalDate basis = act.basis() == RegulatoryCalendar.Basis.PLACED_ON_MARKET ? c.placed : c.asOf;
        return act.date().isPresent() && !act.date().get().isAfter(basis);
    }

    void predecessors(Read p, List<Finding> out) {
        if (p.has(PREDECESSOR_PASSPORTS) && p.value(BATTERY_STATUS) == BatteryStatus.ORIGINAL) {
            out.add(finding(FindingCode.PREDECESSOR_UNEXPECTED, PREDECESSOR_PASSPORTS, Paths.of(PREDECESSOR_PASSPORTS),
                    FindingCode.PREDECESSOR_UNEXPECTED.legalReference(), FindingCode.PREDECESSOR_UNEXPECTED.code(),
                    Map.of()));
        }
    }
}
