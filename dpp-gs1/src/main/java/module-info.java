/**
 * GS1 identifiers for dppkit: GTINs and other GS1 keys with their check digits, the Application
 * Identifier table generated from the GS1 Barcode Syntax Dictionary, element strings and GS1
 * Digital Link URIs (URI Syntax 1.6.0).
 *
 * <p>This module has no dependencies, neither on other dppkit modules nor on any library.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module org.dppkit.gs1 {
    exports org.dppkit.gs1;
    exports org.dppkit.gs1.internal to org.dppkit.core, org.dppkit.qr, org.dppkit.resolver;
}
