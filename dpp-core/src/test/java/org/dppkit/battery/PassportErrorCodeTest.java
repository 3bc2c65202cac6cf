package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dppkit.battery.json.PassportDocument;
import org.dppkit.battery.json.PassportFiles;
import org.dppkit.battery.json.PassportFormatException;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.battery.validation.BatteryPassportValidator;
import org.dppkit.battery.validation.DeclaredFacts;
import org.dppkit.battery.validation.FindingCode;
import org.dppkit.battery.validation.RegulatoryCalendar;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link PassportErrorCode} is reachable from the public API: one input per code (a few
 * codes have two), the code it must produce, and what the message must name (the field or
 * property, or for JSON the pointer with line and column).
 */
class PassportErrorCodeTest {

    private static final ModelPassport MODEL = Samples.model(BatteryCategory.EV);
    private static final BatchPassport BATCH = Samples.batch(MODEL);
    private static final ItemPassport ITEM = Samples.item(BATCH, "S1");

    /** One row of the table. */
    record Row(PassportErrorCode code, String name, BatteryField field, String names,
            Executable input) {
        @Override
        public String toString() {
            return code + " " + name;
        }
    }

    static Stream<Row> table() {
        return Stream.of(
                field(PassportErrorCode.BLANK, "blank string field", BatteryField.MANUFACTURER_NAME,
                        () -> model().set(BatteryField.MANUFACTURER_NAME, " \t")),
                row(PassportErrorCode.BLANK, "blank basis of a declaration", "basis of the declaration",
                        () -> DeclaredFacts.builder().declare(Condition.values()[0], true, " ")),
                row(PassportErrorCode.TOO_LONG, "number text over 64 characters", "Quantity.value",
                        () -> Quantity.of("1".repeat(65), Unit.VOLT)),
                field(PassportErrorCode.TOO_MANY, "list over 10000 elements",
                        BatteryField.EXTINGUISHING_AGENT,
                        () -> model().set(BatteryField.EXTINGUISHING_AGENT,
                                Collections.nCopies(PassportLimits.MAX_LIST_SIZE + 1, "water"))),
                field(PassportErrorCode.OUT_OF_RANGE, "percentage over 100",
                        BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL,
                        () -> model().set(BatteryField.ROUND_TRIP_EFFICIENCY_INITIAL,
                                Quantity.of("120", Unit.PERCENT))),
                row(PassportErrorCode.OUT_OF_RANGE, "validator tolerance over 100",
                        "carbonFootprintTolerancePercent", () -> BatteryPassportValidator.builder()
                                .carbonFootprintTolerancePercent(new BigDecimal("101"))),
                field(PassportErrorCode.NOT_WHOLE_NUMBER, "fraction in an integer field",
                        BatteryField.WARRANTY_PERIOD, () -> model().set(BatteryField.WARRANTY_PERIOD,
                                Quantity.of("12.5", Unit.MONTH))),
                field(PassportErrorCode.BAD_FORMAT, "e-mail without @",
                        BatteryField.MANUFACTURER_EMAIL_ADDRESS,
                        () -> model().set(BatteryField.MANUFACTURER_EMAIL_ADDRESS, "info.acme.example")),
                field(PassportErrorCode.WRONG_UNIT, "voltage in ampere hours", BatteryField.VOLTAGE_NOMINAL,
                        () -> model().set(BatteryField.VOLTAGE_NOMINAL, Quantity.of("3.7", Unit.AMPERE_HOUR))),
                field(PassportErrorCode.WRONG_TYPE, "string for a quantity field", BatteryField.VOLTAGE_NOMINAL,
                        () -> model().set(BatteryField.VOLTAGE_NOMINAL, "3.7")),
                row(PassportErrorCode.WRONG_TYPE, "NaN in extensions", "extensions may not hold NaN",
                        () -> PassportJson.standard().write(PassportDocument.of(MODEL,
                                JsonNodeFactory.instance.objectNode().put("x", Double.NaN)), Audience.ISSUER)),
                field(PassportErrorCode.WRONG_TYPE, "get with another type", BatteryField.CHEMISTRY,
                        () -> MODEL.get(BatteryField.CHEMISTRY, String.class)),
                field(PassportErrorCode.SCOPE_ABOVE_LEVEL, "item field on a model", BatteryField.BATTERY_STATUS,
                        () -> model().set(BatteryField.BATTERY_STATUS, BatteryStatus.ORIGINAL)),
                field(PassportErrorCode.DERIVED_FIELD, "serial number set by hand", BatteryField.SERIAL_NUMBER,
                        () -> ItemPassport.builder(BATCH, "S2").set(BatteryField.SERIAL_NUMBER, "S3")),
                field(PassportErrorCode.WRONG_CATEGORY, "industrial sub-category on an EV battery",
                        BatteryField.INDUSTRIAL_SUB_CATEGORY,
                        () -> model().set(BatteryField.INDUSTRIAL_SUB_CATEGORY,
                                IndustrialSubCategory.values()[0])),
                field(PassportErrorCode.BAD_IDENTIFIER, "lot with a space", BatteryField.BATCH_NUMBER,
                        () -> BatchPassport.builder(MODEL, "LOT 1")),
                row(PassportErrorCode.WRONG_LEVEL_IDENTIFIER, "batch identifier for a model",
                        "https://id.gs1.org/01/09506000134352/10/L42",
                        () -> ModelPassport.builder(BatteryCategory.EV,
                                DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/L42"))),
                row(PassportErrorCode.IDENTIFIER_MISMATCH, "item of another GTIN", "has GTIN 04012345000009",
                        () -> ItemPassport.builder(MODEL,
                                DigitalLink.parse("https://id.gs1.org/01/04012345000009/21/S9"))),
                row(PassportErrorCode.WRONG_PARENT, "item derived from an item", "another item passport",
                        () -> ItemPassport.builder(ITEM,
                                DigitalLink.parse("https://id.gs1.org/01/09506000134352/21/S9"))),
                row(PassportErrorCode.MISSING_PART, "build without issuedAt", "missing issuedAt",
                        () -> model().build()),
                row(PassportErrorCode.BAD_REVISION, "revision before the issue", "revisedAt",
                        () -> MODEL.revise(Samples.T0.minusSeconds(1))),
                row(PassportErrorCode.INCOMPLETE_PASSPORT, "revising a reduced passport",
                        "audience PUBLIC", () -> MODEL.restrictTo(Audience.PUBLIC).revise(Samples.T1)),
                row(PassportErrorCode.AUDIENCE_TOO_WIDE, "showing a reduced passport to more readers",
                        "to audience LEGITIMATE_INTEREST",
                        () -> MODEL.restrictTo(Audience.PUBLIC).view(Audience.LEGITIMATE_INTEREST)),
                row(PassportErrorCode.DOCUMENT_TOO_LARGE, "values over 16 MiB",
                        "PassportLimits.MAX_DOCUMENT_LENGTH",
                        () -> model().issuedAt(Samples.T0).set(BatteryField.EXTINGUISHING_AGENT,
                                Collections.nCopies(17, "x".repeat(PassportLimits.MAX_TEXT_LENGTH)))
                                .build()),
                row(PassportErrorCode.UNKNOWN_KEY, "unknown section key", "'colour'",
                        () -> Section.fromKey("colour")),
                row(PassportErrorCode.UNKNOWN_KEY, "unknown finding code", "'DPP-COLOUR'",
                        () -> FindingCode.fromCode("DPP-COLOUR")),
                row(PassportErrorCode.INVALID_OPTION, "malformed label extension", "label extension",
                        () -> PassportFiles.builder(Path.of("out")).label("S V G", p -> new byte[0])),
                row(PassportErrorCode.BAD_CALENDAR, "calendar line without columns", "line 2",
                        () -> RegulatoryCalendar.parse("asOf = 2027-01-01\nBROKEN\n")),
                json(PassportErrorCode.MALFORMED_JSON, "truncated", "/fields", 3, 14),
                json(PassportErrorCode.DUPLICATE_KEY, "duplicate-key", "/level", 3, 3),
                json(PassportErrorCode.READER_LIMIT, "deep-extensions", "/extensions" + "/a".repeat(31), 4, 204),
                json(PassportErrorCode.UNKNOWN_PROPERTY, "unknown-property", "/colour", 3, 3),
                json(PassportErrorCode.MISSING_PROPERTY, "missing-level", "/level", 8, 1),
                json(PassportErrorCode.WRONG_JSON_TYPE, "version-string", "/version", 3, 14),
                json(PassportErrorCode.UNKNOWN_VALUE, "enum-unknown-value", "/fields/batteryStatus", 11, 22),
                json(PassportErrorCode.UNSUPPORTED_SCHEMA_VERSION, "schema-version-2", "/schemaVersion", 2, 20),
                json(PassportErrorCode.FIELD_NOT_IN_AUDIENCE, "audience-leak", "/fields/batteryStatus", 9, 22),
                json(PassportErrorCode.BAD_PROVENANCE, "provenance-without-value",
                        "/provenance/batteryStatus", 9, 17),
                new Row(PassportErrorCode.WRONG_LEVEL, "item document read as a model", null,
                        "/level (line ", () -> PassportJson.standard().read(
                                PassportJson.standard().write(ITEM), ModelPassport.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachInputFailsWithItsCode(Row row) {
        PassportException e = assertThrows(PassportException.class, row.input());
        assertEquals(row.code(), e.errorCode(), e::getMessage);
        assertTrue(e.getMessage().contains(row.names()), () -> "expected '" + row.names()
                + "' in: " + e.getMessage());
        if (row.field() != null) {
            assertEquals(Optional.of(row.field()), e.field(), e::getMessage);
        }
    }

    @Test
    void theTableReachesEveryCode() {
        Set<PassportErrorCode> reached = table().map(Row::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PassportErrorCode.class)));
        assertEquals(EnumSet.allOf(PassportErrorCode.class), reached);
    }

    @Test
    void aModelRejectionInJsonKeepsTheModelCodeAndNamesThePointer() {
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(corpus("percent-over-100")));
        assertEquals(PassportErrorCode.OUT_OF_RANGE, e.errorCode());
        assertEquals("/fields/roundTripEfficiency.initial", e.pointer());
        assertEquals(PassportErrorCode.OUT_OF_RANGE, ((PassportException) e.getCause()).errorCode());
    }

    @Test
    void nullArgumentsStayNullPointerExceptions() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Section.fromKey(null));
        assertEquals("key", e.getMessage());
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> FindingCode.fromCode(null)).getMessage());
        assertThrows(NullPointerException.class, () -> new PassportException(null, "m"));
    }

    private static ModelPassport.Builder model() {
        return ModelPassport.builder(BatteryCategory.EV, Samples.GTIN);
    }

    private static Row row(PassportErrorCode code, String name, String names, Executable input) {
        return new Row(code, name, null, names, input);
    }

    /** A row about a catalogue field: the message names its key and field() returns it. */
    private static Row field(PassportErrorCode code, String name, BatteryField field,
            Executable input) {
        return new Row(code, name, field, field.key(), input);
    }

    /** A row reading a document of the malformed corpus: the message names pointer, line, column. */
    private static Row json(PassportErrorCode code, String file, String pointer, int line, int column) {
        return new Row(code, file, null, pointer + " (line " + line + ", column " + column + ")",
                () -> PassportJson.standard().read(corpus(file)));
    }

    private static String corpus(String file) {
        String name = "/org/dppkit/battery/json/malformed/" + file + ".json";
        try (InputStream in = PassportErrorCodeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
