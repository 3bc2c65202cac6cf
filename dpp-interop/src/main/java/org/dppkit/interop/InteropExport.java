package org.dppkit.interop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;

/**
 * One passport exported to one format for one audience: the JSON payload (valid against the
 * format's schema) and what the export could not carry.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; {@link #toJsonNode()} returns a copy and the JSON
 * text is written on first use.
 */
public final class InteropExport {

    private final InteropFormat format;
    private final Audience audience;
    private final DigitalLink passportId;
    private final ObjectNode payload;
    /** Written on first use (a benign race: every thread computes the same text). */
    private volatile String json;
    private final Set<BatteryField> exportedFields;
    private final Set<BatteryField> present;
    private final Map<BatteryField, String> reasons;
    /** Computed on first use (a benign race: every thread computes an equal map). */
    private volatile Map<BatteryField, String> notExported;

    InteropExport(InteropFormat format, Audience audience, DigitalLink passportId, ObjectNode payload,
            Set<BatteryField> exportedFields, Set<BatteryField> present, Map<BatteryField, String> reasons) {
        this.format = format;
        this.audience = audience;
        this.passportId = passportId;
        this.payload = payload;
        this.exportedFields = Collections.unmodifiableSet(exportedFields);
        this.present = present;
        this.reasons = reasons;
    }

    /**
     * Returns the format.
     *
     * @return the format, not null
     */
    public InteropFormat format() {
        return format;
    }

    /**
     * Returns the audience whose view of the passport was exported.
     *
     * @return the audience, not null
     */
    public Audience audience() {
        return audience;
    }

    /**
     * Returns the identifier of the exported passport.
     *
     * @return the identifier, not null
     */
    public DigitalLink passportId() {
        return passportId;
    }

    /**
     * Returns the payload as compact JSON (deterministic: equal passports give equal bytes).
     *
     * @return the JSON text, not null
     */
    public String json() {
        String s = json;
        if (s == null) {
            try {
                s = Plans.MAPPER.writeValueAsString(payload);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + format + " payload", e);
            }
            json = s;
        }
        return s;
    }

    /**
     * Returns a copy of the payload as a Jackson tree.
     *
     * @return a new tree, not null
     */
    public ObjectNode toJsonNode() {
        return payload.deepCopy();
    }

    /**
     * Returns the fields whose values the payload carries (wholly or in the part the mapping
     * says).
     *
     * @return an unmodifiable set in catalogue order, not null
     */
    public Set<BatteryField> exportedFields() {
        return exportedFields;
    }

    /**
     * Returns the fields the audience may see and the passport holds that the payload does not
     * carry, each with the reason (not held by the format, or a value the format cannot
     * represent).
     *
     * @return an unmodifiable map in catalogue order, not null
     */
    public Map<BatteryField, String> notExported() {
        Map<BatteryField, String> m = notExported;
        if (m == null) {
            Plans.Plan plan = Plans.of(format);
            Map<BatteryField, String> map = new java.util.EnumMap<>(BatteryField.class);
            for (BatteryField f : present) {
                if (exportedFields.contains(f)) {
                    continue;
                }
                if (!plan.held().contains(f)) {
                    map.put(f, plan.notHeldReason());
                } else {
                    String reason = reasons.get(f);
                    map.put(f, reason != null ? reason : plan.noPropertyReason());
                }
            }
            m = Collections.unmodifiableMap(map);
            notExported = m;
        }
        return m;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InteropExport e && e.format == format && e.audience == audience
                && e.passportId.equals(passportId) && e.payload.equals(payload)
                && e.exportedFields.equals(exportedFields) && e.notExported().equals(notExported());
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, audience, passportId, payload);
    }

    @Override
    public String toString() {
        return "InteropExport[" + format + ", " + audience + ", " + passportId + ", "
                + exportedFields.size() + " fields]";
    }

}
