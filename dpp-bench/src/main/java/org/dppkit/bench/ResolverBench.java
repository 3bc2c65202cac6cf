package org.dppkit.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.dppkit.battery.BatchPassport;
import org.dppkit.battery.BatteryStatus;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.json.PassportJson;
import org.dppkit.core.Audience;
import org.dppkit.examples.ExamplePassports;
import org.dppkit.resolver.Resolver;
import org.dppkit.resolver.ResolverServer;
import org.dppkit.store.PassportStore;
import org.dppkit.store.PassportStores;

/**
 * Resolver throughput and latency against the stack's own limit: concurrent keep-alive clients
 * fetch random item passports (public JSON, then the HTML page) from the dppkit resolver over an
 * embedded H2 store, and the same paths from a JDK {@code HttpServer} that answers precomputed
 * bytes from a map, with the same number of worker threads. Both run in this JVM, one after the
 * other, under the same load; the ratios are what counts.
 *
 * <pre>
 * ./mvnw -B -q -pl dpp-bench -am -DskipTests package
 * java -Xmx3g -Dsun.net.httpserver.nodelay=true -cp dpp-bench/target/benchmarks.jar \
 *      org.dppkit.bench.ResolverBench \
 *      --items 100000 --clients 16 --threads 16 --warmup 5 --seconds 15 --rounds 3
 * </pre>
 *
 * Before measuring, every passport is fetched once from each resolver ({@code --prefill 0}
 * skips it): the static peer holds every answer, and a resolver that has run for a while has
 * seen each passport once; that first pass (all misses of the resolvers' response caches) is
 * printed as the cold figure. {@code --cache-mb M} sets both resolvers' response cache budget
 * (default: the resolver's default).
 *
 * <p>Without {@code -Dsun.net.httpserver.nodelay=true} both servers stall about 40 ms per
 * keep-alive request (Nagle's algorithm against delayed ACKs) and the ratio says nothing.
 *
 * <p>Not JMH: the measured unit is an HTTP exchange between threads, timed per request by the
 * clients (throughput over the measurement window, p50 and p99 latency).
 */
public final class ResolverBench {

    private ResolverBench() {
    }

    /** One measured run. */
    static final class Result {
        final String name;
        final double perSecond;
        final double p50Ms;
        final double p99Ms;
        final long errors;

        Result(String name, double perSecond, double p50Ms, double p99Ms, long errors) {
            this.name = name;
            this.perSecond = perSecond;
            this.p50Ms = p50Ms;
            this.p99Ms = p99Ms;
            this.errors = errors;
        }
    }

