/**
 * Print-ready QR codes for GS1 Digital Link URIs: symbols, physical sizing, SVG, PNG and ZPL
 * output, decode-back verification, label sheets and bulk output.
 *
 * <p>Depends on {@code org.dppkit.gs1} and ZXing core only; never on passports.
 */
module org.dppkit.qr {
    requires transitive org.dppkit.gs1;
    requires com.google.zxing;

    exports org.dppkit.qr;
}
