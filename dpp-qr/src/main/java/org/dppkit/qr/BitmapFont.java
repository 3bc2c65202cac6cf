package org.dppkit.qr;

/**
 * A 5 x 7 dot bitmap font (with a 2-dot descender) for the characters a GS1 human-readable
 * caption shows: GS1 AI encodable character set 82 (the characters of lots and serials) and the
 * space; internal. Glyphs are drawn straight into a 1-bit raster, each font dot a square of
 * printer dots, so no font rasteriser (and no AWT) is needed.
 *
 * <p>A glyph is 9 rows of 5 dots, packed row by row into the low 45 bits of a {@code long}, the
 * first row in the highest bits; rows 0 to 6 are the cap height, rows 7 and 8 the descender of
 * {@code g j p q y}. The advance is 6 dots (one blank column). Characters outside the set are
 * drawn as a hollow box, so a caption never silently drops a character.
 */
final class BitmapFont {

    /** Glyph width in font dots. */
    static final int WIDTH = 5;
    /** Glyph height in font dots, descender included. */
    static final int HEIGHT = 9;
    /** Horizontal advance per character in font dots. */
    static final int ADVANCE = 6;
    /** Line pitch in font dots: 1.2 times the nominal font size of 10 dots, as in SVG captions. */
    static final int LINE = 12;
    /** Font dots per nominal font size: the cap height of 7 dots is 0.7 of the size. */
    static final double DOTS_PER_SIZE = 10;

    /** Glyphs of U+0020 to U+007F; -1 where the font has none. */
    private static final long[] GLYPHS = {
        0x000000000000L, 0x042108401000L, 0x0A5280000000L, -1L,  //  !"~
        -1L, 0x18C888898C00L, 0x0C9511593400L, 0x042200000000L,  // ~%&'
        0x022210820800L, 0x082084222000L, 0x00255D520000L, 0x00213E420000L,  // ()*+
        0x000000C22000L, 0x00003E000000L, 0x000000063000L, 0x000888880000L,  // ,-./
        0x0E8CEB98B800L, 0x046108423800L, 0x0E8844447C00L, 0x1F110418B800L,  // 0123
        0x0232A5F10800L, 0x1F878218B800L, 0x06443D18B800L, 0x1F0888842000L,  // 4567
        0x0E8C5D18B800L, 0x0E8C5E113000L, 0x006300C60000L, 0x006300C22000L,  // 89:;
        0x022220820800L, 0x0007C1F00000L, 0x082082222000L, 0x0E8844401000L,  // <=>?
        -1L, 0x0E8C63F8C400L, 0x1E8C7D18F800L, 0x0E8C2108B800L,  // ~ABC
        0x1C9463197000L, 0x1F843D087C00L, 0x1F843D084000L, 0x0E8C2F18BC00L,  // DEFG
        0x118C7F18C400L, 0x0E2108423800L, 0x071084293000L, 0x119531494400L,  // HIJK
        0x108421087C00L, 0x11DD6B18C400L, 0x118E6B38C400L, 0x0E8C6318B800L,  // LMNO
        0x1E8C7D084000L, 0x0E8C63593400L, 0x1E8C7D494400L, 0x0F841C10F800L,  // PQRS
        0x1F2108421000L, 0x118C6318B800L, 0x118C63151000L, 0x118C6B5AA800L,  // TUVW
        0x118A88A8C400L, 0x118C54421000L, 0x1F0888887C00L, -1L,  // XYZ~
        -1L, -1L, -1L, 0x000000007C00L,  // ~~~_
        -1L, 0x000382F8BC00L, 0x1085B318F800L, 0x0003A108B800L,  // ~abc
        0x010B6718BC00L, 0x0003A3F83800L, 0x064A38842000L, 0x0003E318BC2EL,  // defg
        0x1085B318C400L, 0x040308423800L, 0x020184210A4CL, 0x1084A98A4800L,  // hijk
        0x0C2108423800L, 0x0006AB58C400L, 0x0005B318C400L, 0x0003A318B800L,  // lmno
        0x0007A318FA10L, 0x0003E318BC21L, 0x0005B3084000L, 0x0003A0E0F800L,  // pqrs
        0x084710849800L, 0x00046319B400L, 0x000463151000L, 0x0004635AA800L,  // tuvw
        0x000454454400L, 0x00046318BC2EL, 0x0007C4447C00L, -1L,  // xyz~
        -1L, -1L, -1L, -1L   // ~~~~
    };

    /** A hollow box for characters outside the font. */
    private static final long BOX = glyph("#####", "#...#", "#...#", "#...#", "#...#", "#...#", "#####",
            ".....", ".....");

    private BitmapFont() {
    }

    /** Packs rows of {@code #} and {@code .} into a glyph. */
    static long glyph(String... rows) {
        long bits = 0;
        for (String r : rows) {
            for (int i = 0; i < WIDTH; i++) {
                bits = bits << 1 | (r.charAt(i) == '#' ? 1 : 0);
            }
        }
        return bits;
    }

    /** Tells whether the font has a glyph of its own for a character. */
    static boolean has(char c) {
        return c >= 32 && c < 128 && GLYPHS[c - 32] != -1L;
    }

    /** Returns the glyph of a character, the hollow box if the font has none. */
    static long glyphOf(char c) {
        return has(c) ? GLYPHS[c - 32] : BOX;
    }

    /** Tells whether the glyph has a dot at a row (0 to 8) and column (0 to 4). */
    static boolean dot(long glyph, int row, int column) {
        int bit = (HEIGHT - 1 - row) * WIDTH + (WIDTH - 1 - column);
        return (glyph >>> bit & 1L) != 0;
    }

    /** Width in font dots of a line of text: its advances less the last blank column. */
    static int width(String text) {
        return text.isEmpty() ? 0 : text.length() * ADVANCE - 1;
    }
}
