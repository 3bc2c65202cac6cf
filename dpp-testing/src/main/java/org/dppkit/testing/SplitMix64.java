package org.dppkit.testing;

/**
 * A small seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014), written out
 * here so that its output is fixed by this code alone and never by a JDK version. Every fixture
 * derives its own generator from the fixture seed and a stream number with {@link #of(long, long)},
 * so fixtures do not depend on the order in which they are made.
 *
 * <p>Mutable and not thread-safe: each generator is confined to the method that made it.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private SplitMix64(long state) {
        this.state = state;
    }

    /** Returns a generator for one stream of a seed; equal arguments give equal sequences. */
    static SplitMix64 of(long seed, long stream) {
        return new SplitMix64(mix(seed ^ mix(stream + GOLDEN_GAMMA)));
    }

    /** Returns a generator with a raw state, for comparison with the reference implementation. */
    static SplitMix64 raw(long state) {
        return new SplitMix64(state);
    }

    /** The SplitMix64 finaliser (a bijection of 64-bit values with good avalanche). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Returns the next 64 random bits. */
    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Returns a value in {@code [0, bound)}; bound must be positive. */
    int nextInt(int bound) {
        // Lemire's multiply-shift; the tiny bias is irrelevant for fixtures and fixed by the code.
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Returns a value in {@code [min, max]} (inclusive). */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    /** Returns true with a probability of {@code percent} in 100. */
    boolean chance(int percent) {
        return nextInt(100) < percent;
    }

    /** Returns one element of the array. */
    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** Returns a new generator for a sub-stream, leaving this one's sequence unchanged. */
    SplitMix64 fork(long stream) {
        return of(state, stream);
    }
}
