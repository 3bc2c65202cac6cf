package org.dppkit.battery.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.core.PassportLevel;

/** What the writer needs from a passport; implemented over the passport model without copying. */
interface PassportSource {

    PassportLevel level();

    BatteryCategory category();

    String id();

    int version();

    /** The model passport's identifier this passport derives from. */
    Optional<String> derivedFromModel();

    /** The batch passport's identifier this passport derives from. */
    Optional<String> derivedFromBatch();

    /** The effective value of a field, or null when absent. */
    Object value(BatteryField field);

    /** The level that supplied the value of a present field. */
    PassportLevel provenance(BatteryField field);

    /** User data outside the standard: an object node, or null when there is none. */
    JsonNode extensions();
}
