package org.dppkit.battery.json;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.battery.internal.PassportInternals;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;

/**
 * Turns a read document into a passport: rebuilds the model and batch passports named in
 * {@code derivedFrom}, puts each value on the level its provenance names (or, without
 * provenance, the broadest level present at which the field's scope lets it be set), and checks
 * the identity fields that the passport derives from its identifier. Stateless.
 */
final class PassportAssembler {

    /** Fields whose value the passport model derives from the identifier and category. */
    static final Set<BatteryField> DERIVED = EnumSet.of(BatteryField.UNIQUE_IDENTIFIER,
            BatteryField.MODEL_IDENTIFIER, BatteryField.BATCH_NUMBER, BatteryField.SERIAL_NUMBER,
            BatteryField.BATTERY_CATEGORY);

    private static final BatteryField[] FIELDS = BatteryField.values();

    private PassportAssembler() {
    }

    static BatteryPassport assemble(ParsedDocument d) {
        ModelPassport model = null;
        BatchPassport batch = null;
        if (d.model != null) {
            ModelPassport.Builder b = ModelPassport.builder(d.category, d.model.link);
            model = build(d, fill(d, b, PassportLevel.MODEL, d.model), "/derivedFrom/model");
        }
        if (d.batch != null) {
            BatchPassport.Builder b = model != null ? BatchPassport.builder(model, d.batch.link)
                    : BatchPassport.builder(d.category, d.batch.link);
            batch = build(d, fill(d, b, PassportLevel.BATCH, d.batch), "/derivedFrom/batch");
        }
        BatteryPassport self;
        switch (d.level) {
            case MODEL:
                self = build(d, fill(d, ModelPassport.builder(d.category, d.idLink), d.level, null), "");
                break;
            case BATCH:
                self = build(d, fill(d, model != null ? BatchPassport.builder(model, d.idLink)
                        : BatchPassport.builder(d.category, d.idLink), d.level, null), "");
                break;
            default:
                BatteryPassport parent = batch != null ? batch : model;
                self = build(d, fill(d, parent != null ? ItemPassport.builder(parent, d.idLink)
                        : ItemPassport.builder(d.category, d.idLink), d.level, null), "");
                break;
        }
        for (BatteryField f : DERIVED) {
            Object v = d.values[f.ordinal()];
            if (v != null) {
                Optional<Object> actual = self.get(f);
                if (actual.isEmpty() || !actual.get().equals(v)) {
                    throw d.failAtField(PassportErrorCode.DERIVED_FIELD, f,
                            "field \"" + f.key() + "\" follows from the identifier and "
                            + "category: expected " + actual.map(a -> "\"" + a + "\"").orElse("no value")
                            + " but found \"" + JsonCursor.truncate(String.valueOf(v)) + "\"", null);
                }
            }
        }
        // A document for a narrower audience than ISSUER holds only that audience's fields: the
        // passport says so, and refuses to be revised or written as if it were complete.
        return d.audience == Audience.ISSUER ? self : self.restrictTo(d.audience);
    }

    /** The level whose passport holds a field's value in this document. */
    private static PassportLevel layer(ParsedDocument d, BatteryField f) {
        PassportLevel p = d.provenance[f.ordinal()];
        return p != null ? p : placement(f, d.level, d.model != null, d.batch != null);
    }

    /**
     * Where a value goes when the document gives no provenance for it: the broadest level
     * present that the field's scope allows. The writer lists in {@code provenance} every value
     * this rule would misplace.
     *
     * @param f the field
     * @param level the document's own level
     * @param model whether {@code derivedFrom} names a model passport
     * @param batch whether {@code derivedFrom} names a batch passport
     */
    static PassportLevel placement(BatteryField f, PassportLevel level, boolean model, boolean batch) {
        switch (f.scope()) {
            case MODEL:
                return model ? PassportLevel.MODEL : batch ? PassportLevel.BATCH : level;
            case BATCH:
                return batch ? PassportLevel.BATCH : level;
            default:
                return level;
        }
    }

    private static <B extends PassportBuilder<B, ?>> B fill(ParsedDocument d, B b, PassportLevel level,
            ParsedDocument.Parent header) {
        for (BatteryField f : FIELDS) {
            Object v = d.values[f.ordinal()];
            if (v == null || DERIVED.contains(f) || layer(d, f) != level) {
                continue;
            }
            try {
                b.set(f, v);
            } catch (IllegalArgumentException e) {
                throw d.failAtField(JsonCursor.codeOf(e, PassportErrorCode.BAD_FORMAT), f,
                        "the passport model rejects the value of \"" + f.key() + "\": "
                        + e.getMessage(), e);
            }
        }
        try {
            if (header == null) {
                PassportInternals.restoreVersion(b, d.version, d.revisedAt).issuedAt(d.issuedAt);
            } else {
                PassportInternals.restoreVersion(b, header.version, header.revisedAt)
                        .issuedAt(header.issuedAt);
            }
        } catch (IllegalArgumentException e) {
            throw new PassportFormatException(JsonCursor.codeOf(e, PassportErrorCode.BAD_FORMAT),
                    "the passport model rejects the header: " + e.getMessage(),
                    header == null ? "" : "/derivedFrom/" + level.name().toLowerCase(java.util.Locale.ROOT),
                    header == null ? d.endLine : header.line, header == null ? d.endColumn : header.column, e);
        }
        return b;
    }

    private static <P extends BatteryPassport> P build(ParsedDocument d, PassportBuilder<?, P> b,
            String pointer) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new PassportFormatException(JsonCursor.codeOf(e, PassportErrorCode.BAD_FORMAT),
                    "the passport model rejects the document: " + e.getMessage(),
                    pointer, d.endLine, d.endColumn, e);
        }
    }
}
