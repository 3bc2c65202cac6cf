package org.dppkit.gs1;

/**
 * Options of the GS1 parsers ({@link DigitalLink#parse(CharSequence, ParseOptions)},
 * {@link ElementString#parse(CharSequence, ParseOptions)}). {@link #strict()}, the default,
 * accepts no legacy or non-standard form and checks the AI association rules; each option that
 * relaxes this must be asked for explicitly.
 * <pre>{@code
 * ParseOptions legacy = ParseOptions.strict().withZeroSuppressedGtin(true);
 * DigitalLink.parse("https://example.com/01/9506000134352", legacy).gtin();  // 09506000134352
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ParseOptions {

    private static final ParseOptions STRICT = new ParseOptions(false, false, false, true);

    private final boolean zeroSuppressedGtin;
    private final boolean unknownAis;
    private final boolean convenienceAlphas;
    private final boolean associationChecks;

    private ParseOptions(boolean zeroSuppressedGtin, boolean unknownAis,
            boolean convenienceAlphas, boolean associationChecks) {
        this.zeroSuppressedGtin = zeroSuppressedGtin;
        this.unknownAis = unknownAis;
        this.convenienceAlphas = convenienceAlphas;
        this.associationChecks = associationChecks;
    }

    /**
     * Returns the strict options: no legacy form accepted, association rules checked.
     *
     * @return the strict options, not null
     */
    public static ParseOptions strict() {
        return STRICT;
    }

    /**
     * Returns options that also accept GTIN-8, GTIN-12 and GTIN-13 for AI (01) in Digital Link
     * URIs (path and query), left-padded with zeros to 14 digits. GS1 deprecated this form in 2023.
     *
     * @param allow true to accept zero-suppressed GTINs
     * @return the options, not null
     */
    public ParseOptions withZeroSuppressedGtin(boolean allow) {
        return new ParseOptions(allow, unknownAis, convenienceAlphas, associationChecks);
    }

    /**
     * Returns options that also accept AIs that are not in the dictionary: in element strings
     * (their values are taken as CSET 82 text of up to 90 characters, delimited by a separator)
     * and as data attributes in Digital Link query strings. Unknown AIs are never accepted in the
     * path of a Digital Link URI.
     *
     * @param allow true to accept unknown AIs
     * @return the options, not null
     */
    public ParseOptions withUnknownAis(boolean allow) {
        return new ParseOptions(zeroSuppressedGtin, allow, convenienceAlphas, associationChecks);
    }

    /**
     * Returns options that also accept the convenience alphas of Digital Link 1.0 to 1.2 in the
     * path ({@code /gtin/}, {@code /lot/}, {@code /ser/}, {@code /sscc/} and so on), removed in
     * URI Syntax 1.3.0. Output always uses numeric AIs.
     *
     * @param allow true to accept convenience alphas
     * @return the options, not null
     */
    public ParseOptions withConvenienceAlphas(boolean allow) {
        return new ParseOptions(zeroSuppressedGtin, unknownAis, allow, associationChecks);
    }

    /**
     * Returns options that check, or skip, the AI association rules of the dictionary: an AI
     * repeated with a different value, {@code req=} (an AI requires another, such as (10)
     * requiring (01) or a similar key) and {@code ex=} (AIs that exclude each other). On in
     * {@link #strict()}; switch it off to check only the syntax of each value, for example for a
     * fragment of AI data. Digital Link URIs always reject repeated AIs.
     *
     * @param check true to check the association rules
     * @return the options, not null
     */
    public ParseOptions withAssociationChecks(boolean check) {
        return new ParseOptions(zeroSuppressedGtin, unknownAis, convenienceAlphas, check);
    }

    /**
     * Tells whether the AI association rules are checked.
     *
     * @return true if checked
     */
    public boolean checksAssociations() {
        return associationChecks;
    }

    /**
     * Tells whether zero-suppressed GTINs are accepted.
     *
     * @return true if accepted
     */
    public boolean allowsZeroSuppressedGtin() {
        return zeroSuppressedGtin;
    }

    /**
     * Tells whether unknown AIs are accepted.
     *
     * @return true if accepted
     */
    public boolean allowsUnknownAis() {
        return unknownAis;
    }

    /**
     * Tells whether convenience alphas are accepted.
     *
     * @return true if accepted
     */
    public boolean allowsConvenienceAlphas() {
        return convenienceAlphas;
    }

    /**
     * Compares all options.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} has the same options
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ParseOptions)) {
            return false;
        }
        ParseOptions o = (ParseOptions) obj;
        return zeroSuppressedGtin == o.zeroSuppressedGtin && unknownAis == o.unknownAis
                && convenienceAlphas == o.convenienceAlphas
                && associationChecks == o.associationChecks;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (zeroSuppressedGtin ? 1 : 0) | (unknownAis ? 2 : 0) | (convenienceAlphas ? 4 : 0)
                | (associationChecks ? 8 : 0);
    }

    /**
     * Returns the options, for example
     * {@code ParseOptions[zeroSuppressedGtin=false, unknownAis=true, convenienceAlphas=false,
     * associationChecks=true]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ParseOptions[zeroSuppressedGtin=" + zeroSuppressedGtin + ", unknownAis="
                + unknownAis + ", convenienceAlphas=" + convenienceAlphas + ", associationChecks="
                + associationChecks + "]";
    }
}
