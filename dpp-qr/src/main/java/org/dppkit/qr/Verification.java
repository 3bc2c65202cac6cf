package org.dppkit.qr;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of decoding rendered output back with ZXing's reader and comparing it with the
 * expected text.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type.
 */
public final class Verification {

    private final String expected;
    private final String decoded;
    private final boolean detected;
    private final String detail;

    Verification(String expected, String decoded, boolean detected, String detail) {
        this.expected = expected;
        this.decoded = decoded;
        this.detected = detected;
        this.detail = detail;
    }

    /**
     * Returns whether the output decoded to exactly the expected text.
     *
     * @return true if it did
     */
    public boolean passed() {
        return expected.equals(decoded);
    }

    /**
     * Returns the expected text.
     *
     * @return the text, not null
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns the decoded text.
     *
     * @return the text, or empty when nothing could be decoded
     */
    public Optional<String> decoded() {
        return Optional.ofNullable(decoded);
    }

    /**
     * Returns whether ZXing's finder-pattern detector located the symbol, as it would in a camera
     * image; false when nothing was decoded or only the pure-barcode reading succeeded (see
     * {@link QrVerifier}).
     *
     * @return true if the detector located the symbol
     */
    public boolean detected() {
        return detected;
    }

    /**
     * Returns a sentence describing the outcome, for messages.
     *
     * @return the description, not null
     */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Verification)) {
            return false;
        }
        Verification o = (Verification) obj;
        return expected.equals(o.expected) && Objects.equals(decoded, o.decoded)
                && detected == o.detected && detail.equals(o.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expected, decoded, detail);
    }

    @Override
    public String toString() {
        return "Verification[" + (passed() ? "passed" : "failed") + ": " + detail + "]";
    }
}
