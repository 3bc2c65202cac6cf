package org.dppkit.resolver;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.dppkit.core.PassportLevel;

/**
 * The rendered passport responses of one resolver, bounded by bytes: least recently used
 * entries go first. Keys name everything a response depends on (passport identity, version,
 * document hash, audience, media type, and for pages the requested identifier and the public
 * root), so an entry is never served for another audience, another version or another stem.
 *
 * <p>Bodies are kept deflated against a shared dictionary per family (the caller's grouping of
 * responses that look alike: same audience, media type and parent passport, such as the items
 * of one batch): the first body of a family becomes its dictionary, and the next ones keep only
 * what differs from it, a few hundred bytes instead of several kilobytes. Inflating gives the
 * very bytes that were put. Dictionaries count against the budget (a quarter of it); entries
 * hold them weakly, and an entry whose dictionary went is dropped when next asked for.
 *
 * <p>Thread-safe: the keys are spread over independently locked segments, each with its share
 * of the byte budget, so concurrent requests seldom wait for each other.
 */
final class ResponseCache {

    /**
     * Bytes counted per entry besides the kept body and the characters of its strings (Latin-1
     * strings take a byte per character): map entry, entry, array and string headers.
     */
    static final int ENTRY_OVERHEAD = 200;
    /** The deflate window: a longer dictionary does not help. */
    static final int MAX_DICTIONARY = 32 * 1024;
    /** Segments: 16, the top 4 bits of the mixed hash. */
    private static final int SEGMENTS = 16;
    /** Idle inflaters kept at most. */
    private static final int INFLATERS = 32;

    /** A rendered response: body, entity tag, and what the headers need. */
    static final class Rendered {
        final byte[] body;
        final String etag;
        final PassportLevel level;
        /** The answering passport's identifier path, "/01/...". */
        final String idPath;

        Rendered(byte[] body, String etag, PassportLevel level, String idPath) {
            this.body = body;
            this.etag = etag;
            this.level = level;
            this.idPath = idPath;
        }
    }

    /** A kept response: the deflated body and the dictionary it needs. */
    private static final class Entry {
        final byte[] packed;
        final int length;
        final String family;
        /** Weak: a dictionary the family dropped is not kept alive by its entries. */
        final WeakReference<Dictionary> dictionary;
        final String etag;
        final PassportLevel level;
        final String idPath;
        final long weight;

        Entry(String key, byte[] packed, int length, String family, Dictionary dictionary,
                Rendered r) {
            this.packed = packed;
            this.length = length;
            this.family = family;
            this.dictionary = dictionary == null ? null : new WeakReference<>(dictionary);
            this.etag = r.etag;
            this.level = r.level;
            this.idPath = r.idPath;
            // A family with a dictionary shares its name string (counted with the dictionary).
            this.weight = (long) packed.length + key.length() + etag.length() + idPath.length()
                    + (dictionary == null ? family.length() : 0) + ENTRY_OVERHEAD;
        }
    }

    /** A family's dictionary; entries compare it by identity with the family's current one. */
    private static final class Dictionary {
        /** The family's name: one string shared by all its entries. */
        final String family;
        final byte[] bytes;

        Dictionary(String family, byte[] bytes) {
            this.family = family;
            this.bytes = bytes;
        }
    }

    private final Segment[] segments;
    /** Idle inflaters for reuse: making one costs a native allocation and a cleaner. */
    private final java.util.concurrent.ArrayBlockingQueue<Inflater> inflaters =
            new java.util.concurrent.ArrayBlockingQueue<>(INFLATERS);
    private final long maxBytes;
    private final long dictionaryBudget;
    private final LinkedHashMap<String, Dictionary> dictionaries =
            new LinkedHashMap<>(64, 0.75f, true);
    private long dictionaryBytes;

