package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dppkit.battery.internal.PassportInternals;
import org.dppkit.gs1.Gtin;
import org.junit.jupiter.api.Test;

/** Only {@code revise()} makes versions: the public API has no way to set a version number. */
class VersionBackDoorTest {

    private static final Gtin GTIN = Gtin.parse("09506000134352");
    private static final Instant T0 = Instant.parse("2027-02-18T08:00:00Z");

    @Test
    void publicBuilders_haveNoVersionOrRevisionSetter() {
        for (Class<?> type : List.of(PassportBuilder.class, ModelPassport.Builder.class,
                BatchPassport.Builder.class, ItemPassport.Builder.class)) {
            List<String> offending = Arrays.stream(type.getMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .filter(m -> Arrays.asList(m.getParameterTypes()).contains(int.class)
                            && m.getName().toLowerCase(java.util.Locale.ROOT).contains("version")
                            || Arrays.asList(m.getParameterTypes()).contains(Instant.class)
                            && m.getName().toLowerCase(java.util.Locale.ROOT).contains("revis"))
                    .map(Method::toString)
                    .collect(Collectors.toList());
            assertEquals(List.of(), offending, type.getName());
        }
    }

    @Test
    void internalPackage_isExportedOnlyToTheFixtureModule() {
        Module module = PassportBuilder.class.getModule();
        assertTrue(module.isNamed(), "dpp-core tests run on the module path");
        ModuleDescriptor.Exports internal = module.getDescriptor().exports().stream()
                .filter(e -> e.source().equals("org.dppkit.battery.internal"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("org.dppkit.testing"), internal.targets());
        assertFalse(module.isExported("org.dppkit.battery.internal"));
    }

    @Test
    void restoredVersion_buildsThatVersion_andRevisesFromIt() {
        ModelPassport.Builder b = ModelPassport.builder(BatteryCategory.EV, GTIN).issuedAt(T0);
        ModelPassport v7 = PassportInternals.restoreVersion(b, 7, T0.plusSeconds(60)).build();
        assertEquals(7, v7.version());
        assertEquals(8, v7.revise(T0.plusSeconds(120)).build().version());
        ModelPassport v1 = ModelPassport.builder(BatteryCategory.EV, GTIN).issuedAt(T0).build();
        assertEquals(2, v1.revise(T0.plusSeconds(1)).build().version());
    }
}
