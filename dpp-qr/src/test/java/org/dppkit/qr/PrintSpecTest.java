package org.dppkit.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrintSpecTest {

    /** Requested X, dpi, snapped dots, effective X (research/qr-encoding.md section 3.4). */
    static Stream<Arguments> snapping() {
        return Stream.of(
                Arguments.of(0.495, 300, 6, 0.508),
                Arguments.of(0.5, 300, 6, 0.508),
                Arguments.of(0.396, 203, 3, 0.375),
                Arguments.of(0.5, 203, 4, 0.500),
                Arguments.of(0.423, 300, 5, 0.423),
                Arguments.of(0.423, 600, 10, 0.423),
                Arguments.of(0.743, 600, 18, 0.762),
                Arguments.of(0.05, 600, 1, 0.042));
    }

    @ParameterizedTest
    @MethodSource("snapping")
    void dotsPerModule_snapsToNearestWholeDot(double x, int dpi, int dots, double effective) {
        PrintSpec spec = PrintSpec.of(x, dpi);
        assertEquals(dots, spec.dotsPerModule());
        assertEquals(effective, spec.effectiveXDimensionMm(), 0.0005);
    }

    @Test
    void layout_version4At0495mm300dpi() {
        PrintLayout l = PrintSpec.of(0.495, 300).layout(QrSymbol.encode(QrSymbolTest.SAMPLE));
        assertEquals(33, l.symbolModules());
        assertEquals(41, l.totalModules());
        assertEquals(246, l.totalDots());
        assertEquals(6, l.dotsPerModule());
        assertEquals(20.828, l.symbolSizeMm(), 1e-9);
        assertEquals(0.508, l.xDimensionMm(), 1e-12);
        assertTrue(l.warnings().isEmpty());
        assertEquals("PrintLayout[41 modules = 246 dots = 20.828 mm a side, X=0.508 mm, quietZone=4]",
                l.toString());
    }

    @Test
    void defaults_areGs1Target() {
        PrintSpec d = PrintSpec.defaults();
        assertEquals(0.495, d.xDimensionMm());
        assertEquals(300, d.dpi());
        assertEquals(4, d.quietZoneModules());
        assertEquals(d, PrintSpec.builder().build());
        assertEquals(d, d.toBuilder().build());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void warnings_xOutsideGs1Range() {
        PrintSpec small = PrintSpec.of(0.396, 203); // snaps to 0.375 mm
        assertEquals(1, small.warnings().size());
        assertTrue(small.warnings().get(0).startsWith("X-dimension 0.375 mm (3 dots at 203 dpi,"
                + " requested 0.396 mm) is outside the GS1 range"), small.warnings().get(0));
        assertEquals(1, PrintSpec.of(1.0, 300).warnings().size());
        // 0.743 mm at 300 dpi snaps up to 9 dots = 0.762 mm, above the GS1 maximum
        assertEquals(1, PrintSpec.of(0.743, 300).warnings().size());
        assertTrue(PrintSpec.of(0.7, 300).warnings().isEmpty()); // 8 dots = 0.677 mm
    }

    @Test
    void warnings_smallQuietZoneOnlyWhenAsked() {
        PrintSpec spec = PrintSpec.defaults().withQuietZoneModules(2);
        assertEquals(2, spec.quietZoneModules());
        assertEquals(1, spec.warnings().size());
        assertTrue(spec.warnings().get(0).startsWith("Quiet zone of 2 modules is less than the 4"));
        assertTrue(PrintSpec.defaults().withQuietZoneModules(6).warnings().isEmpty());
        assertEquals(spec.warnings(), spec.layout(QrSymbol.encode("x")).warnings());
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(-0.5, 300, 4, "xDimensionMm must be between 0.05 and 10 mm but was -0.5 mm"),
                Arguments.of(0.0, 300, 4, "xDimensionMm must be between 0.05 and 10 mm but was 0 mm"),
                Arguments.of(Double.NaN, 300, 4, "xDimensionMm must be between 0.05 and 10 mm but was NaN mm"),
                Arguments.of(11.0, 300, 4, "xDimensionMm must be between 0.05 and 10 mm but was 11 mm"),
                Arguments.of(0.5, 71, 4, "dpi must be between 72 and 4800 but was 71"),
                Arguments.of(0.5, -300, 4, "dpi must be between 72 and 4800 but was -300"),
                Arguments.of(0.5, 300, -1, "quietZoneModules must be between 0 and 40 but was -1"),
                Arguments.of(0.1, 72, 4, "xDimensionMm 0.1 mm is less than half a printer dot at 72 dpi"
                        + " (one dot = 0.353 mm)"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void build_outOfRange_throwsNamingLimit(double x, int dpi, int qz, String message) {
        QrException e = assertThrows(QrException.class,
                () -> PrintSpec.builder().xDimensionMm(x).dpi(dpi).quietZoneModules(qz).build());
        assertEquals(QrErrorCode.OUT_OF_RANGE, e.errorCode());
        assertEquals(message, e.getMessage());
    }

    @Test
    void valueSemantics() {
        PrintSpec a = PrintSpec.of(0.5, 600);
        assertEquals(a, PrintSpec.defaults().withXDimensionMm(0.5).withDpi(600));
        assertEquals(a.hashCode(), PrintSpec.of(0.5, 600).hashCode());
        assertNotEquals(a, PrintSpec.of(0.5, 300));
        assertEquals("PrintSpec[x=0.5 mm -> 12 dots = 0.508 mm at 600 dpi, quietZone=4]", a.toString());
    }

    @Property(tries = 300)
    void snapping_isWithinHalfADot(@ForAll @DoubleRange(min = 0.2, max = 2.0) double x,
            @ForAll @IntRange(min = 150, max = 1200) int dpi) {
        PrintSpec spec = PrintSpec.of(x, dpi);
        double dot = 25.4 / dpi;
        assertTrue(Math.abs(spec.effectiveXDimensionMm() - x) <= dot / 2 + 1e-9);
        assertEquals(spec.dotsPerModule() * dot, spec.effectiveXDimensionMm(), 1e-9);
        PrintLayout l = spec.layout(QrSymbol.encode("https://id.gs1.org/01/09506000134352"));
        assertEquals(l.totalDots() * dot, l.symbolSizeMm(), 1e-9);
        assertEquals(l.totalModules() * spec.effectiveXDimensionMm(), l.symbolSizeMm(), 1e-9);
    }
}
