package org.dppkit.qr;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a text is encoded into a {@link QrSymbol}: error-correction level, optional fixed version
 * and mask, and whether the scheme and host of a URI are upper-cased.
 *
 * <p>Defaults: error correction {@link ErrorCorrection#M}, the smallest version that fits (1-40),
 * the mask chosen by the ISO/IEC 18004 penalty rules, text encoded as given.
 * <pre>{@code
 * QrOptions opts = QrOptions.builder().errorCorrection(ErrorCorrection.Q).build();
 * QrOptions small = QrOptions.defaults().withUpperCaseSchemeAndHost(true);
 * }</pre>
 *
 * <p><b>Upper-casing scheme and host</b> (off by default): URI schemes and host names are
 * case-insensitive (RFC 3986 section 6.2.2.1), so {@code HTTPS://ID.GS1.ORG/01/...} reaches the same
 * resolver as {@code https://id.gs1.org/01/...}. When the rest of the URI uses only the QR
 * alphanumeric characters ({@code 0-9 A-Z $%*+-./:} and space) the whole text is then encoded in
 * alphanumeric mode (5.5 instead of 8 bits a character), which often gives a smaller version. The
 * path, query and fragment are never changed (serials and lots are case-sensitive). The symbol
 * then reports the upper-cased text, which is exactly what a scanner reads.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class QrOptions {

    private static final QrOptions DEFAULTS = new QrOptions(ErrorCorrection.M, 0, -1, false);

    private final ErrorCorrection errorCorrection;
    /** Fixed version 1-40, or 0 for automatic. */
    private final int version;
    /** Fixed mask 0-7, or -1 for automatic. */
    private final int mask;
    private final boolean upperCaseSchemeAndHost;

    private QrOptions(ErrorCorrection errorCorrection, int version, int mask,
            boolean upperCaseSchemeAndHost) {
        this.errorCorrection = errorCorrection;
        this.version = version;
        this.mask = mask;
        this.upperCaseSchemeAndHost = upperCaseSchemeAndHost;
    }

    /**
     * Returns the default options: ECC M, automatic version and mask, text as given.
     *
     * @return the defaults, not null
     */
    public static QrOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the default options with the given error correction.
     *
     * @param errorCorrection the level, not null
     * @return the options, not null
     */
    public static QrOptions of(ErrorCorrection errorCorrection) {
        return DEFAULTS.withErrorCorrection(errorCorrection);
    }

    /**
     * Returns a new builder with the defaults.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these options.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.errorCorrection = errorCorrection;
        b.version = version;
        b.mask = mask;
        b.upperCaseSchemeAndHost = upperCaseSchemeAndHost;
        return b;
    }

    /**
     * Returns the error-correction level.
     *
     * @return the level, not null
     */
    public ErrorCorrection errorCorrection() {
        return errorCorrection;
    }

    /**
     * Returns the fixed version, if one was set.
     *
     * @return the version 1-40, or empty for the smallest version that fits
     */
    public OptionalInt version() {
        return version == 0 ? OptionalInt.empty() : OptionalInt.of(version);
    }

    /**
     * Returns the fixed mask pattern, if one was set.
     *
     * @return the mask 0-7, or empty for the penalty-based choice
     */
    public OptionalInt mask() {
        return mask < 0 ? OptionalInt.empty() : OptionalInt.of(mask);
    }

    /**
     * Returns whether the scheme and host of a URI are upper-cased before encoding.
     *
     * @return true if they are upper-cased
     */
    public boolean upperCaseSchemeAndHost() {
        return upperCaseSchemeAndHost;
    }

    /**
     * Returns a copy with another error-correction level.
     *
     * @param errorCorrection the level, not null
     * @return the options, not null
     */
    public QrOptions withErrorCorrection(ErrorCorrection errorCorrection) {
        return toBuilder().errorCorrection(errorCorrection).build();
    }

    /**
     * Returns a copy with a fixed version.
     *
     * @param version the version, 1 to 40
     * @return the options, not null
     * @throws QrException if the version is outside 1-40 ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public QrOptions withVersion(int version) {
        return toBuilder().version(version).build();
    }

    /**
     * Returns a copy with a fixed mask pattern.
     *
     * @param mask the mask, 0 to 7
     * @return the options, not null
     * @throws QrException if the mask is outside 0-7 ({@link QrErrorCode#OUT_OF_RANGE})
     */
    public QrOptions withMask(int mask) {
        return toBuilder().mask(mask).build();
    }

    /**
     * Returns a copy that does or does not upper-case the scheme and host.
     *
     * @param upperCase true to upper-case scheme and host
     * @return the options, not null
     */
    public QrOptions withUpperCaseSchemeAndHost(boolean upperCase) {
        return toBuilder().upperCaseSchemeAndHost(upperCase).build();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QrOptions)) {
            return false;
        }
        QrOptions o = (QrOptions) obj;
        return errorCorrection == o.errorCorrection && version == o.version && mask == o.mask
                && upperCaseSchemeAndHost == o.upperCaseSchemeAndHost;
    }

    @Override
    public int hashCode() {
        return Objects.hash(errorCorrection, version, mask, upperCaseSchemeAndHost);
    }

    @Override
    public String toString() {
        return "QrOptions[ecc=" + errorCorrection
                + ", version=" + (version == 0 ? "auto" : String.valueOf(version))
                + ", mask=" + (mask < 0 ? "auto" : String.valueOf(mask))
                + ", upperCaseSchemeAndHost=" + upperCaseSchemeAndHost + "]";
    }

    /**
     * A mutable builder of {@link QrOptions}; not thread-safe.
     */
    public static final class Builder {

        private ErrorCorrection errorCorrection = ErrorCorrection.M;
        private int version;
        private int mask = -1;
        private boolean upperCaseSchemeAndHost;

        private Builder() {
        }

        /**
         * Sets the error-correction level (default M).
         *
         * @param errorCorrection the level, not null
         * @return this builder, not null
         */
        public Builder errorCorrection(ErrorCorrection errorCorrection) {
            this.errorCorrection = Objects.requireNonNull(errorCorrection, "errorCorrection");
            return this;
        }

        /**
         * Fixes the version instead of choosing the smallest that fits.
         *
         * @param version the version, 1 to 40
         * @return this builder, not null
         * @throws QrException if the version is outside 1-40 ({@link QrErrorCode#OUT_OF_RANGE})
         */
        public Builder version(int version) {
            this.version = Checks.intRange("version", version, 1, 40);
            return this;
        }

        /**
         * Returns to the automatic choice of the smallest version that fits.
         *
         * @return this builder, not null
         */
        public Builder autoVersion() {
            this.version = 0;
            return this;
        }

        /**
         * Fixes the mask pattern instead of the penalty-based choice; faster, for bulk jobs.
         *
         * @param mask the mask, 0 to 7
         * @return this builder, not null
         * @throws QrException if the mask is outside 0-7 ({@link QrErrorCode#OUT_OF_RANGE})
         */
        public Builder mask(int mask) {
            this.mask = Checks.intRange("mask", mask, 0, 7);
            return this;
        }

        /**
         * Returns to the penalty-based mask choice.
         *
         * @return this builder, not null
         */
        public Builder autoMask() {
            this.mask = -1;
            return this;
        }

        /**
         * Sets whether the scheme and host are upper-cased (default false); see the class doc.
         *
         * @param upperCase true to upper-case scheme and host
         * @return this builder, not null
         */
        public Builder upperCaseSchemeAndHost(boolean upperCase) {
            this.upperCaseSchemeAndHost = upperCase;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options, not null
         */
        public QrOptions build() {
            return new QrOptions(errorCorrection, version, mask, upperCaseSchemeAndHost);
        }
    }
}
