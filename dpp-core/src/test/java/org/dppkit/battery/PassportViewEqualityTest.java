package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.dppkit.core.Audience;
import org.dppkit.core.PassportLevel;
import org.junit.jupiter.api.Test;

/** Views compare what they show: restricted data never makes two views unequal. */
class PassportViewEqualityTest {

    private static BatteryField restrictedModelField() {
        for (BatteryField f : BatteryField.values()) {
            if (!Audience.PUBLIC.mayRead(f.access()) && f.scope() == PassportLevel.MODEL
                    && ModelPassport.builder(BatteryCategory.EV, Samples.GTIN).canSet(f)) {
                return f;
            }
        }
        throw new AssertionError("no restricted MODEL field");
    }

    @Test
    void publicViewsOfPassportsDifferingInRestrictedFieldsAreEqual() {
        ModelPassport a = Samples.model(BatteryCategory.EV);
        BatteryField restricted = restrictedModelField();
        ModelPassport b = a.toBuilder().set(restricted, Samples.valueFor(restricted)).build();
        assertNotEquals(a, b);
        assertEquals(a.view(Audience.PUBLIC), b.view(Audience.PUBLIC));
        assertEquals(a.view(Audience.PUBLIC).hashCode(), b.view(Audience.PUBLIC).hashCode());
        assertNotEquals(a.view(Audience.ISSUER), b.view(Audience.ISSUER));
    }

    @Test
    void viewsDifferingInPublicContentOrAudienceAreNotEqual() {
        ModelPassport a = Samples.model(BatteryCategory.EV);
        ModelPassport b = a.toBuilder().manufacturerName("Other GmbH").build();
        assertNotEquals(a.view(Audience.PUBLIC), b.view(Audience.PUBLIC));
        assertNotEquals(a.view(Audience.PUBLIC), a.view(Audience.LEGITIMATE_INTEREST));
        assertEquals(a.view(Audience.PUBLIC), Samples.model(BatteryCategory.EV).view(Audience.PUBLIC));
        ModelPassport c = a.revise(Samples.T2).build();
        assertNotEquals(a.view(Audience.PUBLIC), c.view(Audience.PUBLIC));
    }
}
