package org.dppkit.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A mapping-table path: {@code a/b[]/c[0]/d}; internal. */
final class JsonPath {

    /** How a segment selects: the property, each element of its array, or the first element. */
    enum Kind { PLAIN, EACH, FIRST }

    /** One segment of a path. */
    record Segment(String name, Kind kind) {
    }

    /** A parent object reached by a path, with the concrete path to it. */
    record Parent(ObjectNode node, String path) {
    }

    private final String text;
    private final List<Segment> segments;

    private JsonPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    static JsonPath parse(String text) {
        if (text.isEmpty() || text.startsWith("/") || text.endsWith("/")) {
            throw new IllegalStateException("mapping table: bad path '" + text + "'");
        }
        List<Segment> list = new ArrayList<>();
        for (String part : text.split("/", -1)) {
            Kind kind = Kind.PLAIN;
            String name = part;
            if (part.endsWith("[]")) {
                kind = Kind.EACH;
                name = part.substring(0, part.length() - 2);
            } else if (part.endsWith("[0]")) {
                kind = Kind.FIRST;
                name = part.substring(0, part.length() - 3);
            }
            if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
                throw new IllegalStateException("mapping table: bad path segment '" + part + "' in " + text);
            }
            list.add(new Segment(name, kind));
        }
        return new JsonPath(text, List.copyOf(list));
    }

    /** Replaces every array index ({@code [0]}, {@code [12]}) by {@code []}. */
    static String normalise(String path) {
        return path.replaceAll("\\[[0-9]+\\]", "[]");
    }

    String text() {
        return text;
    }

    int depth() {
        return segments.size();
    }

    /** The name of the last segment. */
    String name() {
        return segments.get(segments.size() - 1).name();
    }

    /** Tells whether the path crosses an array of every element before its last segment. */
    boolean hasEachBeforeLast() {
        for (int i = 0; i < segments.size() - 1; i++) {
            if (segments.get(i).kind() == Kind.EACH) {
                return true;
            }
        }
        return false;
    }

    /** Returns the parent object of the last segment, creating objects on the way. */
    ObjectNode parentForWrite(ObjectNode root) {
        ObjectNode node = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            Segment s = segments.get(i);
            switch (s.kind()) {
                case PLAIN: {
                    JsonNode child = node.get(s.name());
                    node = child instanceof ObjectNode o ? o : node.putObject(s.name());
                    break;
                }
                case FIRST: {
                    JsonNode child = node.get(s.name());
                    ArrayNode array = child instanceof ArrayNode a ? a : node.putArray(s.name());
                    if (array.isEmpty()) {
                        array.addObject();
                    }
                    node = (ObjectNode) array.get(0);
                    break;
                }
                default:
                    throw new IllegalStateException("cannot write through every element: " + text);
            }
        }
        return node;
    }

    /** Returns the parent object of the last segment, or null if it is absent. */
    ObjectNode parentForRead(ObjectNode root) {
        JsonNode node = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            Segment s = segments.get(i);
            JsonNode child = node.get(s.name());
            if (s.kind() == Kind.FIRST) {
                child = child instanceof ArrayNode a && !a.isEmpty() ? a.get(0) : null;
            } else if (s.kind() == Kind.EACH) {
                throw new IllegalStateException("cannot read through every element: " + text);
            }
            if (!(child instanceof ObjectNode)) {
                return null;
            }
            node = child;
        }
        return (ObjectNode) node;
    }

    /** Returns every existing parent object of the last segment, expanding arrays. */
    List<ObjectNode> parentNodes(ObjectNode root) {
        if (segments.size() == 1) {
            return List.of(root);
        }
        List<ObjectNode> current = List.of(root);
        for (int i = 0; i < segments.size() - 1; i++) {
            Segment s = segments.get(i);
            List<ObjectNode> next = new ArrayList<>(2);
            for (ObjectNode p : current) {
                JsonNode child = p.get(s.name());
                if (s.kind() == Kind.PLAIN) {
                    if (child instanceof ObjectNode o) {
                        next.add(o);
                    }
                } else if (child instanceof ArrayNode a) {
                    int end = s.kind() == Kind.FIRST ? Math.min(1, a.size()) : a.size();
                    for (int k = 0; k < end; k++) {
                        if (a.get(k) instanceof ObjectNode o) {
                            next.add(o);
                        }
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** Returns every existing parent object of the last segment with its concrete path. */
    List<Parent> parents(ObjectNode root) {
        List<Parent> current = List.of(new Parent(root, ""));
        for (int i = 0; i < segments.size() - 1; i++) {
            Segment s = segments.get(i);
            List<Parent> next = new ArrayList<>();
            for (Parent p : current) {
                JsonNode child = p.node().get(s.name());
                String base = p.path().isEmpty() ? s.name() : p.path() + "/" + s.name();
                if (s.kind() == Kind.PLAIN) {
                    if (child instanceof ObjectNode o) {
                        next.add(new Parent(o, base));
                    }
                } else if (child instanceof ArrayNode a) {
                    int end = s.kind() == Kind.FIRST ? Math.min(1, a.size()) : a.size();
                    for (int k = 0; k < end; k++) {
                        if (a.get(k) instanceof ObjectNode o) {
                            next.add(new Parent(o, base + "[" + k + "]"));
                        }
                    }
                }
            }
            current = next;
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }
}