    /**
     * Runs the benchmark; see the class documentation for the options.
     *
     * @param args {@code --items N --html-items N --clients C --threads T --warmup S
     *     --seconds S --rounds R --cache-mb M --prefill 0|1}
     * @throws Exception if a server cannot start or the store fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = new HashMap<>(Map.of("items", 100_000, "clients", 16,
                "threads", 16, "warmup", 5, "seconds", 15, "html-items", 0, "rounds", 3,
                "cache-mb", -1, "prefill", 1));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), Integer.parseInt(args[i + 1]));
        }
        int items = o.get("items");
        int htmlItems = o.get("html-items") == 0 ? items : Math.min(items, o.get("html-items"));
        Path dir = Files.createTempDirectory("dppkit-resolver-bench");
        ModelPassport model = ExamplePassports.model();
        BatchPassport batch = ExamplePassports.batch(model, "LOT-BENCH", YearMonth.of(2027, 2));
        System.out.printf(Locale.ROOT, "storing %d item passports (+ model, batch) in H2...%n", items);
        long t0 = System.nanoTime();
        try (PassportStore store = PassportStores.embedded(dir)) {
            store.putAll(List.of(model, batch));
            store.putAll(() -> items(batch, items));
            System.out.printf(Locale.ROOT, "stored in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<String> paths = new ArrayList<>(items);
            for (int i = 1; i <= items; i++) {
                paths.add("/01/" + ExamplePassports.GTIN + "/10/LOT-BENCH/21/" + serial(i));
            }
            int threads = o.get("threads");
            int cacheMb = o.get("cache-mb");
            ResolverServer resolver = ResolverServer.builder(configure(Resolver.builder(store), cacheMb))
                    .host(InetAddress.getLoopbackAddress()).port(0).threads(threads)
                    .queue(4096).start();
            String base = "http://127.0.0.1:" + resolver.port();
            // The same resolver over an in-memory store: the resolver's own cost without H2.
            MemoryPassportStore memory = new MemoryPassportStore();
            memory.putAll(List.of(model, batch));
            memory.putAll(() -> items(batch, items));
            ResolverServer inMemory = ResolverServer.builder(configure(Resolver.builder(memory), cacheMb))
                    .host(InetAddress.getLoopbackAddress()).port(0).threads(threads)
                    .queue(4096).start();
            System.out.println("precomputing the static peer's bytes...");
            // JSON: the very bytes the resolver sends (PassportJson of the public audience);
            // HTML: fetched from the resolver once, by several clients.
            Map<String, byte[]> json = new HashMap<>(items * 2);
            PassportJson pj = PassportJson.standard();
            Iterator<BatteryPassport> again = items(batch, items);
            for (int i = 0; i < items; i++) {
                json.put(paths.get(i), pj.write(again.next(), Audience.PUBLIC)
                        .getBytes(StandardCharsets.UTF_8));
            }
            check(resolver.port(), paths.get(items - 1), json.get(paths.get(items - 1)));
            Map<String, byte[]> html = precompute(resolver.port(), paths, htmlItems, "text/html");
            HttpServer peer = staticServer(json, html, threads);
            if (o.get("prefill") != 0) {
                // The static peer holds every answer; a resolver that has run for a while has
                // seen every passport once. The first pass is the cold figure.
                System.out.printf(Locale.ROOT, "cache budget %s; first pass over every passport"
                        + " (8 clients, all misses):%n", cacheMb < 0 ? "default" : cacheMb + " MiB");
                prefill("resolver+H2 store, public JSON", resolver.port(), paths, items, "application/json");
                prefill("resolver+memory store, public JSON", inMemory.port(), paths, items,
                        "application/json");
                prefill("resolver+memory store, HTML page", inMemory.port(), paths, htmlItems, "text/html");
            }
            int peerPort = peer.getAddress().getPort();
            System.out.printf(Locale.ROOT, "resolver %s, static peer port %d; JSON %d B, HTML %d B"
                    + " per item on average%n", base, peerPort, avg(json), avg(html));
            List<Result> results = new ArrayList<>();
            int clients = o.get("clients");
            Duration warmup = Duration.ofSeconds(o.get("warmup"));
            Duration measure = Duration.ofSeconds(o.get("seconds"));
            int rounds = o.getOrDefault("rounds", 3);
            results.addAll(compare(new String[] {"static bytes, JSON", "resolver+H2 store, public JSON",
                "resolver+memory store, public JSON"}, new int[] {peerPort, resolver.port(), inMemory.port()},
                    paths, items, "application/json", clients, warmup, measure, rounds));
            results.addAll(compare(new String[] {"static bytes, HTML", "resolver+H2 store, HTML page",
                "resolver+memory store, HTML page"}, new int[] {peerPort, resolver.port(), inMemory.port()},
                    paths, htmlItems, "text/html", clients, warmup, measure, rounds));
            inMemory.stop(Duration.ofSeconds(1));
            peer.stop(0);
            ((ThreadPoolExecutor) peer.getExecutor()).shutdownNow();
            resolver.stop(Duration.ofSeconds(1));
            System.out.println();
            System.out.printf(Locale.ROOT, "items %d (HTML keyspace %d), clients %d, threads %d,"
                    + " warmup %s, measured %s per target in %d alternating rounds, cache %s,"
                    + " prefilled %s%n", items, htmlItems, clients, threads, warmup, measure, rounds,
                    cacheMb < 0 ? "default" : cacheMb + " MiB", o.get("prefill") != 0);
            System.out.println("| Run | req/s | p50 ms | p99 ms | errors | ratio to static |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (int i = 0; i < results.size(); i++) {
                Result r = results.get(i);
                Result peerResult = results.get(i - i % 3);
                System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %d | %.2fx |%n", r.name,
                        r.perSecond, r.p50Ms, r.p99Ms, r.errors, r.perSecond / peerResult.perSecond);
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Resolver configure(Resolver.Builder b, int cacheMb) {
        return (cacheMb < 0 ? b : b.cacheBytes((long) cacheMb << 20)).build();
    }

    /** Fetches every path once with 8 clients; prints the pass's throughput. */
    private static void prefill(String name, int port, List<String> paths, int n, String accept)
            throws Exception {
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Exception> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        int workers = 8;
        for (int w = 0; w < workers; w++) {
            int first = w;
            Thread t = new Thread(() -> {
                try (Client c = new Client(port, accept)) {
                    for (int i = first; i < n; i += workers) {
                        c.get(paths.get(i));
                        if (c.status != 200) {
                            throw new IllegalStateException(paths.get(i) + " answered " + c.status);
                        }
                    }
                } catch (Exception e) {
                    failure.set(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        System.out.printf(Locale.ROOT, "  cold %-36s %8.0f req/s over %d passports%n", name,
                n / ((System.nanoTime() - t0) / 1e9), n);
    }

    static String serial(int i) {
        return String.format(Locale.ROOT, "SN-%07d", i);
    }

    private static Iterator<BatteryPassport> items(BatchPassport batch, int count) {
        BigDecimal rated = ExamplePassports.ratedCapacityAh();
        return new Iterator<>() {
            int i = 0;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public BatteryPassport next() {
                i++;
                BigDecimal soh = BigDecimal.valueOf(1000 - (i * 7) % 20, 1);
                BigDecimal capacity = rated.multiply(soh).movePointLeft(2)
                        .setScale(1, java.math.RoundingMode.HALF_EVEN);
                return ExamplePassports.item(batch, serial(i), soh, capacity, i % 50,
                        BatteryStatus.ORIGINAL);
            }
        };
    }

    private static void check(int port, String path, byte[] expected) throws IOException {
        try (Client c = new Client(port, "application/json")) {
            if (!Arrays.equals(expected, c.get(path))) {
                throw new IllegalStateException("the resolver's JSON differs from PassportJson's");
            }
        }
    }

    private static Map<String, byte[]> precompute(int port, List<String> paths, int n, String accept)
            throws Exception {
        Map<String, byte[]> map = new java.util.concurrent.ConcurrentHashMap<>(n * 2);
        int workers = 8;
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Exception> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            Thread t = new Thread(() -> {
                try (Client c = new Client(port, accept)) {
                    for (int i = first; i < n; i += workers) {
                        byte[] body = c.get(paths.get(i));
                        if (c.status != 200) {
                            throw new IllegalStateException(paths.get(i) + " answered " + c.status);
                        }
                        map.put(paths.get(i), body);
                    }
                } catch (Exception e) {
                    failure.set(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return map;
    }

    private static long avg(Map<String, byte[]> map) {
        return map.values().stream().mapToLong(b -> b.length).sum() / Math.max(1, map.size());
    }

    private static HttpServer staticServer(Map<String, byte[]> json, Map<String, byte[]> html,
            int threads) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        s.setExecutor(new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4096)));
        s.createContext("/", ex -> {
            try (ex) {
                String accept = ex.getRequestHeaders().getFirst("Accept");
                boolean page = accept != null && accept.startsWith("text/html");
                byte[] body = (page ? html : json).get(ex.getRequestURI().getRawPath());
                if (body == null) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Type", page ? "text/html; charset=utf-8"
                        : "application/json");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        s.start();
        return s;
    }

    /**
     * Measures the targets in alternation (round 1: a, b, c; round 2: a, b, c; ...) so that a
     * change in the machine's background load hits every target alike; each target is warmed
     * once first. Returns one aggregated result per target.
     */
    private static List<Result> compare(String[] names, int[] ports, List<String> paths,
            int keyspace, String accept, int clients, Duration warmup, Duration measure, int rounds)
            throws Exception {
        for (int t = 0; t < ports.length; t++) {
            run(ports[t], paths, keyspace, accept, clients, warmup, Duration.ZERO);
        }
        long[] counts = new long[ports.length];
        long[] nanos = new long[ports.length];
        long[] errors = new long[ports.length];
        List<List<long[]>> samples = new ArrayList<>();
        for (int t = 0; t < ports.length; t++) {
            samples.add(new ArrayList<>());
        }
        Duration slice = measure.dividedBy(rounds);
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < ports.length; t++) {
                Run run = run(ports[t], paths, keyspace, accept, clients, Duration.ofSeconds(1), slice);
                counts[t] += run.latencies.length;
                nanos[t] += run.elapsed;
                errors[t] += run.errors;
                samples.get(t).add(run.latencies);
            }
        }
        List<Result> out = new ArrayList<>();
        for (int t = 0; t < ports.length; t++) {
            long[] all = new long[(int) counts[t]];
            int k = 0;
            for (long[] part : samples.get(t)) {
                System.arraycopy(part, 0, all, k, part.length);
                k += part.length;
            }
            Arrays.sort(all);
            int n = all.length;
            Result res = new Result(names[t], n / (nanos[t] / 1e9), all[n / 2] / 1e6,
                    all[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6, errors[t]);
            System.out.printf(Locale.ROOT, "%-36s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%n",
                    res.name, res.perSecond, res.p50Ms, res.p99Ms, res.errors);
            out.add(res);
        }
        return out;
    }

    /** The raw outcome of one load slice. */
    static final class Run {
        final long[] latencies;
        final long elapsed;
        final long errors;

        Run(long[] latencies, long elapsed, long errors) {
            this.latencies = latencies;
            this.elapsed = elapsed;
            this.errors = errors;
        }
    }

    private static Run run(int port, List<String> paths, int keyspace, String accept, int clients,
            Duration warmup, Duration measure) throws Exception {
        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] errors = new long[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            latencies[c] = new long[1 << 16];
            Thread t = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(id * 7919L + 1);
                try (Client client = new Client(port, accept)) {
                    while (!stop.get()) {
                        String path = paths.get(rnd.nextInt(keyspace));
                        long start = System.nanoTime();
                        client.get(path);
                        long took = System.nanoTime() - start;
                        if (client.status != 200) {
                            errors[id]++;
                        }
                        if (recording.get()) {
                            if (counts[id] == latencies[id].length) {
                                latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
                            }
                            latencies[id][counts[id]++] = took;
                        }
                    }
                } catch (IOException e) {
                    errors[id]++;
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        recording.set(true);
        long start = System.nanoTime();
        Thread.sleep(measure.toMillis());
        recording.set(false);
        long elapsed = System.nanoTime() - start;
        stop.set(true);
        for (Thread t : threads) {
            t.join(30_000);
        }
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[total];
        int k = 0;
        long errs = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
            errs += errors[c];
        }
        return new Run(all, elapsed, errs);
    }

    /** A minimal keep-alive HTTP/1.1 client over one socket (fixed-length answers only). */
    static final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] head;
        int status;

        Client(int port, String accept) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            head = ("HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: " + accept + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        byte[] get(String path) throws IOException {
            out.write(("GET " + path + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.flush();
            StringBuilder line = new StringBuilder(64);
            status = -1;
            long length = -1;
            while (true) {
                readLine(line);
                if (line.length() == 0) {
                    break;
                }
                String l = line.toString();
                if (status < 0) {
                    status = Integer.parseInt(l.substring(9, 12));
                } else if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Long.parseLong(l.substring(15).trim());
                }
            }
            byte[] body = new byte[(int) Math.max(0, length)];
            int off = 0;
            while (off < body.length) {
                int n = in.read(body, off, body.length - off);
                if (n < 0) {
                    throw new IOException("connection closed in the body");
                }
                off += n;
            }
            return body;
        }

        private void readLine(StringBuilder sb) throws IOException {
            sb.setLength(0);
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            if (c < 0) {
                throw new IOException("connection closed");
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
