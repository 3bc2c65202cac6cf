package org.dppkit.testing;

/**
 * Realistic values of one cell chemistry: cell voltages, cycle life, efficiency, pack energy
 * density, composition, hazardous substances and critical raw materials. Immutable; internal.
 */
enum ChemistryProfile {

    /** Lithium nickel manganese cobalt oxide 8:1:1 with a graphite anode (EV). */
    NMC811("NMC811", "Lithium nickel manganese cobalt oxide (Ni:Mn:Co 8:1:1) / graphite",
            3650, 2800, 4200, 1200, 2000, 950, 975, 165, 60, 70, 95, 100, 250,
            new String[][] {
                {"Cathode active material (LiNi0.8Mn0.1Co0.1O2)", "346417-97-8", "230"},
                {"Natural graphite", "7782-42-5", "150"},
                {"Aluminium", "7429-90-5", "170"},
                {"Copper", "7440-50-8", "90"},
                {"Electrolyte (LiPF6 in organic carbonates)", "21324-40-3", "100"},
                {"Steel", "12597-69-2", "90"},
                {"Polymers and separator", "9002-88-4", "70"}},
            new String[][] {
                {"Lithium nickel manganese cobalt oxide", "346417-97-8", "H317;H350i;H360D;H372",
                    "23.0", "cathode"},
                {"Lithium hexafluorophosphate", "21324-40-3", "H301;H314;H372", "1.2",
                    "electrolyte"},
                {"Ethylene carbonate", "96-49-1", "H302;H319;H373", "4.5", "electrolyte"}},
            new String[] {"Cobalt", "Lithium", "Manganese", "Natural graphite", "Nickel",
                "Copper", "Aluminium"},
            true, true, true, false),

    /** Lithium nickel manganese cobalt oxide 6:2:2 with a graphite anode. */
    NMC622("NMC622", "Lithium nickel manganese cobalt oxide (Ni:Mn:Co 6:2:2) / graphite",
            3630, 2800, 4200, 1500, 2500, 950, 970, 150, 55, 65, 90, 100, 250,
            new String[][] {
                {"Cathode active material (LiNi0.6Mn0.2Co0.2O2)", "346417-97-8", "240"},
                {"Natural graphite", "7782-42-5", "150"},
                {"Aluminium", "7429-90-5", "180"},
                {"Copper", "7440-50-8", "90"},
                {"Electrolyte (LiPF6 in organic carbonates)", "21324-40-3", "100"},
                {"Steel", "12597-69-2", "80"},
                {"Polymers and separator", "9002-88-4", "70"}},
            new String[][] {
                {"Lithium nickel manganese cobalt oxide", "346417-97-8", "H317;H350i;H360D;H372",
                    "24.0", "cathode"},
                {"Lithium hexafluorophosphate", "21324-40-3", "H301;H314;H372", "1.2",
                    "electrolyte"},
                {"Ethylene carbonate", "96-49-1", "H302;H319;H373", "4.5", "electrolyte"}},
            new String[] {"Cobalt", "Lithium", "Manganese", "Natural graphite", "Nickel",
                "Copper", "Aluminium"},
            true, true, true, false),

    /** Lithium nickel cobalt aluminium oxide with a graphite anode (EV). */
    NCA("NCA", "Lithium nickel cobalt aluminium oxide / graphite",
            3600, 2500, 4200, 1000, 1500, 945, 965, 170, 60, 70, 100, 100, 250,
            new String[][] {
                {"Cathode active material (LiNi0.8Co0.15Al0.05O2)", "193214-24-3", "240"},
                {"Natural graphite", "7782-42-5", "150"},
                {"Aluminium", "7429-90-5", "170"},
                {"Copper", "7440-50-8", "90"},
                {"Electrolyte (LiPF6 in organic carbonates)", "21324-40-3", "100"},
                {"Steel", "12597-69-2", "90"},
                {"Polymers and separator", "9002-88-4", "60"}},
            new String[][] {
                {"Lithium nickel cobalt aluminium oxide", "193214-24-3", "H317;H350i;H372",
                    "24.0", "cathode"},
                {"Lithium hexafluorophosphate", "21324-40-3", "H301;H314;H372", "1.2",
                    "electrolyte"},
                {"Dimethyl carbonate", "616-38-6", "H225", "3.5", "electrolyte"}},
            new String[] {"Cobalt", "Lithium", "Natural graphite", "Nickel", "Copper",
                "Aluminium"},
            true, true, true, false),

    /** Lithium iron phosphate with a graphite anode. */
    LFP("LFP", "Lithium iron phosphate / graphite",
            3200, 2500, 3650, 3000, 6000, 955, 975, 135, 100, 75, 55, 80, 200,
            new String[][] {
                {"Cathode active material (LiFePO4)", "15365-14-7", "260"},
                {"Natural graphite", "7782-42-5", "140"},
                {"Aluminium", "7429-90-5", "190"},
                {"Copper", "7440-50-8", "80"},
                {"Electrolyte (LiPF6 in organic carbonates)", "21324-40-3", "110"},
                {"Steel", "12597-69-2", "100"},
                {"Polymers and separator", "9002-88-4", "60"}},
            new String[][] {
                {"Lithium hexafluorophosphate", "21324-40-3", "H301;H314;H372", "1.3",
                    "electrolyte"},
                {"Ethylene carbonate", "96-49-1", "H302;H319;H373", "5.0", "electrolyte"},
                {"Dimethyl carbonate", "616-38-6", "H225", "3.0", "electrolyte"}},
            new String[] {"Lithium", "Natural graphite", "Phosphate rock", "Copper", "Aluminium"},
            false, false, true, false),

