package org.dppkit.qr;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Writes 1-bit greyscale PNGs of symbols and reads greyscale PNGs back; internal. */
final class PngCodec {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Fixed Deflater level: equal input gives equal bytes. */
    static final int DEFLATE_LEVEL = 6;

    private PngCodec() {
    }

    /** Pixels per metre for a resolution in dots per inch, as the pHYs chunk records it. */
    static long pixelsPerMetre(int dpi) {
        return Math.round(dpi / 0.0254);
    }

    static byte[] write(QrSymbol symbol, PrintLayout layout) {
        int n = symbol.size();
        int dpm = layout.dotsPerModule();
        int qz = layout.quietZoneModules();
        int side = layout.totalDots();
        int rowBytes = (side + 7) >>> 3;
        int stride = rowBytes + 1;
        // Filtered scanlines: filter "Up" (2). A repeated row becomes all zeros.
        byte[] filtered = new byte[side * stride];
        byte[] prev = new byte[rowBytes]; // the row above the image is zero by definition
        byte[] cur = new byte[rowBytes];
        int quietDots = qz * dpm;
        int out = 0;
        for (int py = 0; py < side; py++) {
            boolean newModuleRow = py % dpm == 0;
            if (newModuleRow) {
                int my = py / dpm - qz;
                Arrays.fill(cur, (byte) 0xFF);
                if (my >= 0 && my < n) {
                    int base = my * n;
                    int x = 0;
                    while (x < n) {
                        if (!symbol.dark(base + x)) {
                            x++;
                            continue;
                        }
                        int start = x;
                        while (x < n && symbol.dark(base + x)) {
                            x++;
                        }
                        clearBits(cur, quietDots + start * dpm, quietDots + x * dpm);
                    }
                }
            }
            filtered[out++] = 2;
            for (int i = 0; i < rowBytes; i++) {
                filtered[out++] = (byte) (cur[i] - prev[i]);
            }
            if (newModuleRow) {
                System.arraycopy(cur, 0, prev, 0, rowBytes);
            }
        }
        return container(filtered, side, side, layout.spec().dpi());
    }

    /**
     * Writes a symbol with caption lines under it: the label is as wide as the symbol with its
     * quiet zone (or as the widest line plus a font dot each side, the symbol then centred) and
     * {@code captionDots(lines, scale)} taller; each line is centred, drawn in
     * {@link BitmapFont} with every font dot a square of {@code scale} printer dots.
     */
    static byte[] writeCaptioned(QrSymbol symbol, PrintLayout layout, java.util.List<String> lines, int scale) {
        int n = symbol.size();
        int dpm = layout.dotsPerModule();
        int side = layout.totalDots();
        int width = captionedWidth(side, lines, scale);
        int quietDots = (width - side) / 2 + layout.quietZoneModules() * dpm;
        int height = side + captionDots(lines.size(), scale);
        int rowBytes = (width + 7) >>> 3;
        byte[][] rows = new byte[height][rowBytes];
        for (int py = 0; py < height; py++) {
            byte[] row = rows[py];
            Arrays.fill(row, (byte) 0xFF);
            int my = py / dpm - layout.quietZoneModules();
            if (py < side && my >= 0 && my < n) {
                int base = my * n;
                for (int x = 0; x < n; x++) {
                    if (symbol.dark(base + x)) {
                        int start = x;
                        while (x + 1 < n && symbol.dark(base + x + 1)) {
                            x++;
                        }
                        clearBits(row, quietDots + start * dpm, quietDots + (x + 1) * dpm);
                    }
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int x0 = (width - BitmapFont.width(line) * scale) / 2;
            int y0 = side + scale * (1 + BitmapFont.LINE * i);
            for (int c = 0; c < line.length(); c++) {
                long glyph = BitmapFont.glyphOf(line.charAt(c));
                int gx = x0 + c * BitmapFont.ADVANCE * scale;
                for (int r = 0; r < BitmapFont.HEIGHT; r++) {
                    for (int col = 0; col < BitmapFont.WIDTH; col++) {
                        if (BitmapFont.dot(glyph, r, col)) {
                            for (int dy = 0; dy < scale; dy++) {
                                clearBits(rows[y0 + r * scale + dy], gx + col * scale, gx + (col + 1) * scale);
                            }
                        }
                    }
                }
            }
        }
        return encode(rows, width, height, layout.spec().dpi());
    }

    /** Width in printer dots of a captioned label: the symbol's, or the widest line's plus margins. */
    static int captionedWidth(int side, java.util.List<String> lines, int scale) {
        int widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, BitmapFont.width(line) * scale);
        }
        return Math.max(side, widest + 2 * scale);
    }

