package org.dppkit.battery.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.Objects;

import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PassportException;

/**
 * Capabilities that dppkit's own modules need and users must not have: restoring the version
 * header of a stored passport.
 *
 * <p>A passport's versions are made only by {@code revise(...)}; the public builder cannot set a
 * version number. Reading a stored document back (the JSON reader in this module) and seeded
 * fixtures ({@code org.dppkit.testing}) must nevertheless recreate "version 7, revised at T". This
 * package is not exported (its module exports it only to {@code org.dppkit.testing}), so on the
 * module path no other code can reach it; on the class path it is undocumented and unsupported.
 *
 * <p>Stateless and thread-safe: the one method handle is resolved once, within this module.
 */
public final class PassportInternals {

    private static final MethodHandle RESTORE_VERSION;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(PassportBuilder.class,
                    MethodHandles.lookup());
            RESTORE_VERSION = lookup.findVirtual(PassportBuilder.class, "restoreVersion",
                    MethodType.methodType(void.class, int.class, Instant.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PassportInternals() {
    }

    /**
     * Sets the version header of a builder, as a stored passport had it.
     *
     * @param <B> the builder type
     * @param builder the builder, not null
     * @param version the version, at least 1
     * @param revisedAt when that version was made by a revision; null for none (a version above
     *     1 without it fails at {@code build()})
     * @return the builder
     * @throws NullPointerException if {@code builder} is null
     * @throws PassportException if {@code version} is below 1
     */
    public static <B extends PassportBuilder<?, ?>> B restoreVersion(B builder, int version,
            Instant revisedAt) {
        Objects.requireNonNull(builder, "builder");
        try {
            RESTORE_VERSION.invoke((PassportBuilder<?, ?>) builder, version, revisedAt);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return builder;
    }
}
