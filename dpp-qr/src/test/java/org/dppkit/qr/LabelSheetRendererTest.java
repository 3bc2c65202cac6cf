package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dppkit.gs1.DigitalLink;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LabelSheetRendererTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static List<QrSymbol> symbols(int n) {
        List<QrSymbol> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(QrSymbol.encode(DigitalLink.builder(Gtin.parse("09506000134352"))
                    .serial("SN-" + String.format(java.util.Locale.ROOT, "%06d", i)).build()));
        }
        return list;
    }

    @Test
    void layout_cellArithmetic() {
        SheetLayout a4 = SheetLayout.builder(PageSize.A4).grid(8, 5).margins(10).gaps(2, 2).build();
        assertEquals(36.4, a4.cellWidthMm(), 1e-9);
        assertEquals(32.875, a4.cellHeightMm(), 1e-9);
        assertEquals(40, a4.labelsPerPage());
        assertEquals(10 + 3 * 38.4, a4.cellXMm(3), 1e-9);
        assertEquals(a4, a4.toBuilder().build());
        assertEquals(a4.hashCode(), a4.toBuilder().build().hashCode());
        SheetLayout letter = SheetLayout.builder(PageSize.LETTER).grid(10, 8).margins(12.7, 5, 12.7, 5)
                .gaps(0, 0).build();
        assertEquals(25.7375, letter.cellWidthMm(), 1e-9);
        assertEquals(25.4, letter.cellHeightMm(), 1e-9);
    }

    @Test
    void render_a4_placesLabelsOnPages() throws Exception {
        SheetLayout layout = SheetLayout.builder(PageSize.A4).grid(8, 5).margins(10).gaps(2, 2).build();
        SheetResult result = LabelSheetRenderer.of(layout, SvgRenderer.of(PrintSpec.defaults())
                .withCaption(true).withVerify(true)).render(symbols(45));
        assertEquals(2, result.pages().size());
        assertEquals(45, result.labels());
        assertTrue(result.warnings().isEmpty());
        Document page1 = Xml.parse(result.pages().get(0));
        Element root = page1.getDocumentElement();
        assertEquals("210mm", root.getAttribute("width"));
        assertEquals("297mm", root.getAttribute("height"));
        assertEquals("0 0 210 297", root.getAttribute("viewBox"));
        assertEquals(40, page1.getElementsByTagNameNS(SVG_NS, "path").getLength());
        assertEquals(80, page1.getElementsByTagNameNS(SVG_NS, "text").getLength()); // 2 lines each
        assertEquals(40, page1.getElementsByTagNameNS(SVG_NS, "g").getLength());
        Document page2 = Xml.parse(result.pages().get(1));
        assertEquals(5, page2.getElementsByTagNameNS(SVG_NS, "path").getLength());
        NodeList groups = page1.getElementsByTagNameNS(SVG_NS, "g");
        assertTrue(((Element) groups.item(0)).getAttribute("transform").endsWith("scale(0.508)"));
        assertEquals(result, LabelSheetRenderer.of(layout, SvgRenderer.of(PrintSpec.defaults())
                .withCaption(true)).render(symbols(45)));
    }

    @Test
    void render_labelTooLarge_throwsWithSizes() {
        SheetLayout layout = SheetLayout.builder(PageSize.LETTER).grid(14, 10).margins(5).build();
        QrException e = assertThrows(QrException.class, () -> LabelSheetRenderer.of(layout,
                SvgRenderer.of(PrintSpec.defaults())).render(symbols(1)));
        assertEquals(QrErrorCode.DOES_NOT_FIT, e.errorCode());
        assertTrue(e.getMessage().startsWith("Label 0 ('https://id.gs1.org/01/09506000134352/21/SN-000000')"
                + " is 20.828 x 20.828 mm but a cell of"), e.getMessage());
    }

    @Test
    void render_empty_hasNoPages() {
        SheetResult r = LabelSheetRenderer.of(SheetLayout.builder(PageSize.A4).build(),
                SvgRenderer.of(PrintSpec.defaults())).render(List.of());
        assertTrue(r.pages().isEmpty());
    }

    static Stream<Arguments> badLayouts() {
        return Stream.of(
                Arguments.of(SheetLayout.builder(PageSize.A4).grid(0, 1), QrErrorCode.OUT_OF_RANGE),
                Arguments.of(SheetLayout.builder(PageSize.A4).margins(-1), QrErrorCode.OUT_OF_RANGE),
                Arguments.of(SheetLayout.builder(PageSize.A4).gaps(-0.5, 0), QrErrorCode.OUT_OF_RANGE),
                Arguments.of(SheetLayout.builder(PageSize.A4).margins(120), QrErrorCode.DOES_NOT_FIT),
                Arguments.of(SheetLayout.builder(PageSize.A4).grid(1, 20).gaps(10, 0),
                        QrErrorCode.DOES_NOT_FIT));
    }

    @ParameterizedTest
    @MethodSource("badLayouts")
    void build_badLayout_throws(SheetLayout.Builder builder, QrErrorCode code) {
        assertEquals(code, assertThrows(QrException.class, builder::build).errorCode());
    }
}
