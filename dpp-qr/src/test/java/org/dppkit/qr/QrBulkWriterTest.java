package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrBulkWriterTest {

    @TempDir
    Path tmp;

    static Stream<DigitalLink> links(long n) {
        Gtin gtin = Gtin.parse("09506000134352");
        return LongStream.range(0, n).mapToObj(i -> DigitalLink.builder(gtin)
                .lot("L/" + (i % 3)).serial(String.format(Locale.ROOT, "SN-%06d", i)).build());
    }

    @Test
    void fileName_isSanitisedAndInjective() {
        DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352")).lot("A/B_1")
                .serial("x.y%z").build();
        assertEquals("01_09506000134352_10_A%2FB%5F1_21_x%2Ey%25z", QrBulkWriter.fileName(link));
        assertEquals("01_09506000134352", QrBulkWriter.fileName(
                DigitalLink.builder(Gtin.parse("09506000134352")).build()));
    }

    @Test
    void writeDirectory_writesAllFilesWithoutTemporaries() throws IOException {
        List<long[]> reports = new ArrayList<>();
        BulkResult r = QrBulkWriter.builder(SvgRenderer.of(PrintSpec.defaults()).withVerify(true))
                .threads(2).progress((done, total, rate) -> reports.add(new long[] {done, total}))
                .build().writeDirectory(links(50), 50, tmp.resolve("out"));
        assertEquals(50, r.written());
        assertFalse(r.cancelled());
        assertEquals(tmp.resolve("out"), r.target());
        List<String> names;
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
        assertEquals(50, names.size());
        assertTrue(names.contains("01_09506000134352_10_L%2F0_21_SN-000000.svg"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")));
        assertEquals(50, reports.size());
        assertEquals(50, reports.get(49)[0]);
        assertEquals(50, reports.get(49)[1]);
        String svg = Files.readString(tmp.resolve("out/01_09506000134352_10_L%2F1_21_SN-000007.svg"));
        assertTrue(QrVerifier.verifySvg(svg, "https://id.gs1.org/01/09506000134352/10/L%2F1/21/SN-000007")
                .passed());
    }

    @Test
    void writeZip_isDeterministicAcrossThreadCounts() throws IOException {
        Path one = tmp.resolve("one.zip");
        Path two = tmp.resolve("two.zip");
        PngRenderer png = PngRenderer.of(PrintSpec.defaults());
        QrBulkWriter.builder(png).threads(1).build().writeZip(links(40), 40, one);
        BulkResult r = QrBulkWriter.builder(png).threads(2).build().writeZip(links(40).collect(
                Collectors.toList()), two);
        assertEquals(40, r.written());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        try (ZipFile zip = new ZipFile(two.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            ZipEntry first = entries.nextElement();
            assertEquals("01_09506000134352_10_L%2F0_21_SN-000000.png", first.getName());
            assertEquals("01_09506000134352_10_L%2F1_21_SN-000001.png", entries.nextElement().getName());
            assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), first.getTimeLocal());
            byte[] bytes = zip.getInputStream(first).readAllBytes();
            assertEquals("https://id.gs1.org/01/09506000134352/10/L%2F0/21/SN-000000",
                    QrVerifier.decodePng(bytes).orElseThrow());
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(2, files.count()); // no temporary files left
        }
    }

    @Test
    void writeZip_cancelled_leavesNoFile() throws IOException {
        BulkCancellation cancel = BulkCancellation.create();
        QrBulkWriter writer = QrBulkWriter.builder(SvgRenderer.of(PrintSpec.defaults())).threads(2)
                .cancellation(cancel).progress((done, total, rate) -> {
                    if (done == 10) {
                        cancel.cancel();
                    }
                }).build();
        BulkResult r = writer.writeZip(links(1_000_000), 1_000_000, tmp.resolve("labels.zip"));
        assertTrue(r.cancelled());
        assertEquals(10, r.written());
        assertTrue(cancel.isCancelled());
        assertEquals(cancel, writer.cancellation());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void writeDirectory_cancelled_leavesOnlyCompleteFiles() throws IOException {
        BulkCancellation cancel = BulkCancellation.create();
        AtomicLong last = new AtomicLong();
        BulkResult r = QrBulkWriter.builder(ZplRenderer.of(PrintSpec.defaults())).threads(2)
                .cancellation(cancel).progress((done, total, rate) -> {
                    last.set(done);
                    if (done == 5) {
                        cancel.cancel();
                    }
                }).build().writeDirectory(links(10_000), -1, tmp);
        assertTrue(r.cancelled());
        assertEquals(5, last.get());
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp)) {
            files = s.collect(Collectors.toList());
        }
        assertEquals(r.written(), files.size());
        assertTrue(r.written() >= 5);
        for (Path f : files) {
            assertTrue(f.toString().endsWith(".zpl"), f.toString());
            assertTrue(Files.readString(f).endsWith("^XZ\n"));
        }
    }

    @Test
    void writeZip_duplicateLink_failsNamingIt() {
        DigitalLink link = links(1).findFirst().orElseThrow();
        QrException e = assertThrows(QrException.class, () -> QrBulkWriter.builder(
                SvgRenderer.of(PrintSpec.defaults())).threads(1).build()
                .writeZip(List.of(link, link), tmp.resolve("dup.zip")));
        assertEquals(QrErrorCode.BULK_ITEM_FAILED, e.errorCode());
        assertEquals(link.toString(), e.link().orElseThrow());
        assertFalse(Files.exists(tmp.resolve("dup.zip")));
    }

    @Test
    void writeDirectory_itemTooLong_failsNamingLink() {
        DigitalLink link = links(1).findFirst().orElseThrow();
        QrException e = assertThrows(QrException.class, () -> QrBulkWriter.builder(
                SvgRenderer.of(PrintSpec.defaults())).options(QrOptions.defaults().withVersion(1))
                .build().writeDirectory(List.of(link), tmp));
        assertEquals(QrErrorCode.BULK_ITEM_FAILED, e.errorCode());
        assertEquals(QrErrorCode.DATA_TOO_LONG, ((QrException) e.getCause()).errorCode());
        assertTrue(e.getMessage().startsWith("Label for '" + link + "' failed: Text of"), e.getMessage());
    }

    @Test
    void writeDirectory_unwritableTarget_throws() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        QrException e = assertThrows(QrException.class, () -> QrBulkWriter.builder(
                SvgRenderer.of(PrintSpec.defaults())).build().writeDirectory(links(1), 1,
                file.resolve("sub")));
        assertEquals(QrErrorCode.WRITE_FAILED, e.errorCode());
        assertTrue(e.getMessage().startsWith("Cannot write '" + file.resolve("sub") + "'"), e.getMessage());
        QrException z = assertThrows(QrException.class, () -> QrBulkWriter.builder(
                SvgRenderer.of(PrintSpec.defaults())).build().writeZip(links(1), 1,
                file.resolve("x.zip")));
        assertEquals(QrErrorCode.WRITE_FAILED, z.errorCode());
    }

    @Test
    void builder_threadsOutOfRange_throws() {
        assertThrows(QrException.class, () -> QrBulkWriter.builder(PngRenderer.of(PrintSpec.defaults()))
                .threads(0));
        assertEquals(3, QrBulkWriter.builder(PngRenderer.of(PrintSpec.defaults())).threads(3).build()
                .threads());
    }
}
