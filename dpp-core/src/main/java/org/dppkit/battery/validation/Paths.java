package org.dppkit.battery.validation;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.Finding;

/**
 * JSON pointers (RFC 6901) and readable names of catalogue fields. A passport's JSON document
 * keeps every field under {@code /fields/<catalogue key>}, so {@code voltage.nominal} is at
 * {@code /fields/voltage.nominal} (a dot needs no escaping; {@code ~} and {@code /} would).
 */
final class Paths {

    /** Pointer of the passport identifier in the JSON document. */
    static final String ID = "/id";
    /** Pointer of the passport level in the JSON document. */
    static final String LEVEL = "/level";

    private static final Map<BatteryField, String> POINTERS = new EnumMap<>(BatteryField.class);
    private static final Map<BatteryField, String> NAMES = new EnumMap<>(BatteryField.class);

    static {
        for (BatteryField f : BatteryField.values()) {
            POINTERS.put(f, "/fields/" + Finding.escapePointerToken(f.key()));
            NAMES.put(f, name(f.key()));
        }
    }

    private Paths() {
    }

    /** The pointer of a field. */
    static String of(BatteryField field) {
        return POINTERS.get(field);
    }

    /** The pointer of a part of a field: a list index or a property name. */
    static String of(BatteryField field, Object token) {
        return POINTERS.get(field) + "/" + Finding.escapePointerToken(String.valueOf(token));
    }

    /** A pointer extended by one token. */
    static String append(String pointer, Object token) {
        return pointer + "/" + Finding.escapePointerToken(String.valueOf(token));
    }

    /** The readable name of a field, for example {@code voltage (nominal)}. */
    static String name(BatteryField field) {
        return NAMES.get(field);
    }

    /** Turns {@code carbonFootprint.perLifecycleStage} into "carbon footprint (per lifecycle stage)". */
    static String name(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            return words(key);
        }
        return words(key.substring(0, dot)) + " (" + words(key.substring(dot + 1)) + ")";
    }

    private static String words(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean digitStart = Character.isDigit(c) && i > 0 && !Character.isDigit(camel.charAt(i - 1));
            if ((upper || digitStart) && i > 0) {
                sb.append(' ');
            }
            sb.append(upper ? Character.toLowerCase(c) : c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
