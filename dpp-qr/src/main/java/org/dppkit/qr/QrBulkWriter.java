package org.dppkit.qr;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.internal.FileNames;

/**
 * Writes one label file per Digital Link, for a stream of any length, into a directory or a ZIP
 * file: in parallel across cores, in constant memory, with progress and cancellation.
 * <pre>{@code
 * BulkCancellation cancel = BulkCancellation.create();
 * QrBulkWriter writer = QrBulkWriter.builder(SvgRenderer.of(PrintSpec.defaults()))
 *         .threads(2)
 *         .progress((done, total, rate) -> System.out.printf("%d/%d %.0f/s%n", done, total, rate))
 *         .cancellation(cancel)
 *         .build();
 * BulkResult r = writer.writeZip(links.stream(), links.size(), Path.of("labels.zip"));
 * }</pre>
 *
 * <p><b>Names.</b> Each file is named by {@link #fileName(DigitalLink)} plus the renderer's
 * extension, for example {@code 01_09506000134352_21_SN-000123.svg}: the primary key and key
 * qualifiers of the link, AI code then value, joined by {@code _}; value characters other than
 * {@code A-Z a-z 0-9 -} are percent-encoded (UTF-8, upper-case hex), so names are safe on every
 * file system and different links give different names (but see case-insensitive file systems,
 * where serials that differ only in case collide). Links with the same identifier (say, another
 * domain) give the same name: the job fails with {@link QrErrorCode#BULK_ITEM_FAILED} naming the
 * second link, before anything is written for it (the writer keeps a 64-bit hash of each name of
 * the job, about 16 bytes per label).
 *
 * <p><b>Existing files.</b> By default nothing is replaced: a label file that already exists
 * fails the job ({@link QrErrorCode#BULK_ITEM_FAILED}), an existing ZIP target fails it before it
 * starts ({@link QrErrorCode#WRITE_FAILED}). {@link Builder#overwrite(boolean)} replaces them. A
 * symbolic link at a target is never replaced, nor written through, with or without
 * {@code overwrite}.
 *
 * <p><b>No half-written files.</b> Each directory file is written to a new temporary file with an
 * unpredictable name beside it (created exclusively, never through a link planted there) and
 * moved into place when complete; a ZIP is written to a temporary file beside the target and
 * moved into place when the last entry is complete. On failure or cancellation, temporary files
 * are deleted (and closed, so a full disk is freed at once) and a ZIP target is not created. A
 * file that cannot be written fails the job with {@link QrErrorCode#WRITE_FAILED}.
 *
 * <p><b>Determinism.</b> ZIP entries are in input order with fixed timestamps (1980-01-01T00:00)
 * and a fixed compression level, so equal input gives an equal ZIP whatever the thread count.
 *
 * <p><b>Memory and threads.</b> Links are read lazily; at most {@code 128 * threads} labels are in
 * flight. The job runs on the calling thread, with a private pool of {@code threads} workers
 * that is shut down when the job ends. A failure stops the job with a {@link QrException}
 * ({@link QrErrorCode#BULK_ITEM_FAILED}) naming the link ({@link QrException#link()}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; one writer may run several jobs, also concurrently.
 */
public final class QrBulkWriter {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int MAX_WARNINGS = 100;
    /** Labels in flight per worker thread; bounds memory, absorbs scheduling delays. */
    static final int WINDOW_PER_THREAD = 128;

    private final QrRenderer renderer;
    private final QrOptions options;
    private final int threads;
    private final BulkProgress progress;
    private final BulkCancellation cancellation;
    private final boolean overwrite;
    private final ZipOpener zipOpener;

    private QrBulkWriter(Builder b) {
        this.overwrite = b.overwrite;
        this.zipOpener = b.zipOpener;
        this.renderer = b.renderer;
        this.options = b.options;
        this.threads = b.threads;
        this.progress = b.progress;
        this.cancellation = b.cancellation;
    }

