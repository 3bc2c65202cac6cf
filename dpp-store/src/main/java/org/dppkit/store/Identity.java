package org.dppkit.store;

import java.util.Optional;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * The GS1 identity of a stored passport, whatever the domain of its link: the key column
 * {@code id_key} ({@code 01/{gtin}}, {@code 01/{gtin}/10/{lot}} or {@code 01/{gtin}/21/{serial}};
 * the level fixes the prefix and the rest is the whole value, so keys never collide) and the
 * columns GTIN, lot (an item's lot from its identifier or parent batch) and serial.
 */
final class Identity {

    final PassportLevel level;
    final String key;
    final String gtin;
    /** The lot of a batch, or of an item when known; null otherwise. */
    final String lot;
    /** The serial of an item; null otherwise. */
    final String serial;

    private Identity(PassportLevel level, String gtin, String lot, String serial) {
        this.level = level;
        this.gtin = gtin;
        this.lot = lot;
        this.serial = serial;
        this.key = key(level, gtin, lot, serial);
    }

    /** Returns the identity of a passport. */
    static Identity of(BatteryPassport passport) {
        DigitalLink id = passport.id();
        if (!id.hasGtin()) {
            throw new IllegalArgumentException("passport: identifier " + id + " has no GTIN, AI (01)");
        }
        String gtin = id.gtin().toString();
        switch (passport.level()) {
            case MODEL:
                return new Identity(PassportLevel.MODEL, gtin, null, null);
            case BATCH:
                return new Identity(PassportLevel.BATCH, gtin, ((BatchPassport) passport).lot(), null);
            default:
                ItemPassport item = (ItemPassport) passport;
                String lot = id.lot().orElseGet(() -> item.batch().map(BatchPassport::lot).orElse(null));
                return new Identity(PassportLevel.ITEM, gtin, lot, item.serial());
        }
    }

    /** Returns the identity a link names by its qualifiers, or empty without a GTIN. */
    static Optional<Identity> ofLink(DigitalLink link) {
        if (!link.hasGtin()) {
            return Optional.empty();
        }
        String gtin = link.gtin().toString();
        String lot = link.lot().orElse(null);
        if (link.serial().isPresent()) {
            return Optional.of(new Identity(PassportLevel.ITEM, gtin, lot, link.serial().get()));
        }
        if (lot != null) {
            return Optional.of(new Identity(PassportLevel.BATCH, gtin, lot, null));
        }
        return Optional.of(new Identity(PassportLevel.MODEL, gtin, null, null));
    }

    /** Returns the identity of the batch a link names (its GTIN and lot). */
    static Identity batch(String gtin, String lot) {
        return new Identity(PassportLevel.BATCH, gtin, lot, null);
    }

    /** Returns the identity of the model of a GTIN. */
    static Identity model(String gtin) {
        return new Identity(PassportLevel.MODEL, gtin, null, null);
    }

    /** Returns the key of an identity. */
    static String key(PassportLevel level, String gtin, String lot, String serial) {
        switch (level) {
            case MODEL:
                return "01/" + gtin;
            case BATCH:
                return "01/" + gtin + "/10/" + lot;
            default:
                return "01/" + gtin + "/21/" + serial;
        }
    }

    /** Returns a link naming a stored key on the canonical domain, for messages. */
    static String describe(String key) {
        return DigitalLink.CANONICAL_DOMAIN + "/" + key;
    }

    @Override
    public String toString() {
        return key;
    }
}
