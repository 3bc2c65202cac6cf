package org.dppkit.qr;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The output of a {@link QrRenderer}: the bytes, the physical layout, the warnings and whether
 * the output was decoded back successfully.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class RenderResult {

    private final RenderFormat format;
    private final byte[] bytes;
    private final String text;
    private final PrintLayout layout;
    private final List<String> warnings;
    private final boolean verified;

    RenderResult(RenderFormat format, byte[] bytes, String text, PrintLayout layout,
            List<String> extraWarnings, boolean verified) {
        this.format = format;
        this.bytes = bytes;
        this.text = text;
        this.layout = layout;
        List<String> w = new ArrayList<>(layout.warnings());
        w.addAll(extraWarnings);
        this.warnings = Collections.unmodifiableList(w);
        this.verified = verified;
    }

    /**
     * Returns the format.
     *
     * @return the format, not null
     */
    public RenderFormat format() {
        return format;
    }

    /**
     * Returns a copy of the output bytes (UTF-8 for SVG and ZPL).
     *
     * @return the bytes, not null
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the number of output bytes.
     *
     * @return the length in bytes
     */
    public int length() {
        return bytes.length;
    }

    /**
     * Writes the output bytes to a stream, without copying them.
     *
     * @param out the stream, not null; not closed
     * @throws IOException if the stream fails
     */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes);
    }

    /**
     * Returns the output as text: the SVG document or the ZPL program.
     *
     * @return the text, not null
     * @throws IllegalStateException for {@link RenderFormat#PNG}, which is binary
     */
    public String asString() {
        if (format == RenderFormat.PNG) {
            throw new IllegalStateException("A PNG result is binary; use bytes()");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Returns the text the symbol encodes, exactly.
     *
     * @return the text, not null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the physical layout.
     *
     * @return the layout, not null
     */
    public PrintLayout layout() {
        return layout;
    }

    /**
     * Returns the warnings: those of the print spec, then those of the renderer (for example a
     * caption that could not be made).
     *
     * @return an unmodifiable list, not null
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns whether the output was decoded back and matched the text.
     *
     * @return true if verified; false if verification was not asked for
     */
    public boolean verified() {
        return verified;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof RenderResult)) {
            return false;
        }
        RenderResult o = (RenderResult) obj;
        return format == o.format && Arrays.equals(bytes, o.bytes) && text.equals(o.text)
                && layout.equals(o.layout) && warnings.equals(o.warnings) && verified == o.verified;
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, Arrays.hashCode(bytes), text, layout);
    }

    @Override
    public String toString() {
        return "RenderResult[" + format + ", " + bytes.length + " bytes, " + layout
                + ", verified=" + verified + ", warnings=" + warnings.size() + "]";
    }
}
