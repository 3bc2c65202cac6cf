package org.dppkit.qr;

import java.util.List;
import java.util.Objects;

/**
 * Label sheets made by {@link LabelSheetRenderer}: one SVG document per page, and the distinct
 * warnings of all labels.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class SheetResult {

    private final List<String> pages;
    private final List<String> warnings;
    private final int labels;

    SheetResult(List<String> pages, List<String> warnings, int labels) {
        this.pages = List.copyOf(pages);
        this.warnings = List.copyOf(warnings);
        this.labels = labels;
    }

    /**
     * Returns the pages, each a complete SVG document.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> pages() {
        return pages;
    }

    /**
     * Returns the distinct warnings, in order of first occurrence.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns the number of labels placed.
     *
     * @return the label count
     */
    public int labels() {
        return labels;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SheetResult)) {
            return false;
        }
        SheetResult o = (SheetResult) obj;
        return pages.equals(o.pages) && warnings.equals(o.warnings) && labels == o.labels;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pages, warnings, labels);
    }

    @Override
    public String toString() {
        return "SheetResult[" + labels + " labels on " + pages.size() + " pages, "
                + warnings.size() + " warnings]";
    }
}
