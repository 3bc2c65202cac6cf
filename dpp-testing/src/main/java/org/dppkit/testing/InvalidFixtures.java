package org.dppkit.testing;

import static org.dppkit.battery.BatteryField.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.Unit;
import org.dppkit.battery.RecycledShare;
import org.dppkit.battery.validation.DeclaredFacts;
import org.dppkit.battery.validation.FindingCode;

/**
 * Builds the deliberately invalid fixtures: a complete, valid standalone item passport with one
 * change that breaks one rule. Stateless; internal.
 */
final class InvalidFixtures {

    private InvalidFixtures() {
    }

    static List<InvalidFixture> make(long seed) {
        SplitMix64 rng = SplitMix64.of(seed, 0);
        Design ev = Design.random(Variant.EV, ChemistryProfile.NMC811, rng.fork(1));
        Design lmt = Design.random(Variant.LMT, ChemistryProfile.NMC622, rng.fork(2));
        Design ind = Design.random(Variant.INDUSTRIAL, ChemistryProfile.LEAD_ACID, rng.fork(3));
        Design bess = Design.random(Variant.STATIONARY, ChemistryProfile.LFP, rng.fork(4));
        // 8 LFP cells (25.6 V) x 50 Ah = 1.28 kWh: an industrial battery below 2 kWh
        Design small = new Design(Variant.INDUSTRIAL, ChemistryProfile.LFP, 8, 500, 2,
                rng.nextLong());
        LocalDate at = PassportFixtures.INVALID_VALIDATION_DATE;
        List<InvalidFixture> out = new ArrayList<>(32);

        add(out, ev, 1, FindingCode.MISSING_MANDATORY, BATTERY_MASS, b -> b.clear(BATTERY_MASS),
                "The battery mass, mandatory for every category, is missing.");
        add(out, ev, 2, FindingCode.NOT_YET_REQUIRED, INSTRUCTIONS_FOR_USE,
                b -> b.clear(INSTRUCTIONS_FOR_USE),
                "The instructions for use are missing; their date of application is still"
                + " pending, so this is a note, not an error.");
        add(out, lmt, 3, FindingCode.NOT_APPLICABLE, CAPACITY_THRESHOLD_FOR_EXHAUSTION,
                b -> b.set(CAPACITY_THRESHOLD_FOR_EXHAUSTION,
                        FixtureGenerator.q(80, 0, Unit.PERCENT)),
                "An LMT battery states a capacity threshold for exhaustion, which only EV"
                + " batteries have.");
        add(out, bess, 4, FindingCode.INDUSTRIAL_SUBCATEGORY_UNKNOWN, INDUSTRIAL_SUB_CATEGORY,
                b -> b.clear(INDUSTRIAL_SUB_CATEGORY),
                "A stationary storage battery does not state its industrial sub-category.");
        out.add(InvalidFixture.of(FixtureGenerator.batch(FixtureGenerator.model(ev), ev),
                FindingCode.LEVEL_NOT_PER_BATTERY, at, UNIQUE_IDENTIFIER,
                "A BATCH passport of an EV battery: Art. 77(1) requires a passport per battery."));
        add(out, small, 6, FindingCode.NO_PASSPORT_REQUIRED, BATTERY_CATEGORY, b -> { },
                "An industrial battery of 1.28 kWh (25.6 V x 50 Ah), below the 2 kWh threshold,"
                + " has a passport it does not need.");
        add(out, ev, 7, FindingCode.VALUE_NOT_POSITIVE, BATTERY_MASS,
                b -> b.set(BATTERY_MASS, FixtureGenerator.q(0, 1, Unit.KILOGRAM)),
                "The battery mass is 0 kg.");
        add(out, ev, 8, FindingCode.URI_NOT_HTTPS, MANUFACTURER_WEB_ADDRESS,
                b -> b.set(MANUFACTURER_WEB_ADDRESS,
                        URI.create("http://www." + ev.maker.domain + "/")),
                "The manufacturer's web address uses http, not https.");
        add(out, ev, 9, FindingCode.EMAIL_INVALID, MANUFACTURER_EMAIL_ADDRESS,
                b -> b.set(MANUFACTURER_EMAIL_ADDRESS, "battery-passport@"
                        + ev.maker.domain.replace(".example", "..example")),
                "The manufacturer's e-mail address has an empty domain label ('..').");
        add(out, ev, 10, FindingCode.VOLTAGE_ORDER, VOLTAGE_MINIMUM,
                b -> b.set(VOLTAGE_MINIMUM, plus(b, VOLTAGE_NOMINAL, BigDecimal.ONE)),
                "The minimum voltage is 1 V above the nominal voltage.");
        add(out, ev, 11, FindingCode.EFFICIENCY_INCREASES,
                ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                b -> b.set(ROUND_TRIP_EFFICIENCY_AT_50_PERCENT_CYCLE_LIFE,
                        plus(b, ROUND_TRIP_EFFICIENCY_INITIAL, BigDecimal.ONE)),
                "The round-trip efficiency at 50 % of cycle life is 1 % above the initial one.");
        add(out, ev, 12, FindingCode.DATE_IN_FUTURE, MANUFACTURING_DATE,
                b -> b.set(MANUFACTURING_DATE, YearMonth.from(at).plusMonths(3)),
                "The manufacturing month is after the validation date.");
        add(out, lmt, 13, FindingCode.DATE_ORDER, PUTTING_INTO_SERVICE_DATE,
                b -> b.set(PUTTING_INTO_SERVICE_DATE, lmt.month.atDay(1).minusDays(20)),
                "The battery was put into service 20 days before its manufacturing month.");
        add(out, ev, 14, FindingCode.CARBON_FOOTPRINT_SUM, CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE,
                b -> b.set(CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT, Quantity.of(
                        value(b, CARBON_FOOTPRINT_PER_FUNCTIONAL_UNIT).multiply(BigDecimal.TEN
                                .add(BigDecimal.ONE)).divide(BigDecimal.TEN),
                        Unit.KILOGRAM_CO2E_PER_KILOWATT_HOUR)),
                "The carbon footprint total is 10 % above the sum of its life-cycle stages.");
        add(out, ev, 15, FindingCode.PREDECESSOR_MISSING, PREDECESSOR_PASSPORTS,
                b -> b.set(BATTERY_STATUS, BatteryStatus.REPURPOSED),
                "A repurposed battery does not link to the passport of the original battery.");
        add(out, ev, 16, FindingCode.PREDECESSOR_UNEXPECTED, PREDECESSOR_PASSPORTS,
                b -> b.set(PREDECESSOR_PASSPORTS, List.of("https://id.gs1.org/01/" + ev.gtin
                        + "/21/" + FixtureGenerator.serial(ev.lot, 999_999))),
                "A battery with status 'original' links to a predecessor passport.");
        add(out, ev, 17, FindingCode.PREDECESSOR_MISSING, PREDECESSOR_PASSPORTS,
                b -> b.set(BATTERY_STATUS, BatteryStatus.RE_USED),
                "A re-used battery does not link to the passport of the original battery"
                + " (Art. 77(7)).");
        // conditions the passport data decides
        add(out, ev, 18, FindingCode.MISSING_MANDATORY, RECYCLED_CONTENT_COBALT,
                b -> b.clear(RECYCLED_CONTENT_COBALT),
                "An NMC811 EV battery, whose chemistry contains cobalt, does not document its recycled"
                + " cobalt share once Art. 8(1) applies (18 August 2028).");
        add(out, ind, 19, FindingCode.MISSING_MANDATORY, CONFORMITY_CADMIUM_LEAD_SYMBOLS,
                b -> b.clear(CONFORMITY_CADMIUM_LEAD_SYMBOLS),
                "A lead-acid battery lacks the Pb symbol (Art. 13(5), Annex XIII 1(q)).");
        add(out, bess, 20, FindingCode.MISSING_MANDATORY, ITEM_PERFORMANCE_CAPACITY_FADE,
                b -> b.clear(ITEM_PERFORMANCE_CAPACITY_FADE),
                "A rechargeable (LFP) stationary storage battery lacks its capacity fade"
                + " (Art. 10(1), Annex XIII 4(a)).");
        add(out, lmt, 21, FindingCode.MISSING_MANDATORY, USAGE_ENERGY_THROUGHPUT,
                b -> b.clear(USAGE_ENERGY_THROUGHPUT),
                "An LMT battery in service lacks its energy throughput (Art. 14, Annex VII Part B).");
        // conditions that neither the data nor a declaration decides
        add(out, ev, 22, FindingCode.CONDITION_UNDECIDED, WARRANTY_PERIOD,
                b -> b.clear(WARRANTY_PERIOD),
                "The warranty period is missing and nothing says whether a commercial warranty is"
                + " offered (Annex XIII 1(m)).");
        add(out, ev, 23, FindingCode.CONDITION_UNDECIDED, DUE_DILIGENCE_REPORT,
                b -> b.clear(DUE_DILIGENCE_REPORT),
                "The due-diligence report is missing and nothing says whether the operator is"
                + " exempt (Art. 47(1), Art. 48 as postponed by Reg. (EU) 2025/1561).");
        add(out, ev, 24, FindingCode.CONDITION_UNDECIDED, MANUFACTURER_WEB_ADDRESS,
                b -> b.clear(MANUFACTURER_WEB_ADDRESS),
                "The manufacturer's web address is missing and nothing says whether there is one"
                + " (Annex VI Part A(1)).");
        add(out, lmt, 25, FindingCode.CONDITION_UNDECIDED, STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY,
                b -> b.clear(STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY),
                "The remaining power capability is missing and nothing says whether the battery"
                + " management system can determine it (Annex VII Part A(2), 'where possible').");
        add(out, bess, 26, FindingCode.CONDITION_UNDECIDED, ITEM_PERFORMANCE_POWER_FADE,
                b -> b.set(CHEMISTRY, org.dppkit.battery.Chemistry.of("XZ-9", "Proprietary chemistry"))
                        .set(CONFORMITY_CADMIUM_LEAD_SYMBOLS, List.of()).clear(ITEM_PERFORMANCE_POWER_FADE),
                "An industrial battery of an unknown chemistry lacks its power fade: whether it is"
                + " rechargeable (Art. 10(1)) is not stated.");
        // other rules
        add(out, ev, 27, FindingCode.MISSING_RECOMMENDED, RESPONSIBLE_OPERATOR,
                b -> b.clear(RESPONSIBLE_OPERATOR),
                "The responsible operator, asked for by the Commission's guidance, is missing.");
        add(out, ev, 28, FindingCode.ENERGY_DISAGREES, CERTIFIED_USABLE_ENERGY,
                b -> b.set(CERTIFIED_USABLE_ENERGY, Quantity.of(energyKwh(b).add(BigDecimal.TEN),
                        Unit.KILOWATT_HOUR)),
                "The certified usable energy is 10 kWh above rated capacity x nominal voltage.");
        out.add(make(ev, 29, b -> { }).withFacts(DeclaredFacts.builder()
                .declare(org.dppkit.battery.Condition.CONTAINS_COBALT, false, "supplier statement").build())
                .withCode(FindingCode.FACT_CONTRADICTED, null,
                        "The operator declares that an NMC811 battery contains no cobalt."));
        out.add(make(ev, 30, b -> b.set(RECYCLED_CONTENT_COBALT, RecycledShare.of(
                FixtureGenerator.q(40, 1, Unit.PERCENT), FixtureGenerator.q(60, 1, Unit.PERCENT))))
                .withFacts(DeclaredFacts.builder().placedOnMarket(LocalDate.of(2031, 9, 1)).build())
                .withCode(FindingCode.RECYCLED_SHARE_BELOW_MINIMUM, RECYCLED_CONTENT_COBALT,
                        "An EV battery placed on the market on 1 September 2031 has 10 % recycled cobalt,"
                        + " below the 16 % of Art. 8(2)."));
        add(out, ev, 31, FindingCode.TEXT_UNSAFE, MANUFACTURER_NAME,
                b -> b.set(MANUFACTURER_NAME, "ACME \u202eseirettaB"),
                "The manufacturer's name holds a right-to-left override (U+202E).");
        out.sort(Comparator.comparing(InvalidFixture::code));
        return Collections.unmodifiableList(out);
    }


