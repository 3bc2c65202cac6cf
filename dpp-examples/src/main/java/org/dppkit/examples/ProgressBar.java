package org.dppkit.examples;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A console progress bar: done/total, percentage, rate and estimated time left.
 *
 * <pre>
 * [#############-----------------]  431/1000  43.1 %  2,150/s  ETA 0:00:03
 * </pre>
 *
 * <p>On a terminal it redraws one line in place ({@code \r}) at most every 100 ms of the given
 * clock, and always for the last item. Elsewhere (output piped to a file, a CI log, a test) it
 * prints a new line at each 10 % step and for the last item only, so logs stay short and the
 * number of lines does not depend on speed. The clock is a parameter, so tests are deterministic.
 *
 * <p>This class is mutable and not thread-safe: call {@link #step(long)} from one thread, or
 * guard it.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long started;
    private long done;
    private long lastDraw = Long.MIN_VALUE;
    private int lastDecile = -1;

    ProgressBar(PrintStream out, long total, boolean terminal, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more but was " + total);
        }
        this.total = total;
        this.terminal = terminal;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.started = nanoClock.getAsLong();
    }

    /**
     * Tells whether standard output is an interactive terminal. On Java 22 and later
     * {@code System.console()} exists even when output is redirected, so its
     * {@code isTerminal()} is asked when there is one.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;    // Java 17 to 21: a console means a terminal
        }
    }

    /** Returns how many items are done. */
    long done() {
        return done;
    }

    /**
     * Records that more items are done, redrawing when due.
     *
     * @param items how many more, 0 or more
     */
    void step(long items) {
        if (items < 0) {
            throw new IllegalArgumentException("items must be 0 or more but was " + items);
        }
        done = Math.min(total, done + items);
        long now = nanoClock.getAsLong();
        boolean last = done == total;
        if (terminal) {
            if (last || lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                out.print('\r' + line(now) + (last ? System.lineSeparator() : ""));
                out.flush();
            }
        } else {
            int decile = total == 0 ? 10 : (int) (done * 10 / total);
            if (decile > lastDecile && (decile > 0 || last)) {
                lastDecile = decile;
                out.println(line(now));
            }
        }
    }

    /** Returns the text of the bar at a clock reading. */
    String line(long now) {
        int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
        StringBuilder sb = new StringBuilder(96).append('[');
        sb.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        int digits = Long.toString(total).length();
        sb.append(String.format(Locale.ROOT, "%" + digits + "d/%d", done, total));
        double pct = total == 0 ? 100.0 : 100.0 * done / total;
        sb.append(String.format(Locale.ROOT, "  %5.1f %%", pct));
        double seconds = Math.max(0, now - started) / 1e9;
        if (seconds > 0 && done > 0) {
            double rate = done / seconds;
            sb.append(String.format(Locale.ROOT, "  %,.0f/s", rate));
            long etaSeconds = Math.round((total - done) / rate);
            sb.append("  ETA ").append(clock(etaSeconds));
        } else {
            sb.append("  -/s  ETA -:--:--");
        }
        return sb.toString();
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                seconds % 60);
    }
}
