package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Optional;
import org.dppkit.core.Audience;
import org.junit.jupiter.api.Test;

class SectionTest {

    private static ItemPassport full() {
        ItemPassport.Builder b = ItemPassport.builder(BatteryCategory.INDUSTRIAL, Samples.GTIN, "L", "SN-1");
        for (BatteryField f : BatteryField.values()) {
            if (b.canSet(f)) {
                b.set(f, Samples.valueFor(f));
            }
        }
        return b.issuedAt(Samples.T0).build();
    }

    private static String getterName(BatteryField f) {
        String key = f.key();
        String prefix = f.section().key() + ".";
        if (key.startsWith(prefix)) {
            key = key.substring(prefix.length());
        }
        String[] parts = key.split("\\.");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    private static Object section(Object owner, Section s) throws Exception {
        String key = s.key();
        return owner.getClass().getMethod(key).invoke(owner);
    }

    @Test
    void everySectionGetter_returnsTheFieldValue() throws Exception {
        ItemPassport item = full();
        int getters = 0;
        for (Section s : Section.values()) {
            Object section = section(item, s);
            assertEquals(s.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + s.key().substring(1) + "Section", section.toString());
            for (BatteryField f : BatteryField.inSection(s)) {
                Method m = section.getClass().getMethod(getterName(f));
                assertEquals(item.get(f), m.invoke(section), f.key());
                getters++;
            }
            long methods = java.util.Arrays.stream(section.getClass().getDeclaredMethods())
                    .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())
                            && m.getReturnType() == Optional.class)
                    .count();
            assertEquals(BatteryField.inSection(s).size(), methods, s.key());
        }
        assertEquals(BatteryField.values().length, getters);
    }

    @Test
    void viewSections_hideUnreadableFields() throws Exception {
        ItemPassport item = full();
        for (Audience a : Audience.values()) {
            PassportView view = item.view(a);
            for (Section s : Section.values()) {
                Object section = section(view, s);
                for (BatteryField f : BatteryField.inSection(s)) {
                    Optional<?> v = (Optional<?>) section.getClass().getMethod(getterName(f)).invoke(section);
                    assertEquals(a.mayRead(f.access()), v.isPresent(), a + " " + f.key());
                    assertEquals(a.mayRead(f.access()), view.provenance(f).isPresent());
                }
            }
            assertTrue(view.presentFields().stream().allMatch(f -> a.mayRead(f.access())));
        }
    }
}
