package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.dppkit.battery.PassportErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents found by fuzzing: each must be rejected with a {@link PassportFormatException}
 * naming pointer, line and column, never with another exception.
 */
class HostileInputTest {

    private static final String HEAD = "{\"schemaVersion\":\"1.0\",\"level\":\"ITEM\",\"category\":\"EV\","
            + "\"id\":\"https://id.gs1.org/01/09506000134352/21/SN1\",\"version\":1,";

    private static String doc(String issuedAt, String fields) {
        return HEAD + "\"issuedAt\":\"" + issuedAt + "\",\"audience\":\"ISSUER\",\"fields\":{" + fields + "}}";
    }

    private static PassportFormatException rejected(String json) {
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(json));
        FormatErrors.assertCodeMatchesReason(e);
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e2147483647",
        "1E+2147483648",
        "1e-2147483648",
        "-1e2147483647",
        "1e999999999",
        "1e-999999999",
        "1e64",
        "0.0000000000000000000000000000000000000000000000000000000000000001"})
    void hugeExponentsAreFormatErrors(String number) {
        PassportFormatException e = rejected(doc("2027-02-18T00:00:00Z",
                "\"voltage.nominal\":{\"value\":" + number + ",\"unit\":\"VLT\"}"));
        assertEquals("/fields/voltage.nominal/value", e.pointer());
        assertEquals(PassportErrorCode.TOO_LONG, e.errorCode(), e::getMessage);
        assertEquals(1, e.line());
        assertTrue(e.column() > 100, () -> "column " + e.column());
    }

    @Test
    void hugeExponentInExtensionsIsFormatError() {
        String json = HEAD + "\"issuedAt\":\"2027-02-18T00:00:00Z\",\"audience\":\"ISSUER\",\"fields\":{},"
                + "\"extensions\":{\"n\":1e2147483647}}";
        PassportFormatException e = rejected(json);
        assertEquals("/extensions/n", e.pointer());
        assertEquals(PassportErrorCode.TOO_LONG, e.errorCode(), e::getMessage);
    }

    @ParameterizedTest
    @CsvSource({"2027-02-18Tx0:00:00Z", "2027-02-18T00:x0:00Z", "2027-02-18T00:00:x0Z",
            "x027-02-18T00:00:00Z", "2027-x2-18T00:00:00Z", "2027-02-x8T00:00:00Z", "2027-02-18T-1:00:00Z"})
    void malformedInstantIsFormatError(String instant) {
        PassportFormatException e = rejected(doc(instant, ""));
        assertEquals("/issuedAt", e.pointer());
        assertEquals(PassportErrorCode.BAD_FORMAT, e.errorCode(), e::getMessage);
        assertEquals(1, e.line());
    }

    @Test
    void utf32AboveUnicodeRangeIsFormatError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String prefix = "{\"schemaVersion\":\"";
        for (char ch : prefix.toCharArray()) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(ch).array());
        }
        out.writeBytes(ByteBuffer.allocate(4).putInt(0x110000).array());
        out.writeBytes(ByteBuffer.allocate(4).putInt('"').array());
        out.writeBytes(ByteBuffer.allocate(4).putInt('}').array());
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(new java.io.ByteArrayInputStream(out.toByteArray())));
        assertTrue(e.getMessage().contains("UTF-32") || e.getMessage().contains("encoding"), e::getMessage);
        assertEquals(PassportErrorCode.MALFORMED_JSON, e.errorCode(), e::getMessage);
        assertTrue(e.line() >= 1 && e.column() >= 1);
    }

    @Test
    void invalidUtf8IsFormatError() {
        byte[] bytes = doc("2027-02-18T00:00:00Z", "\"manufacturer.name\":\"A\u00ffB\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> PassportJson.standard().read(new java.io.ByteArrayInputStream(bytes)));
        assertEquals(1, e.line());
        assertEquals(PassportErrorCode.MALFORMED_JSON, e.errorCode(), e::getMessage);
    }
}
