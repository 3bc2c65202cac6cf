package org.dppkit.interop;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of exporting one passport to every format: the complete exports, and for each
 * format the passport could not fill, the required properties that stayed empty.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class InteropExports {

    private final Map<InteropFormat, InteropExport> exports;
    private final Map<InteropFormat, List<String>> incomplete;

    InteropExports(Map<InteropFormat, InteropExport> exports, Map<InteropFormat, List<String>> incomplete) {
        this.exports = Collections.unmodifiableMap(exports);
        this.incomplete = Collections.unmodifiableMap(incomplete);
    }

    /**
     * Returns the complete exports, by format.
     *
     * @return an unmodifiable map in format order, not null
     */
    public Map<InteropFormat, InteropExport> exports() {
        return exports;
    }

    /**
     * Returns the export of one format.
     *
     * @param format the format, not null
     * @return the export, or empty if the passport could not fill the format
     * @throws NullPointerException if the format is null
     */
    public Optional<InteropExport> get(InteropFormat format) {
        return Optional.ofNullable(exports.get(Objects.requireNonNull(format, "format")));
    }

    /**
     * Returns, for each format that could not be exported, the required properties (JSON
     * paths) that stayed empty.
     *
     * @return an unmodifiable map in format order, not null
     */
    public Map<InteropFormat, List<String>> incomplete() {
        return incomplete;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InteropExports e && e.exports.equals(exports) && e.incomplete.equals(incomplete);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exports, incomplete);
    }

    @Override
    public String toString() {
        return "InteropExports[complete=" + exports.keySet() + ", incomplete=" + incomplete.keySet() + "]";
    }
}
