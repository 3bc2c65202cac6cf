/**
 * QR symbols for GS1 Digital Link URIs and their print output.
 *
 * <p>The path from a link to a label:
 * <pre>{@code
 * DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352")).serial("SN-000123").build();
 * QrSymbol symbol = QrSymbol.encode(link);                       // ECC M, plain QR, no ECI
 * PrintSpec spec = PrintSpec.of(0.495, 300);                     // snaps to 6 dots = 0.508 mm
 * RenderResult svg = SvgRenderer.of(spec).withCaption(true).withVerify(true).render(symbol);
 * RenderResult png = PngRenderer.of(spec).render(symbol);        // 1-bit, pHYs = 300 dpi
 * RenderResult zpl = ZplRenderer.of(spec).render(symbol);        // ^BQN,2,6 for thermal printers
 * svg.layout().symbolSizeMm();                                   // 20.828 with quiet zone
 * svg.warnings();                                                // [] inside the GS1 range
 * }</pre>
 * <ul>
 *   <li>{@link org.dppkit.qr.QrSymbol} and {@link org.dppkit.qr.QrOptions}: encoding.</li>
 *   <li>{@link org.dppkit.qr.PrintSpec} and {@link org.dppkit.qr.PrintLayout}: physical size,
 *       snapped to printer dots, with GS1 warnings.</li>
 *   <li>{@link org.dppkit.qr.SvgRenderer}, {@link org.dppkit.qr.PngRenderer},
 *       {@link org.dppkit.qr.ZplRenderer}: output, byte-identical for equal input.</li>
 *   <li>{@link org.dppkit.qr.QrVerifier}: decode-back proof with ZXing's reader.</li>
 *   <li>{@link org.dppkit.qr.LabelSheetRenderer} and {@link org.dppkit.qr.SheetLayout}: A4 and
 *       Letter sheets.</li>
 *   <li>{@link org.dppkit.qr.QrBulkWriter}: many labels into a directory or ZIP.</li>
 * </ul>
 * All failures are {@link org.dppkit.qr.QrException}s with a stable
 * {@link org.dppkit.qr.QrErrorCode}; warnings are returned as lists, never logged.
 *
 * <p>Every type in this package is an immutable, thread-safe value unless its documentation says
 * otherwise. No method accepts or returns {@code null} unless documented.
 */
package org.dppkit.qr;
