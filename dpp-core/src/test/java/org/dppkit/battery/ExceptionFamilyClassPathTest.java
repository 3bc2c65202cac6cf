package org.dppkit.battery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sealed exception family must load for applications on the class path (an unnamed module),
 * not only on the module path that surefire uses for this module's tests (they run inside the
 * named module org.dppkit.core). The JVM (JVMS 17, 5.3.5) accepts a permitted subclass in another
 * package than its sealed class only if it is public and in the same run-time module.
 */
class ExceptionFamilyClassPathTest {

    @Test
    void everyPermittedSubclassIsPublicOrInTheSealedClassPackage() {
        assertTrue(PassportException.class.isSealed());
        Class<?>[] permitted = PassportException.class.getPermittedSubclasses();
        assertEquals(1, permitted.length);
        for (Class<?> c : permitted) {
            assertTrue(Modifier.isPublic(c.getModifiers())
                    || c.getPackageName().equals(PassportException.class.getPackageName()), c.getName());
            assertEquals(PassportException.class.getModule(), c.getModule(), c.getName());
        }
    }

    @Test
    void theFamilyLoadsAndWorksInTheUnnamedModule() throws Exception {
        Path classes = Path.of(PassportException.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        // The compiled main classes (a directory holding module-info.class, or the jar): a
        // URLClassLoader ignores module-info and defines every class in its unnamed module.
        assertTrue(Files.exists(classes.resolve("org/dppkit/battery/PassportException.class"))
                || Files.isRegularFile(classes), classes.toString());
        // Parent: the boot loader only. (The platform loader would hand org.dppkit.battery back to
        // the application loader, which holds it in the named module org.dppkit.core.)
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Class<?> format = Class.forName("org.dppkit.battery.json.PassportFormatException",
                    true, loader);
            Class<?> base = format.getSuperclass();
            assertNotSame(PassportException.class, base);
            assertFalse(format.getModule().isNamed());
            assertTrue(base.isSealed());
            assertEquals("org.dppkit.battery.PassportException", base.getName());

            Class<?> codes = Class.forName("org.dppkit.battery.PassportErrorCode", true, loader);
            Object duplicate = codes.getField("DUPLICATE_KEY").get(null);
            Constructor<?> ctor = format.getDeclaredConstructor(codes, String.class, String.class,
                    int.class, int.class, Throwable.class);
            ctor.setAccessible(true);
            Object e = ctor.newInstance(duplicate, "duplicate key \"level\"", "/level", 3, 3, null);
            assertTrue(base.isInstance(e));
            assertTrue(IllegalArgumentException.class.isInstance(e));
            assertEquals("duplicate key \"level\" at /level (line 3, column 3)",
                    ((Throwable) e).getMessage());
            assertEquals(duplicate, base.getMethod("errorCode").invoke(e));
        }
    }
}
