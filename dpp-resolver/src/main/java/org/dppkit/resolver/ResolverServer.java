package org.dppkit.resolver;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dppkit.gs1.internal.Excerpts;

/**
 * Runs a {@link Resolver} on a port with the JDK's built-in HTTP server, hardened for the open
 * internet:
 * <ul>
 * <li>a bounded executor ({@link Builder#threads(int)} threads, {@link Builder#queue(int)}
 *     waiting exchanges); beyond that a single extra thread answers {@code 503} with
 *     {@code Retry-After} instead of queueing without bound;</li>
 * <li>a watchdog that closes the connection of a client that takes longer than
 *     {@link Builder#timeout(Duration)} to send its request line and headers, or to read the
 *     response (slow-client attacks); the resolver's own work is never interrupted;</li>
 * <li>the request limits of the {@link Resolver} (target length, header lines and bytes, no
 *     body); the JDK server itself rejects request targets that are not URIs with a plain
 *     {@code 400};</li>
 * <li>a graceful {@link #stop(Duration)}: no new connections, running exchanges finish within the
 *     grace period, then the threads end.</li>
 * </ul>
 *
 * <pre>{@code
 * try (ResolverServer server = ResolverServer.builder(resolver).port(8080).start()) {
 *     System.out.println("resolving at " + server.uri());
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p><b>Latency.</b> The JDK server writes a response's headers and body in separate TCP
 * segments; with Nagle's algorithm on (the JDK's default) a keep-alive client that delays its
 * ACKs waits about 40 ms per request. Start the JVM with
 * {@code -Dsun.net.httpserver.nodelay=true} (a JVM-wide JDK setting, so this class does not set
 * it for you).
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe. It sets no system property and changes no JVM-wide setting.
 */
public final class ResolverServer implements AutoCloseable {

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor shedder;
    private final ScheduledExecutorService watchdog;
    private final List<WorkerThread> threads = new CopyOnWriteArrayList<>();
    private final URI uri;
    private final Object stopLock = new Object();
    private boolean stopped;

