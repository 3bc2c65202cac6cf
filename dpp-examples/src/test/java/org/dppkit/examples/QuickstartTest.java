package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.qr.QrVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class QuickstartTest {

    @TempDir
    static Path dir;
    static String console;
    static int status;

    @BeforeAll
    static void runQuickstart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        status = Quickstart.run(new String[] {"--out", dir.toString(), "--count", "4"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        console = out.toString(StandardCharsets.UTF_8);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    static List<Path> files(String sub, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(sub))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void run_exitsZeroAndNamesTheAbsoluteOutputFolder() {
        assertEquals(0, status);
        assertTrue(console.contains("Output folder: " + dir.toAbsolutePath().normalize()), console);
        assertTrue(console.contains("6 passports (1 model, 1 batch, 4 items), 25 files, 1 label sheet"),
                console);
    }

    @Test
    void run_printsFindingsIncludingNotYetRequired() {
        assertTrue(console.contains("NOT YET REQUIRED /fields/carbonFootprint.perFunctionalUnit"), console);
        assertTrue(console.contains("NOT YET REQUIRED /fields/recycledContent.cobalt"), console);
        assertTrue(console.contains("WARNING          /level"), console);
        assertTrue(console.contains("ITEM https://id.gs1.org/01/09506000134352/10/LOT-2702-A/21/SN-0004:"
                + " compliant"), console);
        // A finding already printed for another passport is counted, naming that passport.
        assertTrue(console.contains("  + 2 more finding(s), the same as printed above for MODEL "
                + "https://id.gs1.org/01/09506000134352" + System.lineSeparator()), console);
        assertTrue(console.contains("  + 10 more finding(s), the same as printed above for BATCH "
                + "https://id.gs1.org/01/09506000134352/10/LOT-2702-A and MODEL https://id.gs1.org/01/09506000134352"),
                console);
        assertTrue(!console.contains("as listed above"), console);
        assertTrue(!console.contains("HV000001"), console);
    }

    @Test
    void run_endsWithSummaryTable() {
        assertTrue(console.contains("Passport  "), console);
        // 2 warnings: nothing says whether the battery is in service yet (usage data of Annex
        // XIII 4(d)); no lead note for a lithium-ion battery
        assertTrue(console.contains("01_09506000134352_10_LOT-2702-A_21_SN-0001  ITEM        0         2"
                + "                10           0      4"), console);
    }

    @Test
    void run_jsonFilesParseAndReadBackAsThePassports() throws Exception {
        List<Path> publicJson = files("json", ".public.json");
        List<Path> liJson = files("json", ".legitimate-interest.json");
        assertEquals(6, publicJson.size());
        assertEquals(6, liJson.size());
        ObjectMapper mapper = new ObjectMapper();
        PassportJson json = PassportJson.standard();
        for (Path p : publicJson) {
            JsonNode tree = mapper.readTree(p.toFile());
            assertEquals("PUBLIC", tree.get("audience").asText(), p.toString());
            BatteryPassport read = json.read(Files.readString(p, StandardCharsets.UTF_8));
            assertEquals(PassportFiles.name(read) + ".public.json", p.getFileName().toString());
        }
        for (Path p : liJson) {
            JsonNode tree = mapper.readTree(p.toFile());
            assertEquals("LEGITIMATE_INTEREST", tree.get("audience").asText(), p.toString());
        }
        JsonNode item = mapper.readTree(dir.resolve("json")
                .resolve("01_09506000134352_10_LOT-2702-A_21_SN-0001.legitimate-interest.json").toFile());
        assertTrue(item.get("fields").has("stateOfHealth.stateOfCertifiedEnergy"), item.toString());
        JsonNode itemPublic = mapper.readTree(dir.resolve("json")
                .resolve("01_09506000134352_10_LOT-2702-A_21_SN-0001.public.json").toFile());
        assertTrue(!itemPublic.get("fields").has("stateOfHealth.stateOfCertifiedEnergy"),
                "the public view hides state of health");
    }

    @Test
    void run_svgFilesAreWellFormedAndDecodeToTheIdentifier() throws Exception {
        List<Path> svgs = files("qr", ".svg");
        assertEquals(6, svgs.size());
        for (Path p : svgs) {
            Document doc = parseXml(p);
            assertEquals("svg", doc.getDocumentElement().getLocalName() != null
                    ? doc.getDocumentElement().getLocalName() : doc.getDocumentElement().getTagName());
        }
        Path item = dir.resolve("qr").resolve("01_09506000134352_10_LOT-2702-A_21_SN-0002.svg");
        assertTrue(QrVerifier.verifySvg(Files.readString(item, StandardCharsets.UTF_8),
                "https://id.gs1.org/01/09506000134352/10/LOT-2702-A/21/SN-0002").passed());
    }

    @Test
    void run_pngFilesDecodeAsImagesAndQrCodes() throws Exception {
        List<Path> pngs = files("qr", ".png");
        assertEquals(6, pngs.size());
        for (Path p : pngs) {
            BufferedImage image;
            try (InputStream in = Files.newInputStream(p)) {
                image = ImageIO.read(in);
            }
            assertNotNull(image, p.toString());
            assertEquals(image.getWidth(), image.getHeight());
        }
        assertEquals(Optional.of("https://id.gs1.org/01/09506000134352"), QrVerifier.decodePng(
                Files.readAllBytes(dir.resolve("qr").resolve("01_09506000134352.png"))));
    }

    @Test
    void run_labelSheetIsAnA4Svg() throws Exception {
        List<Path> sheets = files("labels", ".svg");
        assertEquals(List.of(dir.resolve("labels").resolve("labels-a4-1.svg")), sheets);
        Document doc = parseXml(sheets.get(0));
        assertEquals("210mm", doc.getDocumentElement().getAttribute("width"));
        assertEquals("297mm", doc.getDocumentElement().getAttribute("height"));
        assertEquals(6, doc.getElementsByTagName("path").getLength());
    }

    @Test
    void run_help_printsUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Quickstart.run(new String[] {"--help"}, new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: Quickstart"));
    }

    @Test
    void run_badCount_exitsTwoWithMessage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Quickstart.run(new String[] {"--count", "0"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "quickstart: option --count must be between 1 and 1000 but was 0"));
    }

    @Test
    void run_sameInput_sameFiles(@TempDir Path again) throws Exception {
        assertEquals(0, Quickstart.run(new String[] {"--out", again.toString(), "--count", "4"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
        for (String sub : List.of("json", "qr", "labels")) {
            try (Stream<Path> s = Files.list(dir.resolve(sub))) {
                for (Path p : s.collect(Collectors.toList())) {
                    assertEquals(-1L, Files.mismatch(p, again.resolve(sub).resolve(p.getFileName())),
                            p.toString());
                }
            }
        }
    }

    static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return f.newDocumentBuilder().parse(in);
        }
    }
}
