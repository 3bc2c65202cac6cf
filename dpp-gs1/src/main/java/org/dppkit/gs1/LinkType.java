package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.util.Objects;
import java.util.Optional;

/**
 * A GS1 Digital Link link type: the value of the {@code linkType} query parameter that asks a
 * resolver for one kind of resource about the identified thing, such as its digital product
 * passport ({@link #DPP}) or its product information page ({@link #PIP}).
 *
 * <p>GS1 link types are terms of the GS1 Web Vocabulary, written as a CURIE ({@code gs1:dpp}) or
 * as a full URI ({@code https://ref.gs1.org/voc/dpp}). {@link #parse(CharSequence)} accepts both,
 * also with the older namespaces {@code https://gs1.org/voc/} and {@code https://www.gs1.org/voc/},
 * and normalises them to the same value; it also accepts any other absolute {@code http(s)} URI
 * (a link type of another vocabulary) and the special value {@code linkset}.
 * <pre>{@code
 * LinkType.parse("gs1:dpp").equals(LinkType.DPP);                       // true
 * LinkType.parse("https://ref.gs1.org/voc/dpp").curie();                // Optional["gs1:dpp"]
 * LinkType.DPP.uri();                                                   // "https://ref.gs1.org/voc/dpp"
 * LinkType.DPP.toString();                                              // "gs1:dpp"
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type: do not synchronise on instances
 * or rely on their identity.
 */
public final class LinkType {

    /** The current GS1 Web Vocabulary namespace. */
    public static final String GS1_NAMESPACE = "https://ref.gs1.org/voc/";

    private static final String[] OLD_NAMESPACES = {
        "https://gs1.org/voc/", "http://gs1.org/voc/", "https://www.gs1.org/voc/",
        "http://www.gs1.org/voc/", "http://ref.gs1.org/voc/"
    };

    /** {@code gs1:dpp}: the digital product passport. */
    public static final LinkType DPP = new LinkType("dpp", null);
    /** {@code gs1:pip}: the product information page. */
    public static final LinkType PIP = new LinkType("pip", null);
    /** {@code gs1:sustainabilityInfo}: sustainability and recycling information. */
    public static final LinkType SUSTAINABILITY_INFO = new LinkType("sustainabilityInfo", null);
    /** {@code gs1:certificationInfo}: certification information. */
    public static final LinkType CERTIFICATION_INFO = new LinkType("certificationInfo", null);
    /** {@code gs1:instructions}: instructions for assembly, use, removal. */
    public static final LinkType INSTRUCTIONS = new LinkType("instructions", null);
    /** {@code gs1:safetyInfo}: safety information. */
    public static final LinkType SAFETY_INFO = new LinkType("safetyInfo", null);
    /** {@code gs1:traceability}: traceability information. */
    public static final LinkType TRACEABILITY = new LinkType("traceability", null);
    /** {@code gs1:epcis}: an EPCIS repository. */
    public static final LinkType EPCIS = new LinkType("epcis", null);
    /** {@code gs1:masterData}: structured master data. */
    public static final LinkType MASTER_DATA = new LinkType("masterData", null);
    /** {@code gs1:registryEntry}: an entry in a register. */
    public static final LinkType REGISTRY_ENTRY = new LinkType("registryEntry", null);
    /** {@code gs1:verificationService}: a verification service. */
    public static final LinkType VERIFICATION_SERVICE = new LinkType("verificationService", null);
    /** {@code gs1:defaultLink}: the default link of the entity. */
    public static final LinkType DEFAULT_LINK = new LinkType("defaultLink", null);
    /** {@code linkset}: asks a resolver for the whole linkset instead of a redirect. */
    public static final LinkType LINKSET = new LinkType(null, "linkset");

    /** The GS1 vocabulary term, or null. */
    private final String term;
    /** The value when it is not a GS1 term, or null. */
    private final String other;

    private LinkType(String term, String other) {
        this.term = term;
        this.other = other;
    }

    /**
     * Returns the GS1 link type with this vocabulary term.
     *
     * @param term the term without prefix, for example {@code "dpp"}, not null
     * @return the link type, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_SYNTAX} if the term is empty or holds a
     *     character other than ASCII letters, digits, {@code -} and {@code _}, or does not start
     *     with a letter
     */
    public static LinkType gs1(String term) {
        Objects.requireNonNull(term, "term");
        checkTerm(term, term, 0);
        return new LinkType(term, null);
    }

