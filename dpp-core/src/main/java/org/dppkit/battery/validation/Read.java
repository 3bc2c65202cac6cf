package org.dppkit.battery.validation;

import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.PassportLevel;

/**
 * A passport read once for one validation: every field's effective value (null when absent or
 * empty), so both layers look values up in an array instead of asking the passport again.
 */
final class Read {

    private static final BatteryField[] FIELDS = BatteryField.values();

    final PassportLevel level;
    final BatteryCategory category;
    final Optional<String> idGtin;
    final Optional<String> idLot;
    final Optional<String> idSerial;
    private final Object[] values;

    private Read(PassportData p) {
        this.level = p.level();
        this.category = p.category();
        this.idGtin = p.idGtin();
        this.idLot = p.idLot();
        this.idSerial = p.idSerial();
        this.values = new Object[FIELDS.length];
        for (BatteryField f : FIELDS) {
            Optional<Object> v = p.get(f);
            if (v.isPresent() && !Values.isEmpty(v.get())) {
                values[f.ordinal()] = v.get();
            }
        }
    }

    static Read of(PassportData p) {
        return new Read(p);
    }

    /** The value of a field, or null if the passport does not hold it (or holds an empty one). */
    Object value(BatteryField f) {
        return values[f.ordinal()];
    }
}
