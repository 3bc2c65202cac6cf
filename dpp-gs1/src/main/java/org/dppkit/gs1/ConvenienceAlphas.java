package org.dppkit.gs1;

/**
 * The path names of GS1 Digital Link 1.0 to 1.2 ("convenience alphas"), removed in URI Syntax
 * 1.3.0; internal, used only when {@link ParseOptions#allowsConvenienceAlphas()} is on.
 */
final class ConvenienceAlphas {

    private static final String[][] NAMES = {
        {"gtin", "01"}, {"itip", "8006"}, {"gmn", "8013"}, {"cpid", "8010"}, {"gln", "414"},
        {"party", "417"}, {"gsrnp", "8017"}, {"gsrn", "8018"}, {"gcn", "255"}, {"sscc", "00"},
        {"gdti", "253"}, {"ginc", "401"}, {"gsin", "402"}, {"grai", "8003"}, {"giai", "8004"},
        {"cpv", "22"}, {"lot", "10"}, {"ser", "21"}, {"cpsn", "8011"}, {"glnx", "254"},
        {"refno", "8020"}, {"srin", "8019"}, {"payto", "415"}
    };

    private ConvenienceAlphas() {
    }

    /** Returns the AI for the name {@code text[from, to)}, or null. */
    static String code(CharSequence text, int from, int to) {
        for (String[] entry : NAMES) {
            String name = entry[0];
            if (name.length() == to - from) {
                boolean same = true;
                for (int i = 0; i < name.length(); i++) {
                    if (text.charAt(from + i) != name.charAt(i)) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return entry[1];
                }
            }
        }
        return null;
    }
}
