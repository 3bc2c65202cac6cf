package org.dppkit.resolver;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dppkit.core.PassportLevel;

/**
 * The rendered passport responses of one resolver, bounded by bytes: least recently used
 * entries go first. Keys name everything a response depends on (passport identity, version,
 * document hash, audience, media type, and for pages the requested identifier and the public
 * root), so an entry is never served for another audience, another version or another stem.
 *
 * <p>Thread-safe: the keys are spread over independently locked segments, each with its share
 * of the byte budget, so concurrent requests seldom wait for each other.
 */
final class ResponseCache {

    /** Bytes counted per entry besides body and key: entry, arrays, strings. */
    static final int ENTRY_OVERHEAD = 160;
    private static final int SEGMENTS = 16;

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

        long weight(String key) {
            return (long) body.length + 2L * (key.length() + etag.length() + idPath.length())
                    + ENTRY_OVERHEAD;
        }
    }

    private final Segment[] segments;
    private final long maxBytes;

    /** A cache of at most {@code maxBytes}; 0 keeps nothing. */
    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.segments = new Segment[maxBytes == 0 ? 0 : SEGMENTS];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment(maxBytes / SEGMENTS);
        }
    }

    boolean enabled() {
        return segments.length > 0;
    }

    long maxBytes() {
        return maxBytes;
    }

    private Segment segment(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        return segments[(h & 0x7fffffff) % segments.length];
    }

    /** Returns the rendering kept under the key, or null. */
    Rendered get(String key) {
        return enabled() ? segment(key).get(key) : null;
    }

    /** Keeps a rendering (not when it alone exceeds its segment's share of the budget). */
    void put(String key, Rendered value) {
        if (enabled()) {
            segment(key).put(key, value);
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

    /** Returns the bytes counted for the entries kept; never above the budget. */
    long bytes() {
        long n = 0;
        for (Segment s : segments) {
            n += s.bytes();
        }
        return n;
    }

    /** One locked LRU share of the cache. */
    private static final class Segment {
        private final long maxBytes;
        private final LinkedHashMap<String, Rendered> map = new LinkedHashMap<>(64, 0.75f, true);
        private long bytes;

        Segment(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        synchronized Rendered get(String key) {
            return map.get(key);
        }

        synchronized void put(String key, Rendered value) {
            long weight = value.weight(key);
            if (weight > maxBytes) {
                return;
            }
            Rendered old = map.put(key, value);
            if (old != null) {
                bytes -= old.weight(key);
            }
            bytes += weight;
            Iterator<Map.Entry<String, Rendered>> eldest = map.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                Map.Entry<String, Rendered> e = eldest.next();
                bytes -= e.getValue().weight(e.getKey());
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
