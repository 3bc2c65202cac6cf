package org.dppkit.battery.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.PassportException;

/** Writes extension trees in a stable form: object keys sorted, numbers exact and plain. */
final class JsonTrees {

    private JsonTrees() {
    }

    /**
     * Writes a tree with object keys in {@link String#compareTo} order at every depth, so that
     * equal trees give identical bytes whatever order their keys were added in.
     */
    static void writeSorted(JsonOut g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT: {
                List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
                entries.sort(Map.Entry.comparingByKey());
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : entries) {
                    g.writeFieldName(e.getKey());
                    writeSorted(g, e.getValue());
                }
                g.writeEndObject();
                break;
            }
            case ARRAY:
                g.writeStartArray();
                for (JsonNode child : node) {
                    writeSorted(g, child);
                }
                g.writeEndArray();
                break;
            case STRING:
                g.writeString(node.textValue());
                break;
            case NUMBER:
                writeNumber(g, node);
                break;
            case BOOLEAN:
                g.writeBoolean(node.booleanValue());
                break;
            case NULL:
                g.writeNull();
                break;
            default:
                throw new PassportException(PassportErrorCode.WRONG_TYPE,
                        "extensions may hold only JSON values, not "
                        + node.getNodeType());
        }
    }

    private static void writeNumber(JsonOut g, JsonNode node) throws IOException {
        if (node.isIntegralNumber()) {
            g.writeNumber(node.bigIntegerValue().toString());
        } else if (node.isBigDecimal()) {
            Decimals.write(g, node.decimalValue());
        } else {
            double d = node.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new PassportException(PassportErrorCode.WRONG_TYPE,
                        "extensions may not hold " + d
                        + " (JSON has no such number)");
            }
            // Binary floating point: written as its shortest exact-decimal form, never with exponent.
            Decimals.write(g, new BigDecimal(Double.toString(d)));
        }
    }
}
