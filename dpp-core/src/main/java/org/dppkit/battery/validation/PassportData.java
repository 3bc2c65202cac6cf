package org.dppkit.battery.validation;

import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.PassportLevel;

/**
 * What the rules read from a passport: its locked level and category, the identifier's keys and
 * the effective value of each field. Keeps the rules independent of how the passport model
 * stores its data, and lets a test build a passport that breaks exactly one rule.
 */
interface PassportData {

    /** Returns the passport level, not null. */
    PassportLevel level();

    /** Returns the battery category, not null. */
    BatteryCategory category();

    /** Returns the effective value of a field, or empty if the passport does not hold it. */
    Optional<Object> get(BatteryField field);

    /** Returns the GTIN-14 of the passport identifier, or empty if unknown. */
    Optional<String> idGtin();

    /** Returns the lot (AI 10) of the passport identifier, or empty if it has none. */
    Optional<String> idLot();

    /** Returns the serial (AI 21) of the passport identifier, or empty if it has none. */
    Optional<String> idSerial();
}
