package org.dppkit.battery;

/**
 * Sub-categories of industrial batteries that change which passport fields apply (catalogue field
 * {@link BatteryField#INDUSTRIAL_SUB_CATEGORY}).
 */
public enum IndustrialSubCategory {
    /** Stationary battery energy storage system (BESS). */
    STATIONARY_BESS,
    /** Industrial battery with internal storage, other than a stationary BESS. */
    OTHER_INTERNAL_STORAGE,
    /** Industrial battery with exclusively external storage. */
    EXCLUSIVELY_EXTERNAL_STORAGE;
}
