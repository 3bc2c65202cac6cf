package org.dppkit.battery.validation;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bootstraps Hibernate Validator without its {@code HV000001} version banner.
 *
 * <p>Hibernate Validator logs {@code HV000001: Hibernate Validator <version>} at INFO once per
 * JVM, from the static initialiser of {@code org.hibernate.validator.internal.util.Version}, which
 * runs when the first {@code Configuration} is created. Its logging goes through JBoss Logging,
 * which without Log4j 2, Logback or the JBoss LogManager on the class path writes to
 * {@code java.util.logging}, whose default console handler prints every INFO record: one stray
 * line on stderr in every program that validates a passport.
 *
 * <p>While dppkit's own bootstrap runs, the {@code java.util.logging} logger of that one class is
 * set to WARNING, unless the application has configured a level for it; afterwards its level is
 * put back, so the logging configuration is the same before and after. Only that logger's INFO
 * banner is affected: its class logs nothing else, and its initialiser runs once. With Log4j 2 or
 * SLF4J/Logback on the class path JBoss Logging uses them, and the application's logging
 * configuration decides, as for any library. A caller's own {@code ValidatorFactory} is never
 * touched. Stateless.
 */
final class QuietBootstrap {

    /** The JBoss Logging category, and so the JUL logger name, of the version banner. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /** Serialises the level change so that concurrent bootstraps restore it correctly. */
    private static final Object LOCK = new Object();

    private QuietBootstrap() {
    }

    /**
     * Runs a bootstrap step with the version banner silenced.
     *
     * @param step creates the Hibernate Validator configuration
     * @return what the step returned
     */
    static <T> T quietly(Supplier<T> step) {
        synchronized (LOCK) {
            Logger banner = Logger.getLogger(VERSION_LOGGER);
            if (banner.getLevel() != null) {
                return step.get();        // the application decided: leave it alone
            }
            banner.setLevel(Level.WARNING);
            try {
                return step.get();
            } finally {
                banner.setLevel(null);
            }
        }
    }
}
