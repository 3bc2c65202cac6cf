package org.dppkit.qr;

/**
 * Turns a {@link QrSymbol} into print output of one {@link RenderFormat}, sized by a
 * {@link PrintSpec}. Output is byte-identical for equal input.
 *
 * <p>Every renderer has a {@code withVerify(true)} option: the output is then decoded back with
 * ZXing's reader and rendering fails with {@link QrErrorCode#VERIFICATION_FAILED} unless it yields
 * exactly {@link QrSymbol#text()}.
 *
 * <h2>Implementation Requirements</h2>
 * Implementations are immutable and thread-safe.
 */
public sealed interface QrRenderer permits SvgRenderer, PngRenderer, ZplRenderer {

    /**
     * Renders a symbol.
     *
     * @param symbol the symbol, not null
     * @return the output with its layout and warnings, not null
     * @throws QrException if the symbol does not fit the format's limits
     *     ({@link QrErrorCode#DOES_NOT_FIT}) or verification is on and fails
     *     ({@link QrErrorCode#VERIFICATION_FAILED})
     */
    RenderResult render(QrSymbol symbol);

    /**
     * Returns the output format.
     *
     * @return the format, not null
     */
    RenderFormat format();

    /**
     * Returns the print spec.
     *
     * @return the spec, not null
     */
    PrintSpec printSpec();

    /**
     * Returns whether output is decoded back and checked.
     *
     * @return true if rendering verifies
     */
    boolean verify();
}
