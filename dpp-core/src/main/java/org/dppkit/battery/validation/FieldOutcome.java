package org.dppkit.battery.validation;

/**
 * What the validator decided for one field of a passport ({@link ValidationReport#outcome}):
 * exactly one outcome per field, so no field falls through.
 */
public enum FieldOutcome {
    /** The field has a value. */
    PRESENT,
    /** Absent although required: an {@code ERROR} ({@link FindingCode#MISSING_MANDATORY} or
     *  {@link FindingCode#PREDECESSOR_MISSING}). */
    MISSING,
    /** Absent and required only if a condition holds that neither the data nor a declared fact
     *  decides: a {@code WARNING} ({@link FindingCode#CONDITION_UNDECIDED}). */
    UNDECIDED,
    /** Absent and recommended by the Commission's guidance only: a {@code WARNING}
     *  ({@link FindingCode#MISSING_RECOMMENDED}). */
    RECOMMENDED_MISSING,
    /** Absent and its act applies later or is pending: an {@code INFO}
     *  ({@link FindingCode#NOT_YET_REQUIRED}). */
    NOT_YET_REQUIRED,
    /** Absent and not applicable: to the category or sub-category, or because a condition does
     *  not hold. No finding. */
    NOT_APPLICABLE,
    /** Absent and voluntary. No finding. */
    OPTIONAL,
    /** Absent and held by a lower passport level than this passport's (an ITEM-scope field on a
     *  MODEL passport). No finding; {@link FindingCode#LEVEL_NOT_PER_BATTERY} covers it. */
    OTHER_LEVEL,
    /** Absent and not checked because the battery needs no passport (an industrial battery of at
     *  most 2 kWh). */
    NOT_CHECKED
}
