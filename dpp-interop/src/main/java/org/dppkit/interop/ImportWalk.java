package org.dppkit.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/** Walks payload trees for leaf paths; internal. */
final class ImportWalk {

    private ImportWalk() {
    }

    /** Collects the paths of non-empty leaves (scalars) of a tree, with indices. */
    static void leaves(JsonNode node, String path, Map<String, Boolean> out) {
        leaves(node, path, out, null);
    }

    /** As {@link #leaves(JsonNode, String, Map)}, skipping consumed subtrees. */
    static void leaves(JsonNode node, String path, Map<String, Boolean> out, Set<JsonNode> consumed) {
        if (consumed != null && consumed.contains(node)) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), out, consumed);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", out, consumed);
            }
        } else if (!node.isNull()) {
            out.put(path, Boolean.TRUE);
        }
    }

    /** Tells whether a normalised path equals a prefix path or lies under it. */
    static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "[");
    }
}
