/**
 * A GS1-conformant resolver for battery passports on the JDK's built-in HTTP server: the page
 * behind the QR code. It answers a scanned GS1 Digital Link with the most granular stored
 * passport (item, else batch, else model), per audience, as JSON, an RFC 9264 linkset or a
 * server-rendered HTML page.
 *
 * <p>Depends on {@code org.dppkit.core} and {@code org.dppkit.store}; {@code org.dppkit.qr}
 * draws the QR code on the page.
 */
module org.dppkit.resolver {
    requires transitive org.dppkit.core;
    requires transitive org.dppkit.store;
    requires transitive jdk.httpserver;
    requires org.dppkit.qr;

    exports org.dppkit.resolver;
}
