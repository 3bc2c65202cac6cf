package org.dppkit.gs1;

/**
 * The structure rules of the North American coupon codes in AI (8110) and AI (8112) (GS1 US
 * coupon application guidelines), as the dictionary's {@code couponcode} and
 * {@code couponposoffer} linters define them; internal.
 */
final class Coupons {

    private Coupons() {
    }

    /** A cursor over the digits of one coupon value. */
    private static final class Cursor {
        final ApplicationIdentifier ai;
        final CharSequence text;
        final int end;
        final int valueFrom;
        final int offset;
        int p;

        Cursor(ApplicationIdentifier ai, CharSequence text, int from, int to, int valueFrom,
                int offset) {
            this.ai = ai;
            this.text = text;
            this.p = from;
            this.end = to;
            this.valueFrom = valueFrom;
            this.offset = offset;
        }

        void fail(String rule) {
            Linters.fail(ai, text, Math.min(p, end - 1), valueFrom, offset, rule);
        }

        boolean more() {
            return p < end;
        }

        int peek() {
            return text.charAt(p) - '0';
        }

        /** Reads one digit that must be present and in the allowed set. */
        int digit(String missing, String allowed, String field) {
            if (p >= end) {
                fail("coupon is missing the " + missing);
            }
            int d = text.charAt(p) - '0';
            if (allowed.indexOf((char) ('0' + d)) < 0) {
                fail("coupon has an invalid " + field + " '" + (char) ('0' + d) + "'");
            }
            p++;
            return d;
        }

        void skip(int n, String field) {
            if (end - p < n) {
                fail("coupon " + field + " is truncated");
            }
            p += n;
        }

        void gcp(int n, String field) {
            skip(n, field);
            Linters.check("gcppos1", ai, text, p - n, p, valueFrom, offset);
        }

        void date(String field) {
            if (end - p < 6) {
                fail("coupon is too short for the " + field);
            }
            try {
                Linters.check("yymmdd", ai, text, p, p + 6, valueFrom, offset);
            } catch (Gs1SyntaxException e) {
                fail("coupon has an invalid " + field);
            }
            p += 6;
        }
    }

    static void couponCode(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        digitsOnly(ai, text, from, to, valueFrom, offset);
        Cursor c = new Cursor(ai, text, from, to, valueFrom, offset);
        int vli = c.digit("GCP length indicator", "0123456", "GCP length indicator");
        c.gcp(vli + 6, "GCP");
        c.skip(6, "offer code");
        c.skip(c.digit("save value length indicator", "12345", "save value length indicator"),
                "save value");
        c.skip(c.digit("1st purchase requirement length indicator", "12345",
                "1st purchase requirement length indicator"), "1st purchase requirement");
        c.digit("1st purchase requirement code", "012349", "1st purchase requirement code");
        c.skip(3, "1st purchase family code");
        if (c.more() && c.peek() == 1) {
            c.p++;
            c.digit("additional purchase rules code", "0123", "additional purchase rules code");
            purchase(c, "2nd");
        }
        if (c.more() && c.peek() == 2) {
            c.p++;
            purchase(c, "3rd");
        }
        int startOfExpiry = -1;
        if (c.more() && c.peek() == 3) {
            c.p++;
            startOfExpiry = c.p;
            c.date("expiration date");
        }
        if (c.more() && c.peek() == 4) {
            c.p++;
            int start = c.p;
            c.date("start date");
            if (startOfExpiry >= 0 && compare(text, start, startOfExpiry) > 0) {
                c.p = start;
                c.fail("coupon expiration date must not be before its start date");
            }
        }
        if (c.more() && c.peek() == 5) {
            c.p++;
            int n = c.digit("serial number length indicator", "0123456789",
                    "serial number length indicator");
            c.skip(n + 6, "serial number");
        }
        if (c.more() && c.peek() == 6) {
            c.p++;
            int n = c.digit("retailer GCP/GLN length indicator", "1234567",
                    "retailer GCP/GLN length indicator");
            c.gcp(n + 6, "retailer GCP/GLN");
        }
        if (c.more() && c.peek() == 9) {
            c.p++;
            c.digit("save value code", "01256", "save value code");
            c.digit("save value applies to item", "012", "save value applies to item");
            c.digit("store coupon flag", "0123456789", "store coupon flag");
            c.digit("don't multiply flag", "01", "don't multiply flag");
        }
        if (c.more()) {
            c.fail("coupon has excess data");
        }
    }

    private static void purchase(Cursor c, String which) {
        c.skip(c.digit(which + " purchase requirement length indicator", "12345",
                which + " purchase requirement length indicator"), which + " purchase requirement");
        c.digit(which + " purchase requirement code", "012349", which + " purchase requirement code");
        c.skip(3, which + " purchase family code");
        int vli = c.digit(which + " purchase GCP length indicator", "01234569",
                which + " purchase GCP length indicator");
        int n = vli == 9 ? 0 : vli + 6;
        if (n > 0) {
            c.gcp(n, which + " purchase GCP");
        }
    }

    private static int compare(CharSequence text, int a, int b) {
        for (int i = 0; i < 6; i++) {
            int d = text.charAt(a + i) - text.charAt(b + i);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    static void positiveOffer(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        digitsOnly(ai, text, from, to, valueFrom, offset);
        Cursor c = new Cursor(ai, text, from, to, valueFrom, offset);
        c.digit("format code", "01", "format code");
        int vli = c.digit("funder ID length indicator", "0123456", "funder ID length indicator");
        c.skip(vli + 6, "funder ID");
        c.skip(6, "offer code");
        int n = c.digit("serial number length indicator", "0123456789",
                "serial number length indicator");
        c.skip(n + 6, "serial number");
        if (c.more()) {
            c.fail("coupon has excess data");
        }
    }

    private static void digitsOnly(ApplicationIdentifier ai, CharSequence text, int from, int to,
            int valueFrom, int offset) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                Linters.fail(ai, text, i, valueFrom, offset, "coupon must hold only digits");
            }
        }
    }
}
