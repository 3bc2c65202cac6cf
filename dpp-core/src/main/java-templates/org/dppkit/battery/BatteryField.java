package org.dppkit.battery;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dppkit.core.AccessGroup;
import org.dppkit.core.PassportLevel;

/**
 * The fields of an EU battery passport: the dppkit field catalogue (Regulation (EU) 2023/1542,
 * Art. 77 and Annex XIII), one constant per catalogue row, in catalogue order.
 *
 * <p>Each field's metadata is read from the catalogue bundled with this module
 * ({@code org/dppkit/battery/battery-passport-fields.csv}), the single source of truth that
 * validation, JSON, audience views and fixtures share:
 * <pre>{@code
 * BatteryField f = BatteryField.RATED_CAPACITY;
 * f.key();                              // "ratedCapacity"
 * f.section();                          // Section.PERFORMANCE
 * f.access();                           // AccessGroup.PUBLIC (Annex XIII point 1)
 * f.scope();                            // PassportLevel.MODEL
 * f.unit();                             // Optional[AMPERE_HOUR]
 * f.obligation(BatteryCategory.EV);     // Obligation.MANDATORY
 * BatteryField.fromKey("voltage.nominal"); // Optional[VOLTAGE_NOMINAL]
 * }</pre>
 *
 * <p>The {@linkplain #scope() scope} is the broadest passport level at which a value may be set:
 * a batch passport cannot change a MODEL-scope field of its model, and ITEM-scope fields (state
 * of health, status, usage) exist only on item passports.
 *
 * <p>The catalogue is reference data, not legal advice; its README (bundled beside it) lists its
 * sources and disputed points.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
public enum BatteryField {
    // @catalogue-generated

    /** The catalogue row of this field; never null. */
    private final FieldCatalogue.Row row;

    BatteryField(String key) {
        this.row = FieldCatalogue.row(key);
    }

    /**
     * Returns the stable lowerCamel key, as used in JSON; a dot groups related fields.
     *
     * @return the key, for example {@code voltage.nominal}, not null
     */
    public String key() {
        return row.key;
    }

    /**
     * Returns the passport section this field belongs to.
     *
     * @return the section, not null
     */
    public Section section() {
        return row.section;
    }

    /**
     * Returns the Annex XIII point or points, for example {@code 1(a); 1(g)}.
     *
     * @return the reference, or empty if the field is not an Annex XIII item
     */
    public Optional<String> annexXiiiRef() {
        return Optional.ofNullable(row.annexXiiiRef);
    }

    /**
     * Returns the articles and annexes that define the field's content; text starting with
     * {@code not required} marks a voluntary industry field.
     *
     * @return the legal reference, not null
     */
    public String legalReference() {
        return row.legalRef;
    }

    /**
     * Returns a one-line description of the field.
     *
     * @return the description, not null
     */
    public String description() {
        return row.description;
    }

    /**
     * Returns the kind of value the field holds (of each element, for a list).
     *
     * @return the type, not null
     */
    public FieldType type() {
        return row.type;
    }

    /**
     * Tells whether the field holds a list of values of its {@linkplain #type() type}.
     *
     * @return true for a list
     */
    public boolean isList() {
        return row.list;
    }

    /**
     * Returns the allowed values of an {@link FieldType#ENUM} field, as written in the catalogue.
     *
     * @return an unmodifiable list, empty for other types, not null
     */
    public List<String> allowedValues() {
        return row.allowedValues;
    }

    /**
     * Returns the unit of a measured value.
     *
     * @return the unit, or empty if the field has none
     */
    public Optional<Unit> unit() {
        return Optional.ofNullable(row.unit);
    }

    /**
     * Returns the access group: who may read the field (Art. 77(2)).
     *
     * @return the access group, not null
     */
    public AccessGroup access() {
        return row.access;
    }

    /**
     * Returns the field's scope: the broadest passport level at which its value may be set.
     *
     * @return MODEL, BATCH or ITEM, not null
     */
    public PassportLevel scope() {
        return row.scope;
    }

    /**
     * Tells whether the value changes during the battery's life after the passport is issued
     * (every mutable field has ITEM scope).
     *
     * @return true if mutable
     */
    public boolean isMutable() {
        return row.mutable;
    }

    /**
     * Returns the obligation for a battery category, from the
     * {@linkplain #applicableFrom() applicable-from date}.
     *
     * @param category the category, not null
     * @return the obligation, not null
     */
    public Obligation obligation(BatteryCategory category) {
        return row.obligations.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the obligation for a battery category and, for industrial batteries, its
     * sub-category, with its conditions, the calendar act from which it applies and the legal
     * reference (catalogue resource {@code battery-passport-obligations.csv}, documented in the
     * catalogue README). This is what the validator decides by; {@link #obligation(BatteryCategory)}
     * is the coarser per-category column of the field catalogue.
     *
     * @param category the category, not null
     * @param subCategory the industrial sub-category; must be given for
     *     {@link BatteryCategory#INDUSTRIAL} and is ignored for the other categories
     * @return the obligation, not null
     * @throws NullPointerException if the category is null, or the sub-category is null for an
     *     industrial battery
     */
    public FieldObligation obligation(BatteryCategory category, IndustrialSubCategory subCategory) {
        switch (Objects.requireNonNull(category, "category")) {
            case EV:
                return row.detailed[0];
            case LMT:
                return row.detailed[1];
            default:
                return row.detailed[2 + Objects.requireNonNull(subCategory, "subCategory").ordinal()];
        }
    }

    /**
     * Returns the date from which the obligation applies: 2027-02-18 for most fields, later for
     * some (the earliest across categories; per-category dates are in {@link #notes()}).
     *
     * @return the date, or empty when it is {@linkplain #isPending() pending}
     */
    public Optional<LocalDate> applicableFrom() {
        return Optional.ofNullable(row.applicableFrom);
    }

    /**
     * Tells whether the act that fixes the field's date or format is not yet adopted.
     *
     * @return true if pending
     */
    public boolean isPending() {
        return row.applicableFrom == null;
    }

    /**
     * Returns the catalogue notes: EC guidance data-point number, conditions, disputes.
     *
     * @return the notes, possibly empty, not null
     */
    public String notes() {
        return row.notes;
    }

    /**
     * Returns the matching {@code Aspect.property} path in the Battery Pass data model.
     *
     * @return the path, or empty if there is none
     */
    public Optional<String> batteryPassModel() {
        return Optional.ofNullable(row.batteryPassModel);
    }

    /**
     * Returns the matching path or paths in the IDTA 02035 submodel templates.
     *
     * @return the paths ({@code ; }-separated), or empty if there are none
     */
    public Optional<String> idtaSubmodel() {
        return Optional.ofNullable(row.idtaSubmodel);
    }

    /**
     * Returns the field with the given catalogue key.
     *
     * @param key the key, for example {@code voltage.nominal}, not null
     * @return the field, or empty if no field has that key
     */
    public static Optional<BatteryField> fromKey(String key) {
        return Optional.ofNullable(ByKey.MAP.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns the fields of a section, in catalogue order.
     *
     * @param section the section, not null
     * @return an unmodifiable set in catalogue order, not null
     */
    public static Set<BatteryField> inSection(Section section) {
        return ByKey.SECTIONS.get(Objects.requireNonNull(section, "section"));
    }

    /** Lookup tables built once after the constants exist. */
    private static final class ByKey {
        static final Map<String, BatteryField> MAP;
        static final Map<Section, Set<BatteryField>> SECTIONS;

        static {
            Map<String, BatteryField> map = new HashMap<>();
            Map<Section, Set<BatteryField>> sections = new java.util.EnumMap<>(Section.class);
            for (Section s : Section.values()) {
                sections.put(s, EnumSet.noneOf(BatteryField.class));
            }
            for (BatteryField f : values()) {
                map.put(f.key(), f);
                sections.get(f.section()).add(f);
            }
            for (Section s : Section.values()) {
                sections.put(s, Collections.unmodifiableSet(sections.get(s)));
            }
            MAP = Collections.unmodifiableMap(map);
            SECTIONS = Collections.unmodifiableMap(sections);
            FieldCatalogue.checkComplete(MAP.keySet());
        }

        private ByKey() {
        }
    }

    /**
     * Returns the Java type of this field's value in dppkit passports (added by the passport
     * model): for example {@link Quantity} for {@code ratedCapacity}, {@link Chemistry} for
     * {@code chemistry}, {@link String} for {@code manufacturer.name}. For a list field
     * ({@link #isList()}) this is the element type and the value is an unmodifiable
     * {@code List} of it.
     *
     * @return the type, not null
     */
    public Class<?> valueType() {
        return FieldTypes.valueType(this);
    }
}
