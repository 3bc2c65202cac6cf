package org.dppkit.battery.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * A passport document as read, before it becomes a passport: header, parents, values,
 * provenance and extensions, each with the location it was read at. Mutable; one read only.
 */
final class ParsedDocument {

    private static final int FIELD_COUNT = BatteryField.values().length;

    /** The header of a passport this one derives from. */
    static final class Parent {
        String id;
        DigitalLink link;
        int version;
        Instant issuedAt;
        Instant revisedAt;
        int line;
        int column;
    }

    PassportLevel level;
    BatteryCategory category;
    String id;
    DigitalLink idLink;
    int version;
    Instant issuedAt;
    Instant revisedAt;
    Audience audience;
    Parent model;
    Parent batch;
    final Object[] values = new Object[FIELD_COUNT];
    final PassportLevel[] provenance = new PassportLevel[FIELD_COUNT];
    /** Line and column of each value, for errors found after reading. */
    final int[] lines = new int[FIELD_COUNT];
    final int[] columns = new int[FIELD_COUNT];
    JsonNode extensions;
    int levelLine;
    int levelColumn;
    int idLine;
    int idColumn;
    int derivedLine;
    int derivedColumn;
    int provenanceLine;
    int provenanceColumn;
    int endLine;
    int endColumn;

    /** A failure about a value already read, at its recorded location. */
    PassportFormatException failAtField(PassportErrorCode code, BatteryField field, String reason,
            Throwable cause) {
        int i = field.ordinal();
        return new PassportFormatException(code, reason, "/fields/" + escape(field.key()), lines[i],
                columns[i], cause);
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
