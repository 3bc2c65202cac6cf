package org.dppkit.examples;

/**
 * A set of 64-bit hashes in one open-addressing array, each with an int value, for the per-run
 * memory of the bulk example: at most about 24 bytes an element and no object per element, where
 * a {@code HashSet} of the serials themselves takes about 100 bytes each. Two texts with one 64-bit hash (a chance of
 * about n&sup2; / 2<sup>65</sup>) count as equal. Mutable; not thread-safe.
 */
final class LongHashSet {

    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int size;

    /** Returns a 64-bit hash of a text (FNV-1a over its characters), never 0. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** Adds a hash; false if it was there. */
    boolean add(long key) {
        return putIfAbsent(key, 0) < 0;
    }

    /**
     * Associates a value with a hash unless it has one; returns the value it had, or -1 if it
     * was absent (values must not be negative).
     */
    int putIfAbsent(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = slot(keys, key);
        if (keys[i] == key) {
            return values[i];
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    /** Returns the number of hashes. */
    int size() {
        return size;
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
