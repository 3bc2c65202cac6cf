package org.dppkit.qr.internal;

import org.dppkit.qr.QrMode;

/**
 * The raw result of {@link QrEncoder#encode}: version, mask, mode and the module grid. A carrier
 * between the encoder and {@code QrSymbol}, which takes ownership of the grid.
 */
public final class EncodedSymbol {

    private final int version;
    private final int mask;
    private final QrMode mode;
    private final byte[] modules;

    EncodedSymbol(int version, int mask, QrMode mode, byte[] modules) {
        this.version = version;
        this.mask = mask;
        this.mode = mode;
        this.modules = modules;
    }

    /**
     * Returns the version.
     *
     * @return 1 to 40
     */
    public int version() {
        return version;
    }

    /**
     * Returns the mask pattern.
     *
     * @return 0 to 7
     */
    public int mask() {
        return mask;
    }

    /**
     * Returns the data mode.
     *
     * @return the mode
     */
    public QrMode mode() {
        return mode;
    }

    /**
     * Returns the modules a side.
     *
     * @return {@code 17 + 4 * version}
     */
    public int size() {
        return QrTables.size(version);
    }

    /**
     * Returns the module grid itself (not a copy): {@code size * size} bytes, row-major, 1 for
     * dark and 0 for light. The receiver owns it; the encoder keeps no reference.
     *
     * @return the grid
     */
    public byte[] modules() {
        return modules;
    }
}
