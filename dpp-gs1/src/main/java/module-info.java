/**
 * GS1 identifiers for dppkit: GTINs and other GS1 keys with their check digits, the Application
 * Identifier table generated from the GS1 Barcode Syntax Dictionary, element strings and GS1
 * Digital Link URIs (URI Syntax 1.6.0).
 *
 * <p>This module has no dependencies, neither on other dppkit modules nor on any library.
 */
module org.dppkit.gs1 {
    exports org.dppkit.gs1;
}
