package org.dppkit.battery.json;

import org.dppkit.battery.BatteryField;

/** The codec of each catalogue field's value. Immutable and thread-safe. */
final class FieldCodecs {

    private static final ValueCodec<?>[] CODECS = build();

    private FieldCodecs() {
    }

    @SuppressWarnings("unchecked")
    static ValueCodec<Object> of(BatteryField field) {
        return (ValueCodec<Object>) CODECS[field.ordinal()];
    }

    private static ValueCodec<?>[] build() {
        BatteryField[] fields = BatteryField.values();
        ValueCodec<?>[] codecs = new ValueCodec<?>[fields.length];
        for (BatteryField f : fields) {
            ValueCodec<?> element = element(f);
            codecs[f.ordinal()] = f.isList() ? Codecs.listOf(element) : element;
        }
        return codecs;
    }

    private static ValueCodec<?> element(BatteryField f) {
        switch (f.type()) {
            case STRING:
            default:
                return Codecs.STRING;
        }
    }
}
