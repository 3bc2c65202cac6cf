package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.NegativeEvent;
import org.dppkit.battery.PassportException;
import org.dppkit.battery.PassportLimits;
import org.dppkit.battery.Quantity;
import org.dppkit.battery.SupplyChainIndex;
import org.dppkit.battery.Unit;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

/**
 * What a builder accepts, the writer writes and the reader reads back equal: the cases the
 * fuzzing campaign found, each one pinned.
 */
class SymmetryExamplesTest {

    private static final Gtin GTIN = Gtin.parse("09506000134352");
    private static final Instant T0 = Instant.parse("2027-02-18T00:00:00Z");

    private static ModelPassport.Builder model() {
        return ModelPassport.builder(BatteryCategory.EV, GTIN).issuedAt(T0);
    }

    private static void roundTrips(BatteryPassport p) {
        String json = PassportJson.standard().write(p);
        assertEquals(p, PassportJson.standard().read(json));
    }

    @Test
    void wholeNumberWithZeroFractionRoundTrips() {
        roundTrips(model().warrantyPeriod(Quantity.of("96.0", Unit.MONTH)).build());
        roundTrips(model().warrantyPeriod(Quantity.of("-0.0", Unit.MONTH)).build());
        roundTrips(model().ratedCapacity(Quantity.of("-0.0", Unit.AMPERE_HOUR)).build());
    }

    @Test
    void supplyChainIndexWithExponentRoundTrips() {
        SupplyChainIndex index = SupplyChainIndex.of("GBA", new BigDecimal("1e2"));
        assertEquals(SupplyChainIndex.of("GBA", new BigDecimal("100")), index);
        assertEquals(SupplyChainIndex.of("GBA", new BigDecimal("100")).hashCode(), index.hashCode());
        roundTrips(model().set(BatteryField.DUE_DILIGENCE_SUPPLY_CHAIN_INDICES, List.of(index)).build());
    }

    @Test
    void numbersAtTheLimitRoundTripAndPastItAreRejected() {
        String longest = "9".repeat(PassportLimits.MAX_NUMBER_LENGTH);
        roundTrips(model().batteryMass(Quantity.of(longest, Unit.KILOGRAM)).build());
        roundTrips(model().batteryMass(Quantity.of(new BigDecimal("1e63"), Unit.KILOGRAM)).build());
        roundTrips(model().batteryMass(Quantity.of(new BigDecimal("1e-62"), Unit.KILOGRAM)).build());
        assertThrows(PassportException.class, () -> Quantity.of("9".repeat(65), Unit.KILOGRAM));
        assertThrows(PassportException.class, () -> Quantity.of(new BigDecimal("1e64"), Unit.KILOGRAM));
        assertThrows(PassportException.class, () -> Quantity.of(new BigDecimal("1e-63"), Unit.KILOGRAM));
        assertThrows(PassportException.class, () -> SupplyChainIndex.of("x", new BigDecimal("1e64")));
        // 129 digits used to be accepted by the builder and rejected by the reader
        assertThrows(PassportException.class, () -> Quantity.of(new BigDecimal("1".repeat(129)), Unit.KILOGRAM));
    }

    @Test
    void hugeExponentsAreRejectedFastWithAShortMessage() {
        assertTimeoutPreemptively(() -> {
            PassportException e = assertThrows(PassportException.class,
                    () -> Quantity.of("1e999999999", Unit.PERCENT));
            assertTrue(e.getMessage().length() < 300, e::getMessage);
            e = assertThrows(PassportException.class,
                    () -> Quantity.of(new BigDecimal("1e999999999"), Unit.KILOGRAM));
            assertTrue(e.getMessage().length() < 300, e::getMessage);
            assertThrows(PassportException.class,
                    () -> Quantity.of(new BigDecimal("1e-1999999999"), Unit.AMPERE_HOUR));
            assertThrows(PassportException.class, () -> Quantity.of("0".repeat(10_000_000) + "1", Unit.KILOGRAM));
        });
    }

    @Test
    void validatorNeverMeetsAnUnboundedNumber() {
        ModelPassport p = model().ratedCapacity(Quantity.of("1e-62", Unit.AMPERE_HOUR))
                .voltageNominal(Quantity.of("1e-62", Unit.VOLT)).build();
        assertTimeoutPreemptively(() -> BatteryPassportValidator.create().validate(p, LocalDate.of(2027, 3, 1)));
    }

    @Test
    void datesOutsideFourDigitYearsAreRejected() {
        assertThrows(PassportException.class, () -> model().manufacturingDate(YearMonth.of(999_999_999, 12)));
        assertThrows(PassportException.class, () -> model().manufacturingDate(YearMonth.of(10_000, 1)));
        assertThrows(PassportException.class, () -> model().manufacturingDate(YearMonth.of(0, 1)));
        assertThrows(PassportException.class, () -> NegativeEvent.of(LocalDate.MAX, "fire"));
        assertThrows(PassportException.class, () -> model().issuedAt(Instant.MAX));
        assertThrows(PassportException.class, () -> model().issuedAt(Instant.parse("+10000-01-01T00:00:00Z")));
        roundTrips(model().manufacturingDate(YearMonth.of(9999, 12)).build());
        roundTrips(model().manufacturingDate(YearMonth.of(1, 1)).build());
        roundTrips(model().issuedAt(Instant.parse("9999-12-31T23:59:59.999999999Z")).build());
    }

    @Test
    void textsAndListsPastTheLimitsAreRejected() {
        String big = "x".repeat(PassportLimits.MAX_TEXT_LENGTH + 1);
        assertThrows(PassportException.class, () -> model().manufacturerName(big));
        List<String> many = new ArrayList<>(Collections.nCopies(PassportLimits.MAX_LIST_SIZE + 1, "a"));
        PassportException e = assertThrows(PassportException.class,
                () -> model().set(BatteryField.CRITICAL_RAW_MATERIALS, many));
        assertTrue(e.getMessage().contains(String.valueOf(PassportLimits.MAX_LIST_SIZE)), e::getMessage);
        roundTrips(model().manufacturerName("x".repeat(PassportLimits.MAX_TEXT_LENGTH)).build());
    }

    @Test
    void passportsWhoseDocumentCouldPassTheLimitAreRejected() {
        String mib = "y".repeat(PassportLimits.MAX_TEXT_LENGTH);
        BatteryField list = BatteryField.CRITICAL_RAW_MATERIALS;
        roundTrips(model().set(list, Collections.nCopies(10, mib)).build());
        PassportException e = assertThrows(PassportException.class,
                () -> model().set(list, Collections.nCopies(17, mib)).build());
        assertTrue(e.getMessage().contains("MAX_DOCUMENT_LENGTH"), e::getMessage);
        // control characters are written escaped, six characters each
        assertThrows(PassportException.class, () -> model()
                .set(list, Collections.nCopies(3, "\u0001".repeat(PassportLimits.MAX_TEXT_LENGTH))).build());
    }

    private static void assertTimeoutPreemptively(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), e);
    }
}
