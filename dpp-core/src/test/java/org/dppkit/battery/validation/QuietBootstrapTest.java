package org.dppkit.battery.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator's HV000001 version banner stays out of a program that validates passports,
 * and the logging configuration is the same before and after.
 */
class QuietBootstrapTest {

    /** Collects the records published to a logger. */
    static final class Records extends Handler {
        final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord r) {
            messages.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void quietly_silencesOnlyTheBannerLoggerAndRestoresItsLevel() {
        Logger banner = Logger.getLogger(QuietBootstrap.VERSION_LOGGER);
        Records seen = new Records();
        banner.addHandler(seen);
        banner.setUseParentHandlers(false);      // the records stay out of the build log
        try {
            assertNull(banner.getLevel());
            String out = QuietBootstrap.quietly(() -> {
                banner.info("HV000001: banner");
                banner.warning("a warning still shows");
                return "built";
            });
            assertEquals("built", out);
            assertEquals(1, seen.messages.size(), seen.messages.toString());
            assertTrue(seen.messages.get(0).startsWith("a warning still shows"));
            assertNull(banner.getLevel(), "level restored");

            banner.setLevel(Level.ALL);          // an application's own choice is left alone
            QuietBootstrap.quietly(() -> {
                banner.info("shown");
                return null;
            });
            assertEquals(Level.ALL, banner.getLevel());
            assertEquals(2, seen.messages.size());
        } finally {
            banner.setLevel(null);
            banner.setUseParentHandlers(true);
            banner.removeHandler(seen);
        }
    }

    /**
     * Loads Hibernate Validator afresh in an isolated class loader whose parent is the boot
     * loader (the platform loader would hand back the test's own modules), since its banner is
     * logged once per loader: dppkit's validator logs no HV000001, a plain bootstrap does.
     */
    @Test
    void validatorCreation_logsNoVersionBanner_whereAPlainBootstrapDoes() throws Exception {
        assertEquals(List.of(), bannersWhile("org.dppkit.battery.validation.BatteryPassportValidator", "create"));
        List<String> plain = bannersWhile("jakarta.validation.Validation", "buildDefaultValidatorFactory");
        assertEquals(1, plain.size(), "the control sees the banner: " + plain);
        assertTrue(plain.get(0).contains("HV000001") || plain.get(0).contains("Hibernate Validator"), plain.get(0));
    }

    /**
     * dpp-core brings Jakarta EL for applications' own default bootstraps, but its own bootstrap
     * must not need it: without the EL jars on the path it still validates.
     */
    @Test
    void ownBootstrap_needsNoJakartaEl() throws Exception {
        List<URL> withoutEl = new ArrayList<>();
        for (URL u : testPath()) {
            String s = u.toString();
            if (!s.contains("/expressly/") && !s.contains("jakarta.el-api")) {
                withoutEl.add(u);
            }
        }
        assertTrue(withoutEl.size() < testPath().length, "the EL jars were on the test path");
        try (URLClassLoader isolated = new URLClassLoader(withoutEl.toArray(new URL[0]), null)) {
            Object result = Class.forName(NoElProbe.class.getName(), true, isolated).getMethod("run").invoke(null);
            assertEquals("EL absent, 1 finding(s)", result);
        }
    }

    private static List<String> bannersWhile(String className, String method) throws Exception {
        Logger hv = Logger.getLogger("org.hibernate.validator");
        Records seen = new Records();
        hv.addHandler(seen);
        hv.setUseParentHandlers(false);          // the control's banner stays out of the build log
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(testPath(), null)) {
            thread.setContextClassLoader(isolated);      // Validation's service lookup uses it
            Object result = Class.forName(className, true, isolated).getMethod(method).invoke(null);
            if (result instanceof AutoCloseable c) {
                c.close();
            }
        } finally {
            thread.setContextClassLoader(context);
            hv.setUseParentHandlers(true);
            hv.removeHandler(seen);
        }
        List<String> banners = new ArrayList<>();
        for (String m : seen.messages) {
            if (m.contains("HV000001") || m.contains("version") || m.contains("9.")) {
                banners.add(m);
            }
        }
        return banners;
    }

    private static URL[] testPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value == null) {
                continue;
            }
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
        }
        return urls.toArray(new URL[0]);
    }
}
