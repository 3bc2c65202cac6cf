package org.dppkit.battery.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ItemPassport;
import org.dppkit.battery.PassportException;
import org.dppkit.core.Audience;
import org.dppkit.gs1.DigitalLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path overloads of {@link PassportJson} and {@link PassportFiles}. */
class PassportFilesTest {

    private static final PassportJson STANDARD = PassportJson.standard();

    @TempDir
    Path dir;

    @Provide
    Arbitrary<BatteryPassport> standalone() {
        return PassportArbitraries.standalone();
    }

    @Property(tries = 30)
    void writePath_readPath_roundTripsEveryAudience(@ForAll("standalone") BatteryPassport p) throws IOException {
        Path tmp = Files.createTempDirectory("passport-files");
        try {
            for (Audience a : Audience.values()) {
                Path file = tmp.resolve("sub").resolve(a + ".json");
                STANDARD.write(p, a, file);
                assertEquals(STANDARD.write(p, a), Files.readString(file, StandardCharsets.UTF_8));
                assertEquals(p.restrictTo(a), STANDARD.read(file));
                assertEquals(p.restrictTo(a), STANDARD.read(file, BatteryPassport.class));
                assertEquals(p.restrictTo(a), STANDARD.readDocument(file).passport());
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void writePath_replacesWholeFile_andLeavesNothingOnRefusal() throws IOException {
        BatteryPassport item = PassportJsonTest.fullItem();
        Path file = dir.resolve("item.json");
        Files.writeString(file, "x".repeat(100_000));
        STANDARD.write(item, Audience.PUBLIC, file);
        assertEquals(STANDARD.write(item, Audience.PUBLIC), Files.readString(file));

        BatteryPassport pub = STANDARD.read(file);
        Path refused = dir.resolve("refused.json");
        assertThrows(PassportException.class, () -> STANDARD.write(pub, Audience.ISSUER, refused));
        assertFalse(Files.exists(refused));
        assertEquals(List.of("item.json"), names(dir), "no temporary files left");

        STANDARD.write(PassportDocument.of(item), Audience.ISSUER, dir.resolve("doc.json"));
        assertEquals(item, STANDARD.read(dir.resolve("doc.json"), ItemPassport.class));
        PassportFormatException e = assertThrows(PassportFormatException.class,
                () -> STANDARD.read(dir.resolve("doc.json"), org.dppkit.battery.ModelPassport.class));
        assertEquals("/level", e.pointer());
        assertThrows(UncheckedIOException.class, () -> STANDARD.read(dir.resolve("missing.json")));
        assertThrows(UncheckedIOException.class, () -> STANDARD.write(item, Audience.PUBLIC, dir.resolve("item.json")
                .resolve("x")));
        assertThrows(NullPointerException.class, () -> STANDARD.read((Path) null));
    }

    @Test
    void passportFiles_writesViewsAndLabels_namedAfterTheIdentifier() throws IOException {
        BatteryPassport item = PassportJsonTest.fullItem();
        PassportFiles files = PassportFiles.builder(dir)
                .views(Audience.PUBLIC, Audience.LEGITIMATE_INTEREST)
                .label("svg", p -> ("<svg>" + p.id() + "</svg>").getBytes(StandardCharsets.UTF_8))
                .label("png", p -> new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .build();
        List<Path> written = files.write(item);
        String name = "01_09506000134352_10_L1_21_SN-1";
        assertEquals(List.of(dir.resolve("json").resolve(name + ".public.json"),
                dir.resolve("json").resolve(name + ".legitimate-interest.json"),
                dir.resolve("qr").resolve(name + ".svg"), dir.resolve("qr").resolve(name + ".png")), written);
        PassportJson pretty = PassportJson.builder().prettyPrint(true).build();
        assertEquals(pretty.write(item, Audience.PUBLIC), Files.readString(written.get(0)));
        assertEquals(pretty.write(item, Audience.LEGITIMATE_INTEREST), Files.readString(written.get(1)));
        assertEquals("<svg>" + item.id() + "</svg>", Files.readString(written.get(2)));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Files.readAllBytes(written.get(3)));
        assertEquals(item.restrictTo(Audience.LEGITIMATE_INTEREST), STANDARD.read(written.get(1)));
    }

    @Test
    void passportFiles_writesNothingOfAPassportThatFails() throws IOException {
        BatteryPassport item = PassportJsonTest.fullItem();
        PassportFiles failing = PassportFiles.builder(dir).jsonFolder("").label("png", p -> {
            throw new IllegalStateException("did not decode back");
        }).build();
        assertThrows(IllegalStateException.class, () -> failing.write(item));
        PassportFiles nulls = PassportFiles.builder(dir).jsonFolder("").label("png", p -> null).build();
        NullPointerException npe = assertThrows(NullPointerException.class, () -> nulls.write(item));
        assertTrue(npe.getMessage().contains("\"png\" label renderer returned null"), npe.getMessage());
        BatteryPassport pub = item.restrictTo(Audience.PUBLIC);
        PassportFiles wide = PassportFiles.builder(dir).jsonFolder("").views(Audience.PUBLIC, Audience.AUTHORITIES)
                .build();
        assertThrows(PassportException.class, () -> wide.write(pub));
        assertEquals(List.of(), names(dir));
        assertEquals(1, PassportFiles.builder(dir).jsonFolder("").build().write(pub).size());
    }

    @Test
    void builder_rejectsBadSettings() {
        PassportFiles.Builder b = PassportFiles.builder(dir);
        assertThrows(IllegalArgumentException.class, () -> b.label("SVG", p -> new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> b.label("", p -> new byte[0]));
        b.label("svg", p -> new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> b.label("svg", p -> new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> b.jsonFolder("../up"));
        assertThrows(IllegalArgumentException.class, () -> b.labelFolder(dir.toAbsolutePath().toString()));
        assertThrows(IllegalArgumentException.class, () -> b.views());
        assertThrows(NullPointerException.class, () -> PassportFiles.builder(null));
        PassportFiles f = b.views(Audience.ISSUER, Audience.PUBLIC).labelFolder("labels").build();
        assertEquals(dir.resolve("labels"), f.labelFolder());
        assertEquals(dir.resolve("json"), f.jsonFolder());
        assertEquals(List.of(Audience.PUBLIC, Audience.ISSUER), List.copyOf(f.views()));
        assertTrue(f.toString().contains("[svg]"), f.toString());
    }

    @Test
    void fileName_percentEncodesEverythingButSafeCharacters() {
        assertEquals("01_09506000134352_10_LOT%2F1_21_SN-7",
                PassportFiles.fileName(DigitalLink.parse("https://id.gs1.org/01/09506000134352/10/LOT%2F1/21/SN-7")));
        assertEquals("01_09506000134352",
                PassportFiles.fileName(DigitalLink.parse("https://example.com/01/09506000134352")));
        assertEquals("legitimate-interest", PassportFiles.suffix(Audience.LEGITIMATE_INTEREST));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
