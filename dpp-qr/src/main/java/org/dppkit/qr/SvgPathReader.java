package org.dppkit.qr;

import java.util.Arrays;

/** Reads back the path data {@link SvgRenderer} writes and rasterises it; internal. */
final class SvgPathReader {

    private SvgPathReader() {
    }

    static Raster rasterise(String svg, int pixelsPerModule) {
        int p = svg.indexOf("<path");
        int d = p < 0 ? -1 : svg.indexOf(" d=\"", p);
        int end = d < 0 ? -1 : svg.indexOf('"', d + 4);
        if (end < 0) {
            throw new QrException(QrErrorCode.UNSUPPORTED_IMAGE,
                    "Not a readable SVG: no <path d=\"...\"> element");
        }
        if (svg.indexOf("<path", p + 5) >= 0) {
            throw new QrException(QrErrorCode.UNSUPPORTED_IMAGE,
                    "Not a readable SVG: more than one <path> element");
        }
        String data = svg.substring(d + 4, end);
        // First pass: extent; second pass: paint. Format: Mx yhWv1h-Wz
        int[] pos = new int[1];
        int maxX = 0;
        int maxY = 0;
        int count = 0;
        int i = 0;
        int[] runs = new int[64];
        while (i < data.length()) {
            pos[0] = i;
            expect(data, pos, 'M');
            int x = number(data, pos);
            expect(data, pos, ' ');
            int y = number(data, pos);
            expect(data, pos, 'h');
            int w = number(data, pos);
            expect(data, pos, 'v');
            expect(data, pos, '1');
            expect(data, pos, 'h');
            expect(data, pos, '-');
            int w2 = number(data, pos);
            expect(data, pos, 'z');
            if (w2 != w || w < 1) {
                throw bad(i);
            }
            if (count * 3 + 3 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[count * 3] = x;
            runs[count * 3 + 1] = y;
            runs[count * 3 + 2] = w;
            count++;
            maxX = Math.max(maxX, x + w);
            maxY = Math.max(maxY, y + 1);
            i = pos[0];
        }
        if (count == 0 || maxX > 400 || maxY > 400) {
            throw new QrException(QrErrorCode.UNSUPPORTED_IMAGE,
                    "Not a readable SVG: the path has no modules or is larger than 400 modules");
        }
        // add a 4-module quiet zone beyond the path's extent on the right and bottom
        int modules = Math.max(maxX, maxY) + PrintSpec.STANDARD_QUIET_ZONE;
        int side = modules * pixelsPerModule;
        byte[] lum = new byte[side * side];
        Arrays.fill(lum, (byte) 0xFF);
        for (int r = 0; r < count; r++) {
            int x0 = runs[r * 3] * pixelsPerModule;
            int y0 = runs[r * 3 + 1] * pixelsPerModule;
            int x1 = x0 + runs[r * 3 + 2] * pixelsPerModule;
            for (int dy = 0; dy < pixelsPerModule; dy++) {
                Arrays.fill(lum, (y0 + dy) * side + x0, (y0 + dy) * side + x1, (byte) 0);
            }
        }
        return new Raster(lum, side, side);
    }

    private static void expect(String s, int[] pos, char c) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
            throw bad(pos[0]);
        }
        pos[0]++;
    }

    private static int number(String s, int[] pos) {
        int start = pos[0];
        int v = 0;
        while (pos[0] < s.length() && Character.isDigit(s.charAt(pos[0])) && pos[0] - start < 6) {
            v = v * 10 + (s.charAt(pos[0]) - '0');
            pos[0]++;
        }
        if (pos[0] == start) {
            throw bad(start);
        }
        return v;
    }

    private static QrException bad(int position) {
        return new QrException(QrErrorCode.UNSUPPORTED_IMAGE, "Not a readable SVG: path data at "
                + "position " + position + " is not in the form 'Mx yhWv1h-Wz' that SvgRenderer writes");
    }
}
