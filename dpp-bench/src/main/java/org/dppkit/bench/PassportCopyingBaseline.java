package org.dppkit.bench;

import java.util.EnumMap;
import java.util.Map;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Quantity;
import org.dppkit.gs1.DigitalLink;

/**
 * The peer of {@link PassportBenchmark}: a naive item passport that copies every value of its
 * batch (and model) into its own {@link EnumMap}, as a straightforward implementation would.
 * Same identifier handling (a validated GS1 Digital Link) and same own values as dppkit's item.
 */
final class PassportCopyingBaseline {

    /** A naive item passport: identifier plus a full copy of all field values. */
    static final class NaiveItem {
        final DigitalLink id;
        final Map<BatteryField, Object> values;

        NaiveItem(DigitalLink id, Map<BatteryField, Object> values) {
            this.id = id;
            this.values = values;
        }
    }

    private final DigitalLink batchId;
    private final EnumMap<BatteryField, Object> batchValues = new EnumMap<>(BatteryField.class);

    PassportCopyingBaseline(BatchPassport batch) {
        this.batchId = batch.id();
        for (BatteryField f : batch.presentFields()) {
            batchValues.put(f, batch.get(f).orElseThrow());
        }
    }

    /** Derives an item by copying all batch values and adding its own. */
    NaiveItem derive(String serial, Quantity stateOfHealth) {
        DigitalLink id = batchId.withSerial(serial);
        EnumMap<BatteryField, Object> values = new EnumMap<>(batchValues);
        values.put(BatteryField.UNIQUE_IDENTIFIER, id);
        values.put(BatteryField.SERIAL_NUMBER, serial);
        values.put(BatteryField.STATE_OF_HEALTH_STATE_OF_CERTIFIED_ENERGY, stateOfHealth);
        return new NaiveItem(id, values);
    }
}