    /**
     * Returns a builder: default options, one thread per available processor, no progress
     * listener, a fresh cancellation token.
     *
     * @param renderer the renderer of each label, not null
     * @return a builder, not null
     */
    public static Builder builder(QrRenderer renderer) {
        return new Builder(Objects.requireNonNull(renderer, "renderer"));
    }

    /**
     * Returns the file name of a link's label, without extension.
     *
     * @param link the link, not null
     * @return the name, for example {@code 01_09506000134352_10_LOT%2F1_21_SN-7}, not null
     */
    public static String fileName(DigitalLink link) {
        return FileNames.of(Objects.requireNonNull(link, "link"));
    }

    /**
     * Returns the number of worker threads.
     *
     * @return the thread count, at least 1
     */
    public int threads() {
        return threads;
    }

    /**
     * Returns the cancellation token of this writer's jobs.
     *
     * @return the token, not null
     */
    public BulkCancellation cancellation() {
        return cancellation;
    }

    /**
     * Writes one file per link into a directory, creating it if needed.
     *
     * @param links the links, not null; read once, lazily; closed when the job ends
     * @param total the number of links for progress reports, or {@code -1} if unknown
     * @param directory the target directory, not null
     * @return the outcome, not null
     * @throws QrException if the directory cannot be created or written
     *     ({@link QrErrorCode#WRITE_FAILED}) or a label fails ({@link QrErrorCode#BULK_ITEM_FAILED})
     */
    public BulkResult writeDirectory(Stream<? extends DigitalLink> links, long total, Path directory) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(directory, "directory");
        try (links) {
            Path dir = prepareDirectory(directory);
            return run(links.iterator(), total, dir, null);
        }
    }

    /**
     * Writes one file per link into a directory, creating it if needed.
     *
     * @param links the links, not null
     * @param directory the target directory, not null
     * @return the outcome, not null
     * @throws QrException if the directory cannot be created or written
     *     ({@link QrErrorCode#WRITE_FAILED}) or a label fails ({@link QrErrorCode#BULK_ITEM_FAILED})
     */
    public BulkResult writeDirectory(Collection<? extends DigitalLink> links, Path directory) {
        Objects.requireNonNull(links, "links");
        return writeDirectory(links.stream(), links.size(), directory);
    }

    /**
     * Writes one ZIP entry per link, in input order, into a new ZIP file; an existing file fails
     * the job unless {@link Builder#overwrite(boolean)} is set, and is then replaced only when the
     * job completes.
     *
     * @param links the links, not null; read once, lazily; closed when the job ends
     * @param total the number of links for progress reports, or {@code -1} if unknown
     * @param zipFile the target file, not null
     * @return the outcome, not null
     * @throws QrException if the file cannot be written ({@link QrErrorCode#WRITE_FAILED}) or a
     *     label fails ({@link QrErrorCode#BULK_ITEM_FAILED}, also for two links with one name)
     */
    public BulkResult writeZip(Stream<? extends DigitalLink> links, long total, Path zipFile) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(zipFile, "zipFile");
        try (links) {
            Path target = zipFile.toAbsolutePath();
            Path parent = prepareDirectory(target.getParent());
            checkTarget(target);
            if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new QrException(QrErrorCode.WRITE_FAILED, "File '" + target + "' exists; set"
                        + " overwrite(true) on the QrBulkWriter builder to replace it");
            }
            Path tmp;
            try {
                tmp = Files.createTempFile(parent, target.getFileName().toString() + ".", ".tmp");
            } catch (IOException e) {
                throw writeFailed(target, e);
            }
            boolean complete = false;
            try {
                BulkResult result;
                OutputStream file = null;
                try {
                    file = zipOpener.open(tmp);
                    // ZipOutputStream.close() skips closing the file when writing the directory
                    // fails (a full disk): the file is closed below whatever happens.
                    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                        zip.setLevel(PngCodec.DEFLATE_LEVEL);
                        result = run(links.iterator(), total, target, zip);
                    }
                } catch (IOException e) {
                    throw writeFailed(target, e);
                } finally {
                    closeQuietly(file);
                }
                if (!result.cancelled()) {
                    checkTarget(target);
                    move(tmp, target);
                    complete = true;
                }
                return result;
            } finally {
                if (!complete) {
                    deleteQuietly(tmp);
                }
            }
        }
    }

    /**
     * Writes one ZIP entry per link, in input order, into a new ZIP file.
     *
     * @param links the links, not null
     * @param zipFile the target file, not null
     * @return the outcome, not null
     * @throws QrException if the file cannot be written ({@link QrErrorCode#WRITE_FAILED}) or a
     *     label fails ({@link QrErrorCode#BULK_ITEM_FAILED})
     */
    public BulkResult writeZip(Collection<? extends DigitalLink> links, Path zipFile) {
        Objects.requireNonNull(links, "links");
        return writeZip(links.stream(), links.size(), zipFile);
    }

    /** One rendered label, or the failure to render it. */
    private static final class Item {
        final DigitalLink link;
        final String name;
        final RenderResult result;
        final Throwable error;

        Item(DigitalLink link, String name, RenderResult result, Throwable error) {
            this.link = link;
            this.name = name;
            this.result = result;
            this.error = error;
        }
    }

    private Item produce(DigitalLink link, long index, Path directory, AtomicLong files) {
        String name = null;
        try {
            name = fileName(link) + "." + renderer.format().extension();
            RenderResult result = renderer.render(QrSymbol.encode(link, options));
            if (directory != null) {
                Path target = directory.resolve(name);
                checkTarget(target);
                Path tmp = null;
                boolean moved = false;
                try {
                    OutputStream out = null;
                    for (int attempt = 0; out == null; attempt++) {
                        tmp = directory.resolve(name + "." + Long.toHexString(
                                ThreadLocalRandom.current().nextLong()) + ".tmp");
                        try {
                            out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                        } catch (FileAlreadyExistsException e) {
                            tmp = null;
                            if (attempt == 9) {
                                throw e;
                            }
                        }
                    }
                    try (OutputStream o = out) {
                        result.writeTo(o);
                    }
                    place(tmp, target, link);
                    moved = true;
                    files.incrementAndGet();
                } finally {
                    if (!moved && tmp != null) {
                        deleteQuietly(tmp);
                    }
                }
            }
            return new Item(link, name, result, null);
        } catch (RuntimeException | IOException e) {
            return new Item(link, name, null, e);
        }
    }

    private BulkResult run(Iterator<? extends DigitalLink> it, long total, Path target,
            ZipOutputStream zip) {
        Path directory = zip == null ? target : null;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dppkit-qr-bulk");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Item>> window = new ArrayDeque<>();
        int maxWindow = threads * WINDOW_PER_THREAD;
        Set<String> warnings = new LinkedHashSet<>();
        long done = 0;
        long submitted = 0;
        AtomicLong files = new AtomicLong();
        NameSet names = new NameSet();
        boolean cancelled = false;
        long start = System.nanoTime();
        try {
            while (true) {
                if (cancellation.isCancelled()) {
                    cancelled = true;
                    break;
                }
                if (window.size() >= maxWindow || (!window.isEmpty() && window.peek().isDone())) {
                    Item item = take(window.poll());
                    if (item == null) {
                        cancelled = true;
                        break;
                    }
                    complete(item, zip, warnings);
                    done++;
                    report(done, total, start);
                    continue;
                }
                if (!it.hasNext()) {
                    break;
                }
                DigitalLink link = Objects.requireNonNull(it.next(), "links must not hold null");
                String name = fileName(link);
                if (!names.add(name)) {
                    throw new QrException(QrErrorCode.BULK_ITEM_FAILED, "Label for '"
                            + Checks.truncate(link.toString()) + "' has the same file name '" + name
                            + "' as an earlier link of this job (same identifier, other domain or"
                            + " attributes)", -1, link.toString(), null);
                }
                long index = submitted++;
                window.add(pool.submit(() -> produce(link, index, directory, files)));
            }
            while (!cancelled && !window.isEmpty()) {
                if (cancellation.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Item item = take(window.poll());
                if (item == null) {
                    cancelled = true;
                    break;
                }
                complete(item, zip, warnings);
                done++;
                report(done, total, start);
            }
        } finally {
            for (Future<Item> f : window) {
                f.cancel(false);
            }
            pool.shutdown();
            awaitTermination(pool);
        }
        if (zip == null) {
            // Labels that were running when the job stopped are complete files: count them all.
            done = files.get();
        }
        return new BulkResult(target, done, cancelled, java.util.List.copyOf(warnings));
    }

    private void complete(Item item, ZipOutputStream zip, Set<String> warnings) {
        if (item.error instanceof QrException q && q.errorCode() == QrErrorCode.WRITE_FAILED) {
            throw new QrException(QrErrorCode.WRITE_FAILED, "Label for '"
                    + Checks.truncate(item.link.toString()) + "' could not be written: "
                    + q.getMessage(), -1, item.link.toString(), q);
        }
        if (item.error instanceof IOException) {
            throw new QrException(QrErrorCode.WRITE_FAILED, "Label for '"
                    + Checks.truncate(item.link.toString()) + "' could not be written as '" + item.name
                    + "': " + item.error, -1, item.link.toString(), item.error);
        }
        if (item.error != null) {
            throw new QrException(QrErrorCode.BULK_ITEM_FAILED, "Label for '"
                    + Checks.truncate(item.link.toString()) + "' failed: " + item.error.getMessage(),
                    -1, item.link.toString(), item.error);
        }
        for (String w : item.result.warnings()) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(w);
            }
        }
        if (zip != null) {
            ZipEntry entry = new ZipEntry(item.name);
            entry.setTimeLocal(ENTRY_TIME);
            try {
                zip.putNextEntry(entry);
                item.result.writeTo(zip);
                zip.closeEntry();
            } catch (IOException e) {
                throw new QrException(QrErrorCode.WRITE_FAILED, "Label for '"
                        + Checks.truncate(item.link.toString()) + "' could not be added to the ZIP"
                        + " as '" + item.name + "': " + e.getMessage(), -1, item.link.toString(), e);
            }
        }
    }

    private void report(long done, long total, long start) {
        if (progress != null) {
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            progress.onProgress(done, total, done / seconds);
        }
    }

    /** Waits for a label; null when the waiting thread was interrupted (treated as cancel). */
    private static Item take(Future<Item> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new QrException(QrErrorCode.BULK_ITEM_FAILED, "A label failed: "
                    + e.getCause(), -1, null, e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    private static void awaitTermination(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path prepareDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw writeFailed(directory, e);
        }
        if (!Files.isWritable(directory)) {
            throw new QrException(QrErrorCode.WRITE_FAILED, "Directory '" + directory
                    + "' is not writable");
        }
        return directory;
    }

    private static void move(Path from, Path to) throws QrException {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw writeFailed(to, e);
        }
    }

    /** Opens the temporary file of a ZIP job (a seam for tests that simulate a full disk). */
    @FunctionalInterface
    interface ZipOpener {
        OutputStream open(Path tmp) throws IOException;
    }

    /** Refuses a target that is a symbolic link: it is never replaced nor written through. */
    private static void checkTarget(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new QrException(QrErrorCode.WRITE_FAILED, "'" + target + "' is a symbolic link;"
                    + " the bulk writer never replaces or writes through one");
        }
    }

    /**
     * Moves a complete temporary file to its target: replacing an existing file only with
     * {@code overwrite}, else failing naming the link.
     */
    private void place(Path tmp, Path target, DigitalLink link) throws IOException {
        if (overwrite) {
            move(tmp, target);
            return;
        }
        try {
            try {
                // a hard link is created atomically and only if the name is free
                Files.createLink(target, tmp);
                Files.delete(tmp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.move(tmp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new QrException(QrErrorCode.BULK_ITEM_FAILED, "Label for '"
                    + Checks.truncate(link.toString()) + "': file '" + target + "' exists; set"
                    + " overwrite(true) on the QrBulkWriter builder to replace it", -1, link.toString(), e);
        }
    }

    private static void closeQuietly(OutputStream out) {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the write failure is reported; closing is for the file descriptor only
            }
        }
    }

    /**
     * The file names of one job, as 64-bit hashes in an open-addressing table (about 16 bytes a
     * name); not thread-safe (the job's own thread only).
     */
    private static final class NameSet {
        private long[] table = new long[1024];
        private int size;

        /** Adds a name; false if it was there. */
        boolean add(String name) {
            long h = hash(name);
            if (2 * (size + 1) > table.length) {
                grow();
            }
            if (!insert(table, h)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] t, long h) {
            int mask = t.length - 1;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (t[i] != 0) {
                if (t[i] == h) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            t[i] = h;
            return true;
        }

        private void grow() {
            long[] bigger = new long[table.length * 2];
            for (long h : table) {
                if (h != 0) {
                    insert(bigger, h);
                }
            }
            table = bigger;
        }

        /** FNV-1a over the characters, never 0 (0 marks a free slot). */
        private static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h == 0 ? 1 : h;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: the original failure is reported
        }
    }

    private static QrException writeFailed(Path path, IOException e) {
        return new QrException(QrErrorCode.WRITE_FAILED, "Cannot write '" + path + "': "
                + e.getClass().getSimpleName() + ": " + e.getMessage(), -1, null, e);
    }

    @Override
    public String toString() {
        return "QrBulkWriter[" + renderer.format() + ", " + options + ", threads=" + threads + "]";
    }

    /**
     * A mutable builder of {@link QrBulkWriter}; not thread-safe.
     */
    public static final class Builder {

        private final QrRenderer renderer;
        private QrOptions options = QrOptions.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private BulkProgress progress;
        private BulkCancellation cancellation = BulkCancellation.create();
        private boolean overwrite;
        private ZipOpener zipOpener = tmp -> Files.newOutputStream(tmp);

        private Builder(QrRenderer renderer) {
            this.renderer = renderer;
        }

        /**
         * Sets the encoding options (default {@link QrOptions#defaults()}).
         *
         * @param options the options, not null
         * @return this builder, not null
         */
        public Builder options(QrOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Sets the number of worker threads (default: available processors).
         *
         * @param threads 1 to 256
         * @return this builder, not null
         * @throws QrException if out of range ({@link QrErrorCode#OUT_OF_RANGE})
         */
        public Builder threads(int threads) {
            this.threads = Checks.intRange("threads", threads, 1, 256);
            return this;
        }

        /**
         * Sets the progress listener (default none).
         *
         * @param progress the listener, not null
         * @return this builder, not null
         */
        public Builder progress(BulkProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Sets the cancellation token (default a fresh one, see
         * {@link QrBulkWriter#cancellation()}).
         *
         * @param cancellation the token, not null
         * @return this builder, not null
         */
        public Builder cancellation(BulkCancellation cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
            return this;
        }

        /**
         * Sets whether existing label files and an existing ZIP target are replaced (default
         * false: an existing file fails the job). A symbolic link is never replaced.
         *
         * @param overwrite true to replace existing files
         * @return this builder, not null
         */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /** Sets how a ZIP job opens its temporary file (tests only). */
        Builder zipOpener(ZipOpener zipOpener) {
            this.zipOpener = Objects.requireNonNull(zipOpener, "zipOpener");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer, not null
         */
        public QrBulkWriter build() {
            return new QrBulkWriter(this);
        }
    }
}
