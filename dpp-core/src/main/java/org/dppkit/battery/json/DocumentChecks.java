package org.dppkit.battery.json;

import org.dppkit.battery.BatteryField;
import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;

/**
 * Consistency rules of a document that span several properties: the identifier's level, the
 * {@code derivedFrom} identifiers, the audience and the provenance. Stateless.
 */
final class DocumentChecks {

    private static final BatteryField[] FIELDS = BatteryField.values();

    private DocumentChecks() {
    }

    static void check(PassportDocument d) {
        LinkPath id;
        try {
            id = LinkPath.parse(d.id);
        } catch (IllegalArgumentException e) {
            throw new PassportFormatException("expected a GS1 Digital Link URI (https://{domain}/01/{gtin}"
                    + "[/10/{lot}][/21/{serial}]) but found string \"" + JsonCursor.truncate(d.id) + "\" ("
                    + e.getMessage() + ")", "/id", d.idLine, d.idColumn, e);
        }
        d.idLink = id.link;
        if (id.level != d.level) {
            throw new PassportFormatException("identifier \"" + JsonCursor.truncate(d.id) + "\" is a "
                    + id.level + " identifier but level is " + d.level + " (expected "
                    + LinkPath.shape(d.level) + ")", "/id", d.idLine, d.idColumn, null);
        }
        checkDerivedFrom(d, id);
        for (BatteryField f : FIELDS) {
            if (d.values[f.ordinal()] != null && !d.audience.mayRead(f.access())) {
                throw d.failAtField(f, "field \"" + f.key() + "\" (access " + f.access()
                        + ") may not appear in a document for audience " + d.audience, null);
            }
            PassportLevel p = d.provenance[f.ordinal()];
            if (p == null) {
                continue;
            }
            String ptr = "/provenance/" + PassportDocument.escape(f.key());
            if (d.values[f.ordinal()] == null) {
                throw new PassportFormatException("provenance given for field \"" + f.key()
                        + "\", which has no value in \"fields\"", ptr, d.provenanceLine,
                        d.provenanceColumn, null);
            }
            if (d.level.isBroaderThan(p)) {
                throw new PassportFormatException("provenance " + p + " is narrower than the "
                        + d.level + " passport itself (expected " + levelsUpTo(d.level) + ")", ptr,
                        d.provenanceLine, d.provenanceColumn, null);
            }
            if (p != d.level && !derives(d, p)) {
                throw new PassportFormatException("provenance " + p + " names a " + p
                        + " passport that \"derivedFrom\" does not identify", ptr, d.provenanceLine,
                        d.provenanceColumn, null);
            }
        }
    }

    private static boolean derives(PassportDocument d, PassportLevel p) {
        return p == PassportLevel.MODEL ? d.derivedFromModel != null : d.derivedFromBatch != null;
    }

    private static String levelsUpTo(PassportLevel level) {
        StringBuilder sb = new StringBuilder();
        for (PassportLevel l : PassportLevel.values()) {
            if (!level.isBroaderThan(l)) {
                sb.append(sb.length() == 0 ? "" : " or ").append(l);
            }
            if (l == level) {
                break;
            }
        }
        return sb.toString();
    }

    private static void checkDerivedFrom(PassportDocument d, LinkPath id) {
        if (d.derivedFromModel == null && d.derivedFromBatch == null) {
            return;
        }
        if (d.level == PassportLevel.MODEL) {
            throw new PassportFormatException("a MODEL passport derives from no other passport "
                    + "(expected no \"derivedFrom\")", "/derivedFrom", d.derivedLine, d.derivedColumn, null);
        }
        if (d.derivedFromBatch != null && d.level == PassportLevel.BATCH) {
            throw new PassportFormatException("a BATCH passport derives from a model only (expected no "
                    + "\"batch\")", "/derivedFrom/batch", d.derivedLine, d.derivedColumn, null);
        }
        LinkPath model = checkParent(d, id, d.derivedFromModel, PassportLevel.MODEL, "/derivedFrom/model");
        LinkPath batch = checkParent(d, id, d.derivedFromBatch, PassportLevel.BATCH, "/derivedFrom/batch");
        d.modelLink = model == null ? null : model.link;
        d.batchLink = batch == null ? null : batch.link;
    }

    private static LinkPath checkParent(PassportDocument d, LinkPath id, String parent,
            PassportLevel expected, String pointer) {
        if (parent == null) {
            return null;
        }
        LinkPath p;
        try {
            p = LinkPath.parse(parent);
        } catch (IllegalArgumentException e) {
            throw new PassportFormatException("expected a " + expected + " identifier ("
                    + LinkPath.shape(expected) + ") but found string \"" + JsonCursor.truncate(parent)
                    + "\" (" + e.getMessage() + ")", pointer, d.derivedLine, d.derivedColumn, e);
        }
        if (p.level != expected) {
            throw new PassportFormatException("expected a " + expected + " identifier ("
                    + LinkPath.shape(expected) + ") but found a " + p.level + " identifier \""
                    + JsonCursor.truncate(parent) + "\"", pointer, d.derivedLine, d.derivedColumn, null);
        }
        if (!p.gtin.equals(id.gtin)) {
            throw new PassportFormatException("expected a passport of GTIN " + id.gtin
                    + " but found GTIN " + p.gtin, pointer, d.derivedLine, d.derivedColumn, null);
        }
        if (expected == PassportLevel.BATCH && id.lot != null && !id.lot.equals(p.lot)) {
            throw new PassportFormatException("expected the batch of lot \"" + JsonCursor.truncate(id.lot)
                    + "\" named in the identifier but found lot \"" + JsonCursor.truncate(p.lot) + "\"",
                    pointer, d.derivedLine, d.derivedColumn, null);
        }
        return p;
    }
}
