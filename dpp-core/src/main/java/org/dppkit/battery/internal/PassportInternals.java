package org.dppkit.battery.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.Objects;

import org.dppkit.battery.BatteryField;
import org.dppkit.battery.BatteryPassport;
import org.dppkit.battery.ModelPassport;
import org.dppkit.battery.PassportBuilder;
import org.dppkit.battery.PassportException;

/**
 * Capabilities that dppkit's own modules need and users must not have: restoring the version
 * header of a stored passport, and telling the validator which fields' texts it must scan.
 *
 * <p>A passport's versions are made only by {@code revise(...)}; the public builder cannot set a
 * version number. Reading a stored document back (the JSON reader in this module) and seeded
 * fixtures ({@code org.dppkit.testing}) must nevertheless recreate "version 7, revised at T". This
 * package is not exported (its module exports it only to {@code org.dppkit.testing}), so on the
 * module path no other code can reach it; on the class path it is undocumented and unsupported.
 *
 * <p>Stateless and thread-safe: the method handles are resolved once, within this module.
 */
public final class PassportInternals {

    private static final MethodHandle RESTORE_VERSION;
    /** {@code (BatteryPassport, int) boolean}: PassportBase.mayHoldUnsafeText on a passport. */
    private static final MethodHandle MAY_HOLD_UNSAFE_TEXT;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(PassportBuilder.class,
                    MethodHandles.lookup());
            RESTORE_VERSION = lookup.findVirtual(PassportBuilder.class, "restoreVersion",
                    MethodType.methodType(void.class, int.class, Instant.class));
            Class<?> base = ModelPassport.class.getSuperclass(); // the package-private PassportBase
            MethodHandles.Lookup baseLookup = MethodHandles.privateLookupIn(base, MethodHandles.lookup());
            MAY_HOLD_UNSAFE_TEXT = baseLookup.findVirtual(base, "mayHoldUnsafeText",
                    MethodType.methodType(boolean.class, int.class))
                    .asType(MethodType.methodType(boolean.class, BatteryPassport.class, int.class));
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

    /**
     * Tells whether the effective value of a field of a passport may hold a text that the
     * validator's text rule reports. False guarantees that it holds none, so the rule need not
     * read it; the passport computed this once, when it was built.
     *
     * @param passport the passport, not null
     * @param field the field, not null
     * @return false if the field's value holds no unsafe text
     * @throws NullPointerException if an argument is null
     */
    public static boolean mayHoldUnsafeText(BatteryPassport passport, BatteryField field) {
        Objects.requireNonNull(passport, "passport");
        int ordinal = Objects.requireNonNull(field, "field").ordinal();
        try {
            return (boolean) MAY_HOLD_UNSAFE_TEXT.invokeExact(passport, ordinal);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
