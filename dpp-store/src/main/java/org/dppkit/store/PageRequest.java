package org.dppkit.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query to return: a page size and, after the first page, an opaque cursor that
 * continues where the previous page ended (keyset paging: stable while versions are added, and
 * as fast for the last page as for the first).
 *
 * <pre>{@code
 * PageRequest request = PageRequest.first(500);
 * while (true) {
 *     Page<ItemPassport> page = store.itemsOfBatch(batchId, request);
 *     page.items().forEach(sink);
 *     if (page.next().isEmpty()) break;
 *     request = page.next().get();
 * }
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class PageRequest {

    /** The largest page size: {@value}. */
    public static final int MAX_SIZE = 10_000;

    private final int size;
    private final String cursor;

    private PageRequest(int size, String cursor) {
        this.size = size;
        this.cursor = cursor;
    }

    /**
     * Returns a request for the first page.
     *
     * @param size the largest number of items on the page, 1 to {@link #MAX_SIZE}
     * @return the request, not null
     * @throws IllegalArgumentException if the size is out of range
     */
    public static PageRequest first(int size) {
        return new PageRequest(checkSize(size), null);
    }

    /**
     * Returns a request for the page after a cursor taken from {@link #cursor()} of a
     * {@link Page#next()} request (for example sent to a client and received back).
     *
     * @param cursor the cursor, not null, not empty
     * @param size the largest number of items on the page, 1 to {@link #MAX_SIZE}
     * @return the request, not null
     * @throws IllegalArgumentException if the size is out of range or the cursor empty
     * @throws NullPointerException if the cursor is null
     */
    public static PageRequest after(String cursor, int size) {
        Objects.requireNonNull(cursor, "cursor");
        if (cursor.isEmpty()) {
            throw new IllegalArgumentException("cursor: must not be empty");
        }
        return new PageRequest(checkSize(size), cursor);
    }

    private static int checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: expected 1 to " + MAX_SIZE + " but was " + size);
        }
        return size;
    }

    /**
     * Returns the largest number of items on the page.
     *
     * @return the size, 1 to {@link #MAX_SIZE}
     */
    public int size() {
        return size;
    }

    /**
     * Returns the opaque cursor after which the page starts.
     *
     * @return the cursor, or empty for the first page
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * Returns this request with another page size, at the same position.
     *
     * @param size the largest number of items on the page, 1 to {@link #MAX_SIZE}
     * @return the request, not null
     * @throws IllegalArgumentException if the size is out of range
     */
    public PageRequest withSize(int size) {
        return new PageRequest(checkSize(size), cursor);
    }

    /**
     * Compares size and cursor.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof PageRequest)) {
            return false;
        }
        PageRequest o = (PageRequest) obj;
        return size == o.size && Objects.equals(cursor, o.cursor);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return size * 31 + Objects.hashCode(cursor);
    }

    /**
     * Returns the size and cursor.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "PageRequest[size=" + size + (cursor == null ? "" : ", after=" + cursor) + "]";
    }
}
