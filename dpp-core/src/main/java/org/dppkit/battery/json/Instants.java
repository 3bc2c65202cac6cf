package org.dppkit.battery.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * ISO 8601 instants in UTC, as {@link Instant#toString()} writes them, with a fast path for whole
 * seconds in years 1000 to 9999 (every passport time in practice). Stateless.
 */
final class Instants {

    private static final long MIN_FAST = LocalDateTime.of(1000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_FAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private Instants() {
    }

    /** Returns exactly {@code instant.toString()}. */
    static String format(Instant instant) {
        char[] c = fast(instant);
        return c == null ? instant.toString() : new String(c);
    }

    /**
     * Writes exactly {@code instant.toString()} as a JSON string, without an intermediate
     * {@code String} on the fast path.
     */
    static void write(JsonOut g, Instant instant) throws IOException {
        char[] c = fast(instant);
        if (c == null) {
            g.writeString(instant.toString());
        } else {
            g.writeString(c, 0, c.length);
        }
    }

    /** The 20 characters of a whole-second instant in years 1000 to 9999, else null. */
    private static char[] fast(Instant instant) {
        long s = instant.getEpochSecond();
        if (instant.getNano() != 0 || s < MIN_FAST || s > MAX_FAST) {
            return null;
        }
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm; all values positive here).
        long days = s / 86_400;
        int secondOfDay = (int) (s - days * 86_400);
        if (secondOfDay < 0) {
            days--;
            secondOfDay += 86_400;
        }
        long z = days + 719_468;
        long era = z / 146_097;
        int dayOfEra = (int) (z - era * 146_097);
        int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int mp = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * mp + 2) / 5 + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int y = (int) (era * 400 + yearOfEra) + (month <= 2 ? 1 : 0);
        char[] c = new char[20];
        c[0] = (char) ('0' + y / 1000);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        c[4] = '-';
        two(c, 5, month);
        c[7] = '-';
        two(c, 8, day);
        c[10] = 'T';
        two(c, 11, secondOfDay / 3_600);
        c[13] = ':';
        two(c, 14, secondOfDay / 60 % 60);
        c[16] = ':';
        two(c, 17, secondOfDay % 60);
        c[19] = 'Z';
        return c;
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    /**
     * Parses as {@link Instant#parse(CharSequence)} does.
     *
     * @throws DateTimeParseException if the text is not an ISO 8601 instant
     */
    static Instant parse(String s) {
        if (s.length() == 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(19) == 'Z') {
            int y = digits(s, 0, 4);
            int mo = digits(s, 5, 2);
            int d = digits(s, 8, 2);
            int h = digits(s, 11, 2);
            int mi = digits(s, 14, 2);
            int se = digits(s, 17, 2);
            if (y >= 1000 && mo >= 1 && d >= 0 && h >= 0 && mi >= 0 && se >= 0 && mo <= 12 && d >= 1 && d <= 28
                    && h <= 23 && mi <= 59 && se <= 59) {
                return LocalDateTime.of(y, mo, d, h, mi, se).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(s);
    }

    /** Returns the decimal value of the digits, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
