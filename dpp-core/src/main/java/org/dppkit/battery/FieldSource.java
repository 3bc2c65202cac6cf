package org.dppkit.battery;

/** Where a section reads its values from: a passport or a view; internal. */
@FunctionalInterface
interface FieldSource {
    /** Returns the field's value or null. */
    Object lookup(BatteryField field);
}
