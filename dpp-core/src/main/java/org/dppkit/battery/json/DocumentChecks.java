package org.dppkit.battery.json;

import org.dppkit.battery.BatteryField;
import org.dppkit.battery.PassportErrorCode;
import org.dppkit.core.PassportLevel;

/**
 * Consistency rules of a document that span several properties: the identifier's level, the
 * {@code derivedFrom} passports, the audience and the provenance. Stateless.
 */
final class DocumentChecks {

    private static final BatteryField[] FIELDS = BatteryField.values();

    private DocumentChecks() {
    }

    static void check(ParsedDocument d) {
        LinkPath id;
        try {
            id = LinkPath.parse(d.id);
        } catch (IllegalArgumentException e) {
            throw new PassportFormatException(PassportErrorCode.BAD_IDENTIFIER,
                    "expected a GS1 Digital Link URI (https://{domain}/01/{gtin}"
                    + "[/10/{lot}][/21/{serial}]) but found string \"" + JsonCursor.truncate(d.id) + "\" ("
                    + e.getMessage() + ")", "/id", d.idLine, d.idColumn, e);
        }
        if (id.level != d.level) {
            throw new PassportFormatException(PassportErrorCode.WRONG_LEVEL_IDENTIFIER,
                    "identifier \"" + JsonCursor.truncate(d.id) + "\" is a "
                    + id.level + " identifier but level is " + d.level + " (expected "
                    + LinkPath.shape(d.level) + ")", "/id", d.idLine, d.idColumn, null);
        }
        d.idLink = id.link;
        checkDerivedFrom(d, id);
        for (BatteryField f : FIELDS) {
            if (d.values[f.ordinal()] != null && !d.audience.mayRead(f.access())) {
                throw d.failAtField(PassportErrorCode.FIELD_NOT_IN_AUDIENCE, f,
                        "field \"" + f.key() + "\" (access " + f.access()
                        + ") may not appear in a document for audience " + d.audience, null);
            }
            PassportLevel p = d.provenance[f.ordinal()];
            if (p == null) {
                continue;
            }
            String ptr = "/provenance/" + ParsedDocument.escape(f.key());
            if (d.values[f.ordinal()] == null) {
                throw new PassportFormatException(PassportErrorCode.BAD_PROVENANCE,
                        "provenance given for field \"" + f.key()
                        + "\", which has no value in \"fields\"", ptr, d.provenanceLine,
                        d.provenanceColumn, null);
            }
            if (d.level.isBroaderThan(p)) {
                throw new PassportFormatException(PassportErrorCode.BAD_PROVENANCE,
                        "provenance " + p + " is narrower than the "
                        + d.level + " passport itself (expected " + levelsUpTo(d.level) + ")", ptr,
                        d.provenanceLine, d.provenanceColumn, null);
            }
            if (p != d.level && (p == PassportLevel.MODEL ? d.model : d.batch) == null) {
                throw new PassportFormatException(PassportErrorCode.BAD_PROVENANCE,
                        "provenance " + p + " names a " + p
                        + " passport that \"derivedFrom\" does not identify", ptr, d.provenanceLine,
                        d.provenanceColumn, null);
            }
        }
    }

    private static String levelsUpTo(PassportLevel level) {
        StringBuilder sb = new StringBuilder();
        for (PassportLevel l : PassportLevel.values()) {
            sb.append(sb.length() == 0 ? "" : " or ").append(l);
            if (l == level) {
                break;
            }
        }
        return sb.toString();
    }

    private static void checkDerivedFrom(ParsedDocument d, LinkPath id) {
        if (d.model == null && d.batch == null) {
            return;
        }
        if (d.level == PassportLevel.MODEL) {
            throw new PassportFormatException(PassportErrorCode.WRONG_PARENT,
                    "a MODEL passport derives from no other passport "
                    + "(expected no \"derivedFrom\")", "/derivedFrom", d.derivedLine, d.derivedColumn, null);
        }
        if (d.batch != null && d.level == PassportLevel.BATCH) {
            throw new PassportFormatException(PassportErrorCode.WRONG_PARENT,
                    "a BATCH passport derives from a model only (expected no "
                    + "\"batch\")", "/derivedFrom/batch", d.batch.line, d.batch.column, null);
        }
        checkParent(id, d.model, PassportLevel.MODEL, "/derivedFrom/model/id");
        checkParent(id, d.batch, PassportLevel.BATCH, "/derivedFrom/batch/id");
    }

    private static void checkParent(LinkPath id, ParsedDocument.Parent parent, PassportLevel expected,
            String pointer) {
        if (parent == null) {
            return;
        }
        LinkPath p;
        try {
            p = LinkPath.parse(parent.id);
        } catch (IllegalArgumentException e) {
            throw new PassportFormatException(PassportErrorCode.BAD_IDENTIFIER,
                    "expected a " + expected + " identifier ("
                    + LinkPath.shape(expected) + ") but found string \"" + JsonCursor.truncate(parent.id)
                    + "\" (" + e.getMessage() + ")", pointer, parent.line, parent.column, e);
        }
        if (p.level != expected) {
            throw new PassportFormatException(PassportErrorCode.WRONG_LEVEL_IDENTIFIER,
                    "expected a " + expected + " identifier ("
                    + LinkPath.shape(expected) + ") but found a " + p.level + " identifier \""
                    + JsonCursor.truncate(parent.id) + "\"", pointer, parent.line, parent.column, null);
        }
        if (!p.gtin.equals(id.gtin)) {
            throw new PassportFormatException(PassportErrorCode.IDENTIFIER_MISMATCH,
                    "expected a passport of GTIN " + id.gtin
                    + " but found GTIN " + p.gtin, pointer, parent.line, parent.column, null);
        }
        if (expected == PassportLevel.BATCH && id.lot != null && !id.lot.equals(p.lot)) {
            throw new PassportFormatException(PassportErrorCode.IDENTIFIER_MISMATCH,
                    "expected the batch of lot \"" + JsonCursor.truncate(id.lot)
                    + "\" named in the identifier but found lot \"" + JsonCursor.truncate(p.lot) + "\"",
                    pointer, parent.line, parent.column, null);
        }
        parent.link = p.link;
    }
}
