/**
 * Battery passports for Regulation (EU) 2023/1542: the passport model at Model, Batch and Item
 * level, the bundled field catalogue, compliance validation and the JSON format.
 */
module org.dppkit.core {
    requires transitive org.dppkit.gs1;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Silences Hibernate Validator's HV000001 version banner during dppkit's own bootstrap.
    requires java.logging;

    exports org.dppkit.core;
    exports org.dppkit.battery;
    exports org.dppkit.battery.validation;
    exports org.dppkit.battery.json;
    // Restoring stored versions: for dppkit's own fixture module only, never for users.
    exports org.dppkit.battery.internal to org.dppkit.testing;

    // Hibernate Validator reads the validator's internal constraint-annotated snapshot beans.
    opens org.dppkit.battery.validation to org.hibernate.validator;
}
