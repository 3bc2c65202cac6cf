package org.dppkit.interop;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dppkit.battery.BatteryField;

/**
 * What an import did: the fields it set (or found equal to the builder's identifier and
 * category), the fields whose values it could not use and why, and the properties of the
 * payload that have no place in a dppkit passport.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ImportReport {

    private final InteropFormat format;
    private final Set<BatteryField> importedFields;
    private final Map<BatteryField, String> rejectedFields;
    private final List<String> unmappedPaths;

    ImportReport(InteropFormat format, Set<BatteryField> importedFields,
            Map<BatteryField, String> rejectedFields, List<String> unmappedPaths) {
        this.format = format;
        this.importedFields = Collections.unmodifiableSet(importedFields);
        this.rejectedFields = Collections.unmodifiableMap(rejectedFields);
        this.unmappedPaths = List.copyOf(unmappedPaths);
    }

    /**
     * Returns the format read.
     *
     * @return the format, not null
     */
    public InteropFormat format() {
        return format;
    }

    /**
     * Returns the fields set in the builder, and the identity fields found equal to the
     * builder's own.
     *
     * @return an unmodifiable set in catalogue order, not null
     */
    public Set<BatteryField> importedFields() {
        return importedFields;
    }

    /**
     * Returns the fields the payload carries that were not set, each with the reason: a value
     * the field cannot take (unit, range, missing part), a scope the builder may not set, or an
     * identity field that disagrees with the builder's identifier.
     *
     * @return an unmodifiable map in catalogue order, not null
     */
    public Map<BatteryField, String> rejectedFields() {
        return rejectedFields;
    }

    /**
     * Returns the properties of the payload that were not read into any field, as normalised
     * paths ({@code []} for array elements): those the mapping declares as having no catalogue
     * field or as export-only, and any the mapping does not know.
     *
     * @return an unmodifiable list in payload order, not null
     */
    public List<String> unmappedPaths() {
        return unmappedPaths;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ImportReport r && r.format == format && r.importedFields.equals(importedFields)
                && r.rejectedFields.equals(rejectedFields) && r.unmappedPaths.equals(unmappedPaths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, importedFields, rejectedFields, unmappedPaths);
    }

    @Override
    public String toString() {
        return "ImportReport[" + format + ", imported=" + importedFields.size() + ", rejected="
                + rejectedFields.keySet() + ", unmapped=" + unmappedPaths + "]";
    }
}
