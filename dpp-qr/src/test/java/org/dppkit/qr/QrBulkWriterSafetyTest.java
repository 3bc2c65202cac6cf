package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile file systems: planted links, collisions, pre-existing files. */
class QrBulkWriterSafetyTest {

    @TempDir
    Path tmp;

    private static final DigitalLink LINK = DigitalLink.builder(Gtin.parse("09506000134352")).serial("SN1").build();

    private static QrBulkWriter writer(boolean overwrite) {
        return QrBulkWriter.builder(SvgRenderer.of(PrintSpec.defaults())).threads(2).overwrite(overwrite).build();
    }

    @Test
    void plantedTemporarySymlinksAreNeverFollowed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = tmp.resolve("outside.svg");
        String name = QrBulkWriter.fileName(LINK) + ".svg";
        for (int i = 0; i < 4; i++) {
            Files.createSymbolicLink(out.resolve(name + "." + i + ".tmp"), outside);
        }
        writer(false).writeDirectory(List.of(LINK), out);
        assertFalse(Files.exists(outside, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.exists(outside));
        assertTrue(Files.isRegularFile(out.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSymlinkAtTheTargetIsNeverReplaced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.writeString(tmp.resolve("precious.txt"), "keep");
        Path target = out.resolve(QrBulkWriter.fileName(LINK) + ".svg");
        Files.createSymbolicLink(target, outside);
        for (boolean overwrite : new boolean[] {false, true}) {
            QrException e = assertThrows(QrException.class, () -> writer(overwrite).writeDirectory(List.of(LINK), out));
            assertTrue(e.getMessage().contains("symbolic link"), e::getMessage);
            assertTrue(Files.isSymbolicLink(target));
            assertEquals("keep", Files.readString(outside));
        }
        Path zipLink = tmp.resolve("labels.zip");
        Files.createSymbolicLink(zipLink, outside);
        QrException z = assertThrows(QrException.class, () -> writer(true).writeZip(List.of(LINK), zipLink));
        assertEquals(QrErrorCode.WRITE_FAILED, z.errorCode());
        assertEquals("keep", Files.readString(outside));
    }

    @Test
    void linksWithOneFileNameAreReportedNotSilentlyReplaced() throws IOException {
        DigitalLink other = DigitalLink.parse("https://example.com/01/09506000134352/21/SN1");
        for (boolean overwrite : new boolean[] {false, true}) {
            Path out = tmp.resolve("dir-" + overwrite);
            QrException e = assertThrows(QrException.class,
                    () -> writer(overwrite).writeDirectory(Stream.of(LINK, other), 2, out));
            assertEquals(QrErrorCode.BULK_ITEM_FAILED, e.errorCode());
            assertEquals(other.toString(), e.link().orElseThrow());
            assertTrue(e.getMessage().contains("same file name"), e::getMessage);
        }
        QrException z = assertThrows(QrException.class,
                () -> writer(false).writeZip(List.of(LINK, other), tmp.resolve("x.zip")));
        assertTrue(z.getMessage().contains("same file name"), z::getMessage);
    }

    @Test
    void preExistingFilesNeedTheOverwriteOption() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path target = out.resolve(QrBulkWriter.fileName(LINK) + ".svg");
        Files.writeString(target, "old");
        QrException e = assertThrows(QrException.class, () -> writer(false).writeDirectory(List.of(LINK), out));
        assertTrue(e.getMessage().contains("overwrite"), e::getMessage);
        assertEquals("old", Files.readString(target));
        writer(true).writeDirectory(List.of(LINK), out);
        assertTrue(Files.readString(target).startsWith("<?xml") || Files.readString(target).startsWith("<svg"));
        Path zip = Files.writeString(tmp.resolve("old.zip"), "old");
        QrException z = assertThrows(QrException.class, () -> writer(false).writeZip(List.of(LINK), zip));
        assertEquals(QrErrorCode.WRITE_FAILED, z.errorCode());
        assertEquals("old", Files.readString(zip));
        writer(true).writeZip(List.of(LINK), zip);
        assertTrue(Files.size(zip) > 100);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "no temporaries left");
        }
    }

    @Test
    void aFullDiskInZipModeClosesTheTemporaryAndReportsWriteFailed() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.List<Path> opened = new java.util.ArrayList<>();
        QrBulkWriter w = QrBulkWriter.builder(SvgRenderer.of(PrintSpec.defaults())).threads(1)
                .zipOpener(p -> {
                    opened.add(p);
                    java.io.OutputStream file = Files.newOutputStream(p);
                    return new java.io.FilterOutputStream(file) {
                        private long written;

                        @Override
                        public void write(int b) throws IOException {
                            write(new byte[] {(byte) b}, 0, 1);
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            written += len;
                            if (written > 20_000) {
                                throw new IOException("No space left on device");
                            }
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            closed.set(true);
                            super.close();
                        }
                    };
                }).build();
        Path zip = tmp.resolve("full.zip");
        QrException e = assertThrows(QrException.class, () -> w.writeZip(QrBulkWriterTest.links(500), 500, zip));
        assertEquals(QrErrorCode.WRITE_FAILED, e.errorCode());
        assertTrue(closed.get(), "the temporary file is closed at once");
        assertEquals(1, opened.size());
        assertFalse(Files.exists(opened.get(0)));
        assertFalse(Files.exists(zip));
    }
}