    /** Lithium manganese oxide with a graphite anode (light means of transport). */
    LMO("LMO", "Lithium manganese oxide / graphite",
            3700, 3000, 4200, 800, 1200, 940, 960, 120, 35, 60, 70, 150, 300,
            new String[][] {
                {"Cathode active material (LiMn2O4)", "12057-17-9", "270"},
                {"Natural graphite", "7782-42-5", "140"},
                {"Aluminium", "7429-90-5", "160"},
                {"Copper", "7440-50-8", "90"},
                {"Electrolyte (LiPF6 in organic carbonates)", "21324-40-3", "100"},
                {"Steel", "12597-69-2", "110"},
                {"Polymers and separator", "9002-88-4", "60"}},
            new String[][] {
                {"Lithium manganese oxide", "12057-17-9", "H373", "27.0", "cathode"},
                {"Lithium hexafluorophosphate", "21324-40-3", "H301;H314;H372", "1.1",
                    "electrolyte"},
                {"Ethylene carbonate", "96-49-1", "H302;H319;H373", "4.0", "electrolyte"}},
            new String[] {"Lithium", "Manganese", "Natural graphite", "Copper", "Aluminium"},
            false, false, true, false),

    /** Lead-acid (industrial traction and standby). */
    LEAD_ACID("PbA", "Lead-acid (lead dioxide / lead, sulphuric acid electrolyte)",
            2000, 1750, 2400, 1200, 1800, 800, 850, 35, 1000, 50, 40, 300, 500,
            new String[][] {
                {"Lead and lead compounds", "7439-92-1", "620"},
                {"Sulphuric acid (electrolyte)", "7664-93-9", "170"},
                {"Polypropylene (case)", "9003-07-0", "80"},
                {"Antimony", "7440-36-0", "10"},
                {"Polyethylene separator", "9002-88-4", "40"}},
            new String[][] {
                {"Lead", "7439-92-1", "H360FD;H362;H372;H410", "45.0", "grids and active mass"},
                {"Lead dioxide", "1309-60-0", "H272;H302;H332;H360Df;H373;H410", "17.0",
                    "positive active mass"},
                {"Sulphuric acid", "7664-93-9", "H314", "17.0", "electrolyte"}},
            new String[] {"Antimony", "Copper"},
            false, false, false, true);

    final String shortName;
    final String clearName;
    /** Cell voltages in mV. */
    final int cellNominalMv;
    final int cellMinMv;
    final int cellMaxMv;
    final int minCycles;
    final int maxCycles;
    /** Initial round-trip efficiency in per mille. */
    final int minRtePermille;
    final int maxRtePermille;
    /** Pack gravimetric energy density, Wh/kg. */
    final int whPerKg;
    /** Capacity of one large-format cell in Ah, for the parallel count (lead-acid: very large). */
    final int largeCellAh;
    /** Cradle-to-gate carbon footprint per kWh of capacity, kg CO2e (range). */
    final int minKgCo2PerKwh;
    final int maxKgCo2PerKwh;
    /** Self-discharge in hundredths of a percent per month (range). */
    final int minSelfDischarge;
    final int maxSelfDischarge;
    /** Material, CAS number, mass share in per mille of the battery mass. */
    final String[][] materials;
    /** Name, CAS, hazard statements (;-separated), concentration %, location. */
    final String[][] hazardous;
    final String[] criticalRawMaterials;
    final boolean cobalt;
    final boolean nickel;
    final boolean lithium;
    final boolean lead;

    ChemistryProfile(String shortName, String clearName, int cellNominalMv, int cellMinMv,
            int cellMaxMv, int minCycles, int maxCycles, int minRtePermille, int maxRtePermille,
            int whPerKg, int largeCellAh, int minKgCo2PerKwh, int maxKgCo2PerKwh,
            int minSelfDischarge, int maxSelfDischarge, String[][] materials, String[][] hazardous,
            String[] criticalRawMaterials, boolean cobalt, boolean nickel, boolean lithium,
            boolean lead) {
        this.shortName = shortName;
        this.clearName = clearName;
        this.cellNominalMv = cellNominalMv;
        this.cellMinMv = cellMinMv;
        this.cellMaxMv = cellMaxMv;
        this.minCycles = minCycles;
        this.maxCycles = maxCycles;
        this.minRtePermille = minRtePermille;
        this.maxRtePermille = maxRtePermille;
        this.whPerKg = whPerKg;
        this.largeCellAh = largeCellAh;
        this.minKgCo2PerKwh = minKgCo2PerKwh;
        this.maxKgCo2PerKwh = maxKgCo2PerKwh;
        this.minSelfDischarge = minSelfDischarge;
        this.maxSelfDischarge = maxSelfDischarge;
        this.materials = materials;
        this.hazardous = hazardous;
        this.criticalRawMaterials = criticalRawMaterials;
        this.cobalt = cobalt;
        this.nickel = nickel;
        this.lithium = lithium;
        this.lead = lead;
    }
}
