package org.dppkit.battery.json;

import java.io.IOException;

/**
 * Writes and strictly reads one kind of value. Implementations are immutable and thread-safe.
 *
 * @param <T> the Java type of the value
 */
abstract class ValueCodec<T> {

    /** What a value of this kind looks like, for "expected ..." messages. */
    final String expected;

    ValueCodec(String expected) {
        this.expected = expected;
    }

    /** Writes the value (not null) at the generator's current position. */
    abstract void write(JsonOut g, T value) throws IOException;

    /**
     * Reads the next value from the cursor; throws {@link PassportFormatException} when it is not
     * a value of this kind.
     */
    abstract T read(JsonCursor c);
}
