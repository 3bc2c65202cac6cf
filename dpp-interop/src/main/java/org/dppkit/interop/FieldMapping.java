package org.dppkit.interop;

import java.util.Objects;
import java.util.Optional;
import org.dppkit.battery.BatteryField;

/**
 * One row of the interop mapping table: where a catalogue field goes in a format, or a
 * property of the format that has no catalogue field, or a structural property.
 *
 * <p>The {@link #path()} is {@code /}-separated; {@code name[]} stands for every element of an
 * array and {@code name[0]} for its first element. The {@link #conversion()} names how values are
 * converted, for example {@code number}, {@code iso-months}, {@code resistance(CELL)}; the
 * structural conversions are {@code object} and {@code array}, {@code none} marks a property
 * dppkit does not hold and {@code const:} a constant.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class FieldMapping {

    private final InteropFormat format;
    private final BatteryField field;
    private final String path;
    private final String conversion;
    private final boolean required;
    private final String note;

    FieldMapping(InteropFormat format, BatteryField field, String path, String conversion,
            boolean required, String note) {
        this.format = Objects.requireNonNull(format, "format");
        this.field = field;
        this.path = Objects.requireNonNull(path, "path");
        this.conversion = Objects.requireNonNull(conversion, "conversion");
        this.required = required;
        this.note = Objects.requireNonNull(note, "note");
    }

    /**
     * Returns the format this row belongs to.
     *
     * @return the format, not null
     */
    public InteropFormat format() {
        return format;
    }

    /**
     * Returns the catalogue field mapped by this row.
     *
     * @return the field, or empty for a structural row or a property without a catalogue field
     */
    public Optional<BatteryField> field() {
        return Optional.ofNullable(field);
    }

    /**
     * Returns the JSON path of the property in the format's payload.
     *
     * @return the path, for example {@code TechnicalPropertyAreas/Lifetime/ExpectedNumberOfCycles}
     */
    public String path() {
        return path;
    }

    /**
     * Returns the conversion name, for example {@code number} or {@code recycled(Cobalt)}.
     *
     * @return the conversion, not null
     */
    public String conversion() {
        return conversion;
    }

    /**
     * Tells whether the format's schema requires the property (when its parent is present).
     *
     * @return true if required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Tells whether the row reads the property back on import; export-only rows hold part of
     * a value from which the field cannot be rebuilt (for example a facility identifier without
     * the facility's name and address).
     *
     * @return true if the importer reads this row into its field
     */
    public boolean isImported() {
        return field != null && Conversions.of(this).importable();
    }

    /**
     * Returns the note: unit, what is kept or lost, or why the property has no field.
     *
     * @return the note, possibly empty, not null
     */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FieldMapping m && m.format == format && m.field == field
                && m.path.equals(path) && m.conversion.equals(conversion)
                && m.required == required && m.note.equals(note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, field, path, conversion, required, note);
    }

    @Override
    public String toString() {
        return format + " " + (field == null ? "-" : field.key()) + " -> " + path + " ("
                + conversion + (required ? ", required" : "") + ")";
    }
}
