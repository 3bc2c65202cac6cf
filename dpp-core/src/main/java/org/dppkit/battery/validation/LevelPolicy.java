package org.dppkit.battery.validation;

/**
 * How the validator treats a MODEL or BATCH passport of a battery that needs a passport of its
 * own (Art. 77(1): EV, LMT and industrial batteries above 2 kWh). Model and batch passports are
 * how many manufacturers start, so the default only warns; {@link #STRICT} makes it an error.
 * Either way the report states the policy it used.
 */
public enum LevelPolicy {
    /** {@link FindingCode#LEVEL_NOT_PER_BATTERY} is a {@code WARNING}; obligations are checked for
     *  the fields the passport's level can hold (the model and batch layers an item inherits). */
    WARN,
    /** {@link FindingCode#LEVEL_NOT_PER_BATTERY} is an {@code ERROR}, so
     *  {@link ValidationReport#isCompliant()} is false for a MODEL or BATCH passport of an
     *  in-scope battery. */
    STRICT
}
