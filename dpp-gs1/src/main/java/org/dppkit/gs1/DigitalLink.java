package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A GS1 Digital Link URI (GS1 Digital Link Standard: URI Syntax 1.6.0): a web address that
 * carries GS1 identifiers, such as the identifier of a battery passport.
 * <pre>
 * https://id.gs1.org[/prefix] /01/09506000134352 /10/LOT1/21/SN%2F7 ?17=271231&amp;linkType=gs1:dpp
 * |    domain (stem)        | primary key        | key qualifiers   | data attributes, other parameters
 * </pre>
 *
 * <p><b>Building.</b> {@link #builder(Gtin)} makes GTIN-based links: model level
 * {@code /01/{gtin}}, batch level {@code /01/{gtin}/10/{lot}}, item level
 * {@code /01/{gtin}/21/{serial}} or {@code /01/{gtin}/10/{lot}/21/{serial}}:
 * <pre>{@code
 * DigitalLink link = DigitalLink.builder(Gtin.parse("09506000134352"))
 *         .serial("SN/7")
 *         .build();
 * link.toString();   // "https://id.gs1.org/01/09506000134352/21/SN%2F7"
 * link.serial();     // Optional["SN/7"]
 * DigitalLink.builder(gtin).domain("https://brand.example.com/dpp").lot("L1").build()
 *         .toString(); // "https://brand.example.com/dpp/01/09506000134352/10/L1"
 * }</pre>
 * {@link #builder(String, String)} makes links with any other primary key (SSCC, GLN, GIAI...).
 * Key qualifiers are always written in the order the standard fixes for the key (22, 10, 21 for
 * a GTIN), whatever order they were set in; data attributes go to the query in the order they
 * were added, then {@code linkType}, then other parameters.
 *
 * <p><b>Parsing.</b> {@link #parse(CharSequence)} is strict: scheme {@code http} or
 * {@code https} (all lower or all upper case), a host, an optional path prefix, then the primary
 * key and its qualifiers in a permitted sequence, found from the right of the path; no trailing
 * slash; every AI value percent-decoded exactly once and validated against the GS1 Barcode Syntax
 * Dictionary (length, character set, check digit, date...); query parameters with numeric keys
 * must be permitted data attributes that do not belong in the path, each AI at most once;
 * non-numeric parameters other than {@code linkType} are kept in
 * {@link #otherQueryParameters()}; a fragment is ignored. The AI associations of the dictionary
 * ({@code req=}, {@code ex=}) are checked too. Legacy forms are accepted only with
 * {@link ParseOptions}.
 * <pre>{@code
 * DigitalLink link = DigitalLink.parse(
 *         "https://example.com/01/09506000134352/10/ABC%2F1?17=271231&linkType=gs1:dpp");
 * link.gtin();            // 09506000134352
 * link.lot();             // Optional["ABC/1"]
 * link.attributes();      // {17=271231}
 * link.linkType();        // Optional[gs1:dpp]
 * link.toCanonical();     // https://id.gs1.org/01/09506000134352/10/ABC%2F1?17=271231
 * }</pre>
 *
 * <p><b>Text form.</b> {@link #toString()} is the URI: scheme and host as given, 14-digit GTIN,
 * every character of a value other than {@code A-Z a-z 0-9 - . _ ~} percent-encoded with
 * upper-case hex (so {@code +} is {@code %2B}); {@code parse(link.toString())} equals
 * {@code link}.
 *
 * <p><b>Equality</b> is semantic: two links are equal when they have the same domain (the scheme
 * compared in lower case), primary key, key qualifiers, data attributes (in any order), link
 * type and other query parameters (in order). Spelling differences of the URI text, such as
 * {@code %2d} for {@code -} or the order of attributes, do not matter. Use
 * {@link #hasSameIdentifier(DigitalLink)} to compare only what identifies the thing.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type: do not synchronise on instances
 * or rely on their identity.
 */
public final class DigitalLink {

    /** The canonical domain, {@value}. */
    public static final String CANONICAL_DOMAIN = "https://id.gs1.org";

    private static final ApplicationIdentifier AI_GTIN = ApplicationIdentifier.of("01");
    private static final ApplicationIdentifier AI_LOT = ApplicationIdentifier.of("10");
    private static final ApplicationIdentifier AI_SERIAL = ApplicationIdentifier.of("21");

    /** True for the characters allowed anywhere in a URI (RFC 3986), by ASCII code. */
    private static final boolean[] URI_CHAR = new boolean[128];
    /** 0: not allowed in a URI, 1: ordinary, 2: '#', '%' or '?' (the parser looks closer). */
    private static final byte[] URI_CLASS = new byte[128];
    /** True for the characters GS1 allows in a Digital Link authority. */
    private static final boolean[] HOST_CHAR = new boolean[128];

    static {
        String uri = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                + "-._~:/?#[]@!$&'()*+,;=%";
        for (int i = 0; i < uri.length(); i++) {
            URI_CHAR[uri.charAt(i)] = true;
        }
        for (int c = 0; c < 128; c++) {
            URI_CLASS[c] = (byte) (!URI_CHAR[c] ? 0 : c == '#' || c == '%' || c == '?' ? 2 : 1);
        }
        String host = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.:[]";
        for (int i = 0; i < host.length(); i++) {
            HOST_CHAR[host.charAt(i)] = true;
        }
    }

    /** Scheme (lower case), authority and path prefix, without a trailing slash. */
    private final String domain;
    private final ApplicationIdentifier keyAi;
    private final String keyValue;
    /** Key qualifiers in path order. */
    private final ApplicationIdentifier[] qualifierAis;
    private final String[] qualifierValues;
    /** Data attributes in query order, AI code to value; unmodifiable. */
    private final Map<String, String> attributes;
    private final LinkType linkType;
    /** Other query parameters as they appeared (still percent-encoded); unmodifiable. */
    private final List<String> otherParameters;
    /** The URI text, computed on first use (a racy single check: Strings are immutable). */
    private String text;

    private DigitalLink(String domain, ApplicationIdentifier keyAi, String keyValue,
            ApplicationIdentifier[] qualifierAis, String[] qualifierValues,
            Map<String, String> attributes, LinkType linkType, List<String> otherParameters) {
        this.domain = domain;
        this.keyAi = keyAi;
        this.keyValue = keyValue;
        this.qualifierAis = qualifierAis;
        this.qualifierValues = qualifierValues;
        this.attributes = attributes;
        this.linkType = linkType;
        this.otherParameters = otherParameters;
    }

    // ------------------------------------------------------------------------------- factories

    /**
     * Returns a builder for a link whose primary key is this GTIN, on the canonical domain.
     *
     * @param gtin the GTIN, not null
     * @return a new builder, not null
     */
    public static Builder builder(Gtin gtin) {
        Objects.requireNonNull(gtin, "gtin");
        return new Builder(AI_GTIN, gtin.digits());
    }

    /**
     * Returns a builder for a link with any primary key, for example {@code ("00", sscc)} or
     * {@code ("414", gln)}.
     *
     * @param primaryKeyAi the AI of the primary key, not null
     * @param value the key value, not null, not percent-encoded
     * @return a new builder, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#UNKNOWN_AI} for an unknown AI,
     *     {@link Gs1ErrorCode#BAD_PATH} if the AI is not a Digital Link primary key, or the
     *     codes of {@link ApplicationIdentifier#validate(CharSequence)} for a bad value
     */
    public static Builder builder(String primaryKeyAi, String value) {
        Objects.requireNonNull(primaryKeyAi, "primaryKeyAi");
        Objects.requireNonNull(value, "value");
        ApplicationIdentifier ai = ApplicationIdentifier.of(primaryKeyAi);
        if (!ai.isPrimaryKey()) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PATH, -1,
                    "AI (" + ai.code() + ") " + ai.title()
                            + " is not a GS1 Digital Link primary key");
        }
        ai.validate(value);
        return new Builder(ai, value);
    }

    /**
     * Parses a GS1 Digital Link URI strictly; see the class documentation for the rules.
     *
     * @param uri the URI text, not null
     * @return the link, not null
     * @throws Gs1SyntaxException if the text is not a valid GS1 Digital Link URI; the error code
     *     says which rule failed and the position where
     */
    public static DigitalLink parse(CharSequence uri) {
        return parse(uri, ParseOptions.strict());
    }

    /**
     * Parses a GS1 Digital Link URI with options that accept legacy forms.
     *
     * @param uri the URI text, not null
     * @param options the options, not null
     * @return the link, not null
     * @throws Gs1SyntaxException if the text is not a valid GS1 Digital Link URI under these
     *     options
     */
    public static DigitalLink parse(CharSequence uri, ParseOptions options) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(options, "options");
        try {
            return new Parser(uri, options).parse();
        } catch (Gs1SyntaxException e) {
            throw Gs1SyntaxException.within(e, uri.length());
        }
    }

    /**
     * Converts an element string to a link on the canonical domain; see
     * {@link #fromElementString(ElementString, String, ParseOptions)}.
     *
     * @param elementString the AI data, not null
     * @return the link, not null
     * @throws Gs1SyntaxException as {@link #fromElementString(ElementString, String, ParseOptions)}
     */
    public static DigitalLink fromElementString(ElementString elementString) {
        return fromElementString(elementString, CANONICAL_DOMAIN, ParseOptions.strict());
    }

    /**
     * Converts an element string to a link on a domain; see
     * {@link #fromElementString(ElementString, String, ParseOptions)}.
     *
     * @param elementString the AI data, not null
     * @param domain the domain, as {@link Builder#domain(String)} accepts it, not null
     * @return the link, not null
     * @throws Gs1SyntaxException as {@link #fromElementString(ElementString, String, ParseOptions)}
     */
    public static DigitalLink fromElementString(ElementString elementString, String domain) {
        return fromElementString(elementString, domain, ParseOptions.strict());
    }

    /**
     * Converts an element string to a link, as the GS1 Barcode Syntax Engine does: the primary
     * key is the first AI of the data that is a Digital Link primary key; of its qualifier
     * sequences, the one with most AIs present in the data is chosen (the first on a tie) and
     * those AIs go to the path in the standard order, whatever their order in the data; every
     * other AI becomes a data attribute, those with a predefined length first, each group in data
     * order. Exact repeats collapse. A composite part is merged into the same link.
     *
     * @param elementString the AI data, not null
     * @param domain the domain, as {@link Builder#domain(String)} accepts it, not null
     * @param options with {@link ParseOptions#allowsUnknownAis()} AIs that are not in the
     *     dictionary may become data attributes; not null
     * @return the link, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_PATH} if the data has no primary key,
     *     {@link Gs1ErrorCode#NOT_AN_ATTRIBUTE} if an AI left for the query is not a permitted
     *     data attribute (such as (8200), or (235) next to (10)), {@link Gs1ErrorCode#UNKNOWN_AI},
     *     {@link Gs1ErrorCode#DUPLICATE_AI} for an AI repeated with a different value, or the
     *     codes of {@link Builder#domain(String)}
     */
    public static DigitalLink fromElementString(ElementString elementString, String domain,
            ParseOptions options) {
        Objects.requireNonNull(elementString, "elementString");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(options, "options");
        String stem = checkDomain(domain);
        List<ElementString.Element> elements = new ArrayList<>();
        Map<String, String> seen = new java.util.HashMap<>();
        for (ElementString.Element e : elementString.elements()) {
            String previous = seen.putIfAbsent(e.ai(), e.value());
            if (previous == null) {
                elements.add(e);
            } else if (!previous.equals(e.value())) {
                throw new Gs1SyntaxException(Gs1ErrorCode.DUPLICATE_AI, -1,
                        "AI (" + e.ai() + ") appears twice with different values in '"
                                + Excerpts.truncate(elementString.toBracketedString()) + "'");
            }
        }
        ApplicationIdentifier key = null;
        String keyValue = null;
        for (ElementString.Element e : elements) {
            ApplicationIdentifier ai = AiTable.lookup(e.ai(), 0, e.ai().length());
            if (ai != null && ai.isPrimaryKey()) {
                key = ai;
                keyValue = e.value();
                break;
            }
        }
        if (key == null) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PATH, -1,
                    "element string has no GS1 Digital Link primary key such as (01): '"
                            + Excerpts.truncate(elementString.toBracketedString()) + "'");
        }
        List<String> best = List.of();
        int bestCount = -1;
        for (List<String> seq : key.qualifierSequences()) {
            int count = 0;
            for (String q : seq) {
                for (ElementString.Element e : elements) {
                    if (e.ai().equals(q)) {
                        count++;
                    }
                }
            }
            if (count > bestCount) {
                best = seq;
                bestCount = count;
            }
        }
        List<ApplicationIdentifier> qAis = new ArrayList<>();
        List<String> qValues = new ArrayList<>();
        for (String q : best) {
            for (ElementString.Element e : elements) {
                if (e.ai().equals(q)) {
                    qAis.add(ApplicationIdentifier.of(q));
                    qValues.add(e.value());
                }
            }
        }
        ApplicationIdentifier[] qa = qAis.toArray(new ApplicationIdentifier[0]);
        Map<String, String> fixed = new LinkedHashMap<>();
        Map<String, String> variable = new LinkedHashMap<>();
        for (ElementString.Element e : elements) {
            String code = e.ai();
            if (code.equals(key.code()) || qAis.contains(AiTable.lookup(code, 0, code.length()))) {
                continue;
            }
            ApplicationIdentifier ai = AiTable.lookup(code, 0, code.length());
            if (ai == null) {
                if (!options.allowsUnknownAis()) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.UNKNOWN_AI, -1,
                            "AI (" + code + ") is not in the GS1 Barcode Syntax Dictionary and"
                                    + " unknown AIs are not permitted as data attributes");
                }
                variable.put(code, e.value());
            } else if (!ai.isDataAttribute() || belongsInPath(key, qa, qa.length, code)) {
                throw new Gs1SyntaxException(Gs1ErrorCode.NOT_AN_ATTRIBUTE, -1,
                        "AI (" + code + ") " + ai.title() + " cannot go into the path after ("
                                + key.code() + ") with the qualifiers present and is not a permitted"
                                + " data attribute");
            } else {
                (ai.isPredefinedLength() ? fixed : variable).put(code, e.value());
            }
        }
        fixed.putAll(variable);
        Map<String, String> attributes = fixed.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(fixed);
        return new DigitalLink(stem, key, keyValue, qa, qValues.toArray(new String[0]),
                attributes, null, List.of());
    }

    /**
     * Returns the AI data of the link as an element string: primary key, key qualifiers, then
     * data attributes, in link order (link type and other parameters are not AI data).
     *
     * @return the element string, not null
     */
    public ElementString toElementString() {
        List<ElementString.Element> elements = new ArrayList<>();
        elements.add(ElementString.Element.unchecked(keyAi.code(), keyValue));
        for (int i = 0; i < qualifierAis.length; i++) {
            elements.add(ElementString.Element.unchecked(qualifierAis[i].code(), qualifierValues[i]));
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            elements.add(ElementString.Element.unchecked(e.getKey(), e.getValue()));
        }
        return ElementString.ofTrusted(elements);
    }

    // ------------------------------------------------------------------------------- accessors

    /**
     * Returns the domain: scheme, host (with port) and path prefix, without a trailing slash,
     * for example {@code "https://id.gs1.org"} or {@code "https://brand.example.com/dpp"}.
     *
     * @return the domain, not null
     */
    public String domain() {
        return domain;
    }

    /**
     * Returns the AI of the primary key, for example {@code (01)}.
     *
     * @return the AI, not null
     */
    public ApplicationIdentifier primaryKey() {
        return keyAi;
    }

    /**
     * Returns the value of the primary key (decoded), the 14 digits for a GTIN.
     *
     * @return the value, not null
     */
    public String primaryKeyValue() {
        return keyValue;
    }

    /**
     * Tells whether the primary key is a GTIN (AI (01)).
     *
     * @return true for GTIN-based links
     */
    public boolean hasGtin() {
        return keyAi == AI_GTIN;
    }

    /**
     * Returns the GTIN of a GTIN-based link.
     *
     * @return the GTIN, not null
     * @throws IllegalStateException if the primary key is not AI (01); check {@link #hasGtin()}
     */
    public Gtin gtin() {
        if (keyAi != AI_GTIN) {
            throw new IllegalStateException("primary key is (" + keyAi.code() + ") "
                    + keyAi.title() + ", not (01) GTIN, in " + this);
        }
        return Gtin.parse(keyValue);
    }

    /**
     * Returns the batch or lot number, AI (10), from the path or (where the key allows it only
     * there) the query.
     *
     * @return the lot, decoded, or empty
     */
    public Optional<String> lot() {
        return value("10");
    }

    /**
     * Returns the serial number, AI (21).
     *
     * @return the serial, decoded, or empty
     */
    public Optional<String> serial() {
        return value("21");
    }

    /**
     * Returns the value of an AI in the path or the query.
     *
     * @param ai the AI code, not null
     * @return the decoded value, or empty if the link does not carry the AI
     */
    public Optional<String> value(String ai) {
        Objects.requireNonNull(ai, "ai");
        if (keyAi.code().equals(ai)) {
            return Optional.of(keyValue);
        }
        for (int i = 0; i < qualifierAis.length; i++) {
            if (qualifierAis[i].code().equals(ai)) {
                return Optional.of(qualifierValues[i]);
            }
        }
        return Optional.ofNullable(attributes.get(ai));
    }

    /**
     * Returns the key qualifiers in path order, AI code to decoded value, for example
     * {@code {10=LOT1, 21=SN7}}.
     *
     * @return the qualifiers, unmodifiable, not null
     */
    public Map<String, String> keyQualifiers() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < qualifierAis.length; i++) {
            map.put(qualifierAis[i].code(), qualifierValues[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns the data attributes of the query, AI code to decoded value, in query order.
     *
     * @return the attributes, unmodifiable, not null
     */
    public Map<String, String> attributes() {
        return attributes;
    }

    /**
     * Returns the query parameters that are neither AIs nor {@code linkType}, as they appeared
     * in the URI (still percent-encoded), in order, for example {@code ["context=eu", "flag"]}.
     * They do not identify anything; they are kept so that {@link #toString()} reproduces them
     * and reported so that callers can see what a strict GS1 reading ignored.
     *
     * @return the parameters, unmodifiable, not null
     */
    public List<String> otherQueryParameters() {
        return otherParameters;
    }

    /**
     * Returns the link type of the {@code linkType} query parameter.
     *
     * @return the link type, or empty
     */
    public Optional<LinkType> linkType() {
        return Optional.ofNullable(linkType);
    }

    /**
     * Tells whether the other link identifies the same thing: same primary key and key
     * qualifiers, whatever the domain, attributes and parameters.
     *
     * @param other the other link, not null
     * @return true if both identify the same thing
     */
    public boolean hasSameIdentifier(DigitalLink other) {
        Objects.requireNonNull(other, "other");
        return keyAi == other.keyAi && keyValue.equals(other.keyValue)
                && java.util.Arrays.equals(qualifierAis, other.qualifierAis)
                && java.util.Arrays.equals(qualifierValues, other.qualifierValues);
    }

    // ------------------------------------------------------------------------------- withers

    /**
     * Returns a builder initialised with this link.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder(keyAi, keyValue);
        b.domain = domain;
        for (int i = 0; i < qualifierAis.length; i++) {
            b.putQualifier(qualifierAis[i], qualifierValues[i]);
        }
        if (!attributes.isEmpty()) {
            b.attributes = new LinkedHashMap<>(attributes);
        }
        b.linkType = linkType;
        b.otherParameters = otherParameters;
        return b;
    }

    /**
     * Returns this link with the lot set (AI (10)).
     *
     * @param lot the lot, not null, not percent-encoded
     * @return the new link, not null
     * @throws Gs1SyntaxException as {@link Builder#lot(String)} and {@link Builder#build()}
     */
    public DigitalLink withLot(String lot) {
        return toBuilder().lot(lot).build();
    }

    /**
     * Returns this link with the serial set (AI (21)).
     *
     * @param serial the serial, not null, not percent-encoded
     * @return the new link, not null
     * @throws Gs1SyntaxException as {@link Builder#serial(String)} and {@link Builder#build()}
     */
    public DigitalLink withSerial(String serial) {
        return toBuilder().serial(serial).build();
    }

    /**
     * Returns this link on another domain.
     *
     * @param domain the domain, as {@link Builder#domain(String)} accepts it, not null
     * @return the new link, not null
     * @throws Gs1SyntaxException as {@link Builder#domain(String)}
     */
    public DigitalLink withDomain(String domain) {
        return toBuilder().domain(domain).build();
    }

    /**
     * Returns this link with a link type, or without one.
     *
     * @param linkType the link type, or null to remove it
     * @return the new link, not null
     */
    public DigitalLink withLinkType(LinkType linkType) {
        return new DigitalLink(domain, keyAi, keyValue, qualifierAis, qualifierValues,
                attributes, linkType, otherParameters);
    }

    /**
     * Returns the canonical form: the same primary key, key qualifiers and data attributes on
     * {@code https://id.gs1.org}, without link type and other query parameters.
     *
     * @return the canonical link, not null
     */
    public DigitalLink toCanonical() {
        if (domain.equals(CANONICAL_DOMAIN) && linkType == null && otherParameters.isEmpty()) {
            return this;
        }
        return new DigitalLink(CANONICAL_DOMAIN, keyAi, keyValue, qualifierAis, qualifierValues,
                attributes, null, List.of());
    }

    /**
     * Returns the URI.
     *
     * @return the URI, not null
     */
    public URI toUri() {
        return URI.create(toString());
    }

    // ------------------------------------------------------------------------------- Object

    /**
     * Compares semantic content; see the class documentation.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is an equal link
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DigitalLink)) {
            return false;
        }
        DigitalLink o = (DigitalLink) obj;
        return hasSameIdentifier(o) && domain.equals(o.domain) && attributes.equals(o.attributes)
                && Objects.equals(linkType, o.linkType) && otherParameters.equals(o.otherParameters);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = domain.hashCode() * 31 + keyValue.hashCode();
        h = h * 31 + java.util.Arrays.hashCode(qualifierValues);
        return h * 31 + attributes.hashCode();
    }

    /**
     * Returns the URI text; see the class documentation.
     *
     * @return the URI, not null
     */
    @Override
    public String toString() {
        String s = text;
        if (s == null) {
            s = format();
            text = s;
        }
        return s;
    }

    private String format() {
        StringBuilder sb = new StringBuilder(domain.length() + 64);
        sb.append(domain).append('/').append(keyAi.code()).append('/');
        PercentCodec.encode(sb, keyValue, false);
        for (int i = 0; i < qualifierAis.length; i++) {
            sb.append('/').append(qualifierAis[i].code()).append('/');
            PercentCodec.encode(sb, qualifierValues[i], false);
        }
        char sep = '?';
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=');
            PercentCodec.encode(sb, e.getValue(), true);
            sep = '&';
        }
        if (linkType != null) {
            sb.append(sep).append("linkType=");
            PercentCodec.encodeLinkType(sb, linkType.toString());
            sep = '&';
        }
        for (String p : otherParameters) {
            sb.append(sep).append(p);
            sep = '&';
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------- rules

    /**
     * Checks that the qualifier AIs (in path order) form an order-preserving subset of one of
     * the key's alternatives; returns the index of the first matching alternative or -1.
     */
    static int matchSequence(ApplicationIdentifier key, ApplicationIdentifier[] ais, int count) {
        List<List<String>> alternatives = key.qualifierSequences();
        for (int a = 0; a < alternatives.size(); a++) {
            List<String> seq = alternatives.get(a);
            int j = 0;
            int i = 0;
            while (i < count && j < seq.size()) {
                if (seq.get(j).equals(ais[i].code())) {
                    i++;
                }
                j++;
            }
            if (i == count) {
                return a;
            }
        }
        return -1;
    }

    /** Returns the bit set of the alternative's positions that the qualifiers occupy. */
    static int qualifierMask(ApplicationIdentifier key, int alternative,
            ApplicationIdentifier[] ais) {
        List<String> seq = key.qualifierSequences().get(alternative);
        int mask = 0;
        for (ApplicationIdentifier ai : ais) {
            mask |= 1 << seq.indexOf(ai.code());
        }
        return mask;
    }

    /**
     * Tells whether the AI could stand in the path as a qualifier of the key together with the
     * qualifiers present (then it must not be a data attribute).
     */
    static boolean belongsInPath(ApplicationIdentifier key, ApplicationIdentifier[] ais,
            int count, String ai) {
        List<List<String>> alternatives = key.qualifierSequences();
        for (List<String> seq : alternatives) {
            if (!seq.contains(ai)) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < count; i++) {
                if (!seq.contains(ais[i].code())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------- builder

    /**
     * A mutable builder of {@link DigitalLink}s. Values are checked when they are set (a bad
     * value throws {@link Gs1SyntaxException} at once); the combination when {@link #build()} is
     * called.
     * <pre>{@code
     * DigitalLink batch = DigitalLink.builder(gtin).lot("L-2026-07").build();
     * DigitalLink item = batch.toBuilder().serial("000123").linkType(LinkType.DPP).build();
     * }</pre>
     *
     * <p>This class is mutable and not thread-safe; use one builder from one thread.
     */
    public static final class Builder {
        private final ApplicationIdentifier keyAi;
        private final String keyValue;
        private String domain = CANONICAL_DOMAIN;
        /** Qualifiers in the order set; created on the first one (a key has at most 4). */
        private ApplicationIdentifier[] qualifierAis;
        private String[] qualifierValues;
        private int qualifierCount;
        /** Created on the first attribute. */
        private Map<String, String> attributes;
        private LinkType linkType;
        /** Kept from {@link DigitalLink#toBuilder()}; immutable. */
        private List<String> otherParameters = List.of();

        private Builder(ApplicationIdentifier keyAi, String keyValue) {
            this.keyAi = keyAi;
            this.keyValue = keyValue;
        }

        /**
         * Sets the batch or lot number, AI (10), a key qualifier of GTIN links.
         *
         * @param lot the lot: 1 to 20 CSET 82 characters, not null, not percent-encoded
         * @return this builder
         * @throws Gs1SyntaxException if the value is not valid for AI (10)
         */
        public Builder lot(String lot) {
            return qualifier("10", lot);
        }

        /**
         * Sets the serial number, AI (21), a key qualifier of GTIN links.
         *
         * @param serial the serial: 1 to 20 CSET 82 characters, not null, not percent-encoded
         * @return this builder
         * @throws Gs1SyntaxException if the value is not valid for AI (21)
         */
        public Builder serial(String serial) {
            return qualifier("21", serial);
        }

        /**
         * Sets a key qualifier of the primary key, such as (22), (10), (21) or (235) for a GTIN,
         * (254) for a GLN. The path order is the standard's, whatever the order of calls.
         *
         * @param ai the qualifier AI, not null
         * @param value the value, not null, not percent-encoded
         * @return this builder
         * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_KEY_QUALIFIER} if the AI is not a
         *     qualifier of this primary key, or the codes of
         *     {@link ApplicationIdentifier#validate(CharSequence)} for a bad value
         */
        public Builder qualifier(String ai, String value) {
            Objects.requireNonNull(ai, "ai");
            Objects.requireNonNull(value, "value");
            ApplicationIdentifier q = ApplicationIdentifier.of(ai);
            boolean known = false;
            for (List<String> seq : keyAi.qualifierSequences()) {
                known |= seq.contains(q.code());
            }
            if (!known) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_KEY_QUALIFIER, -1,
                        "AI (" + q.code() + ") is not a key qualifier of primary key ("
                                + keyAi.code() + ") " + keyAi.title() + "; its qualifiers are "
                                + keyAi.qualifierSequences());
            }
            q.validate(value);
            putQualifier(q, value);
            return this;
        }

        /**
         * Adds a data attribute to the query, for example {@code ("17", "271231")} for an expiry
         * date. Attributes keep the order in which they were added; setting an AI again
         * replaces its value.
         *
         * @param ai the AI, not null; it must be a permitted Digital Link data attribute
         * @param value the value, not null, not percent-encoded
         * @return this builder
         * @throws Gs1SyntaxException {@link Gs1ErrorCode#UNKNOWN_AI},
         *     {@link Gs1ErrorCode#NOT_AN_ATTRIBUTE} if the dictionary does not permit the AI as
         *     a data attribute, or the codes of {@link ApplicationIdentifier#validate} for a bad
         *     value
         */
        public Builder attribute(String ai, String value) {
            Objects.requireNonNull(ai, "ai");
            Objects.requireNonNull(value, "value");
            ApplicationIdentifier a = ApplicationIdentifier.of(ai);
            if (!a.isDataAttribute()) {
                throw new Gs1SyntaxException(Gs1ErrorCode.NOT_AN_ATTRIBUTE, -1,
                        "AI (" + a.code() + ") " + a.title()
                                + " is not a permitted GS1 Digital Link data attribute");
            }
            a.validate(value);
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(a.code(), value);
            return this;
        }

        /**
         * Sets the domain: {@code http://} or {@code https://}, a host (with optional port) and
         * an optional path prefix; one trailing slash is removed. The default is
         * {@code https://id.gs1.org}.
         *
         * @param domain the domain, for example {@code "https://brand.example.com/dpp"}, not null
         * @return this builder
         * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_SCHEME}, {@link Gs1ErrorCode#BAD_DOMAIN}
         *     or {@link Gs1ErrorCode#BAD_CHARACTER} (for a query, fragment or character not
         *     allowed in a path prefix)
         */
        public Builder domain(String domain) {
            Objects.requireNonNull(domain, "domain");
            this.domain = checkDomain(domain);
            return this;
        }

        /**
         * Sets the domain from a URI; see {@link #domain(String)}.
         *
         * @param domain the domain URI, not null
         * @return this builder
         * @throws Gs1SyntaxException as {@link #domain(String)}
         */
        public Builder domain(URI domain) {
            Objects.requireNonNull(domain, "domain");
            return domain(domain.toString());
        }

        /**
         * Sets the link type, or removes it.
         *
         * @param linkType the link type, or null for none
         * @return this builder
         */
        public Builder linkType(LinkType linkType) {
            this.linkType = linkType;
            return this;
        }

        /**
         * Builds the link.
         *
         * @return the link, not null
         * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_KEY_QUALIFIER} if the qualifiers
         *     mix alternatives (such as (235) with (10)); {@link Gs1ErrorCode#NOT_AN_ATTRIBUTE}
         *     if an attribute belongs in the path as a qualifier; {@link Gs1ErrorCode#DUPLICATE_AI}
         *     if an AI is both qualifier and attribute or equals the key;
         *     {@link Gs1ErrorCode#BAD_AI_COMBINATION} if the dictionary's AI associations fail
         */
        public DigitalLink build() {
            List<List<String>> sequences = keyAi.qualifierSequences();
            int alternative = -1;
            for (int a = 0; a < sequences.size() && alternative < 0; a++) {
                boolean all = true;
                for (int i = 0; i < qualifierCount && all; i++) {
                    all = sequences.get(a).contains(qualifierAis[i].code());
                }
                if (all) {
                    alternative = a;
                }
            }
            if (alternative < 0) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_KEY_QUALIFIER, -1,
                        "key qualifiers " + codes(qualifierAis, qualifierCount) + " of ("
                                + keyAi.code() + ") must all come from one of " + sequences);
            }
            List<String> chosen = sequences.get(alternative);
            ApplicationIdentifier[] ais = new ApplicationIdentifier[qualifierCount];
            String[] values = new String[qualifierCount];
            int n = 0;
            int mask = 0;
            for (int k = 0; k < chosen.size(); k++) {
                String q = chosen.get(k);
                for (int i = 0; i < qualifierCount; i++) {
                    if (qualifierAis[i].code().equals(q)) {
                        ais[n] = qualifierAis[i];
                        values[n++] = qualifierValues[i];
                        mask |= 1 << k;
                    }
                }
            }
            Map<String, String> attrs = Map.of();
            if (attributes != null && !attributes.isEmpty()) {
                for (String a : attributes.keySet()) {
                    if (a.equals(keyAi.code()) || indexOfQualifier(a) >= 0) {
                        throw new Gs1SyntaxException(Gs1ErrorCode.DUPLICATE_AI, -1,
                                "AI (" + a + ") is set both in the path and as a data attribute");
                    }
                    if (belongsInPath(keyAi, ais, n, a)) {
                        throw new Gs1SyntaxException(Gs1ErrorCode.NOT_AN_ATTRIBUTE, -1,
                                "AI (" + a + ") must be a key qualifier in the path after ("
                                        + keyAi.code() + "), not a data attribute");
                    }
                }
                attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            }
            DigitalLink link = new DigitalLink(domain, keyAi, keyValue, ais, values, attrs,
                    linkType, otherParameters);
            if (!attrs.isEmpty() || !keyAi.qualifierCombinationValid[alternative][mask]) {
                Associations.check(link.aiCodeArray(), null);
            }
            return link;
        }

        private void putQualifier(ApplicationIdentifier ai, String value) {
            int i = indexOfQualifier(ai.code());
            if (i >= 0) {
                qualifierValues[i] = value;
                return;
            }
            if (qualifierAis == null) {
                qualifierAis = new ApplicationIdentifier[4];
                qualifierValues = new String[4];
            }
            qualifierAis[qualifierCount] = ai;
            qualifierValues[qualifierCount++] = value;
        }

        private int indexOfQualifier(String code) {
            for (int i = 0; i < qualifierCount; i++) {
                if (qualifierAis[i].code().equals(code)) {
                    return i;
                }
            }
            return -1;
        }

        private static String codes(ApplicationIdentifier[] ais, int count) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < count; i++) {
                sb.append(i == 0 ? "" : ", ").append(ais[i].code());
            }
            return sb.append(']').toString();
        }
    }

    /** Returns every AI of the link in order: key, qualifiers, attributes. */
    String[] aiCodeArray() {
        String[] codes = new String[1 + qualifierAis.length + attributes.size()];
        codes[0] = keyAi.code();
        int n = 1;
        for (ApplicationIdentifier q : qualifierAis) {
            codes[n++] = q.code();
        }
        for (String a : attributes.keySet()) {
            codes[n++] = a;
        }
        return codes;
    }

    /**
     * Validates a domain for the builder and returns it with a lower-case scheme and without a
     * trailing slash.
     */
    static String checkDomain(String domain) {
        int schemeEnd = schemeLength(domain);
        if (schemeEnd < 0) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SCHEME, 0,
                    "domain must start with 'http://' or 'https://' but was '"
                            + Excerpts.truncate(domain) + "'");
        }
        int length = domain.length();
        if (length > schemeEnd && domain.charAt(length - 1) == '/') {
            length--;
        }
        int slash = domain.indexOf('/', schemeEnd);
        int hostEnd = slash < 0 || slash > length ? length : slash;
        checkHost(domain, schemeEnd, hostEnd);
        for (int i = hostEnd; i < length; i++) {
            char c = domain.charAt(i);
            if (c >= 128 || !URI_CHAR[c] || c == '?' || c == '#' || c == '[' || c == ']') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                        "domain path prefix must not contain '" + Excerpts.printable(c)
                                + "' at position " + i + " in '" + Excerpts.excerpt(domain, i) + "'");
            }
            if (c == '%') {
                PercentCodec.decode(domain, i, Math.min(i + 3, length), false, "domain");
            }
        }
        String scheme = schemeEnd == 8 ? "https://" : "http://";
        return scheme + domain.substring(schemeEnd, length);
    }

    /** Returns the length of "http://" or "https://" (either all lower or all upper case), or -1. */
    static int schemeLength(CharSequence s) {
        if (startsWith(s, "https://") || startsWith(s, "HTTPS://")) {
            return 8;
        }
        if (startsWith(s, "http://") || startsWith(s, "HTTP://")) {
            return 7;
        }
        return -1;
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        int n = prefix.length();
        if (s.length() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static void checkHost(CharSequence s, int from, int to) {
        if (from == to) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_DOMAIN, from,
                    "URI must have a host after the scheme at position " + from + " in '"
                            + Excerpts.excerpt(s, from) + "'");
        }
        boolean plain = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !HOST_CHAR[c]) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_DOMAIN, i,
                        "host must not contain '" + Excerpts.printable(c) + "' at position " + i
                                + " in '" + Excerpts.excerpt(s, i) + "'");
            }
            plain &= c != ':' && c != '[' && c != ']';
        }
        if (!plain) {
            // A port or an IP literal: the authority must be one a URI can hold, or toUri() fails.
            String host = s.subSequence(from, to).toString();
            int close = host.indexOf(']');
            boolean literal = host.charAt(0) == '[';
            boolean ok = literal ? close > 1 && host.indexOf('[', 1) < 0 && host.indexOf(']', close + 1) < 0
                    && isPort(host, close + 1) : close < 0 && host.indexOf('[') < 0;
            if (ok) {
                try {
                    ok = new java.net.URI("http://" + host + "/").getRawAuthority() != null;
                } catch (java.net.URISyntaxException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_DOMAIN, from,
                        "host at position " + from + " must be a name, an IPv4 address or an IP"
                                + " literal in brackets, with an optional port, in '"
                                + Excerpts.excerpt(s, from) + "'");
            }
        }
    }

    /** Tells whether the host text from {@code at} is empty or ':' and digits (a port). */
    private static boolean isPort(String host, int at) {
        if (at == host.length()) {
            return true;
        }
        if (host.charAt(at) != ':') {
            return false;
        }
        for (int i = at + 1; i < host.length(); i++) {
            if (host.charAt(i) < '0' || host.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------- parser

    /** A single-use parser; single pass over the characters, no regular expressions. */
    private static final class Parser {
        /** Key plus at most this many qualifiers are examined from the right of the path. */
        private static final int MAX_PAIRS = 4;

        private final CharSequence s;
        private final ParseOptions options;
        private final int length;

        Parser(CharSequence s, ParseOptions options) {
            this.s = s;
            this.options = options;
            this.length = s.length();
        }

        DigitalLink parse() {
            if (length == 0) {
                throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, 0,
                        "GS1 Digital Link URI must not be empty");
            }
            int query = -1;
            int fragment = length;
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                byte kind = c < 128 ? URI_CLASS[c] : 0;
                if (kind == 1) {
                    continue;
                }
                if (kind == 0) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                            "URI must not contain '" + Excerpts.printable(c) + "' at position " + i
                                    + " in '" + Excerpts.excerpt(s, i) + "'");
                }
                if (c == '#') {
                    fragment = i;
                    break;
                }
                if (c == '%' && (i + 2 >= length || PercentCodec.hexValue(s.charAt(i + 1)) < 0
                        || PercentCodec.hexValue(s.charAt(i + 2)) < 0)) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PERCENT_ENCODING, i,
                            "URI has '%' not followed by two hex digits at position " + i
                                    + " in '" + Excerpts.excerpt(s, i) + "'");
                }
                if (c == '?' && query < 0) {
                    query = i;
                }
            }
            for (int i = fragment + 1; i < length; i++) {
                char c = s.charAt(i);
                if (c >= 128 || !URI_CHAR[c]) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                            "URI must not contain '" + Excerpts.printable(c) + "' at position " + i
                                    + " in '" + Excerpts.excerpt(s, i) + "'");
                }
            }
            int schemeEnd = schemeLength(s);
            if (schemeEnd < 0) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SCHEME, 0,
                        "URI must start with 'http://' or 'https://' (all lower or all upper case)"
                                + " in '" + Excerpts.excerpt(s, 0) + "'");
            }
            int pathEnd = query >= 0 ? query : fragment;
            int hostEnd = schemeEnd;
            while (hostEnd < pathEnd && s.charAt(hostEnd) != '/') {
                hostEnd++;
            }
            checkHost(s, schemeEnd, hostEnd);
            if (hostEnd == pathEnd) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PATH, hostEnd,
                        "URI has no path with a GS1 primary key in '" + Excerpts.excerpt(s, hostEnd)
                                + "'");
            }
            if (s.charAt(pathEnd - 1) == '/') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_PATH, pathEnd - 1,
                        "GS1 Digital Link path must not end with '/' at position " + (pathEnd - 1)
                                + " in '" + Excerpts.excerpt(s, pathEnd - 1) + "'");
            }
            // walk /AI/value pairs from the right until the primary key
            // positions of each pair: AI start, value start, value end
            int[] pos = new int[3 * MAX_PAIRS];
            ApplicationIdentifier[] ais = new ApplicationIdentifier[MAX_PAIRS];
            int pairs = 0;
            int end = pathEnd;
            ApplicationIdentifier key = null;
            while (true) {
                int vs = lastSlash(end, hostEnd) + 1;
                if (vs - 1 <= hostEnd) {
                    throw noKey(pairs, vs);
                }
                int as = lastSlash(vs - 1, hostEnd) + 1;
                ApplicationIdentifier ai = pathAi(as, vs - 1);
                if (ai == null || pairs == MAX_PAIRS) {
                    throw noKey(pairs, as);
                }
                pos[3 * pairs] = as;
                pos[3 * pairs + 1] = vs;
                pos[3 * pairs + 2] = end;
                ais[pairs++] = ai;
                if (ai.isPrimaryKey()) {
                    key = ai;
                    break;
                }
                end = as - 1;
                if (end <= hostEnd) {
                    throw noKey(pairs, as);
                }
            }
            int stemEnd = pos[3 * (pairs - 1)] - 1;
            for (int i = hostEnd; i < stemEnd; i++) {
                char c = s.charAt(i);
                if (c == '[' || c == ']') {
                    // brackets belong to an IP literal host only; no URI path may hold them
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, i,
                            "path prefix must not contain '" + c + "' at position " + i + " in '"
                                    + Excerpts.excerpt(s, i) + "'");
                }
            }
            String domain = domainOf(schemeEnd, stemEnd);
            String keyValue = pathValue(key, pos[3 * (pairs - 1) + 1], pos[3 * (pairs - 1) + 2]);
            int nq = pairs - 1;
            ApplicationIdentifier[] qAis = new ApplicationIdentifier[nq];
            String[] qValues = new String[nq];
            for (int k = 0; k < nq; k++) {
                int p = pairs - 2 - k;
                qAis[k] = ais[p];
            }
            int alternative = nq == 0 ? 0 : matchSequence(key, qAis, nq);
            if (alternative < 0) {
                int firstQ = pos[3 * (pairs - 2)];
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_KEY_QUALIFIER, firstQ,
                        "path AIs after (" + key.code() + ") must follow one of "
                                + key.qualifierSequences() + " but were " + codes(qAis)
                                + " at position " + firstQ + " in '" + Excerpts.excerpt(s, firstQ)
                                + "'");
            }
            for (int k = 0; k < nq; k++) {
                int p = pairs - 2 - k;
                qValues[k] = pathValue(qAis[k], pos[3 * (p) + 1], pos[3 * (p) + 2]);
                if (qAis[k] == key) {
                    throw duplicate(key.code(), pos[3 * (p)]);
                }
                for (int j = 0; j < k; j++) {
                    if (qAis[j] == qAis[k]) {
                        throw duplicate(qAis[k].code(), pos[3 * (p)]);
                    }
                }
            }
            Map<String, String> attributes = Map.of();
            LinkType linkType = null;
            List<String> others = List.of();
            if (query >= 0) {
                LinkedHashMap<String, String> attrs = null;
                List<String> other = null;
                int i = query + 1;
                while (i <= fragment) {
                    int amp = i;
                    while (amp < fragment && s.charAt(amp) != '&') {
                        amp++;
                    }
                    if (amp > i) {
                        int eq = i;
                        while (eq < amp && s.charAt(eq) != '=') {
                            eq++;
                        }
                        if (eq == i) {
                            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SYNTAX, i,
                                    "query parameter at position " + i + " has an empty name in '"
                                            + Excerpts.excerpt(s, i) + "'");
                        }
                        LinkType parsedType = null;
                        if (eq < amp && eq - i == 8 && linkType == null && regionIs(i, "linkType")) {
                            // A link type is an ordinary parameter in the URI syntax: one that is not
                            // a link type stays among the other parameters (the resolver judges it).
                            try {
                                parsedType = LinkType.parse(PercentCodec.decode(s, eq + 1, amp, true, "linkType"));
                            } catch (Gs1SyntaxException e) {
                                parsedType = null;
                            }
                        }
                        if (eq < amp && isDigits(i, eq)) {
                            String code = s.subSequence(i, eq).toString();
                            ApplicationIdentifier ai = AiTable.lookup(s, i, eq);
                            String value = attributeValue(ai, code, i, eq + 1, amp, key, qAis,
                                    qValues, keyValue);
                            if (attrs == null) {
                                attrs = new LinkedHashMap<>();
                            }
                            if (attrs.containsKey(code)) {
                                throw duplicate(code, i);
                            }
                            attrs.put(code, value);
                        } else if (parsedType != null) {
                            linkType = parsedType;
                        } else {
                            if (other == null) {
                                other = new ArrayList<>();
                            }
                            other.add(s.subSequence(i, amp).toString());
                        }
                    }
                    i = amp + 1;
                }
                if (attrs != null) {
                    attributes = Collections.unmodifiableMap(attrs);
                }
                if (other != null) {
                    others = Collections.unmodifiableList(other);
                }
            }
            DigitalLink link = new DigitalLink(domain, key, keyValue, qAis, qValues, attributes,
                    linkType, others);
            if (options.checksAssociations()) {
                if (!attributes.isEmpty()) {
                    Associations.check(link.aiCodeArray(), s);
                } else if (!key.qualifierCombinationValid[alternative][qualifierMask(key, alternative, qAis)]) {
                    Associations.check(link.aiCodeArray(), s); // throws with the rule that failed
                }
            }
            return link;
        }

        private boolean regionIs(int from, String word) {
            for (int k = 0; k < word.length(); k++) {
                if (s.charAt(from + k) != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isDigits(int from, int to) {
            if (from == to) {
                return false;
            }
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }

        private String attributeValue(ApplicationIdentifier ai, String code, int keyFrom,
                int from, int to, ApplicationIdentifier key, ApplicationIdentifier[] qAis,
                String[] qValues, String keyValue) {
            if (ai == null) {
                if (!options.allowsUnknownAis() || code.length() < 2 || code.length() > 4
                        || ElementString.contradictsPrefix(s, keyFrom, keyFrom + code.length())) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.UNKNOWN_AI, keyFrom,
                            "query parameter '" + code + "' at position " + keyFrom
                                    + " is numeric but not a known GS1 AI in '"
                                    + Excerpts.excerpt(s, keyFrom) + "'");
                }
            } else if (!ai.isDataAttribute()) {
                throw new Gs1SyntaxException(Gs1ErrorCode.NOT_AN_ATTRIBUTE, keyFrom,
                        "AI (" + code + ") " + ai.title() + " is not a permitted data attribute"
                                + " at position " + keyFrom + " in '" + Excerpts.excerpt(s, keyFrom)
                                + "'");
            } else if (ai == key || contains(qAis, ai)) {
                throw duplicate(code, keyFrom);
            } else if (belongsInPath(key, qAis, qAis.length, code)) {
                throw new Gs1SyntaxException(Gs1ErrorCode.NOT_AN_ATTRIBUTE, keyFrom,
                        "AI (" + code + ") must be a key qualifier in the path after ("
                                + key.code() + "), not a query parameter, at position " + keyFrom
                                + " in '" + Excerpts.excerpt(s, keyFrom) + "'");
            }
            if (from == to) {
                throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, from,
                        "AI (" + code + ") value must not be empty at position " + from + " in '"
                                + Excerpts.excerpt(s, from) + "'");
            }
            String value = PercentCodec.decode(s, from, to, true,
                    ai != null ? ai : "AI (" + code + ") value");
            if (ai == null) {
                checkUnknownValue(code, value, from);
                return value;
            }
            return checkValue(ai, value, from);
        }

        private void checkUnknownValue(String code, String value, int at) {
            if (value.length() > 90) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_LENGTH, at,
                        "unknown AI (" + code + ") value must have at most 90 characters at"
                                + " position " + at);
            }
            for (int k = 0; k < value.length(); k++) {
                if (!ApplicationIdentifier.CharacterSet.CSET82.contains(value.charAt(k))) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, at,
                            "unknown AI (" + code + ") value must hold only CSET 82 characters"
                                    + " but had '" + Excerpts.printable(value.charAt(k))
                                    + "' in the value at position " + at);
                }
            }
        }

        private String pathValue(ApplicationIdentifier ai, int from, int to) {
            String value = PercentCodec.decode(s, from, to, false, ai);
            return checkValue(ai, value, from);
        }

        /** Validates a decoded value, padding a zero-suppressed GTIN if the options allow. */
        private String checkValue(ApplicationIdentifier ai, String value, int at) {
            if (ai == AI_GTIN && options.allowsZeroSuppressedGtin() && value.length() != 14) {
                int n = value.length();
                if (n == 8 || n == 12 || n == 13) {
                    value = "00000000000000".substring(n) + value;
                }
            }
            try {
                ai.validate(value, 0, value.length(), value, 0);
            } catch (Gs1SyntaxException e) {
                throw new Gs1SyntaxException(e.errorCode(), at + Math.max(0, e.position()),
                        e.getMessage() + " (value starts at position " + at + " in '"
                                + Excerpts.excerpt(s, at) + "')");
            }
            return value;
        }

        private static boolean contains(ApplicationIdentifier[] ais, ApplicationIdentifier ai) {
            for (ApplicationIdentifier a : ais) {
                if (a == ai) {
                    return true;
                }
            }
            return false;
        }

        private Gs1SyntaxException duplicate(String code, int at) {
            return new Gs1SyntaxException(Gs1ErrorCode.DUPLICATE_AI, at,
                    "AI (" + code + ") must appear only once but appears again at position " + at
                            + " in '" + Excerpts.excerpt(s, at) + "'");
        }

        private ApplicationIdentifier pathAi(int from, int to) {
            ApplicationIdentifier ai = AiTable.lookup(s, from, to);
            if (ai == null && options.allowsConvenienceAlphas()) {
                String code = ConvenienceAlphas.code(s, from, to);
                if (code != null) {
                    ai = ApplicationIdentifier.of(code);
                }
            }
            return ai;
        }

        private Gs1SyntaxException noKey(int pairs, int at) {
            String what = pairs == 0 ? "GS1 Digital Link path must end with /{AI}/{value} pairs"
                    + " starting with a primary key such as /01/{gtin}"
                    : "no GS1 primary key found before the path AIs " + "at position " + at;
            return new Gs1SyntaxException(Gs1ErrorCode.BAD_PATH, Math.max(0, at),
                    what + " in '" + Excerpts.excerpt(s, Math.max(0, at)) + "'");
        }

        private int lastSlash(int before, int floor) {
            int i = before - 1;
            while (i >= floor && s.charAt(i) != '/') {
                i--;
            }
            return i;
        }

        private String domainOf(int schemeEnd, int end) {
            if (end == CANONICAL_DOMAIN.length() && regionIs(0, CANONICAL_DOMAIN)) {
                return CANONICAL_DOMAIN;
            }
            if (s.charAt(0) == 'h') {
                return s.subSequence(0, end).toString();
            }
            StringBuilder sb = new StringBuilder(end + 1);
            sb.append(schemeEnd == 8 ? "https://" : "http://");
            sb.append(s, schemeEnd, end);
            return sb.toString();
        }

        private static String codes(ApplicationIdentifier[] ais) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < ais.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(ais[i].code());
            }
            return sb.append(']').toString();
        }
    }
}
