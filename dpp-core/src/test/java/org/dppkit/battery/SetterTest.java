package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetterTest {

    private static String setterName(BatteryField f) {
        String[] parts = f.key().split("\\.");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    @Test
    void everyTypedSetter_setsItsField() throws Exception {
        int setters = 0;
        for (BatteryField f : BatteryField.values()) {
            ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, Samples.GTIN, "S");
            if (!b.canSet(f)) {
                continue;
            }
            Class<?> param = f.isList() ? java.util.List.class : f.valueType();
            Method m = PassportBuilder.class.getMethod(setterName(f), param);
            Object value = Samples.valueFor(f);
            assertSame(b, m.invoke(b, value));
            assertEquals(Optional.of(value), b.get(f), f.key());
            setters++;
        }
        assertEquals(BatteryField.values().length - FieldTypes.DERIVED.size(), setters);
    }

    @Test
    void declaredTypedSetters_areExactlyTheSettableCatalogueFields() {
        java.util.Set<String> declared = new java.util.TreeSet<>();
        for (Method m : PassportBuilder.class.getDeclaredMethods()) {
            boolean typedSetter = java.lang.reflect.Modifier.isPublic(m.getModifiers())
                    && java.lang.reflect.Modifier.isFinal(m.getModifiers())
                    && m.getGenericReturnType() instanceof java.lang.reflect.TypeVariable
                    && m.getParameterCount() == 1
                    && m.getParameters()[0].getName().equals("value");
            if (typedSetter) {
                declared.add(m.getName());
            }
        }
        java.util.Set<String> settable = new java.util.TreeSet<>();
        for (BatteryField f : BatteryField.values()) {
            if (!FieldTypes.isDerived(f)) {
                settable.add(setterName(f));
            }
        }
        assertEquals(settable, declared);
    }
}
