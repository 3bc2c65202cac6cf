package org.dppkit.battery.json;

import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/**
 * A passport identifier: a GTIN-based GS1 Digital Link and the level its qualifiers imply
 * (serial: ITEM; lot only: BATCH; neither: MODEL). Immutable.
 */
final class LinkPath {

    final DigitalLink link;
    final String gtin;
    final String lot;
    final PassportLevel level;

    private LinkPath(DigitalLink link) {
        this.link = link;
        this.gtin = link.gtin().toString();
        this.lot = link.lot().orElse(null);
        this.level = link.serial().isPresent() ? PassportLevel.ITEM
                : lot != null ? PassportLevel.BATCH : PassportLevel.MODEL;
    }

    static String shape(PassportLevel level) {
        switch (level) {
            case MODEL:
                return "/01/{gtin}";
            case BATCH:
                return "/01/{gtin}/10/{lot}";
            default:
                return "/01/{gtin}/21/{serial} or /01/{gtin}/10/{lot}/21/{serial}";
        }
    }

    /**
     * Parses a GTIN-based Digital Link URI.
     *
     * @throws IllegalArgumentException with the reason when it is not one
     */
    static LinkPath parse(String uri) {
        DigitalLink link = DigitalLink.parse(uri);
        if (!link.hasGtin()) {
            throw new IllegalArgumentException("the primary key is not a GTIN (AI 01)");
        }
        return new LinkPath(link);
    }
}
