package org.dppkit.battery;

/**
 * The battery categories that need a battery passport (Regulation (EU) 2023/1542, Art. 77(1)).
 *
 * <p>The category is locked when a passport is created. Whether an industrial battery is a
 * stationary battery energy storage system is told by
 * {@link BatteryField#INDUSTRIAL_SUB_CATEGORY}; whether its capacity is above 2 kWh is a
 * validation finding, not a category.
 */
public enum BatteryCategory {
    /** Light means of transport battery (e-bikes, e-scooters). */
    LMT,
    /** Electric vehicle battery. */
    EV,
    /** Industrial battery, including stationary battery energy storage systems. */
    INDUSTRIAL;
}
