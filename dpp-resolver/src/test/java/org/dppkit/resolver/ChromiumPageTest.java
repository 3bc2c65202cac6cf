package org.dppkit.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.core.Audience;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the item, batch and model pages in a real browser (headless Chromium, Debian's
 * {@code chromium} package; {@code .ci/run} installs it) and checks the rendered DOM, then saves
 * a phone-sized screenshot of the item page as {@code target/screenshots/item.png}. A missing browser fails
 * the test: it never skips.
 */
class ChromiumPageTest {

    /** A phone viewport: 390 x 844 CSS pixels. */
    private static final String WINDOW = "--window-size=390,844";

    @TempDir
    static Path dir;

    static Fixtures f;
    static String browser;

    @BeforeAll
    static void start() {
        browser = findBrowser();
        f = new Fixtures(dir);
    }

    @AfterAll
    static void stop() {
        if (f != null) {
            f.close();
        }
    }

    /** Finds chromium on the PATH; fails (never skips) without one. */
    static String findBrowser() {
        String path = System.getenv("PATH");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (!d.isEmpty() && Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        fail("no headless browser: install Debian's chromium package (apt-get install -y chromium);"
                + " .ci/run does this in CI");
        return null;
    }

    private static List<String> command(Path profile, String... extra) {
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                WINDOW));
        cmd.addAll(List.of(extra));
        return cmd;
    }

    private static String run(List<String> cmd, Path log) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s: " + cmd);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(log));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void browser_rendersThePage_andTakesAPhoneScreenshot(int index) throws Exception {
        BatteryPassport p = f.passports.get(index);
        String url = f.uri(Fixtures.path(p)).toString();
        Path profile = Files.createTempDirectory(dir, "profile");
        Path log = Files.createTempFile(dir, "chromium", ".log");
        // Chromium sends its own Accept header (text/html first): the page, not the JSON.
        String dom = run(command(profile, "--dump-dom", url), log);
        Document doc = Jsoup.parse(dom);
        assertEquals(p.level().name(), doc.getElementById("level").attr("data-level"), dom);
        assertEquals(p.category().name(), doc.getElementById("category").attr("data-value"));
        String levelText = doc.getElementById("level").text();
        assertTrue(levelText.startsWith("This passport covers"), levelText);
        for (BatteryField field : p.view(Audience.PUBLIC).presentFields()) {
            assertNotNull(doc.selectFirst("[data-field=\"" + field.key() + "\"]"),
                    field.key() + " in the rendered DOM");
        }
        assertNotNull(doc.selectFirst("figure.qr svg path"), "QR code rendered");
        if (p.level() != org.dppkit.core.PassportLevel.ITEM) {
            return;   // one screenshot is enough; each browser start costs seconds
        }
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Path png = shots.resolve(p.level().name().toLowerCase(java.util.Locale.ROOT) + ".png")
                .toAbsolutePath();
        Files.deleteIfExists(png);
        Path profile2 = Files.createTempDirectory(dir, "profile");
        run(command(profile2, "--screenshot=" + png, url), log);
        assertTrue(Files.size(png) > 1000, "screenshot written: " + png);
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
    }
}
