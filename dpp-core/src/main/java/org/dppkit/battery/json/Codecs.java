package org.dppkit.battery.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import org.dppkit.battery.PassportErrorCode;

/** Codecs for JSON scalars and lists. Every codec is immutable and thread-safe. */
final class Codecs {

    private Codecs() {
    }

    /** A JSON string. */
    static final ValueCodec<String> STRING = new ValueCodec<>("a string") {
        @Override
        void write(JsonOut g, String value) throws IOException {
            g.writeString(value);
        }

        @Override
        String read(JsonCursor c) {
            return c.string(expected);
        }
    };

    /** An exact decimal number, written plain (no exponent). */
    static final ValueCodec<BigDecimal> DECIMAL = new ValueCodec<>("a decimal number") {
        @Override
        void write(JsonOut g, BigDecimal value) throws IOException {
            Decimals.write(g, value);
        }

        @Override
        BigDecimal read(JsonCursor c) {
            return c.decimal(expected);
        }
    };

    /** A whole number of any size. */
    static final ValueCodec<BigInteger> INTEGER = new ValueCodec<>("an integer") {
        @Override
        void write(JsonOut g, BigInteger value) throws IOException {
            g.writeNumber(value.toString());
        }

        @Override
        BigInteger read(JsonCursor c) {
            return c.integer(expected);
        }
    };

    /** A whole number in the int range. */
    static final ValueCodec<Integer> INT = new ValueCodec<>("an integer") {
        @Override
        void write(JsonOut g, Integer value) throws IOException {
            g.writeNumber(value.intValue());
        }

        @Override
        Integer read(JsonCursor c) {
            return c.intValue(expected, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    };

    /** An absolute URI as a string. */
    static final ValueCodec<URI> URI_CODEC = parsed("an absolute URI", URI::toString, s -> {
        try {
            URI u = new URI(s);
            if (!u.isAbsolute()) {
                throw new IllegalArgumentException("the URI has no scheme");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    });

    /** An ISO 8601 calendar date ({@code 2027-02-18}). */
    static final ValueCodec<LocalDate> DATE =
            parsed("an ISO 8601 date (yyyy-MM-dd)", LocalDate::toString, LocalDate::parse);

    /** An ISO 8601 year and month ({@code 2027-02}). */
    static final ValueCodec<YearMonth> YEAR_MONTH = yearMonth(
            parsed("an ISO 8601 year and month (yyyy-MM)", YearMonth::toString, YearMonth::parse));

    /** Reads as {@code parsed} does; writes exactly {@code toString()} without a string for years 1000 to 9999. */
    private static ValueCodec<YearMonth> yearMonth(ValueCodec<YearMonth> parsed) {
        return new ValueCodec<>(parsed.expected) {
            @Override
            void write(JsonOut g, YearMonth value) throws IOException {
                int y = value.getYear();
                if (y < 1000 || y > 9999) {
                    parsed.write(g, value);
                    return;
                }
                int m = value.getMonthValue();
                char[] c = {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
                        (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10)};
                g.writeString(c, 0, c.length);
            }

            @Override
            YearMonth read(JsonCursor c) {
                return parsed.read(c);
            }
        };
    }

    /** An ISO 8601 date and time with offset. */
    static final ValueCodec<OffsetDateTime> DATE_TIME = parsed(
            "an ISO 8601 date and time with offset", OffsetDateTime::toString, OffsetDateTime::parse);

    /**
     * A value written as a string: {@code format} gives the text, {@code parse} reads it back and
     * throws {@link IllegalArgumentException} or {@link DateTimeParseException} when it is not
     * valid.
     */
    static <T> ValueCodec<T> parsed(String expected, Function<T, String> format,
            Function<String, T> parse) {
        return new ValueCodec<>(expected) {
            @Override
            void write(JsonOut g, T value) throws IOException {
                g.writeString(format.apply(value));
            }

            @Override
            T read(JsonCursor c) {
                String s = c.string(expected);
                try {
                    return parse.apply(s);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw c.failHere(JsonCursor.codeOf(e, PassportErrorCode.BAD_FORMAT),
                            "expected " + expected + " but found string \""
                            + JsonCursor.truncate(s) + "\" (" + e.getMessage() + ")", e);
                }
            }
        };
    }

    /** A JSON array of elements; read as an unmodifiable list. */
    static <T> ValueCodec<List<T>> listOf(ValueCodec<T> element) {
        return new ValueCodec<>("an array of " + element.expected.replaceFirst("^an? ", "")) {
            @Override
            void write(JsonOut g, List<T> value) throws IOException {
                g.writeStartArray();
                if (value instanceof RandomAccess) {
                    for (int i = 0, n = value.size(); i < n; i++) {
                        element.write(g, value.get(i));
                    }
                } else {
                    for (T v : value) {
                        element.write(g, v);
                    }
                }
                g.writeEndArray();
            }

            @Override
            List<T> read(JsonCursor c) {
                c.startArray(expected);
                List<T> out = new ArrayList<>();
                while (true) {
                    if (c.peek() == JsonToken.END_ARRAY) {
                        c.next();
                        return Collections.unmodifiableList(out);
                    }
                    out.add(element.read(c));
                }
            }
        };
    }
}
