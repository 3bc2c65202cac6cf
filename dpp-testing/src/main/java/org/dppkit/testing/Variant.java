package org.dppkit.testing;

import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.IndustrialSubCategory;

/**
 * The four kinds of battery the fixtures make: the three passport categories, with industrial
 * batteries split into stationary storage (a BESS) and other industrial batteries (traction,
 * AGV). Holds the design ranges of each kind. Immutable; internal.
 */
enum Variant {

    /** Electric vehicle traction pack. */
    EV(BatteryCategory.EV, null,
            new ChemistryProfile[] {ChemistryProfile.NMC811, ChemistryProfile.NMC622,
                ChemistryProfile.NCA, ChemistryProfile.LFP},
            new int[] {96, 100, 108}, new int[] {104, 112, 120}, 1200, 2400, 20, 40, 96, 5),

    /** Light means of transport (e-bike, e-scooter) pack. */
    LMT(BatteryCategory.LMT, null,
            new ChemistryProfile[] {ChemistryProfile.NMC622, ChemistryProfile.LMO,
                ChemistryProfile.LFP, ChemistryProfile.NMC811},
            new int[] {10, 13, 14}, new int[] {12, 16}, 100, 250, 10, 20, 24, 5),

    /** Industrial battery other than stationary storage: forklift and AGV traction. */
    INDUSTRIAL(BatteryCategory.INDUSTRIAL, IndustrialSubCategory.OTHER_INTERNAL_STORAGE,
            new ChemistryProfile[] {ChemistryProfile.LEAD_ACID, ChemistryProfile.LFP,
                ChemistryProfile.NMC622},
            new int[] {14, 20}, new int[] {8, 16, 24}, 1000, 6000, 3, 10, 60, 2),

    /** Stationary battery energy storage system (industrial, STATIONARY_BESS). */
    STATIONARY(BatteryCategory.INDUSTRIAL, IndustrialSubCategory.STATIONARY_BESS,
            new ChemistryProfile[] {ChemistryProfile.LFP, ChemistryProfile.NMC622},
            new int[] {192, 208}, new int[] {208, 224, 240, 256}, 1000, 3200, 5, 10, 120, 5);

    final BatteryCategory category;
    final IndustrialSubCategory subCategory;
    final ChemistryProfile[] chemistries;
    /** Cells in series for nickel/manganese chemistries (about 3.6 V per cell). */
    final int[] seriesHighVoltage;
    /** Cells in series for LFP (3.2 V) and lead-acid (2 V, doubled below). */
    final int[] seriesLowVoltage;
    /** Rated capacity range in tenths of an ampere hour. */
    final int minCapDeciAh;
    final int maxCapDeciAh;
    /** Peak discharge C-rate range in tenths. */
    final int minCRateTenths;
    final int maxCRateTenths;
    final int warrantyMonths;
    /** C-rate of the cycle-life test in tenths. */
    final int cycleTestCRateTenths;

    Variant(BatteryCategory category, IndustrialSubCategory subCategory,
            ChemistryProfile[] chemistries, int[] seriesHighVoltage, int[] seriesLowVoltage,
            int minCapDeciAh, int maxCapDeciAh, int minCRateTenths, int maxCRateTenths,
            int warrantyMonths, int cycleTestCRateTenths) {
        this.category = category;
        this.subCategory = subCategory;
        this.chemistries = chemistries;
        this.seriesHighVoltage = seriesHighVoltage;
        this.seriesLowVoltage = seriesLowVoltage;
        this.minCapDeciAh = minCapDeciAh;
        this.maxCapDeciAh = maxCapDeciAh;
        this.minCRateTenths = minCRateTenths;
        this.maxCRateTenths = maxCRateTenths;
        this.warrantyMonths = warrantyMonths;
        this.cycleTestCRateTenths = cycleTestCRateTenths;
    }

    /** The series cell counts allowed for a chemistry of this variant. */
    int[] seriesFor(ChemistryProfile chemistry) {
        if (chemistry == ChemistryProfile.LEAD_ACID) {
            int[] s = seriesLowVoltage.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] = s[i] * 3 / 2;  // 2 V cells: 12, 24, 36 for 24/48/72 V systems
            }
            return s;
        }
        return chemistry == ChemistryProfile.LFP ? seriesLowVoltage : seriesHighVoltage;
    }

    /** The variant of a category (and, for industrial batteries, sub-category). */
    static Variant of(BatteryCategory category, IndustrialSubCategory sub) {
        switch (category) {
            case EV:
                return EV;
            case LMT:
                return LMT;
            default:
                return sub == IndustrialSubCategory.STATIONARY_BESS ? STATIONARY : INDUSTRIAL;
        }
    }
}
