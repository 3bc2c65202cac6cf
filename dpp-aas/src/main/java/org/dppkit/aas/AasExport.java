package org.dppkit.aas;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dppkit.interop.InteropFormat;

/**
 * A passport as a serialised AAS V3 environment: the JSON, the submodels it holds and, for each
 * IDTA submodel the audience's view could not fill, the missing required properties.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class AasExport {

    private final String json;
    private final Set<InteropFormat> submodels;
    private final Map<InteropFormat, List<String>> incomplete;

    AasExport(String json, Set<InteropFormat> submodels, Map<InteropFormat, List<String>> incomplete) {
        this.json = json;
        this.submodels = Collections.unmodifiableSet(submodels);
        this.incomplete = Collections.unmodifiableMap(incomplete);
    }

    /**
     * Returns the environment as AAS V3 JSON (serialised by AAS4J).
     *
     * @return the JSON text, not null
     */
    public String json() {
        return json;
    }

    /**
     * Returns the IDTA submodels the environment holds.
     *
     * @return an unmodifiable set in format order, not null
     */
    public Set<InteropFormat> submodels() {
        return submodels;
    }

    /**
     * Returns, for each IDTA submodel left out, the required properties the view could not fill.
     *
     * @return an unmodifiable map in format order, not null
     */
    public Map<InteropFormat, List<String>> incomplete() {
        return incomplete;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AasExport e && e.json.equals(json) && e.submodels.equals(submodels)
                && e.incomplete.equals(incomplete);
    }

    @Override
    public int hashCode() {
        return Objects.hash(json, submodels, incomplete);
    }

    @Override
    public String toString() {
        return "AasExport[submodels=" + submodels + ", incomplete=" + incomplete.keySet() + "]";
    }
}