    private ResolverServer(Builder b) throws IOException {
        InetSocketAddress address = new InetSocketAddress(b.host, b.port);
        if (b.https != null) {
            HttpsServer s = HttpsServer.create(address, b.backlog);
            s.setHttpsConfigurator(b.https);
            server = s;
        } else {
            server = HttpServer.create(address, b.backlog);
        }
        String id = Integer.toHexString(System.identityHashCode(this));
        long timeoutNanos = b.timeout.toNanos();
        AtomicInteger numbers = new AtomicInteger();
        workers = new ThreadPoolExecutor(b.threads, b.threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(b.queue), r -> {
                    WorkerThread t = new WorkerThread(r, "dppkit-resolver-" + id + "-"
                            + numbers.incrementAndGet(), false, timeoutNanos);
                    threads.add(t);
                    return t;
                });
        shedder = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
                r -> {
                    WorkerThread t = new WorkerThread(r, "dppkit-resolver-" + id + "-shed", true,
                            timeoutNanos);
                    threads.add(t);
                    return t;
                });
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dppkit-resolver-" + id + "-watchdog");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(10, Math.min(250, b.timeout.toMillis() / 4));
        watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            for (WorkerThread t : threads) {
                t.interruptIfLate(now);
            }
        }, tick, tick, TimeUnit.MILLISECONDS);
        server.createContext(b.mountPath, b.resolver);
        server.setExecutor(task -> {
            Runnable wrapped = () -> {
                WorkerThread w = (WorkerThread) Thread.currentThread();
                w.begin();
                try {
                    task.run();
                } finally {
                    w.end();
                }
            };
            try {
                workers.execute(wrapped);
            } catch (RejectedExecutionException full) {
                shedder.execute(wrapped);   // answers 503; throws again if it is full too
            }
        });
        server.start();
        InetSocketAddress bound = server.getAddress();
        String host = b.host.getHostAddress();
        if (b.host.isAnyLocalAddress()) {
            host = "localhost";
        } else if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        String mount = b.mountPath.equals("/") ? "" : b.mountPath;
        uri = URI.create((b.https != null ? "https" : "http") + "://" + host + ":"
                + bound.getPort() + mount);
    }

    /**
     * Runs a resolver over an embedded passport store until the process is stopped:
     * <pre>
     * java -cp ... org.dppkit.resolver.ResolverServer --store DIR [--port 8080] [--keys FILE]
     *      [--stem https://dpp.example.com] [--mount /dpp]
     * </pre>
     * {@code --store} is the folder of an embedded store ({@code PassportStores.embedded});
     * {@code --keys} an {@link ApiKeyAccessPolicy} configuration (without it every reader is
     * public); {@code --stem} the public stem behind a proxy; {@code --mount} a path prefix.
     *
     * @param args the options, not null
     */
    public static void main(String[] args) {
        Objects.requireNonNull(args, "args");
        Runnable stop;
        try {
            stop = launch(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("resolver: " + e.getMessage());
            System.err.println("usage: ResolverServer --store DIR [--port N] [--keys FILE]"
                    + " [--stem URL] [--mount PATH]");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop));
    }

    /** Starts what {@link #main(String[])} describes; returns what stops it. */
    static Runnable launch(String[] args, java.io.PrintStream out) {
        java.util.Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!List.of("--store", "--port", "--keys", "--stem", "--mount").contains(name)
                    || i + 1 >= args.length || o.put(name, args[++i]) != null) {
                throw new IllegalArgumentException("unknown, repeated or incomplete option '"
                        + Excerpts.truncate(name, 40) + "'");
            }
        }
        if (!o.containsKey("--store")) {
            throw new IllegalArgumentException("--store DIR is required");
        }
        int port;
        try {
            port = Integer.parseInt(o.getOrDefault("--port", "8080"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number", e);
        }
        Resolver.Builder rb = Resolver.builder(org.dppkit.store.PassportStores.embedded(
                java.nio.file.Path.of(o.get("--store"))));
        if (o.containsKey("--keys")) {
            rb.accessPolicy(ApiKeyAccessPolicy.read(java.nio.file.Path.of(o.get("--keys"))));
        }
        if (o.containsKey("--stem")) {
            rb.stem(o.get("--stem"));
        }
        Resolver resolver = rb.build();
        ResolverServer server = builder(resolver).port(port).mountPath(o.getOrDefault("--mount", "/"))
                .start();
        out.println("dppkit resolver at " + server.uri() + " (description: " + server.uri()
                + Resolver.WELL_KNOWN_PATH + ")");
        return () -> {
            server.stop(Duration.ofSeconds(5));
            resolver.closeStore();
        };
    }

    /**
     * Returns a builder for a server running the resolver.
     *
     * @param resolver the resolver, not null
     * @return a new builder, not null
     */
    public static Builder builder(Resolver resolver) {
        return new Builder(Objects.requireNonNull(resolver, "resolver"));
    }

    /**
     * Starts a server with the default settings on a port of all local addresses.
     *
     * @param resolver the resolver, not null
     * @param port the port, 0 for any free port
     * @return the running server, not null
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static ResolverServer start(Resolver resolver, int port) {
        return builder(resolver).port(port).start();
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Returns the base URI of the resolver, for example {@code http://localhost:8080}.
     *
     * @return the URI, not null
     */
    public URI uri() {
        return uri;
    }

    /**
     * Stops the server: it accepts no new connections, lets running exchanges finish for up to
     * the grace period, then ends its threads. Calling it again does nothing.
     *
     * @param grace how long running exchanges may take, 0 to 1 hour, not null
     * @throws IllegalArgumentException if out of range
     */
    public void stop(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("grace must be 0 to 1 hour but was " + grace);
        }
        synchronized (stopLock) {
            if (stopped) {
                return;
            }
            stopped = true;
            stopLock.notifyAll();
        }
        server.stop((int) Math.min(Integer.MAX_VALUE, (grace.toMillis() + 999) / 1000));
        workers.shutdown();
        shedder.shutdown();
        try {
            if (!workers.awaitTermination(grace.toMillis() + 100, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
            shedder.awaitTermination(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            shedder.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    /**
     * Blocks until {@link #stop(Duration)} is called from another thread.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitStop() throws InterruptedException {
        synchronized (stopLock) {
            while (!stopped) {
                stopLock.wait();
            }
        }
    }

    /** Stops the server with a grace period of 5 seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    /**
     * Returns the URI and whether the server runs.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        synchronized (stopLock) {
            return "ResolverServer[" + uri + (stopped ? ", stopped" : "") + "]";
        }
    }

    /**
     * Builds and starts a {@link ResolverServer}. Not thread-safe: use from one thread.
     */
    public static final class Builder {
        private final Resolver resolver;
        private InetAddress host = new InetSocketAddress(0).getAddress();
        private int port = 8080;
        private int threads = 16;
        private int queue = 256;
        private int backlog = 128;
        private Duration timeout = Duration.ofSeconds(10);
        private String mountPath = "/";
        private HttpsConfigurator https;

        private Builder(Resolver resolver) {
            this.resolver = resolver;
        }

        /**
         * Sets the port (default 8080).
         *
         * @param port 0 (any free port) to 65535
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535 but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the local address to listen on (default: all local addresses).
         *
         * @param host the address, for example {@code InetAddress.getLoopbackAddress()}, not null
         * @return this builder, not null
         */
        public Builder host(InetAddress host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Sets the number of worker threads (default 16).
         *
         * @param threads 1 to 1024
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 1024) {
                throw new IllegalArgumentException("threads must be 1 to 1024 but was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Sets how many exchanges may wait for a thread (default 256); beyond that the server
         * answers {@code 503}.
         *
         * @param queue 1 to 65536
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder queue(int queue) {
            if (queue < 1 || queue > 65536) {
                throw new IllegalArgumentException("queue must be 1 to 65536 but was " + queue);
            }
            this.queue = queue;
            return this;
        }

        /**
         * Sets the TCP accept backlog (default 128).
         *
         * @param backlog 1 to 65536
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder backlog(int backlog) {
            if (backlog < 1 || backlog > 65536) {
                throw new IllegalArgumentException("backlog must be 1 to 65536 but was " + backlog);
            }
            this.backlog = backlog;
            return this;
        }

        /**
         * Sets how long a client may take to send its request line and headers, and to read
         * the response (default 10 seconds).
         *
         * @param timeout 50 ms to 10 minutes, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.compareTo(Duration.ofMillis(50)) < 0
                    || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException("timeout must be 50 ms to 10 minutes but was "
                        + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets the path the resolver is mounted at (default {@code /}); Digital Links then
         * carry it as their path prefix.
         *
         * @param mountPath for example {@code /dpp}, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if it does not start with '/' or holds characters
         *     other than letters, digits, '-', '_', '.' and '/'
         */
        public Builder mountPath(String mountPath) {
            Objects.requireNonNull(mountPath, "mountPath");
            if (!mountPath.matches("/[A-Za-z0-9._/-]{0,200}") || mountPath.contains("//")) {
                throw new IllegalArgumentException("mount path must be like /dpp but was '"
                        + Excerpts.truncate(mountPath) + "'");
            }
            this.mountPath = mountPath.length() > 1 && mountPath.endsWith("/")
                    ? mountPath.substring(0, mountPath.length() - 1) : mountPath;
            return this;
        }

        /**
         * Serves HTTPS with this configuration instead of plain HTTP; client certificate
         * principals then reach the {@link AccessPolicy}.
         *
         * @param configurator the TLS configuration, not null
         * @return this builder, not null
         */
        public Builder https(HttpsConfigurator configurator) {
            this.https = Objects.requireNonNull(configurator, "configurator");
            return this;
        }

        /**
         * Binds the port and starts the server.
         *
         * @return the running server, not null
         * @throws UncheckedIOException if the port cannot be bound
         */
        public ResolverServer start() {
            try {
                return new ResolverServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the resolver on port " + port, e);
            }
        }
    }
}
