package org.dppkit.battery.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dppkit.battery.PassportErrorCode;

/**
 * A codec for a JSON object with a fixed set of named properties, written in declaration order
 * and read strictly (unknown and missing required properties are errors).
 *
 * @param <T> the Java value type
 */
final class ObjectCodec<T> extends ValueCodec<T> {

    /** How a property's accessor gives its value. */
    private static final int REQUIRED = 0;
    private static final int OPTIONAL = 1;
    private static final int LIST = 2;

    /**
     * One property: its name, codec, whether required, and its accessor. The accessor is called
     * directly by kind (no wrapping lambda per write): the value itself for a required property,
     * an {@code Optional} for an optional one, a possibly empty list for a list property.
     */
    static final class Property<T, V> {
        final String name;
        /** The name pre-encoded for writing. */
        final JsonOut.Text encoded;
        final ValueCodec<V> codec;
        final boolean required;
        /** {@link #REQUIRED}, {@link #OPTIONAL} or {@link #LIST}. */
        final int kind;
        /** The accessor; its result depends on {@link #kind}. */
        final Function<T, ?> getter;

        Property(String name, ValueCodec<V> codec, int kind, Function<T, ?> getter) {
            this.name = name;
            this.encoded = new JsonOut.Text(name);
            this.codec = codec;
            this.required = kind == REQUIRED;
            this.kind = kind;
            this.getter = getter;
        }
    }

    /** The properties read from one object, in declaration order (null when absent). */
    static final class Values {
        private final List<? extends Property<?, ?>> properties;
        private final Object[] values;

        Values(List<? extends Property<?, ?>> properties, Object[] values) {
            this.properties = properties;
            this.values = values;
        }

        @SuppressWarnings("unchecked")
        <V> V get(String name) {
            for (int i = 0; i < values.length; i++) {
                if (properties.get(i).name.equals(name)) {
                    return (V) values[i];
                }
            }
            throw new IllegalStateException("no property " + name);
        }

        <V> Optional<V> opt(String name) {
            return Optional.ofNullable(get(name));
        }
    }

    private final List<Property<T, ?>> properties;
    /** The properties as an array, for writing without an iterator. */
    private final Property<T, ?>[] writing;
    private final Function<Values, T> factory;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ObjectCodec(String expected, List<Property<T, ?>> properties, Function<Values, T> factory) {
        super(expected);
        this.properties = properties;
        this.writing = properties.toArray(new Property[0]);
        this.factory = factory;
    }

    /** Starts a codec description. */
    static <T> Builder<T> builder(String expected) {
        return new Builder<>(expected);
    }

    /** Describes an object codec; not thread-safe. */
    static final class Builder<T> {
        private final String expected;
        private final List<Property<T, ?>> properties = new ArrayList<>();

        private Builder(String expected) {
            this.expected = expected;
        }

        /** A required property. */
        <V> Builder<T> required(String name, ValueCodec<V> codec, Function<T, V> getter) {
            properties.add(new Property<T, V>(name, codec, REQUIRED, getter));
            return this;
        }

        /** An optional property, written only when present. */
        <V> Builder<T> optional(String name, ValueCodec<V> codec, Function<T, Optional<V>> getter) {
            properties.add(new Property<T, V>(name, codec, OPTIONAL, getter));
            return this;
        }

        /** An optional list property, written only when not empty. */
        <V> Builder<T> list(String name, ValueCodec<V> element, Function<T, List<V>> getter) {
            ValueCodec<List<V>> codec = Codecs.listOf(element);
            properties.add(new Property<T, List<V>>(name, codec, LIST, getter));
            return this;
        }

        ObjectCodec<T> build(Function<Values, T> factory) {
            return new ObjectCodec<>(expected, List.copyOf(properties), factory);
        }
    }

    @Override
    void write(JsonOut g, T value) throws IOException {
        g.writeStartObject();
        Property<T, ?>[] ps = writing;
        for (int i = 0; i < ps.length; i++) {
            writeProperty(g, ps[i], value);
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static <T, V> void writeProperty(JsonOut g, Property<T, V> p, T value)
            throws IOException {
        Object got = p.getter.apply(value);
        Object v;
        switch (p.kind) {
            case OPTIONAL:
                v = ((Optional<?>) got).orElse(null);
                break;
            case LIST:
                v = ((List<?>) got).isEmpty() ? null : got;
                break;
            default:
                v = got;
                break;
        }
        if (v != null) {
            g.writeFieldName(p.encoded);
            p.codec.write(g, (V) v);
        }
    }

    @Override
    T read(JsonCursor c) {
        c.startObject(expected);
        Object[] read = new Object[properties.size()];
        String name;
        while ((name = c.nextName()) != null) {
            int i = find(name);
            if (i < 0) {
                throw c.failHere(PassportErrorCode.UNKNOWN_PROPERTY,
                        "unknown property \"" + JsonCursor.truncate(name) + "\" in "
                        + expected + " (allowed: " + names() + ")", null);
            }
            read[i] = properties.get(i).codec.read(c);
        }
        for (int i = 0; i < read.length; i++) {
            Property<T, ?> p = properties.get(i);
            if (p.required && read[i] == null) {
                throw c.failAt(PassportErrorCode.MISSING_PROPERTY,
                        JsonCursor.child(c.pointer(), p.name), "missing required property \""
                        + p.name + "\" in " + expected, null);
            }
        }
        try {
            return factory.apply(new Values(properties, read));
        } catch (IllegalArgumentException | NullPointerException e) {
            if (e instanceof PassportFormatException) {
                throw e;
            }
            throw c.failAt(JsonCursor.codeOf(e, PassportErrorCode.BAD_FORMAT),
                    c.pointer(), "invalid " + expected + ": " + e.getMessage(), e);
        }
    }

    private int find(String name) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private String names() {
        StringBuilder sb = new StringBuilder();
        for (Property<T, ?> p : properties) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(p.name);
        }
        return sb.toString();
    }
}
