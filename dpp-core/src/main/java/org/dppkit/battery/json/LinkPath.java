package org.dppkit.battery.json;

import org.dppkit.core.PassportLevel;

/**
 * The primary key and qualifiers of a GS1 Digital Link URI, as far as the passport format needs
 * them: GTIN, lot and serial, and the level they imply. Immutable.
 */
final class LinkPath {

    final String gtin;
    final String lot;
    final String serial;
    final PassportLevel level;

    private LinkPath(String gtin, String lot, String serial) {
        this.gtin = gtin;
        this.lot = lot;
        this.serial = serial;
        this.level = serial != null ? PassportLevel.ITEM : lot != null ? PassportLevel.BATCH : PassportLevel.MODEL;
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

    /** Parses an http(s) Digital Link URI; returns null when it does not have that form. */
    static LinkPath parse(String uri) {
        int scheme = uri.startsWith("https://") ? 8 : uri.startsWith("http://") ? 7 : -1;
        if (scheme < 0 || uri.indexOf('?') >= 0 || uri.indexOf('#') >= 0) {
            return null;
        }
        int slash = uri.indexOf('/', scheme);
        if (slash <= scheme) {
            return null;
        }
        String[] seg = uri.substring(slash + 1).split("/", -1);
        for (int i = 0; i + 1 < seg.length; i++) {
            if (seg[i].equals("01") && isGtin(seg[i + 1])) {
                return qualifiers(seg, i + 2, seg[i + 1]);
            }
        }
        return null;
    }

    private static LinkPath qualifiers(String[] seg, int from, String gtin) {
        String lot = null;
        String serial = null;
        int i = from;
        if (i + 1 < seg.length && seg[i].equals("10")) {
            lot = seg[i + 1];
            i += 2;
        }
        if (i + 1 < seg.length && seg[i].equals("21")) {
            serial = seg[i + 1];
            i += 2;
        }
        if (i != seg.length || (lot != null && lot.isEmpty()) || (serial != null && serial.isEmpty())) {
            return null;
        }
        return new LinkPath(gtin, lot, serial);
    }

    private static boolean isGtin(String s) {
        if (s.length() != 14) {
            return false;
        }
        for (int i = 0; i < 14; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
