package org.dppkit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A worker's output: two append-only files, {@code json-<w>.jsonl} (one compact JSON document per
 * line) and {@code qr-<w>.<ext>} (the QR documents one after another, each preceded by a line
 * {@code # <serial> <length>}), buffered with 1 MiB. Streaming into two files per worker instead
 * of two million small files keeps the file system out of the measurement and makes both
 * pipelines pay the same I/O. Not thread-safe: one per worker.
 */
final class EndToEndSink implements AutoCloseable {

    private final OutputStream json;
    private final OutputStream qr;
    private long bytes;

    EndToEndSink(Path dir, String prefix, int worker, String qrExtension) throws IOException {
        Files.createDirectories(dir);
        json = new BufferedOutputStream(Files.newOutputStream(
                dir.resolve(prefix + "-json-" + worker + ".jsonl")), 1 << 20);
        qr = new BufferedOutputStream(Files.newOutputStream(
                dir.resolve(prefix + "-qr-" + worker + "." + qrExtension)), 1 << 20);
    }

    /** Appends one JSON document (must not contain a raw line break) and a line end. */
    void json(byte[] document) throws IOException {
        json.write(document);
        json.write('\n');
        bytes += document.length + 1L;
    }

    /** Appends one QR document with its header line. */
    void qr(String serial, byte[] document) throws IOException {
        byte[] header = ("# " + serial + " " + document.length + "\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        qr.write(header);
        qr.write(document);
        bytes += header.length + (long) document.length;
    }

    /** Returns how many bytes were written. */
    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        try (OutputStream a = json; OutputStream b = qr) {
            a.flush();
            b.flush();
        }
    }
}
