package org.dppkit.battery.validation;

import static org.dppkit.battery.BatteryField.BATCH_NUMBER;
import static org.dppkit.battery.BatteryField.BATTERY_CATEGORY;
import static org.dppkit.battery.BatteryField.BATTERY_STATUS;
import static org.dppkit.battery.BatteryField.CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT;
import static org.dppkit.battery.BatteryField.CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE;
import static org.dppkit.battery.BatteryField.CERTIFIED_USABLE_ENERGY;
import static org.dppkit.battery.BatteryField.IDLE_TEMPERATURE_RANGE;
import static org.dppkit.battery.BatteryField.INDUSTRIAL_SUB_CATEGORY;
import static org.dppkit.battery.BatteryField.MANUFACTURING_DATE;
import static org.dppkit.battery.BatteryField.MODEL_IDENTIFIER;
import static org.dppkit.battery.BatteryField.PREDECESSOR_PASSPORTS;
import static org.dppkit.battery.BatteryField.PUTTING_INTO_SERVICE_DATE;
import static org.dppkit.battery.BatteryField.RATED_CAPACITY;
import static org.dppkit.battery.BatteryField.ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE;
import static org.dppkit.battery.BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL;
import static org.dppkit.battery.BatteryField.SERIAL_NUMBER;
import static org.dppkit.battery.BatteryField.UNIQUE_IDENTIFIER;
import static org.dppkit.battery.BatteryField.USAGE_NEGATIVE_EVENTS;
import static org.dppkit.battery.BatteryField.VOLTAGE_MAXIMUM;
import static org.dppkit.battery.BatteryField.VOLTAGE_MINIMUM;
import static org.dppkit.battery.BatteryField.VOLTAGE_NOMINAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.FieldType;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.Obligation;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.Gtin;

/**
 * The rules driven by the field catalogue: obligations per category, sub-category and date,
 * level sufficiency and the 2 kWh threshold, units, and the cross-field rules (voltages,
 * temperature range, efficiency, dates, carbon footprint sum, identifiers, status and
 * predecessors). Immutable and thread-safe.
 */
final class CatalogueRules {

    /** Start of the passport obligation (Art. 77(1)): the date of fields without a later one. */
    static final LocalDate PASSPORT_START = LocalDate.of(2027, 2, 18);

    /** Annex VII values that an industrial battery has only as a stationary BESS (Art. 14). */
    static final Set<BatteryField> STATIONARY_ONLY;

