package org.dppkit.battery;

/**
 * The component level a resistance value refers to.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum BatteryComponent {
    /** A single cell. */
    CELL,
    /** A module of cells. */
    MODULE,
    /** The whole battery pack. */
    PACK
}
