package org.dppkit.battery.json;

import org.dppkit.battery.BatteryField;

/**
 * The codec of each catalogue field's value, following the Java type the passport model gives
 * the field. Immutable and thread-safe.
 */
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
        switch (f) {
            case BATTERY_CATEGORY:
                return ValueCodecs.CATEGORY;
            case INDUSTRIAL_SUB_CATEGORY:
                return ValueCodecs.SUB_CATEGORY;
            case BATTERY_STATUS:
                return ValueCodecs.STATUS;
            case CONFORMITY_CADMIUM_LEAD_SYMBOLS:
                return ValueCodecs.CD_PB;
            case RESPONSIBLE_OPERATOR:
                return ValueCodecs.OPERATOR;
            case MANUFACTURER_POSTAL_ADDRESS:
                return ValueCodecs.POSTAL_ADDRESS;
            case MANUFACTURING_PLACE:
                return ValueCodecs.FACILITY;
            case MANUFACTURING_DATE:
                return Codecs.YEAR_MONTH;
            case CHEMISTRY:
                return ValueCodecs.CHEMISTRY;
            case HAZARDOUS_SUBSTANCES:
                return ValueCodecs.HAZARDOUS_SUBSTANCE;
            case DETAILED_COMPOSITION:
                return ValueCodecs.MATERIAL_SHARE;
            case CARBON_FOOTPRINT_PER_LIFECYCLE_STAGE:
                return ValueCodecs.STAGE_EMISSION;
            case RECYCLED_CONTENT_COBALT:
            case RECYCLED_CONTENT_LITHIUM:
            case RECYCLED_CONTENT_NICKEL:
            case RECYCLED_CONTENT_LEAD:
                return ValueCodecs.RECYCLED_SHARE;
            case DUE_DILIGENCE_SUPPLY_CHAIN_INDICES:
                return ValueCodecs.SUPPLY_CHAIN_INDEX;
            case SPARE_PARTS_PART_NUMBERS:
                return ValueCodecs.SPARE_PART;
            case SPARE_PARTS_SOURCES:
                return ValueCodecs.SPARE_PART_SOURCE;
            case ORIGINAL_POWER_CAPABILITY:
            case STATE_OF_HEALTH_REMAINING_POWER_CAPABILITY:
                return ValueCodecs.POWER_CAPABILITY;
            case IDLE_TEMPERATURE_RANGE:
                return ValueCodecs.TEMPERATURE_RANGE;
            case INTERNAL_RESISTANCE:
            case ITEM_PERFORMANCE_INTERNAL_RESISTANCE_INCREASE:
                return ValueCodecs.RESISTANCE;
            case USAGE_NEGATIVE_EVENTS:
                return ValueCodecs.NEGATIVE_EVENT;
            case USAGE_OPERATING_TEMPERATURE:
            case USAGE_STATE_OF_CHARGE:
                return ValueCodecs.OBSERVATION;
            case USAGE_TIME_IN_EXTREME_TEMPERATURES:
                return ValueCodecs.EXTREME_TEMPERATURE_TIME;
            default:
                break;
        }
        switch (f.type()) {
            case STRING:
                return Codecs.STRING;
            case TEXT_MULTILINGUAL:
                return ValueCodecs.LOCALIZED_TEXT;
            case DECIMAL:
                return ValueCodecs.quantity(f.unit().orElse(null), false);
            case INTEGER:
                return ValueCodecs.quantity(f.unit().orElse(null), true);
            case DATE:
                return Codecs.DATE;
            case DATETIME:
                return ValueCodecs.INSTANT;
            case URL:
                return Codecs.URI_CODEC;
            case DOCUMENT_REF:
                return ValueCodecs.DOCUMENT_REF;
            default:
                throw new IllegalStateException("no JSON codec for field " + f.key() + " of type " + f.type());
        }
    }
}
