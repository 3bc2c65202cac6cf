package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void line_showsDoneTotalPercentRateAndEta() {
        ProgressBar bar = new ProgressBar(out, 1000, false, clock::get);
        clock.addAndGet(2_000_000_000L);           // 2 s
        bar.step(431);
        assertEquals("[############------------------]  431/1000   43.1 %  216/s  ETA 0:00:03",
                bar.line(clock.get()));
    }

    @Test
    void line_beforeAnyTime_hasNoRate() {
        ProgressBar bar = new ProgressBar(out, 10, false, clock::get);
        assertEquals("[------------------------------]  0/10    0.0 %  -/s  ETA -:--:--",
                bar.line(clock.get()));
    }

    @Test
    void step_notTerminal_printsOneLinePerTenPercent() {
        ProgressBar bar = new ProgressBar(out, 200, false, clock::get);
        for (int i = 0; i < 200; i++) {
            clock.addAndGet(10_000_000L);
            bar.step(1);
        }
        String[] lines = text().split("\n");
        assertEquals(10, lines.length, text());
        assertTrue(lines[0].contains(" 20/200"), lines[0]);
        assertTrue(lines[9].contains("200/200  100.0 %  100/s  ETA 0:00:00"), lines[9]);
        assertEquals(-1, text().indexOf('\r'));
    }

    @Test
    void step_terminal_redrawsInPlaceAtMostEvery100ms() {
        ProgressBar bar = new ProgressBar(out, 100, true, clock::get);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(25_000_000L);          // 25 ms per item
            bar.step(1);
        }
        String t = text();
        long redraws = t.chars().filter(c -> c == '\r').count();
        assertEquals(26, redraws, "first item, every 4th item (100 ms), the last: " + t);
        assertTrue(t.endsWith("100/100  100.0 %  40/s  ETA 0:00:00" + System.lineSeparator()), t);
    }

    @Test
    void step_emptyJob_printsOnceWhenDone() {
        ProgressBar bar = new ProgressBar(out, 0, false, clock::get);
        bar.step(0);
        assertEquals(1, text().split("\n").length);
        assertTrue(text().contains("0/0  100.0 %"), text());
    }

    @Test
    void step_negative_throws() {
        ProgressBar bar = new ProgressBar(out, 5, false, clock::get);
        assertThrows(IllegalArgumentException.class, () -> bar.step(-1));
    }

    /** Whatever the total and step sizes, the non-terminal bar prints at most 11 lines, ends at done. */
    @Property(tries = 200)
    void step_notTerminal_boundedLinesAndEndsComplete(@ForAll @IntRange(min = 1, max = 5000) int total,
            @ForAll @IntRange(min = 1, max = 700) int chunk) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(b, true, StandardCharsets.UTF_8), total, false,
                clock::get);
        for (long done = 0; done < total; done += chunk) {
            clock.addAndGet(1_000_000L);
            bar.step(chunk);
        }
        String[] lines = b.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines.length <= 10, lines.length + " lines");
        assertTrue(lines[lines.length - 1].contains(total + "/" + total), lines[lines.length - 1]);
        assertEquals(total, bar.done());
    }
}