    /**
     * Parses a link type: a {@code gs1:} CURIE, a URI in the GS1 vocabulary namespace (current
     * or older), {@code linkset}, or any other absolute {@code http://} or {@code https://} URI.
     *
     * @param text the text, not null; not percent-encoded
     * @return the link type, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#EMPTY} if empty, {@link Gs1ErrorCode#BAD_SYNTAX}
     *     for anything else, at the position of the problem
     */
    public static LinkType parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.isEmpty()) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, 0, "link type must not be empty");
        }
        if (s.equals("linkset")) {
            return LINKSET;
        }
        if (s.startsWith("gs1:")) {
            return known(checkTerm(s.substring(4), s, 4));
        }
        if (s.startsWith(GS1_NAMESPACE)) {
            return known(checkTerm(s.substring(GS1_NAMESPACE.length()), s, GS1_NAMESPACE.length()));
        }
        for (String ns : OLD_NAMESPACES) {
            if (s.startsWith(ns)) {
                return known(checkTerm(s.substring(ns.length()), s, ns.length()));
            }
        }
        if (s.startsWith("https://") || s.startsWith("http://")) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c <= ' ' || c >= 127 || "<>\"{}|\\^`".indexOf(c) >= 0) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SYNTAX, i,
                            "link type URI must not contain '" + Excerpts.printable(c)
                                    + "' at position " + i + " in '" + Excerpts.excerpt(s, i) + "'");
                }
            }
            int hostStart = s.indexOf("//") + 2;
            if (hostStart >= s.length() || s.charAt(hostStart) == '/') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SYNTAX, hostStart,
                        "link type URI must have a host in '" + Excerpts.truncate(s) + "'");
            }
            return new LinkType(null, s);
        }
        throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SYNTAX, 0,
                "link type must be a gs1: CURIE, 'linkset' or an absolute http(s) URI but was '"
                        + Excerpts.truncate(s) + "'");
    }

    private static LinkType known(String term) {
        LinkType[] constants = {DPP, PIP, SUSTAINABILITY_INFO, CERTIFICATION_INFO, INSTRUCTIONS,
            SAFETY_INFO, TRACEABILITY, EPCIS, MASTER_DATA, REGISTRY_ENTRY, VERIFICATION_SERVICE,
            DEFAULT_LINK};
        for (LinkType t : constants) {
            if (t.term.equals(term)) {
                return t;
            }
        }
        return new LinkType(term, null);
    }

    private static String checkTerm(String term, String input, int offset) {
        if (term.isEmpty()) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SYNTAX, offset,
                    "GS1 link type term must not be empty in '" + Excerpts.truncate(input) + "'");
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean ok = letter || (i > 0 && ((c >= '0' && c <= '9') || c == '-' || c == '_'));
            if (!ok) {
                int p = offset + i;
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_SYNTAX, p,
                        "GS1 link type term must be letters, digits, '-' or '_' starting with a"
                                + " letter but had '" + Excerpts.printable(c) + "' at position " + p
                                + " in '" + Excerpts.truncate(input) + "'");
            }
        }
        return term;
    }

    /**
     * Tells whether this is a term of the GS1 Web Vocabulary.
     *
     * @return true for {@code gs1:} link types
     */
    public boolean isGs1() {
        return term != null;
    }

    /**
     * Returns the compact form {@code gs1:term} of a GS1 link type.
     *
     * @return the CURIE, or empty for {@code linkset} and link types outside the GS1 vocabulary
     */
    public Optional<String> curie() {
        return term == null ? Optional.empty() : Optional.of("gs1:" + term);
    }

    /**
     * Returns the full URI of the link type, {@code https://ref.gs1.org/voc/term} for GS1 terms.
     *
     * @return the URI text ({@code linkset} for {@link #LINKSET}), not null
     */
    public String uri() {
        return term != null ? GS1_NAMESPACE + term : other;
    }

    /**
     * Compares the normalised forms.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is the same link type
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof LinkType)) {
            return false;
        }
        LinkType o = (LinkType) obj;
        return Objects.equals(term, o.term) && Objects.equals(other, o.other);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(term, other);
    }

    /**
     * Returns the form written into {@code linkType=}: the CURIE for GS1 terms, otherwise the URI
     * or {@code linkset}. {@link #parse(CharSequence)} takes it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return term != null ? "gs1:" + term : other;
    }
}