    private static void add(List<InvalidFixture> out, Design d, int index, FindingCode code,
            BatteryField field, Consumer<ItemPassport.Builder> change, String description) {
        out.add(make(d, index, change).withCode(code, field, description));
    }

    /** A fixture in the making: the passport, before its code and description are known. */
    private static final class Made {
        final BatteryPassport passport;
        DeclaredFacts facts = DeclaredFacts.none();

        Made(BatteryPassport passport) {
            this.passport = passport;
        }

        Made withFacts(DeclaredFacts f) {
            this.facts = f;
            return this;
        }

        InvalidFixture withCode(FindingCode code, BatteryField field, String description) {
            return InvalidFixture.of(passport, code, PassportFixtures.INVALID_VALIDATION_DATE, field,
                    description).withFacts(facts);
        }
    }

    private static Made make(Design d, int index, Consumer<ItemPassport.Builder> change) {
        ItemPassport.Builder b = ItemPassport.builder(d.variant.category, d.gtin, d.lot,
                FixtureGenerator.serial(d.lot, index));
        FixtureGenerator.fillStandalone(b, d, index, false, FixtureGenerator.OBSERVED_UNTIL,
                BatteryStatus.ORIGINAL);
        change.accept(b);
        return new Made(FixtureGenerator.stamp(b, d, index, FixtureGenerator.OBSERVED_UNTIL).build());
    }

    private static BigDecimal energyKwh(ItemPassport.Builder b) {
        return value(b, RATED_CAPACITY).multiply(value(b, VOLTAGE_NOMINAL)).divide(BigDecimal.valueOf(1000));
    }

    private static BigDecimal value(ItemPassport.Builder b, BatteryField f) {
        return ((Quantity) b.get(f).orElseThrow()).value();
    }

    private static Quantity plus(ItemPassport.Builder b, BatteryField f, BigDecimal delta) {
        Quantity q = (Quantity) b.get(f).orElseThrow();
        return Quantity.of(q.value().add(delta), q.unit());
    }
}
