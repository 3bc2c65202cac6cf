package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.qr.QrVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart's {@code --serve PORT}: its QR codes resolve to the local pages. */
class QuickstartServeTest {

    @Test
    void serve_storesThePassportsAndResolvesTheirQrCodes(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        try (QuickstartServer s = QuickstartServer.serve(dir, 2, 0, out)) {
            String console = buf.toString(StandardCharsets.UTF_8);
            assertTrue(console.contains("Serving 4 passports with the dppkit resolver at " + s.stem),
                    console);
            for (BatteryPassport p : s.passports) {
                assertTrue(p.id().toString().startsWith(s.stem + "/01/"), p.id().toString());
                assertTrue(console.contains(p.id().toString()) || p.level().name().equals("ITEM"));
                // The QR code written for the passport holds the local URL...
                Path svg = dir.resolve("qr").resolve(PassportFiles.name(p) + ".svg");
                String qrText = QrVerifier.verifySvg(Files.readString(svg), p.id().toString())
                        .decoded().orElseThrow();
                // ...and that URL answers with the passport's page.
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(qrText))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertEquals(p.level().name(), page.headers().firstValue("Dpp-Level").orElseThrow());
            }
            HttpResponse<String> walkUp = http.send(HttpRequest.newBuilder(URI.create(s.stem + "/01/"
                    + ExamplePassports.GTIN + "/10/" + Quickstart.LOT + "/21/NOT-MADE")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("BATCH", walkUp.headers().firstValue("Dpp-Level").orElseThrow());
        }
    }

    @Test
    void serve_badPortIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Quickstart.run(new String[] {"--serve", "70000"}, new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--serve"));
    }
}
