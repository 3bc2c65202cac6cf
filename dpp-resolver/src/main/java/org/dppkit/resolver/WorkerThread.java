package org.dppkit.resolver;

/**
 * A thread of a {@link ResolverServer}'s executor. It records which phase the exchange it runs
 * is in, so that the server's watchdog can cut off a client that is too slow to send its request
 * or to read the response (interrupting a thread blocked on a socket channel closes the channel),
 * while never interrupting the resolver's own work (store queries, rendering).
 */
final class WorkerThread extends Thread {

    /** Phases of an exchange. */
    enum Phase {
        /** No exchange. */
        IDLE,
        /** The server reads the request line and headers: interruptible. */
        READING,
        /** The resolver works on the answer: never interrupted. */
        HANDLING,
        /** The response is written: interruptible. */
        WRITING
    }

    private final boolean shedding;
    private Phase phase = Phase.IDLE;
    private long deadline;
    private final long timeoutNanos;

    WorkerThread(Runnable target, String name, boolean shedding, long timeoutNanos) {
        super(target, name);
        this.shedding = shedding;
        this.timeoutNanos = timeoutNanos;
        setDaemon(true);
    }

    /** Marks the start of an exchange task: the request is being read. */
    synchronized void begin() {
        phase = Phase.READING;
        deadline = System.nanoTime() + timeoutNanos;
    }

    /** Marks the end of an exchange task and clears a late interrupt. */
    synchronized void end() {
        phase = Phase.IDLE;
        Thread.interrupted();
    }

    private synchronized void enter(Phase next) {
        phase = next;
        if (next == Phase.WRITING) {
            deadline = System.nanoTime() + timeoutNanos;
        }
    }

    /** Interrupts this thread if its exchange is past its deadline while on the network. */
    synchronized boolean interruptIfLate(long now) {
        if ((phase == Phase.READING || phase == Phase.WRITING) && now - deadline > 0) {
            phase = Phase.IDLE;
            interrupt();
            return true;
        }
        return false;
    }

    /** Called by the resolver when it starts working on a request. */
    static void handling() {
        if (Thread.currentThread() instanceof WorkerThread w) {
            w.enter(Phase.HANDLING);
        }
    }

    /** Called by the resolver when it starts writing the response. */
    static void writing() {
        if (Thread.currentThread() instanceof WorkerThread w) {
            w.enter(Phase.WRITING);
        }
    }

    /** Called by the resolver when it has written the response. */
    static void done() {
        if (Thread.currentThread() instanceof WorkerThread w) {
            w.enter(Phase.IDLE);
        }
    }

    /** Tells whether the current thread only sheds load (answers 503). */
    static boolean shedding() {
        return Thread.currentThread() instanceof WorkerThread w && w.shedding;
    }
}