    private static final BatteryField[] FIELDS = BatteryField.values();
    /** The catalogue unit of each field by ordinal, or null. */
    static final Unit[] UNITS = new Unit[FIELDS.length];
    private static final Map<BatteryField, String> OBLIGATION_REFS = new EnumMap<>(BatteryField.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    static {
        Set<BatteryField> s = EnumSet.noneOf(BatteryField.class);
        for (BatteryField f : FIELDS) {
            if (f.key().startsWith("stateOfHealth.")) {
                s.add(f);
            }
        }
        s.add(BatteryField.USAGE_ENERGY_THROUGHPUT);
        s.add(BatteryField.USAGE_CAPACITY_THROUGHPUT);
        s.add(PUTTING_INTO_SERVICE_DATE);
        STATIONARY_ONLY = s;
        for (BatteryField f : FIELDS) {
            UNITS[f.ordinal()] = f.unit().orElse(null);
        }
        for (BatteryField f : FIELDS) {
            OBLIGATION_REFS.put(f, "Art. 77(2); " + f.annexXiiiRef().map(r -> "Annex XIII " + r)
                    .orElse(f.legalReference()));
        }
    }

    private final BigDecimal cfTolerancePercent;
    private final boolean twoKwhRule;
    private final BigDecimal thresholdKwh;

    CatalogueRules(BigDecimal cfTolerancePercent, boolean twoKwhRule, BigDecimal thresholdKwh) {
        this.cfTolerancePercent = cfTolerancePercent;
        this.twoKwhRule = twoKwhRule;
        this.thresholdKwh = thresholdKwh;
    }

    /** Adds every catalogue finding of the passport to {@code out}. */
    void check(Read p, LocalDate asOf, List<Finding> out) {
        boolean obligationsApply = level(p, out);
        obligations(p, asOf, obligationsApply, out);
        units(p, out);
        voltages(p, out);
        temperatureRange(p, out);
        efficiency(p, out);
        dates(p, asOf, out);
        carbonFootprint(p, out);
        identifiers(p, out);
        status(p, out);
    }

    static Finding finding(FindingCode code, BatteryField field, String path, String message) {
        return finding(code, field, path, message, code.legalReference());
    }

    static Finding finding(FindingCode code, BatteryField field, String path, String message,
            String legalReference) {
        Finding f = Finding.of(code.code(), code.severity(), path, message, legalReference);
        return field == null ? f : f.withFieldKey(field.key());
    }

    private static Object value(Read p, BatteryField f) {
        return p.value(f);
    }

    // ---- level sufficiency and the 2 kWh threshold ------------------------------------------

    /** Returns false if the battery needs no passport, so obligations are not checked. */
    boolean level(Read p, List<Finding> out) {
        boolean small = false;
        if (p.category == BatteryCategory.INDUSTRIAL && twoKwhRule) {
            BigDecimal kwh = energyKwh(p);
            if (kwh == null) {
                out.add(finding(FindingCode.ENERGY_UNKNOWN, BATTERY_CATEGORY, "/category",
                        "The energy of this industrial battery cannot be derived: state the rated capacity"
                        + " (Ah) and the nominal voltage (V), or the certified usable energy (kWh), to"
                        + " decide whether it exceeds " + Values.show(thresholdKwh) + " kWh and needs a"
                        + " passport."));
            } else if (kwh.compareTo(thresholdKwh) <= 0) {
                small = true;
                out.add(finding(FindingCode.NO_PASSPORT_REQUIRED, BATTERY_CATEGORY, "/category",
                        "This industrial battery stores " + Values.show(kwh) + " kWh, not more than "
                        + Values.show(thresholdKwh) + " kWh: it needs no battery passport, so missing"
                        + " fields are not reported."));
            }
        }
        if (p.level != PassportLevel.ITEM && !small) {
            out.add(finding(FindingCode.LEVEL_NOT_PER_BATTERY, UNIQUE_IDENTIFIER, Paths.LEVEL,
                    "This is a " + p.level + " passport of " + categoryName(p.category)
                    + " battery: Art. 77(1) requires a record per individual battery, so each battery"
                    + " placed on the market needs an ITEM passport (it may inherit this one's data)."));
        }
        return !small;
    }

    private static String categoryName(BatteryCategory c) {
        switch (c) {
            case EV:
                return "an EV";
            case LMT:
                return "an LMT";
            default:
                return "an industrial";
        }
    }

    /**
     * The energy in kWh: the certified usable energy if stated, otherwise the rated capacity (Ah)
     * times the nominal voltage (V) divided by 1000; null if neither can be read.
     */
    static BigDecimal energyKwh(Read p) {
        Object cue = value(p, CERTIFIED_USABLE_ENERGY);
        if (cue != null && unitIs(cue, Unit.KILOWATT_HOUR)) {
            BigDecimal e = Values.number(cue);
            if (e != null) {
                return e;
            }
        }
        Object cap = value(p, RATED_CAPACITY);
        Object volt = value(p, VOLTAGE_NOMINAL);
        if (cap == null || volt == null || !unitIs(cap, Unit.AMPERE_HOUR) || !unitIs(volt, Unit.VOLT)) {
            return null;
        }
        BigDecimal ah = Values.number(cap);
        BigDecimal v = Values.number(volt);
        return ah == null || v == null ? null : ah.multiply(v).divide(THOUSAND);
    }

    private static boolean unitIs(Object v, Unit expected) {
        Unit u = Values.unit(v);
        return u == null || u == expected;
    }

    // ---- obligations -------------------------------------------------------------------------

    static IndustrialSubCategory subCategory(Read p) {
        Object v = value(p, INDUSTRIAL_SUB_CATEGORY);
        if (v instanceof IndustrialSubCategory) {
            return (IndustrialSubCategory) v;
        }
        String t = Values.text(v);
        if (t != null) {
            for (IndustrialSubCategory s : IndustrialSubCategory.values()) {
                if (s.name().equalsIgnoreCase(t.trim())) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The obligation of a field for the category, refined by the industrial sub-category. */
    static Obligation obligation(BatteryField f, BatteryCategory category, IndustrialSubCategory sub) {
        Obligation o = f.obligation(category);
        if (category == BatteryCategory.INDUSTRIAL && o != Obligation.NOT_APPLICABLE
                && STATIONARY_ONLY.contains(f) && sub != null) {
            if (sub != IndustrialSubCategory.STATIONARY_BESS) {
                return Obligation.NOT_APPLICABLE;
            }
            if (o == Obligation.CONDITIONAL && f.obligation(BatteryCategory.LMT) == Obligation.MANDATORY) {
                return Obligation.MANDATORY;
            }
        }
        return o;
    }

    void obligations(Read p, LocalDate asOf, boolean obligationsApply, List<Finding> out) {
        BatteryCategory cat = p.category;
        PassportLevel level = p.level;
        IndustrialSubCategory sub = null;
        if (cat == BatteryCategory.INDUSTRIAL) {
            sub = subCategory(p);
            if (sub == null) {
                out.add(finding(FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN, INDUSTRIAL_SUB_CATEGORY,
                        Paths.of(INDUSTRIAL_SUB_CATEGORY), "The industrial sub-category is not stated:"
                        + " state STATIONARY_BESS, OTHER_INTERNAL_STORAGE or EXCLUSIVELY_EXTERNAL_STORAGE"
                        + " so that the state-of-health rules (stationary storage only) can be checked."));
            }
        }
        for (BatteryField f : FIELDS) {
            Obligation o = obligation(f, cat, sub);
            if (value(p, f) != null) {
                if (o == Obligation.NOT_APPLICABLE) {
                    out.add(finding(FindingCode.NOT_APPLICABLE, f, Paths.of(f), "The "
                            + Paths.name(f) + " does not apply to " + applicability(f, cat, sub)
                            + "; remove it or check the battery category.", OBLIGATION_REFS.get(f)));
                }
                continue;
            }
            if (!obligationsApply || f.scope().ordinal() > level.ordinal()
                    || (o != Obligation.MANDATORY && o != Obligation.CONDITIONAL)) {
                continue;
            }
            Optional<LocalDate> from = f.applicableFrom();
            boolean later = from.isEmpty() || from.get().isAfter(PASSPORT_START);
            if (from.isEmpty() && (o == Obligation.MANDATORY || later)) {
                out.add(finding(FindingCode.NOT_YET_REQUIRED, f, Paths.of(f), "The " + Paths.name(f)
                        + " is not yet required: the act that sets its date or format is pending.",
                        OBLIGATION_REFS.get(f)));
            } else if (from.isPresent() && from.get().isAfter(asOf) && (o == Obligation.MANDATORY || later)) {
                out.add(finding(FindingCode.NOT_YET_REQUIRED, f, Paths.of(f), "The " + Paths.name(f)
                        + " is not yet required: it applies from " + from.get() + ".",
                        OBLIGATION_REFS.get(f)));
            } else if (o == Obligation.MANDATORY && from.isPresent() && !from.get().isAfter(asOf)) {
                out.add(finding(FindingCode.MISSING_MANDATORY, f, Paths.of(f), "The " + Paths.name(f)
                        + " is missing; it is mandatory for " + mandatoryFor(f, cat, sub) + " since "
                        + from.get() + ".", OBLIGATION_REFS.get(f)));
            }
        }
    }

    private static String applicability(BatteryField f, BatteryCategory cat, IndustrialSubCategory sub) {
        if (cat == BatteryCategory.INDUSTRIAL && sub != null && f.obligation(cat) != Obligation.NOT_APPLICABLE) {
            return "industrial batteries of sub-category " + sub + " (only stationary battery energy"
                    + " storage systems have it)";
        }
        return categoryLabel(cat) + " batteries";
    }

    private static String categoryLabel(BatteryCategory cat) {
        return cat == BatteryCategory.INDUSTRIAL ? "industrial" : cat.name();
    }

    private static String mandatoryFor(BatteryField f, BatteryCategory cat, IndustrialSubCategory sub) {
        if (cat == BatteryCategory.INDUSTRIAL && sub == IndustrialSubCategory.STATIONARY_BESS
                && f.obligation(cat) == Obligation.CONDITIONAL) {
            return "stationary battery energy storage systems";
        }
        return categoryLabel(cat) + " batteries";
    }

    // ---- units ---------------------------------------------------------------------------

    void units(Read p, List<Finding> out) {
        for (BatteryField f : FIELDS) {
            FieldType t = f.type();
            if (t != FieldType.DECIMAL && t != FieldType.INTEGER) {
                continue;
            }
            Unit expected = UNITS[f.ordinal()];
            Object v = expected == null ? null : value(p, f);
            if (v == null) {
                continue;
            }
            if (f.isList()) {
                List<?> els = Values.elements(v);
                for (int i = 0; i < els.size(); i++) {
                    Unit u = Values.unit(els.get(i));
                    if (u != null && u != expected) {
                        unit(f, u, expected, Paths.of(f, i), out);
                    }
                }
            } else {
                Unit u = Values.unit(v);
                if (u != null && u != expected) {
                    unit(f, u, expected, Paths.of(f), out);
                }
            }
        }
    }

    private static void unit(BatteryField f, Unit u, Unit expected, String path, List<Finding> out) {
        out.add(finding(FindingCode.UNIT_INCOMPATIBLE, f, Paths.append(path, "unit"), "The "
                + Paths.name(f) + " is given in " + u.symbol() + " (" + u.code() + ") but must be in "
                + expected.symbol() + " (" + expected.code() + ")."));
    }

    // ---- cross-field values -------------------------------------------------------------------

    /** The number of a field value in its catalogue unit, or null (absent, no number, other unit). */
    private static BigDecimal quantity(Read p, BatteryField f) {
        Object v = value(p, f);
        if (v == null) {
            return null;
        }
        Unit u = Values.unit(v);
        Unit expected = UNITS[f.ordinal()];
        if (u != null && expected != null && u != expected) {
            return null;
        }
        return Values.number(v);
    }

    void voltages(Read p, List<Finding> out) {
        BigDecimal min = quantity(p, VOLTAGE_MINIMUM);
        BigDecimal nom = quantity(p, VOLTAGE_NOMINAL);
        BigDecimal max = quantity(p, VOLTAGE_MAXIMUM);
        if (min != null && nom != null && min.compareTo(nom) > 0) {
            out.add(finding(FindingCode.VOLTAGE_ORDER, VOLTAGE_MINIMUM, Paths.of(VOLTAGE_MINIMUM),
                    "The minimum voltage " + Values.show(min, Unit.VOLT) + " is above the nominal voltage "
                    + Values.show(nom, Unit.VOLT) + "."));
        }
        if (nom != null && max != null && nom.compareTo(max) > 0) {
            out.add(finding(FindingCode.VOLTAGE_ORDER, VOLTAGE_MAXIMUM, Paths.of(VOLTAGE_MAXIMUM),
                    "The maximum voltage " + Values.show(max, Unit.VOLT) + " is below the nominal voltage "
                    + Values.show(nom, Unit.VOLT) + "."));
        }
        if (nom == null && min != null && max != null && min.compareTo(max) > 0) {
            out.add(finding(FindingCode.VOLTAGE_ORDER, VOLTAGE_MAXIMUM, Paths.of(VOLTAGE_MAXIMUM),
                    "The maximum voltage " + Values.show(max, Unit.VOLT) + " is below the minimum voltage "
                    + Values.show(min, Unit.VOLT) + "."));
        }
    }

    void temperatureRange(Read p, List<Finding> out) {
        Object range = value(p, IDLE_TEMPERATURE_RANGE);
        if (range == null) {
            return;
        }
        String[] lowerUpper = Values.rangeNames(range);
        if (lowerUpper == null) {
            return;
        }
        BigDecimal lower = Values.number(Values.property(range, lowerUpper[0]));
        BigDecimal upper = Values.number(Values.property(range, lowerUpper[1]));
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            out.add(finding(FindingCode.TEMPERATURE_RANGE_ORDER, IDLE_TEMPERATURE_RANGE,
                    Paths.of(IDLE_TEMPERATURE_RANGE, lowerUpper[0]), "The idle temperature range starts at "
                    + Values.show(lower, Unit.DEGREE_CELSIUS) + ", above its upper bound "
                    + Values.show(upper, Unit.DEGREE_CELSIUS) + "."));
        }
    }

    void efficiency(Read p, List<Finding> out) {
        BigDecimal initial = quantity(p, ROUND_TRIP_EFFICIENCY_INITIAL);
        BigDecimal half = quantity(p, ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE);
        if (initial != null && half != null && half.compareTo(initial) > 0) {
            out.add(finding(FindingCode.EFFICIENCY_INCREASES, ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                    Paths.of(ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE), "The round-trip efficiency at"
                    + " 50 % of cycle life (" + Values.show(half, Unit.PERCENT) + ") is above the initial one ("
                    + Values.show(initial, Unit.PERCENT) + "); efficiency does not grow with ageing."));
        }
    }

    void dates(Read p, LocalDate asOf, List<Finding> out) {
        Object made = value(p, MANUFACTURING_DATE);
        LocalDate madeFirst = Values.firstDay(made);
        future(MANUFACTURING_DATE, Paths.of(MANUFACTURING_DATE), made, madeFirst, asOf, out);
        Object service = value(p, PUTTING_INTO_SERVICE_DATE);
        LocalDate serviceFirst = Values.firstDay(service);
        future(PUTTING_INTO_SERVICE_DATE, Paths.of(PUTTING_INTO_SERVICE_DATE), service, serviceFirst, asOf, out);
        if (madeFirst != null && serviceFirst != null && Values.lastDay(service).isBefore(madeFirst)) {
            out.add(finding(FindingCode.DATE_ORDER, PUTTING_INTO_SERVICE_DATE, Paths.of(PUTTING_INTO_SERVICE_DATE),
                    "The battery was put into service on " + service + ", before it was manufactured ("
                    + made + ")."));
        }
        Object events = value(p, USAGE_NEGATIVE_EVENTS);
        if (events != null) {
            List<?> els = Values.elements(events);
            for (int i = 0; i < els.size(); i++) {
                Object date = Values.property(els.get(i), "date");
                future(USAGE_NEGATIVE_EVENTS, Paths.append(Paths.of(USAGE_NEGATIVE_EVENTS, i), "date"), date,
                        Values.firstDay(date), asOf, out);
            }
        }
    }

    private static void future(BatteryField f, String path, Object raw, LocalDate first, LocalDate asOf,
            List<Finding> out) {
        if (first != null && first.isAfter(asOf)) {
            out.add(finding(FindingCode.DATE_IN_FUTURE, f, path, "The " + Paths.name(f) + " " + raw
                    + " is after the validation date " + asOf + "; it records the past."));
        }
    }

    void carbonFootprint(Read p, List<Finding> out) {
        BigDecimal total = quantity(p, CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT);
        Object stages = value(p, CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE);
        if (total == null || stages == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Object stage : Values.elements(stages)) {
            BigDecimal v = Values.number(Values.stageValue(stage));
            if (v == null) {
                return;
            }
            sum = sum.add(v);
        }
        BigDecimal allowed = total.abs().multiply(cfTolerancePercent).divide(HUNDRED);
        if (sum.subtract(total).abs().compareTo(allowed) > 0) {
            out.add(finding(FindingCode.CARBON_FOOTPRINT_SUM, CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE,
                    Paths.of(CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE), "The life-cycle stages sum to "
                    + Values.show(sum) + " kg CO2e/kWh but the total per functional unit is " + Values.show(total)
                    + " kg CO2e/kWh (tolerance " + Values.show(cfTolerancePercent) + " %)."));
        }
    }

    void identifiers(Read p, List<Finding> out) {
        String model = Values.text(value(p, MODEL_IDENTIFIER));
        Optional<String> gtin = p.idGtin;
        if (model != null && gtin.isPresent() && looksLikeGtin(model) && Gtin.isValid(model)) {
            String padded = "00000000000000".substring(model.length()) + model;
            if (!padded.equals(gtin.get())) {
                out.add(finding(FindingCode.IDENTIFIER_MISMATCH, MODEL_IDENTIFIER, Paths.of(MODEL_IDENTIFIER),
                        "The model identifier is GTIN " + model + " but the passport identifier carries GTIN "
                        + gtin.get() + "."));
            }
        }
        mismatch(p, BATCH_NUMBER, p.idLot, "lot (AI 10)", out);
        mismatch(p, SERIAL_NUMBER, p.idSerial, "serial (AI 21)", out);
    }

    private static void mismatch(Read p, BatteryField f, Optional<String> fromId, String what,
            List<Finding> out) {
        String v = Values.text(value(p, f));
        if (v != null && fromId.isPresent() && !v.equals(fromId.get())) {
            out.add(finding(FindingCode.IDENTIFIER_MISMATCH, f, Paths.of(f), "The " + Paths.name(f) + " '"
                    + Values.shorten(v) + "' differs from the " + what + " '" + fromId.get()
                    + "' of the passport identifier."));
        }
    }

    static boolean looksLikeGtin(String s) {
        int n = s.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    void status(Read p, List<Finding> out) {
        String status = Values.token(value(p, BATTERY_STATUS));
        if (status == null) {
            return;
        }
        boolean hasPredecessors = value(p, PREDECESSOR_PASSPORTS) != null;
        if (!hasPredecessors && (status.equals("repurposed") || status.equals("remanufactured"))) {
            out.add(finding(FindingCode.PREDECESSOR_MISSING, PREDECESSOR_PASSPORTS, Paths.of(PREDECESSOR_PASSPORTS),
                    "The battery is " + status + " but links to no predecessor passport; Art. 77(7) requires"
                    + " a new passport linked to the passport(s) of the original battery or batteries."));
        } else if (hasPredecessors && status.equals("original")) {
            out.add(finding(FindingCode.PREDECESSOR_UNEXPECTED, PREDECESSOR_PASSPORTS, Paths.of(PREDECESSOR_PASSPORTS),
                    "The battery status is 'original' but the passport links to predecessor passports;"
                    + " set the status (repurposed, remanufactured, re-used) or remove the links."));
        }
    }
}
