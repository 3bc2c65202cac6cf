/**
 * Battery passports for the data spaces: the seven IDTA 02035 "Digital Battery Passport"
 * submodel payloads and the Catena-X BatteryPass 6.1.0 aspect, exported per audience and
 * imported back into a passport builder, driven by a mapping table bundled as data.
 */
module org.dppkit.interop {
    requires transitive org.dppkit.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.dppkit.interop;
}