    /** Height in printer dots of caption lines at a scale: 1.2 font sizes a line less 0.1. */
    static int captionDots(int lines, int scale) {
        return scale * (BitmapFont.LINE * lines - 1);
    }

    /** Encodes rows of packed 1-bit pixels (1 = white) as a greyscale PNG. */
    private static byte[] encode(byte[][] rows, int width, int height, int dpi) {
        int rowBytes = (width + 7) >>> 3;
        byte[] filtered = new byte[height * (rowBytes + 1)];
        byte[] prev = new byte[rowBytes];
        int out = 0;
        for (byte[] cur : rows) {
            filtered[out++] = 2;
            for (int i = 0; i < rowBytes; i++) {
                filtered[out++] = (byte) (cur[i] - prev[i]);
            }
            prev = cur;
        }
        return container(filtered, width, height, dpi);
    }

    /**
     * Wraps filtered scanlines in a PNG: signature, IHDR (1-bit greyscale), pHYs (the printer's
     * resolution), IDAT (deflated scanlines) and IEND.
     */
    private static byte[] container(byte[] filtered, int width, int height, int dpi) {
        byte[] idat = deflate(filtered);
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.length + 80);
        png.write(SIGNATURE, 0, SIGNATURE.length);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // colour type: greyscale
        chunk(png, "IHDR", ihdr, ihdr.length);
        byte[] phys = new byte[9];
        long ppm = pixelsPerMetre(dpi);
        putInt(phys, 0, (int) ppm);
        putInt(phys, 4, (int) ppm);
        phys[8] = 1; // unit: metre
        chunk(png, "pHYs", phys, phys.length);
        chunk(png, "IDAT", idat, idat.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    private static void clearBits(byte[] row, int from, int to) {
        int i = from;
        while (i < to && (i & 7) != 0) {
            row[i >>> 3] &= (byte) ~(0x80 >>> (i & 7));
            i++;
        }
        while (i + 8 <= to) {
            row[i >>> 3] = 0;
            i += 8;
        }
        while (i < to) {
            row[i >>> 3] &= (byte) ~(0x80 >>> (i & 7));
            i++;
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buf = new byte[Math.max(64, data.length / 8)];
            int len = 0;
            while (!deflater.finished()) {
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                len += deflater.deflate(buf, len, buf.length - len);
            }
            return Arrays.copyOf(buf, len);
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int len) {
        byte[] head = new byte[8];
        putInt(head, 0, len);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        out.write(head, 0, 8);
        out.write(data, 0, len);
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data, 0, len);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.write(c, 0, 4);
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    private static int getInt(byte[] b, int off) {
        return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8)
                | (b[off + 3] & 0xFF);
    }

    /** Returns the pHYs pixels-per-metre value (x), or -1 if absent. */
    static long readPixelsPerMetre(byte[] png) {
        int pos = SIGNATURE.length;
        while (pos + 8 <= png.length) {
            int len = getInt(png, pos);
            String type = new String(png, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("pHYs") && len == 9) {
                return getInt(png, pos + 8) & 0xFFFFFFFFL;
            }
            pos += 12 + len;
        }
        return -1;
    }

    static Raster read(byte[] png) {
        if (png.length < 8 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw unsupported("the bytes do not start with the PNG signature");
        }
        int pos = 8;
        int width = -1;
        int height = -1;
        int depth = 0;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        while (true) {
            if (pos + 12 > png.length) {
                throw unsupported("the PNG ends before its IEND chunk");
            }
            int len = getInt(png, pos);
            if (len < 0 || pos + 12L + len > png.length) {
                throw unsupported("chunk length " + len + " at offset " + pos + " runs past the end");
            }
            String type = new String(png, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int data = pos + 8;
            if (type.equals("IHDR")) {
                width = getInt(png, data);
                height = getInt(png, data + 4);
                depth = png[data + 8];
                int colour = png[data + 9];
                int interlace = png[data + 12];
                if (colour != 0 || interlace != 0 || (depth != 1 && depth != 2 && depth != 4
                        && depth != 8)) {
                    throw unsupported("colour type " + colour + ", bit depth " + depth
                            + ", interlace " + interlace + "; only non-interlaced greyscale of 1, 2,"
                            + " 4 or 8 bits is read");
                }
                if (width <= 0 || height <= 0 || (long) width * height > (1L << 26)) {
                    throw unsupported("image size " + width + "x" + height + " is not supported");
                }
            } else if (type.equals("IDAT")) {
                idat.write(png, data, len);
            } else if (type.equals("IEND")) {
                break;
            }
            pos += 12 + len;
        }
        if (width < 0) {
            throw unsupported("the PNG has no IHDR chunk");
        }
        int rowBytes = (int) (((long) width * depth + 7) / 8);
        byte[] raw = inflate(idat.toByteArray(), height * (rowBytes + 1));
        byte[] lum = new byte[width * height];
        byte[] prev = new byte[rowBytes];
        byte[] cur = new byte[rowBytes];
        int bpp = 1;
        int max = (1 << depth) - 1;
        for (int y = 0; y < height; y++) {
            int off = y * (rowBytes + 1);
            int filter = raw[off];
            for (int i = 0; i < rowBytes; i++) {
                int x = raw[off + 1 + i] & 0xFF;
                int a = i >= bpp ? cur[i - bpp] & 0xFF : 0;
                int b = prev[i] & 0xFF;
                int c = i >= bpp ? prev[i - bpp] & 0xFF : 0;
                int v;
                switch (filter) {
                    case 0: v = x; break;
                    case 1: v = x + a; break;
                    case 2: v = x + b; break;
                    case 3: v = x + ((a + b) >>> 1); break;
                    case 4: v = x + paeth(a, b, c); break;
                    default: throw unsupported("unknown filter type " + filter + " in row " + y);
                }
                cur[i] = (byte) v;
            }
            for (int x = 0; x < width; x++) {
                int bit = x * depth;
                int sample = ((cur[bit >>> 3] & 0xFF) >>> (8 - depth - (bit & 7))) & max;
                lum[y * width + x] = (byte) (sample * 255 / max);
            }
            byte[] t = prev;
            prev = cur;
            cur = t;
        }
        return new Raster(lum, width, height);
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private static byte[] inflate(byte[] data, int expected) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            byte[] out = new byte[expected];
            int len = 0;
            while (len < expected && !inflater.finished()) {
                int k = inflater.inflate(out, len, expected - len);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                len += k;
            }
            if (len != expected) {
                throw unsupported("image data holds " + len + " bytes but " + expected
                        + " are needed");
            }
            return out;
        } catch (DataFormatException e) {
            throw new QrException(QrErrorCode.UNSUPPORTED_IMAGE,
                    "Not a readable PNG: corrupt image data: " + e.getMessage(), -1, null, e);
        } finally {
            inflater.end();
        }
    }

    private static QrException unsupported(String why) {
        return new QrException(QrErrorCode.UNSUPPORTED_IMAGE, "Not a readable PNG: " + why);
    }
}
