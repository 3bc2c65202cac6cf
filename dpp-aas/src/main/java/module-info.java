/**
 * Battery passports as an Asset Administration Shell (AAS V3) environment: one shell and the
 * IDTA 02035 submodels with their semantic identifiers, built and serialised with Eclipse AAS4J.
 * This is the only dppkit module that depends on AAS4J.
 */
module org.dppkit.aas {
    requires transitive org.dppkit.interop;
    // AAS4J 2.0.1 jars carry no module descriptor and no Automatic-Module-Name: automatic
    // modules named after the jar files. That name is not stable, so no AAS4J type appears in
    // this module's API (JSON out; users of AAS4J read it with its JsonDeserializer).
    requires aas4j.model;
    requires aas4j.dataformat.json;
    requires aas4j.dataformat.core;

    exports org.dppkit.aas;
}
