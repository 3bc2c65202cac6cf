package org.dppkit.gs1;

import java.util.Arrays;

/**
 * The code lists behind the {@code packagetype} and {@code mediatype} linters of the GS1 Barcode
 * Syntax Dictionary, as GS1's Barcode Syntax Engine checks them ({@code gs1_lint_packagetype},
 * {@code gs1_lint_mediatype}); sources are named in the module's NOTICE. Stateless.
 *
 * <ul>
 * <li>AI (7041) UFRGT unit type: a package type code of UN/ECE Recommendation 21, Annex V and VI
 *     (two characters), or one of GS1's pallet codes {@code 200} to {@code 214}.</li>
 * <li>AI (7241) AIDC media type: the GS1 code list, {@code 01} to {@code 10}, and {@code 80}
 *     to {@code 99} for company internal use.</li>
 * </ul>
 */
final class CodeLists {

    /** UN/ECE Recommendation 21 package type codes and GS1 pallet codes, sorted. */
    private static final String[] PACKAGE_TYPES = sorted(
            "1A", "1B", "1D", "1F", "1G", "1W", "200", "201", "202", "203", "204", "205", "206",
            "210", "211", "212", "213", "214", "2C", "3A", "3H", "43", "44", "4A", "4B", "4C", "4D",
            "4F", "4G", "4H", "5H", "5L", "5M", "6H", "6P", "7A", "7B", "8A", "8B", "8C", "AA", "AB",
            "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AL", "AM", "AP", "AT", "AV", "B4", "BA",
            "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP",
            "BQ", "BR", "BS", "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CE",
            "CF", "CG", "CH", "CI", "CJ", "CK", "CL", "CM", "CN", "CO", "CP", "CQ", "CR", "CS", "CT",
            "CU", "CV", "CW", "CX", "CY", "CZ", "DA", "DB", "DC", "DG", "DH", "DI", "DJ", "DK", "DL",
            "DM", "DN", "DP", "DR", "DS", "DT", "DU", "DV", "DW", "DX", "DY", "EC", "ED", "EE", "EF",
            "EG", "EH", "EI", "EN", "FB", "FC", "FD", "FE", "FI", "FL", "FO", "FP", "FR", "FT", "FW",
            "FX", "GB", "GI", "GL", "GR", "GU", "GY", "GZ", "HA", "HB", "HC", "HG", "HN", "HR", "IA",
            "IB", "IC", "ID", "IE", "IF", "IG", "IH", "IK", "IL", "IN", "IZ", "JB", "JC", "JG", "JR",
            "JT", "JY", "KG", "KI", "LE", "LG", "LT", "LU", "LV", "LZ", "MA", "MB", "MC", "ME", "MR",
            "MS", "MT", "MW", "MX", "NA", "NE", "NF", "NG", "NS", "NT", "NU", "NV", "O1", "O2", "O3",
            "O4", "O5", "O6", "O7", "O8", "O9", "OA", "OB", "OC", "OD", "OE", "OF", "OG", "OH", "OI",
            "OJ", "OK", "OL", "OM", "ON", "OP", "OQ", "OR", "OS", "OT", "OU", "OV", "OW", "OX", "OY",
            "OZ", "P1", "P2", "P3", "P4", "PA", "PB", "PC", "PD", "PE", "PF", "PG", "PH", "PI", "PJ",
            "PK", "PL", "PN", "PO", "PP", "PR", "PT", "PU", "PV", "PX", "PY", "PZ", "QA", "QB", "QC",
            "QD", "QF", "QG", "QH", "QJ", "QK", "QL", "QM", "QN", "QP", "QQ", "QR", "QS", "RD", "RG",
            "RJ", "RK", "RL", "RO", "RT", "RZ", "SA", "SB", "SC", "SD", "SE", "SH", "SI", "SK", "SL",
            "SM", "SO", "SP", "SS", "ST", "SU", "SV", "SW", "SX", "SY", "SZ", "T1", "TB", "TC", "TD",
            "TE", "TG", "TI", "TK", "TL", "TN", "TO", "TR", "TS", "TT", "TU", "TV", "TW", "TY", "TZ",
            "UC", "UN", "VA", "VG", "VI", "VK", "VL", "VN", "VO", "VP", "VQ", "VR", "VS", "VY", "WA",
            "WB", "WC", "WD", "WF", "WG", "WH", "WJ", "WK", "WL", "WM", "WN", "WP", "WQ", "WR", "WS",
            "WT", "WU", "WV", "WW", "WX", "WY", "WZ", "XA", "XB", "XC", "XD", "XF", "XG", "XH", "XJ",
            "XK", "YA", "YB", "YC", "YD", "YF", "YG", "YH", "YJ", "YK", "YL", "YM", "YN", "YP", "YQ",
            "YR", "YS", "YT", "YV", "YW", "YX", "YY", "YZ", "ZA", "ZB", "ZC", "ZD", "ZF", "ZG", "ZH",
            "ZJ", "ZK", "ZL", "ZM", "ZN", "ZP", "ZQ", "ZR", "ZS", "ZT", "ZU", "ZV", "ZW", "ZX", "ZY",
            "ZZ");

    private CodeLists() {
    }

    private static String[] sorted(String... codes) {
        String[] copy = codes.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Tells whether {@code text[from, to)} is a package type code. */
    static boolean isPackageType(CharSequence text, int from, int to) {
        return Arrays.binarySearch(PACKAGE_TYPES, text.subSequence(from, to).toString()) >= 0;
    }

    /** Tells whether {@code text[from, to)} is an AIDC media type code. */
    static boolean isMediaType(CharSequence text, int from, int to) {
        if (to - from != 2 || !Linters.allDigits(text, from, to)) {
            return false;
        }
        int v = (int) Linters.number(text, from, to);
        return v >= 1 && v <= 10 || v >= 80;
    }
}
