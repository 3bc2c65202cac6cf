package org.dppkit.bench;

import java.io.IOException;

/**
 * One way of turning item number {@code i} into a validated item passport, its public JSON and its
 * QR code, written to a sink. Implementations keep their shared state (model, batch, validator,
 * codecs) immutable so one instance serves every worker thread.
 */
interface EndToEndPipeline {

    /** Returns the name printed in the report. */
    String name();

    /** Returns the file extension of the QR output (without dot). */
    String qrExtension();

    /**
     * Processes one item.
     *
     * @param index the item number, 0-based; the serial is derived from it
     * @param sink where the JSON and QR bytes go (owned by the calling worker)
     * @param timer accumulates nanoseconds per stage (owned by the calling worker)
     * @throws IOException if writing fails
     */
    void process(long index, EndToEndSink sink, StageTimer timer) throws IOException;

    /** Accumulates nanoseconds per stage for one worker; not thread-safe. */
    final class StageTimer {
        private final long[] nanos = new long[EndToEndStage.values().length];
        private long mark;

        /** Starts timing the first stage of an item. */
        void start() {
            mark = System.nanoTime();
        }

        /** Ends a stage and starts the next. */
        void lap(EndToEndStage stage) {
            long now = System.nanoTime();
            nanos[stage.ordinal()] += now - mark;
            mark = now;
        }

        long nanos(EndToEndStage stage) {
            return nanos[stage.ordinal()];
        }

        void addTo(long[] total) {
            for (int i = 0; i < nanos.length; i++) {
                total[i] += nanos[i];
            }
        }
    }
}
