package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

/**
 * The content rules ("linters") of the GS1 Barcode Syntax Dictionary; internal. Each check is
 * applied to one component {@code text[from, to)} of an AI value that starts at
 * {@code valueFrom}; reported positions are {@code offset + (index - valueFrom)}.
 */
final class Linters {

    private static final String CSUMALPHA_CHARS =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSUMALPHA_CHECK = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
        97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181,
        191, 193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281,
        283, 293, 307, 311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397,
        401, 409, 419, 421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503,
        509, 521, 523, 541
    };

    /**
     * ISO 3166-1 numeric country codes as a bitmap (bit v of word v / 64, most significant bit
     * first), the list of the GS1 Barcode Syntax Dictionary's iso3166 linter.
     */
    private static final long[] ISO3166 = {
        0x08a888898888b888L, 0x8aa80a2888888888L, 0x0888888a22232889L, 0x88188a2221e322a2L,
        0x2a2a180088888888L, 0x888a888888888888L, 0x888288a2622a22a2L, 0x222222228808b888L,
        0x8888970808222222L, 0x2de102888888a222L, 0x320a1b222222a203L, 0xe20808c8088888a8L,
        0x8888889a89002021L, 0xe080222a00082102L, 0x0000000000000000L, 0x0000000000000000L
    };

    /** ISO 3166-1 alpha-2 codes as a bitmap indexed by (first - 'A') * 26 + (second - 'A'). */
    private static final long[] ISO3166_ALPHA2 = {
        0x1e9afb77f7bdbb7bL, 0xe4fc21a8012b0070L, 0x003a900df9dfa800L, 0xb160181ef00202c0L,
        0x00b8d42f8281f2bfL, 0x3fffeba4d2100080L, 0x023cf1ca80000002L, 0x008a8fbfe75cddf9L,
        0x59820820eaa10200L, 0x4002000000000800L, 0x1020020080000000L
    };

    /** ISO 4217 numeric currency codes as a bitmap, as {@link #ISO3166}. */
    private static final long[] ISO4217 = {
        0x008800008808b808L, 0x8880082080880808L, 0x0880808800220009L, 0x8010820202822000L,
        0x0202000008000000L, 0x8888088888888080L, 0x088288a262222002L, 0x022200008800a080L,
        0x88080c0008220200L, 0x2022028880000020L, 0x1202000000202202L, 0xa200008000088888L,
        0x0088880081002020L, 0x2080002800002200L, 0x0400000dfeadbfdfL, 0xfdfdfce225000000L
    };

    private Linters() {
    }

    private static boolean inBitmap(long[] bitmap, int v) {
        return v >= 0 && v / 64 < bitmap.length && (bitmap[v / 64] & (Long.MIN_VALUE >>> (v % 64))) != 0;
    }

    /** Tells whether the text is a known ISO 3166-1 numeric code. */
    static boolean isIso3166(CharSequence text, int from, int to) {
        return to - from == 3 && allDigits(text, from, to)
                && inBitmap(ISO3166, (int) number(text, from, to));
    }

    /** Tells whether the text is a known ISO 3166-1 alpha-2 code. */
    static boolean isIso3166Alpha2(CharSequence text, int from, int to) {
        return to - from == 2 && upper(text.charAt(from)) && upper(text.charAt(from + 1))
                && inBitmap(ISO3166_ALPHA2, (text.charAt(from) - 'A') * 26 + text.charAt(from + 1) - 'A');
    }

    /** Linters with a cheap fast path, by id; every other linter has id 0. */
    static final int OTHER = 0;
    static final int CSUM = 1;
    static final int GCPPOS1 = 2;
    static final int GCPPOS2 = 3;

    /** Returns the fast-path id of a linter name. */
    static int id(String linter) {
        switch (linter) {
            case "csum":
                return CSUM;
            case "gcppos1":
                return GCPPOS1;
            case "gcppos2":
                return GCPPOS2;
            default:
                return OTHER;
        }
    }

    /** Applies a linter by fast-path id, falling back to its name. */
    static void check(int id, String linter, ApplicationIdentifier ai, CharSequence text,
            int from, int to, int valueFrom, int offset) {
        switch (id) {
            case CSUM:
                csum(ai, text, from, to, valueFrom, offset);
                break;
            case GCPPOS1:
                gcp(ai, text, from, to, valueFrom, offset, 0);
                break;
            case GCPPOS2:
                gcp(ai, text, from, to, valueFrom, offset, 1);
                break;
            default:
                check(linter, ai, text, from, to, valueFrom, offset);
                break;
        }
    }

    static void check(String linter, ApplicationIdentifier ai, CharSequence text, int from,
            int to, int valueFrom, int offset) {
        switch (linter) {
            case "csum":
                csum(ai, text, from, to, valueFrom, offset);
                break;
            case "csumalpha":
                csumalpha(ai, text, from, to, valueFrom, offset);
                break;
            case "yymmd0":
                date(ai, text, from, to, valueFrom, offset, 2, true);
                break;
            case "yymmdd":
                date(ai, text, from, to, valueFrom, offset, 2, false);
                break;
            case "yyyymmdd":
                date(ai, text, from, to, valueFrom, offset, 4, false);
                break;
            case "yyyymmd0":
                date(ai, text, from, to, valueFrom, offset, 4, true);
                break;
            case "hhmi":
                range(ai, text, from, from + 2, valueFrom, offset, 0, 23, "hour");
                range(ai, text, from + 2, from + 4, valueFrom, offset, 0, 59, "minute");
                break;
            case "hh":
                range(ai, text, from, to, valueFrom, offset, 0, 23, "hour");
                break;
            case "mi":
                range(ai, text, from, to, valueFrom, offset, 0, 59, "minute");
                break;
            case "ss":
                range(ai, text, from, to, valueFrom, offset, 0, 59, "second");
                break;
            case "nonzero":
                if (allChar(text, from, to, '0')) {
                    fail(ai, text, from, valueFrom, offset, "must not be zero");
                }
                break;
            case "zero":
                if (!allChar(text, from, to, '0')) {
                    fail(ai, text, from, valueFrom, offset, "must be zero");
                }
                break;
            case "nozeroprefix":
                if (to - from > 1 && text.charAt(from) == '0') {
                    fail(ai, text, from, valueFrom, offset, "must not start with '0'");
                }
                break;
            case "hasnondigit":
                if (allDigits(text, from, to)) {
                    fail(ai, text, from, valueFrom, offset, "must hold a non-digit character");
                }
                break;
            case "yesno":
                if (to - from != 1 || (text.charAt(from) != '0' && text.charAt(from) != '1')) {
                    fail(ai, text, from, valueFrom, offset, "must be 0 (no) or 1 (yes)");
                }
                break;
            case "hyphen":
                for (int i = from; i < to; i++) {
                    if (text.charAt(i) != '-') {
                        fail(ai, text, i, valueFrom, offset, "may only hold '-' here");
                    }
                }
                break;
            case "winding":
                if (to - from != 1 || "019".indexOf(text.charAt(from)) < 0) {
                    fail(ai, text, from, valueFrom, offset, "winding direction must be 0, 1 or 9");
                }
                break;
            case "iso5218":
                if (to - from != 1 || "0129".indexOf(text.charAt(from)) < 0) {
                    fail(ai, text, from, valueFrom, offset, "ISO 5218 sex code must be 0, 1, 2 or 9");
                }
                break;
            case "pcenc":
                pcenc(ai, text, from, to, valueFrom, offset);
                break;
            case "pieceoftotal":
                pieceOfTotal(ai, text, from, to, valueFrom, offset);
                break;
            case "posinseqslash":
                posInSeqSlash(ai, text, from, to, valueFrom, offset);
                break;
            case "latitude":
                if (number(text, from, to) > 1800000000L) {
                    fail(ai, text, from, valueFrom, offset, "latitude must be at most 1800000000");
                }
                break;
            case "longitude":
                if (number(text, from, to) > 3600000000L) {
                    fail(ai, text, from, valueFrom, offset, "longitude must be at most 3600000000");
                }
                break;
            case "iso3166alpha2":
                if (!isIso3166Alpha2(text, from, to)) {
                    fail(ai, text, from, valueFrom, offset,
                            "must be an ISO 3166-1 alpha-2 country code");
                }
                break;
            case "iso3166":
                if (!isIso3166(text, from, to)) {
                    fail(ai, text, from, valueFrom, offset,
                            "must be an ISO 3166-1 numeric country code");
                }
                break;
            case "iso3166999":
                if (!isIso3166(text, from, to) && !(to - from == 3 && allChar(text, from, to, '9'))) {
                    fail(ai, text, from, valueFrom, offset,
                            "must be an ISO 3166-1 numeric country code or 999");
                }
                break;
            case "iso4217":
                if (to - from != 3 || !allDigits(text, from, to)
                        || !inBitmap(ISO4217, (int) number(text, from, to))) {
                    fail(ai, text, from, valueFrom, offset,
                            "must be an ISO 4217 numeric currency code");
                }
                break;
            case "iban":
                iban(ai, text, from, to, valueFrom, offset);
                break;
            case "importeridx":
                char x = text.charAt(from);
                if (to - from != 1 || !(ApplicationIdentifier.CharacterSet.CSET64.contains(x) && x != '=')) {
                    fail(ai, text, from, valueFrom, offset,
                            "importer index must be one of 0-9 A-Z a-z - _");
                }
                break;
            case "couponcode":
                Coupons.couponCode(ai, text, from, to, valueFrom, offset);
                break;
            case "couponposoffer":
                Coupons.positiveOffer(ai, text, from, to, valueFrom, offset);
                break;
            case "gcppos1":
            case "gcppos2":
                gcp(ai, text, from, to, valueFrom, offset, linter.equals("gcppos2") ? 1 : 0);
                break;
            case "packagetype":
                if (!CodeLists.isPackageType(text, from, to)) {
                    fail(ai, text, from, valueFrom, offset,
                            "must be a package type code of UN/ECE Recommendation 21 (or a GS1 pallet code)");
                }
                break;
            case "mediatype":
                if (!CodeLists.isMediaType(text, from, to)) {
                    fail(ai, text, from, valueFrom, offset,
                            "must be an AIDC media type code (01 to 10, or 80 to 99)");
                }
                break;
            default:
                // any linter added to a later dictionary: the character set and length checks
                // already applied.
                break;
        }
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean allChar(CharSequence text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static long number(CharSequence text, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (text.charAt(i) - '0');
        }
        return v;
    }

    static void fail(ApplicationIdentifier ai, CharSequence text, int at, int valueFrom,
            int offset, String rule) {
        int p = offset + (at - valueFrom);
        throw new Gs1SyntaxException(Gs1ErrorCode.BAD_VALUE, p,
                "AI (" + ai.code() + ") value " + rule + " at position " + p + " in '"
                        + Excerpts.excerpt(text, at) + "'");
    }

    /** IBAN: country code, then mod 97 over the rearranged characters (ISO 13616). */
    private static void iban(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        if (to - from <= 10) {
            fail(ai, text, from, valueFrom, offset, "is too short for an IBAN");
        }
        if (!isIso3166Alpha2(text, from, from + 2)) {
            fail(ai, text, from, valueFrom, offset, "IBAN must start with an ISO 3166-1 alpha-2 country code");
        }
        int n = to - from;
        int sum = 0;
        for (int k = 0; k < n; k++) {
            int i = from + (k + 4) % n;
            char c = text.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
                sum = (sum * 10 + v) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
                sum = (sum * 100 + v) % 97;
            } else {
                fail(ai, text, i, valueFrom, offset, "IBAN may hold only digits and A-Z");
            }
        }
        if (sum != 1) {
            int p = offset + (from + 2 - valueFrom);
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHECK_DIGIT, p,
                    "AI (" + ai.code() + ") IBAN check digits do not match at position " + p
                            + " in '" + Excerpts.excerpt(text, from + 2) + "'");
        }
    }

    /** The GS1 Company Prefix must start with four digits (the part of it within the value). */
    private static void gcp(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset, int start) {
        if (to - from - start < 4) {
            fail(ai, text, from, valueFrom, offset, "is too short for a GS1 Company Prefix");
        }
        int end = from + start + 4;
        for (int i = from + start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                fail(ai, text, i, valueFrom, offset, "must start with a GS1 Company Prefix of digits");
            }
        }
    }

    private static void csum(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        int last = to - 1;
        int expected = CheckDigits.mod10(text, from, last);
        int actual = text.charAt(last) - '0';
        if (expected != actual) {
            int p = offset + (last - valueFrom);
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHECK_DIGIT, p,
                    "AI (" + ai.code() + ") check digit must be " + expected + " but was "
                            + actual + " at position " + p + " in '"
                            + Excerpts.excerpt(text, last) + "'");
        }
    }

    /**
     * Returns the GS1 check character pair of {@code text[from, to)} (modulus 1021 with prime
     * weights), or null if a character is outside CSET 82.
     */
    static String checkPair(CharSequence text, int from, int to) {
        int n = to - from;
        if (n > PRIMES.length) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int v = CSUMALPHA_CHARS.indexOf(text.charAt(from + i));
            if (v < 0) {
                return null;
            }
            sum += v * PRIMES[n - 1 - i];
        }
        sum %= 1021;
        return new String(new char[] {CSUMALPHA_CHECK.charAt(sum >> 5),
            CSUMALPHA_CHECK.charAt(sum & 31)});
    }

    private static void csumalpha(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        if (to - from < 2) {
            fail(ai, text, from, valueFrom, offset, "is too short for a check character pair");
        }
        String expected = checkPair(text, from, to - 2);
        if (expected == null || expected.charAt(0) != text.charAt(to - 2)
                || expected.charAt(1) != text.charAt(to - 1)) {
            int p = offset + (to - 2 - valueFrom);
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHECK_DIGIT, p,
                    "AI (" + ai.code() + ") check character pair must be "
                            + (expected == null ? "over CSET 82 characters" : "'" + expected + "'")
                            + " but was '" + text.subSequence(to - 2, to) + "' at position " + p
                            + " in '" + Excerpts.excerpt(text, to - 2) + "'");
        }
    }

    private static int two(CharSequence text, int i) {
        return (text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0');
    }

    private static void date(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset, int yearDigits, boolean dayMayBeZero) {
        if (to - from < yearDigits + 4) {
            fail(ai, text, from, valueFrom, offset, "date is too short");
        }
        int year;
        if (yearDigits == 2) {
            // GS1 General Specifications 7.12: the century is chosen so that the year lies
            // within 49 years before and 50 years after the current one; the check of the
            // day uses the leap-year rule, for which the century matters only in 2100 and 2000.
            year = 2000 + two(text, from);
        } else {
            year = two(text, from) * 100 + two(text, from + 2);
        }
        int m = from + yearDigits;
        int month = two(text, m);
        int day = two(text, m + 2);
        if (month < 1 || month > 12) {
            fail(ai, text, m, valueFrom, offset, "has month " + text.subSequence(m, m + 2)
                    + " outside 01-12");
        }
        if (day == 0 && dayMayBeZero) {
            return;
        }
        int max;
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                max = leap ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                max = 30;
                break;
            default:
                max = 31;
                break;
        }
        if (day < 1 || day > max) {
            fail(ai, text, m + 2, valueFrom, offset, "has day " + text.subSequence(m + 2, m + 4)
                    + " outside 01-" + max + " for month " + text.subSequence(m, m + 2));
        }
    }

    private static void range(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset, int min, int max, String what) {
        if (to > text.length() || to - from != 2) {
            fail(ai, text, from, valueFrom, offset, what + " is missing");
        }
        int v = two(text, from);
        if (v < min || v > max) {
            fail(ai, text, from, valueFrom, offset, what + " " + text.subSequence(from, to)
                    + " outside " + min + "-" + max);
        }
    }

    private static void pcenc(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= to || PercentCodec.hexValue(text.charAt(i + 1)) < 0
                        || PercentCodec.hexValue(text.charAt(i + 2)) < 0) {
                    fail(ai, text, i, valueFrom, offset,
                            "has '%' not followed by two hex digits");
                }
                i += 2;
            }
        }
    }

    private static void pieceOfTotal(ApplicationIdentifier ai, CharSequence text, int from,
            int to, int valueFrom, int offset) {
        int half = (to - from) / 2;
        if ((to - from) % 2 != 0) {
            fail(ai, text, from, valueFrom, offset, "piece and total must have the same length");
        }
        long piece = number(text, from, from + half);
        long total = number(text, from + half, to);
        if (piece == 0) {
            fail(ai, text, from, valueFrom, offset, "piece number must not be zero");
        }
        if (total == 0) {
            fail(ai, text, from + half, valueFrom, offset, "total must not be zero");
        }
        if (piece > total) {
            fail(ai, text, from, valueFrom, offset, "piece number must not exceed the total");
        }
    }

    private static void posInSeqSlash(ApplicationIdentifier ai, CharSequence text, int from,
            int to, int valueFrom, int offset) {
        int slash = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '/') {
                if (slash >= 0) {
                    fail(ai, text, i, valueFrom, offset, "must hold exactly one '/'");
                }
                slash = i;
            } else if (c < '0' || c > '9') {
                fail(ai, text, i, valueFrom, offset, "must be <position>/<count> in digits");
            }
        }
        if (slash <= from || slash == to - 1) {
            fail(ai, text, from, valueFrom, offset, "must be <position>/<count>");
        }
        if (text.charAt(from) == '0' || text.charAt(slash + 1) == '0') {
            fail(ai, text, from, valueFrom, offset, "position and count must not start with 0");
        }
        if (slash - from > to - slash - 1 || (slash - from == to - slash - 1
                && number(text, from, slash) > number(text, slash + 1, to))) {
            fail(ai, text, from, valueFrom, offset, "position must not exceed the count");
        }
    }
}
