package org.dppkit.battery.validation;

import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.PassportLevel;

/**
 * A passport read once for one validation: every field's effective value (null when absent or
 * empty), so both layers look values up in an array instead of asking the passport again.
 */
final class Read {

    private static final BatteryField[] FIELDS = BatteryField.values();

    final PassportLevel level;
    final BatteryCategory category;
    private final Object[] values;

    private Read(BatteryPassport p) {
        this.level = p.level();
        this.category = p.category();
        this.values = new Object[FIELDS.length];
        for (BatteryField f : FIELDS) {
            Optional<Object> v = p.get(f);
            if (v.isPresent() && !Values.isEmpty(v.get())) {
                values[f.ordinal()] = v.get();
            }
        }
    }

    static Read of(BatteryPassport p) {
        return new Read(p);
    }

    /** The value of a field, or null if the passport does not hold it (or holds an empty one). */
    Object value(BatteryField f) {
        return values[f.ordinal()];
    }

    /** Whether the passport holds a value of the field. */
    boolean has(BatteryField f) {
        return values[f.ordinal()] != null;
    }
}
