package org.dppkit.battery.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * A passport document as read, before it becomes a passport: header, values, provenance and
 * extensions, each value with the location it was read at. Mutable; used by one read only.
 */
final class PassportDocument implements PassportSource {

    private static final BatteryField[] FIELDS = BatteryField.values();

    String schemaVersion;
    PassportLevel level;
    BatteryCategory category;
    String id;
    int version;
    Audience audience;
    String derivedFromModel;
    String derivedFromBatch;
    final Object[] values = new Object[FIELDS.length];
    final PassportLevel[] provenance = new PassportLevel[FIELDS.length];
    /** Line and column of each value, for errors found after reading. */
    final int[] lines = new int[FIELDS.length];
    final int[] columns = new int[FIELDS.length];
    JsonNode extensions;
    boolean hasProvenance;
    /** The parsed identifiers, set by {@link DocumentChecks}. */
    DigitalLink idLink;
    DigitalLink modelLink;
    DigitalLink batchLink;
    /** Locations of header values, for errors found after reading. */
    int idLine;
    int idColumn;
    int derivedLine;
    int derivedColumn;
    int provenanceLine;
    int provenanceColumn;

    @Override
    public PassportLevel level() {
        return level;
    }

    @Override
    public BatteryCategory category() {
        return category;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public Optional<String> derivedFromModel() {
        return Optional.ofNullable(derivedFromModel);
    }

    @Override
    public Optional<String> derivedFromBatch() {
        return Optional.ofNullable(derivedFromBatch);
    }

    @Override
    public Object value(BatteryField field) {
        return values[field.ordinal()];
    }

    @Override
    public PassportLevel provenance(BatteryField field) {
        PassportLevel p = provenance[field.ordinal()];
        return p != null ? p : level;
    }

    @Override
    public JsonNode extensions() {
        return extensions;
    }

    /** A failure about a value already read, at its recorded location. */
    PassportFormatException failAtField(BatteryField field, String reason, Throwable cause) {
        int i = field.ordinal();
        return new PassportFormatException(reason, "/fields/" + escape(field.key()), lines[i],
                columns[i], cause);
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
