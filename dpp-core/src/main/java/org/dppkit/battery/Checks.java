package org.dppkit.battery;

import static org.dppkit.battery.PassportErrorCode.BAD_FORMAT;
import static org.dppkit.battery.PassportErrorCode.BLANK;
import static org.dppkit.battery.PassportErrorCode.OUT_OF_RANGE;
import static org.dppkit.battery.PassportErrorCode.TOO_LONG;
import static org.dppkit.battery.PassportErrorCode.TOO_MANY;
import static org.dppkit.battery.PassportErrorCode.WRONG_UNIT;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.dppkit.gs1.internal.Excerpts;

/** Precondition helpers with messages naming the property; internal. */
final class Checks {

    private Checks() {
    }

    /** Shows a value in a message: see {@link Excerpts#truncate}. */
    static String truncate(Object value) {
        return Excerpts.truncate(String.valueOf(value));
    }

    static <T> T notNull(T value, String property) {
        return Objects.requireNonNull(value, property);
    }

    /**
     * Checks that the text is neither null nor blank nor longer than
     * {@link PassportLimits#MAX_TEXT_LENGTH} and returns it unchanged.
     */
    static String text(String value, String property) {
        Objects.requireNonNull(value, property);
        if (value.length() > PassportLimits.MAX_TEXT_LENGTH) {
            throw new PassportException(TOO_LONG, property + " must have at most "
                    + PassportLimits.MAX_TEXT_LENGTH + " characters but has " + value.length());
        }
        if (value.isBlank()) {
            throw new PassportException(BLANK, property + " must not be blank but was '"
                    + truncate(value) + "'");
        }
        return value;
    }

    /**
     * Checks that a number's plain form has at most {@link PassportLimits#MAX_NUMBER_LENGTH}
     * characters; the message gives the size, never the number (its plain form may be huge).
     */
    static BigDecimal decimal(BigDecimal value, String property) {
        Objects.requireNonNull(value, property);
        if (!PassportLimits.isWithinNumberLimit(value)) {
            throw new PassportException(TOO_LONG, property + " must have at most "
                    + PassportLimits.MAX_NUMBER_LENGTH + " characters written without exponent but has "
                    + PassportLimits.plainLength(value) + " (precision " + value.precision() + ", scale "
                    + value.scale() + ")");
        }
        return value;
    }

    /** Checks that a date lies in years {@link PassportLimits#MIN_YEAR} to {@link PassportLimits#MAX_YEAR}. */
    static LocalDate date(LocalDate value, String property) {
        Objects.requireNonNull(value, property);
        if (!PassportLimits.isWithinYears(value)) {
            throw yearRange(property, value.getYear());
        }
        return value;
    }

    /** Checks that a month lies in years {@link PassportLimits#MIN_YEAR} to {@link PassportLimits#MAX_YEAR}. */
    static YearMonth month(YearMonth value, String property) {
        Objects.requireNonNull(value, property);
        if (!PassportLimits.isWithinYears(value)) {
            throw yearRange(property, value.getYear());
        }
        return value;
    }

    /**
     * Checks that an instant lies in years {@link PassportLimits#MIN_YEAR} to {@link PassportLimits#MAX_YEAR} (UTC).
     */
    static Instant instant(Instant value, String property) {
        Objects.requireNonNull(value, property);
        if (!PassportLimits.isWithinYears(value)) {
            throw new PassportException(OUT_OF_RANGE,
                    property + " must lie in the years " + PassportLimits.MIN_YEAR
                    + " to " + PassportLimits.MAX_YEAR + " (UTC) but is "
                    + (value.getEpochSecond() < 0 ? "earlier" : "later"));
        }
        return value;
    }

    private static PassportException yearRange(String property, int year) {
        return new PassportException(OUT_OF_RANGE,
                property + " must lie in the years " + PassportLimits.MIN_YEAR
                + " to " + PassportLimits.MAX_YEAR + " but is in the year " + year);
    }

    /** Checks an e-mail address: one '@' with text on both sides, no whitespace. */
    static String email(String value, String property) {
        text(value, property);
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1
                || hasWhitespace(value)) {
            throw new PassportException(BAD_FORMAT, property + " must be an e-mail address "
                    + "(local@domain, no spaces) but was '" + truncate(value) + "'");
        }
        return value;
    }

    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Checks that the URI is absolute (has a scheme). */
    static URI absoluteUri(URI value, String property) {
        Objects.requireNonNull(value, property);
        text(value.toString(), property);
        if (!value.isAbsolute()) {
            throw new PassportException(BAD_FORMAT,
                    property + " must be an absolute URI (with a scheme) "
                    + "but was '" + truncate(value) + "'");
        }
        return value;
    }

    /** Checks that the quantity has the given unit. */
    static Quantity unit(Quantity value, Unit unit, String property) {
        Objects.requireNonNull(value, property);
        if (value.unit() != unit) {
            throw new PassportException(WRONG_UNIT, property + " must be in " + unit.code() + " ("
                    + unit.symbol() + ") but was in " + value.unit().code() + ": " + value);
        }
        return value;
    }

    /** Checks unit and that the value is zero or positive. */
    static Quantity nonNegative(Quantity value, Unit unit, String property) {
        unit(value, unit, property);
        if (value.value().signum() < 0) {
            throw new PassportException(OUT_OF_RANGE,
                    property + " must not be negative but was " + value);
        }
        return value;
    }

    /** Checks unit percent and range 0 to 100. */
    static Quantity percent(Quantity value, String property) {
        nonNegative(value, Unit.PERCENT, property);
        if (value.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new PassportException(OUT_OF_RANGE,
                    property + " must be between 0 and 100 % but was "
                    + value);
        }
        return value;
    }

    /** Copies the list into an unmodifiable list, rejecting null elements. */
    static <T> List<T> list(List<? extends T> values, String property) {
        Objects.requireNonNull(values, property);
        if (values.size() > PassportLimits.MAX_LIST_SIZE) {
            throw new PassportException(TOO_MANY,
                    property + " must have at most " + PassportLimits.MAX_LIST_SIZE
                    + " elements but has " + values.size());
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null) {
                throw new NullPointerException(property + "[" + i + "]");
            }
            copy.add(v);
        }
        return Collections.unmodifiableList(copy);
    }

    /** Copies a list of texts, rejecting null or blank elements. */
    static List<String> textList(List<String> values, String property) {
        List<String> copy = list(values, property);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), property + "[" + i + "]");
        }
        return copy;
    }
}
