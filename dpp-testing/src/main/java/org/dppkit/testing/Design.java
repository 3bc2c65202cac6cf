package org.dppkit.testing;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dppkit.battery.BatteryComponent;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.Chemistry;
import org.dppkit.battery.IndustrialSubCategory;
import org.dppkit.battery.PowerCapability;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.ResistanceValue;
import org.dppkit.gs1.Gtin;

/**
 * The engineering numbers of one battery model and production batch, all integers in fixed
 * units so that every derived value is exact and the same on every JDK: voltages in mV,
 * capacity in 0.1 Ah, energy in Wh, power in W, resistance in micro-ohm. Made from a few
 * "knobs" (variant, chemistry, series cells, capacity, month, detail seed); every other number
 * follows from them and a generator seeded with the detail seed. Not modified after
 * {@link #from(BatteryPassport, long)} or the constructor returns (the non-final fields are set
 * there only); each instance is confined to the call that made it. Internal.
 */
final class Design {

    /** First manufacturing month of fixtures; months are counted from here. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2026, 3);
    /** Number of possible manufacturing months (2026-03 to 2026-10). */
    static final int MONTHS = 8;

    final Variant variant;
    final ChemistryProfile chemistry;
    final Manufacturer maker;
    Gtin gtin;
    final String modelName;
    String lot;
    final long detailSeed;
    YearMonth month;
    final int series;
    final int parallel;
    int capDeciAh;
    final long nominalMv;
    final long minMv;
    final long maxMv;
    long energyWh;
    long powerW;
    final long maxPermittedPowerW;
    final int massHectogram;
    int cycles;
    int rteInitialPermille;
    final int rte50Permille;
    final int thresholdPercent;
    final int idleLowerC;
    final int idleUpperC;
    final long cellResistanceMicroOhm;
    long packResistanceMicroOhm;
    long certifiedUsableWh;
    int selfDischargeHundredths;
    final int renewableTenths;
    final int kgCo2PerKwh;
    final int lifetimeYears;

    Design(Variant variant, ChemistryProfile chemistry, int series, int capDeciAh, int monthIndex,
            long detailSeed) {
        this.variant = variant;
        this.chemistry = chemistry;
        this.series = series;
        this.capDeciAh = capDeciAh;
        this.detailSeed = detailSeed;
        this.month = FIRST_MONTH.plusMonths(monthIndex);
        SplitMix64 rng = SplitMix64.of(detailSeed, 0x44455349474EL);
        this.maker = rng.pick(Manufacturer.values());
        int itemRef = rng.between(100, 999);
        this.gtin = Gtin.withCheckDigit("0" + maker.gtinPrefix + itemRef);
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        this.modelName = variantLabel(variant) + " " + chemistry.shortName + " "
                + (capDeciAh / 10) + "Ah " + series + "S";
        this.lot = "L" + (month.getYear() % 100) + twoDigits(month.getMonthValue()) + "-"
                + letters.charAt(rng.nextInt(letters.length())) + rng.between(1, 9);
        this.nominalMv = (long) series * chemistry.cellNominalMv;
        this.minMv = (long) series * chemistry.cellMinMv;
        this.maxMv = (long) series * chemistry.cellMaxMv;
        this.energyWh = nominalMv * capDeciAh / 10_000;
        int cRate = rng.between(variant.minCRateTenths, variant.maxCRateTenths);
        this.powerW = energyWh * cRate / 10;
        this.maxPermittedPowerW = powerW * 115 / 100;
        int density = chemistry.whPerKg * rng.between(95, 105) / 100;
        this.massHectogram = (int) Math.max(10, energyWh * 10 / density);
        this.cycles = rng.between(chemistry.minCycles / 100, chemistry.maxCycles / 100) * 100;
        this.rteInitialPermille = rng.between(chemistry.minRtePermille, chemistry.maxRtePermille);
        this.rte50Permille = rteInitialPermille - rng.between(10, 40);
        this.thresholdPercent = rng.between(70, 80);
        boolean lfp = chemistry == ChemistryProfile.LFP;
        this.idleLowerC = -rng.between(20, 30);
        this.idleUpperC = lfp ? rng.between(50, 60) : rng.between(40, 50);
        int cellAh = variant == Variant.LMT ? (lfp ? 10 : 3) : chemistry.largeCellAh;
        this.parallel = Math.max(1, (capDeciAh / 10 + cellAh / 2) / cellAh);
        long cellR = variant == Variant.LMT ? rng.between(15_000, 30_000)
                : chemistry == ChemistryProfile.LEAD_ACID ? rng.between(300, 700)
                : rng.between(500, 1_500);
        this.cellResistanceMicroOhm = cellR;
        this.packResistanceMicroOhm = Math.max(1, cellR * series / parallel);
        this.certifiedUsableWh = energyWh * rng.between(92, 96) / 100;
        this.selfDischargeHundredths = rng.between(chemistry.minSelfDischarge,
                chemistry.maxSelfDischarge);
        this.renewableTenths = rng.between(0, 80);
        this.kgCo2PerKwh = rng.between(chemistry.minKgCo2PerKwh, chemistry.maxKgCo2PerKwh);
        this.lifetimeYears = variant == Variant.LMT ? rng.between(5, 8)
                : variant == Variant.STATIONARY ? rng.between(15, 20) : rng.between(10, 15);
    }

