package org.dppkit.interop;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The mapping rows of each format, compiled once for export and import; internal. */
final class Plans {

    /** A mapping row with its parsed path and conversion. */
    record Row(FieldMapping mapping, JsonPath path, Conversions.Conversion conversion) {
    }

    /** The rows of one format. */
    record Plan(InteropFormat format, List<Row> fieldRows, List<Row> checkRows, List<Row> allRows,
            java.util.Set<org.dppkit.battery.BatteryField> held, String notHeldReason, String noPropertyReason) {
    }

    /** Reads and writes payloads: exact decimals, plain notation, duplicate keys rejected. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(Conversions.factory())
            .build();

    private static final Map<InteropFormat, Plan> PLANS = compile(InteropMapping.standard());

    private Plans() {
    }

    static Plan of(InteropFormat format) {
        return PLANS.get(format);
    }

    private static Map<InteropFormat, Plan> compile(InteropMapping mapping) {
        Map<InteropFormat, Plan> map = new EnumMap<>(InteropFormat.class);
        for (InteropFormat f : InteropFormat.values()) {
            List<Row> fields = new ArrayList<>();
            List<Row> checks = new ArrayList<>();
            List<Row> all = new ArrayList<>();
            for (FieldMapping m : mapping.rows(f)) {
                Row r = new Row(m, JsonPath.parse(m.path()), Conversions.of(m));
                all.add(r);
                if (m.field().isPresent()) {
                    fields.add(r);
                }
                if (m.isRequired() || r.conversion().constant() != null) {
                    checks.add(r);
                }
            }
            checks.sort(Comparator.comparingInt(r -> r.path().depth()));
            map.put(f, new Plan(f, List.copyOf(fields), List.copyOf(checks), List.copyOf(all),
                    mapping.heldFields(f), "not held by " + f.idShort() + " " + f.version(),
                    "no property of " + f.idShort() + " takes this value"));
        }
        return map;
    }
}
