package org.dppkit.battery.validation;

import java.util.Map;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.Finding;
import org.dppkit.core.Severity;

/** Creates findings with an English message rendered from their key and arguments; internal. */
final class Messages {

    private Messages() {
    }

    /** Whether a field's value may appear in a finding: only publicly accessible fields. */
    static boolean isPublic(BatteryField f) {
        return f.access() == AccessGroup.PUBLIC;
    }

    static Finding finding(FindingCode code, Severity severity, BatteryField field, String path,
            String legalReference, String key, Map<String, Object> args) {
        String message = FindingMessages.english().render(key, args);
        Finding f = Finding.of(code.code(), severity, path, message, legalReference);
        if (field != null) {
            f = f.withFieldKey(field.key());
        }
        return f.withMessageKey(key, args);
    }
}
