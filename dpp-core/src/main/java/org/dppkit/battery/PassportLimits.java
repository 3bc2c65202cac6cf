package org.dppkit.battery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The one set of size limits shared by the passport builders, the JSON writer and the JSON
 * reader: whatever a builder accepts, {@code PassportJson} writes and reads back equal.
 *
 * <ul>
 * <li>Builders and value factories ({@link Quantity#of(BigDecimal, Unit)},
 *     {@link SupplyChainIndex#of(String, BigDecimal)}, every text and list of a value type and
 *     {@link PassportBuilder#set(BatteryField, Object)}) reject a value past a limit with a
 *     {@link PassportException} that names the property and the limit, never the value itself.</li>
 * <li>The JSON reader's defaults ({@code PassportJson.builder()}) are these limits, so a document
 *     the writer produced from a built passport is always within them; the reader rejects a number
 *     whose plain form is longer than {@link #MAX_NUMBER_LENGTH} however it is written (an
 *     exponent does not get round the limit), and a date outside {@link #MIN_YEAR} to
 *     {@link #MAX_YEAR}.</li>
 * <li>{@link PassportBuilder#build()} rejects a passport whose document (all effective values,
 *     escaped and encoded as UTF-8, with the structure around them) could exceed
 *     {@link #MAX_DOCUMENT_LENGTH}.</li>
 * </ul>
 *
 * <h2>Implementation Requirements</h2>
 * Constants and a stateless helper only; thread-safe.
 */
public final class PassportLimits {

    /**
     * Most characters of a number written plain, without exponent (sign, digits and decimal point
     * included): {@value}. Every number in a passport is written plain.
     */
    public static final int MAX_NUMBER_LENGTH = 64;

    /** Most characters (UTF-16 code units) of one text value: {@value} (1 MiB). */
    public static final int MAX_TEXT_LENGTH = 1024 * 1024;

    /** Most elements of one list value, and most languages of one multilingual text: {@value}. */
    public static final int MAX_LIST_SIZE = 10_000;

    /** Most characters of a property name, and of a language tag: {@value}. */
    public static final int MAX_NAME_LENGTH = 1024;

    /** Earliest year of a date, month or instant: {@value} (ISO 8601 four-digit years). */
    public static final int MIN_YEAR = 1;

    /** Latest year of a date, month or instant: {@value}. */
    public static final int MAX_YEAR = 9999;

    /** Longest document, in characters or in UTF-8 bytes: {@value} (16 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

    /** Deepest nesting of objects and arrays a document may have: {@value}. */
    public static final int MAX_NESTING_DEPTH = 32;

    private static final Instant MIN_INSTANT = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);
    private static final Instant MAX_INSTANT = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay()
            .toInstant(ZoneOffset.UTC);

    private PassportLimits() {
    }

    /**
     * Returns the length of {@code value.toPlainString()} without building it (a number such as
     * {@code 1E+999999999} has a billion-character plain form).
     *
     * @param value the number, not null
     * @return the number of characters of its plain form, at least 1
     * @throws NullPointerException if the value is null
     */
    public static long plainLength(BigDecimal value) {
        long sign = value.signum() < 0 ? 1 : 0;
        long scale = value.scale();
        if (value.signum() == 0) {
            return scale <= 0 ? 1 : 2 + scale;
        }
        long precision = value.precision();
        if (scale <= 0) {
            return sign + precision - scale;
        }
        return precision > scale ? sign + precision + 1 : sign + 2 + scale;
    }

    /**
     * Tells whether a number is within {@link #MAX_NUMBER_LENGTH}.
     *
     * @param value the number, not null
     * @return true if its plain form has at most {@value #MAX_NUMBER_LENGTH} characters
     * @throws NullPointerException if the value is null
     */
    public static boolean isWithinNumberLimit(BigDecimal value) {
        return plainLength(value) <= MAX_NUMBER_LENGTH;
    }

    /** Tells whether the year of a date is within {@link #MIN_YEAR} to {@link #MAX_YEAR}. */
    static boolean isWithinYears(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** Tells whether the year of a month is within {@link #MIN_YEAR} to {@link #MAX_YEAR}. */
    static boolean isWithinYears(YearMonth month) {
        return month.getYear() >= MIN_YEAR && month.getYear() <= MAX_YEAR;
    }

    /** Tells whether an instant lies in years {@link #MIN_YEAR} to {@link #MAX_YEAR} (UTC). */
    static boolean isWithinYears(Instant instant) {
        return !instant.isBefore(MIN_INSTANT) && instant.isBefore(MAX_INSTANT);
    }
}
