package org.dppkit.battery;

/**
 * A life-cycle stage of the carbon footprint (Regulation (EU) 2023/1542, Annex II); the use stage
 * is excluded.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum LifecycleStage {
    /** Raw material acquisition and pre-processing. */
    RAW_MATERIAL_EXTRACTION,
    /** Main product production. */
    MAIN_PRODUCTION,
    /** Distribution. */
    DISTRIBUTION,
    /** End of life and recycling. */
    RECYCLING
}