    /** A cache of at most {@code maxBytes}; 0 keeps nothing. */
    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.dictionaryBudget = maxBytes / 4;
        this.segments = new Segment[maxBytes == 0 ? 0 : SEGMENTS];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment((maxBytes - dictionaryBudget) / SEGMENTS);
        }
    }

    boolean enabled() {
        return segments.length > 0;
    }

    long maxBytes() {
        return maxBytes;
    }

    private Segment segment(String key) {
        return segments[segmentIndex(key)];
    }

    /**
     * The segment of a key, from the top bits of its mixed hash: the segment's own map indexes
     * by the low bits, which must stay spread.
     */
    static int segmentIndex(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> (32 - 4);
    }

    /** Returns the rendering kept under the key, or null. */
    Rendered get(String key) {
        if (!enabled()) {
            return null;
        }
        Segment s = segment(key);
        Entry e = s.get(key);
        if (e == null) {
            return null;
        }
        Dictionary d = e.dictionary == null ? null : e.dictionary.get();
        if ((e.dictionary != null && d == null) || currentDictionary(e.family) != d) {
            s.remove(key, e);
            return null;
        }
        return new Rendered(inflate(e, d), e.etag, e.level, e.idPath);
    }

    /**
     * Keeps a rendering, deflated against its family's dictionary (not kept when it alone
     * exceeds its segment's share of the budget).
     */
    void put(String key, String family, Rendered value) {
        if (!enabled()) {
            return;
        }
        Dictionary d = dictionary(family, value.body);
        byte[] packed = deflate(value.body, d);
        segment(key).put(key, new Entry(key, packed, value.body.length,
                d == null ? family : d.family, d, value));
    }

    private synchronized Dictionary currentDictionary(String family) {
        return dictionaries.get(family);
    }

    /** The family's dictionary (null when none fits); the body becomes it when there is none. */
    private synchronized Dictionary dictionary(String family, byte[] body) {
        Dictionary d = dictionaries.get(family);
        if (d != null) {
            return d;
        }
        byte[] bytes = body.length <= MAX_DICTIONARY ? body.clone()
                : Arrays.copyOfRange(body, body.length - MAX_DICTIONARY, body.length);
        d = new Dictionary(family, bytes);
        if (dictionaryWeight(family, d) > dictionaryBudget) {
            return null;
        }
        dictionaries.put(family, d);
        dictionaryBytes += dictionaryWeight(family, d);
        Iterator<Map.Entry<String, Dictionary>> eldest = dictionaries.entrySet().iterator();
        while (dictionaryBytes > dictionaryBudget && eldest.hasNext()) {
            Map.Entry<String, Dictionary> e = eldest.next();
            dictionaryBytes -= dictionaryWeight(e.getKey(), e.getValue());
            eldest.remove();
        }
        return d;
    }

    private static long dictionaryWeight(String family, Dictionary d) {
        return d.bytes.length + family.length() + ENTRY_OVERHEAD;
    }

    private static byte[] deflate(byte[] body, Dictionary d) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            if (d != null) {
                deflater.setDictionary(d.bytes);
            }
            deflater.setInput(body);
            deflater.finish();
            byte[] out = new byte[body.length / 2 + 64];
            int n = 0;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            return Arrays.copyOf(out, n);
        } finally {
            deflater.end();
        }
    }

    private byte[] inflate(Entry e, Dictionary d) {
        Inflater inflater = inflaters.poll();
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        boolean reusable = false;
        try {
            if (d != null) {
                inflater.setDictionary(d.bytes);
            }
            inflater.setInput(e.packed);
            byte[] out = new byte[e.length];
            int n = 0;
            while (n < out.length) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0 && (inflater.finished() || inflater.needsInput()
                        || inflater.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != out.length) {
                throw new IllegalStateException("a kept response inflated to " + n + " of "
                        + out.length + " bytes");
            }
            reusable = true;
            return out;
        } catch (DataFormatException x) {
            throw new IllegalStateException("a kept response does not inflate", x);
        } finally {
            if (reusable) {
                inflater.reset();
            }
            if (!reusable || !inflaters.offer(inflater)) {
                inflater.end();
            }
        }
    }

    /** Returns the number of entries kept. */
    int size() {
        int n = 0;
        for (Segment s : segments) {
            n += s.size();
        }
        return n;
    }

    /** Returns the bytes counted for the entries and dictionaries kept; never above the budget. */
    long bytes() {
        long n = 0;
        for (Segment s : segments) {
            n += s.bytes();
        }
        synchronized (this) {
            return n + dictionaryBytes;
        }
    }

    /** One locked LRU share of the cache. */
    private static final class Segment {
        private final long maxBytes;
        private final LinkedHashMap<String, Entry> map = new LinkedHashMap<>(64, 0.75f, true);
        private long bytes;

        Segment(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        synchronized Entry get(String key) {
            return map.get(key);
        }

        synchronized void remove(String key, Entry e) {
            if (map.remove(key, e)) {
                bytes -= e.weight;
            }
        }

        synchronized void put(String key, Entry value) {
            if (value.weight > maxBytes) {
                return;
            }
            Entry old = map.put(key, value);
            if (old != null) {
                bytes -= old.weight;
            }
            bytes += value.weight;
            Iterator<Map.Entry<String, Entry>> eldest = map.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().weight;
                eldest.remove();
            }
        }

        synchronized int size() {
            return map.size();
        }

        synchronized long bytes() {
            return bytes;
        }
    }
}
