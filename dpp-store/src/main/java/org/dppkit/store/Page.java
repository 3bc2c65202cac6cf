package org.dppkit.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a store query: at most {@link PageRequest#size()} items, and the request for the
 * next page if there may be more.
 *
 * <p>{@link #stream(Function, int)} walks all pages lazily, one page in memory at a time:
 * <pre>{@code
 * try (Stream<ItemPassport> items = Page.stream(r -> store.itemsOfBatch(batchId, r), 1000)) {
 *     items.forEach(sink);
 * }
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe if its items are.
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final PageRequest next;

    private Page(List<T> items, PageRequest next) {
        this.items = items;
        this.next = next;
    }

    /**
     * Returns a page.
     *
     * @param <T> the item type
     * @param items the items, copied, not null, no null element
     * @param next the request for the next page, or null if this is the last page
     * @return the page, not null
     * @throws NullPointerException if the items or an item is null
     */
    public static <T> Page<T> of(List<? extends T> items, PageRequest next) {
        return new Page<>(List.copyOf(items), next);
    }

    /**
     * Streams every item of every page, fetching the next page only when the stream reaches it.
     *
     * @param <T> the item type
     * @param query the query, called once per page, not null
     * @param pageSize the page size, 1 to {@link PageRequest#MAX_SIZE}
     * @return a sequential, lazy stream, not null
     * @throws IllegalArgumentException if the page size is out of range
     * @throws NullPointerException if the query is null
     */
    public static <T> Stream<T> stream(Function<PageRequest, Page<T>> query, int pageSize) {
        Objects.requireNonNull(query, "query");
        PageRequest first = PageRequest.first(pageSize);
        Iterator<T> it = new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private PageRequest nextRequest = first;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && nextRequest != null) {
                    Page<T> page = query.apply(nextRequest);
                    current = page.items().iterator();
                    nextRequest = page.next;
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Returns the items of this page, in query order.
     *
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<T> items() {
        return items;
    }

    /**
     * Returns the request for the next page.
     *
     * @return the request, or empty if this is the last page
     */
    public Optional<PageRequest> next() {
        return Optional.ofNullable(next);
    }

    /**
     * Tells whether there may be a next page.
     *
     * @return true if {@link #next()} is present
     */
    public boolean hasNext() {
        return next != null;
    }

    /**
     * Compares items and next request.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Page)) {
            return false;
        }
        Page<?> o = (Page<?>) obj;
        return items.equals(o.items) && Objects.equals(next, o.next);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return items.hashCode() * 31 + Objects.hashCode(next);
    }

    /**
     * Returns the item count and whether a next page exists.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "Page[" + items.size() + " items" + (next == null ? ", last" : ", more") + "]";
    }
}