    /**
     * Returns the design behind an existing model or batch passport: the knobs are read back
     * from its chemistry, voltage, capacity and manufacturing month (with defaults where it has
     * none), and every value that item passports derive from (identifier, lot, capacity, power,
     * resistance, efficiency, cycles, energy) is taken from the passport itself.
     */
    static Design from(BatteryPassport p, long seed) {
        IndustrialSubCategory sub = p.get(BatteryField.INDUSTRIAL_SUB_CATEGORY,
                IndustrialSubCategory.class).orElse(null);
        Variant v = Variant.of(p.category(), sub);
        ChemistryProfile chem = v.chemistries[0];
        Optional<Chemistry> c = p.get(BatteryField.CHEMISTRY, Chemistry.class);
        if (c.isPresent()) {
            for (ChemistryProfile cp : ChemistryProfile.values()) {
                if (cp.shortName.equals(c.get().shortName())) {
                    chem = cp;
                }
            }
        }
        long nominalMv = milli(p, BatteryField.VOLTAGE_NOMINAL, 0);
        int series = nominalMv > 0 ? (int) Math.max(1, (nominalMv + chem.cellNominalMv / 2)
                / chem.cellNominalMv) : v.seriesFor(chem)[0];
        long cap = milli(p, BatteryField.RATED_CAPACITY, 0) / 100;
        int capDeciAh = cap > 0 ? (int) Math.min(Integer.MAX_VALUE, cap) : v.minCapDeciAh;
        YearMonth month = p.get(BatteryField.MANUFACTURING_DATE, YearMonth.class)
                .orElse(FIRST_MONTH);
        int monthIndex = (int) FIRST_MONTH.until(month, java.time.temporal.ChronoUnit.MONTHS);
        long detail = SplitMix64.mix(seed ^ SplitMix64.mix(hash(p.id().toString())));
        Design d = new Design(v, chem, series, capDeciAh, monthIndex, detail);
        d.gtin = p.id().gtin();
        d.lot = p.id().lot().orElse(d.lot);
        if (nominalMv > 0) {
            d.energyWh = nominalMv * capDeciAh / 10_000;
        }
        p.get(BatteryField.ORIGINAL_POWER_CAPABILITY).ifPresent(list -> {
            long max = 0;
            for (Object o : (List<?>) list) {
                max = Math.max(max, ((PowerCapability) o).power().value().longValue());
            }
            if (max > 0) {
                d.powerW = max;
            }
        });
        d.cycles = (int) Math.max(1, milli(p, BatteryField.EXPECTED_LIFETIME_CYCLES,
                d.cycles * 1000L) / 1000);
        d.rteInitialPermille = (int) Math.max(1, Math.min(1000,
                milli(p, BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL,
                        d.rteInitialPermille * 100L) / 100));
        d.certifiedUsableWh = milli(p, BatteryField.CERTIFIED_USABLE_ENERGY,
                d.certifiedUsableWh * 1000) / 1000;
        d.selfDischargeHundredths = (int) Math.max(0, milli(p,
                BatteryField.INITIAL_SELF_DISCHARGE_RATE, d.selfDischargeHundredths * 10L) / 10);
        p.get(BatteryField.INTERNAL_RESISTANCE).ifPresent(list -> {
            for (Object o : (List<?>) list) {
                ResistanceValue r = (ResistanceValue) o;
                if (r.component() == BatteryComponent.PACK) {
                    d.packResistanceMicroOhm = Math.max(1, r.value().value()
                            .movePointRight(6).longValue());
                }
            }
        });
        return d;
    }

    /** Returns a quantity field's value in thousandths, or the default. */
    private static long milli(BatteryPassport p, BatteryField f, long dflt) {
        return p.get(f, Quantity.class).map(q -> q.value().movePointRight(3).longValue())
                .orElse(dflt);
    }

    /** A stable 64-bit hash of text (FNV-1a over UTF-16 code units). */
    static long hash(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** Returns a design whose knobs are drawn from the generator. */
    static Design random(Variant variant, SplitMix64 rng) {
        ChemistryProfile chem = rng.pick(variant.chemistries);
        return random(variant, chem, rng);
    }

    /** Returns a design of the given chemistry whose other knobs are drawn from the generator. */
    static Design random(Variant variant, ChemistryProfile chem, SplitMix64 rng) {
        int[] series = variant.seriesFor(chem);
        int s = series[rng.nextInt(series.length)];
        int cap = rng.between(variant.minCapDeciAh, variant.maxCapDeciAh);
        return new Design(variant, chem, s, cap, rng.nextInt(MONTHS), rng.nextLong());
    }

    private static String variantLabel(Variant v) {
        switch (v) {
            case EV:
                return "EV pack";
            case LMT:
                return "E-bike pack";
            case STATIONARY:
                return "Storage rack";
            default:
                return "Traction battery";
        }
    }

    static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
