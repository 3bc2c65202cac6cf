package org.dppkit.qr;

import com.google.zxing.LuminanceSource;

/** An 8-bit greyscale raster (0 = black, 255 = white) and ZXing's view of it; internal. */
final class Raster extends LuminanceSource {

    private final byte[] luminance;

    Raster(byte[] luminance, int width, int height) {
        super(width, height);
        this.luminance = luminance;
    }

    /** Rasterises a symbol with a quiet zone at whole pixels per module. */
    static Raster of(QrSymbol symbol, int pixelsPerModule, int quietZone) {
        int n = symbol.size();
        int side = (n + 2 * quietZone) * pixelsPerModule;
        byte[] lum = new byte[side * side];
        java.util.Arrays.fill(lum, (byte) 0xFF);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (symbol.dark(y * n + x)) {
                    int px = (x + quietZone) * pixelsPerModule;
                    int py = (y + quietZone) * pixelsPerModule;
                    for (int dy = 0; dy < pixelsPerModule; dy++) {
                        java.util.Arrays.fill(lum, (py + dy) * side + px,
                                (py + dy) * side + px + pixelsPerModule, (byte) 0);
                    }
                }
            }
        }
        return new Raster(lum, side, side);
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int w = getWidth();
        byte[] r = row == null || row.length < w ? new byte[w] : row;
        System.arraycopy(luminance, y * w, r, 0, w);
        return r;
    }

    @Override
    public byte[] getMatrix() {
        return luminance;
    }
}
