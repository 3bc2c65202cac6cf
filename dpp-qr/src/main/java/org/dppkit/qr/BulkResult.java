package org.dppkit.qr;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link QrBulkWriter} job.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class BulkResult {

    private final Path target;
    private final long written;
    private final boolean cancelled;
    private final List<String> warnings;

    BulkResult(Path target, long written, boolean cancelled, List<String> warnings) {
        this.target = target;
        this.written = written;
        this.cancelled = cancelled;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Returns the directory or ZIP file written.
     *
     * @return the path, not null
     */
    public Path target() {
        return target;
    }

    /**
     * Returns the number of labels written completely (for a cancelled ZIP job: the number
     * rendered before it stopped, none of which were kept).
     *
     * @return the count
     */
    public long written() {
        return written;
    }

    /**
     * Returns whether the job was cancelled before all links were written.
     *
     * @return true if cancelled
     */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * Returns the distinct warnings of all labels (at most 100), in order of first occurrence.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof BulkResult)) {
            return false;
        }
        BulkResult o = (BulkResult) obj;
        return target.equals(o.target) && written == o.written && cancelled == o.cancelled
                && warnings.equals(o.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, written, cancelled, warnings);
    }

    @Override
    public String toString() {
        return "BulkResult[" + written + " labels to " + target.getFileName()
                + (cancelled ? ", cancelled" : "") + ", " + warnings.size() + " warnings]";
    }
}
