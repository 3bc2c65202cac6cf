package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GS1 element string: the AI data of a GS1 barcode, a sequence of (Application Identifier,
 * value) pairs, optionally split into a linear part and a 2D composite part.
 *
 * <p>Three text forms are supported:
 * <ul>
 *   <li><b>bracketed</b>, the human-readable form: {@code (01)09506000134352(10)ABC123}; a
 *       {@code (} inside a value is written {@code \(}; {@code |} separates the composite part;</li>
 *   <li><b>unbracketed</b>, the barcode message: AI and value concatenated, with the separator
 *       GS (U+001D, which FNC1 becomes when a scanner transmits it) after every value of an AI
 *       that has no predefined length, unless it is the last;</li>
 *   <li><b>caret notation</b> of the GS1 Barcode Syntax Engine: the unbracketed form with
 *       {@code ^} for FNC1, including the FNC1 in first position: {@code ^0109506000134352^...}.</li>
 * </ul>
 * <pre>{@code
 * ElementString es = ElementString.parse("(01)09506000134352(10)ABC123(21)12345");
 * es.toUnbracketedString();  // "010950600013435210ABC123\u001D2112345"
 * es.toCaretNotation();      // "^010950600013435210ABC123^2112345"
 * es.hri();                  // ["(01) 09506000134352", "(10) ABC123", "(21) 12345"]
 * ElementString.parse("^010950600013435210ABC123^2112345").equals(es);   // true
 * DigitalLink.fromElementString(es).toString();
 *         // "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345"
 * }</pre>
 *
 * <p>Parsing validates every value against the GS1 Barcode Syntax Dictionary (length, character
 * set, check digits, dates...) and, unless {@link ParseOptions#withAssociationChecks(boolean)}
 * is switched off, the association rules: an AI repeated with a different value, an AI whose
 * required AIs are missing ({@code req=}), AIs that exclude each other ({@code ex=}), and a
 * digital signature (8030) without a serialised key. AIs that are not in the dictionary are
 * rejected unless {@link ParseOptions#withUnknownAis(boolean)} is on, and always in unbracketed
 * data (their length cannot be known).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it is a value type: do not synchronise on instances
 * or rely on their identity.
 */
public final class ElementString {

    /** The group separator, U+001D, which FNC1 becomes in transmitted data. */
    public static final char GS = '\u001D';

    /**
     * One (AI, value) pair of an element string.
     * <pre>{@code
     * ElementString.Element e = ElementString.Element.of("10", "ABC123");
     * e.ai();        // "10"
     * e.toString();  // "(10)ABC123"
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Element {
        private final String ai;
        private final String value;

        private Element(String ai, String value) {
            this.ai = ai;
            this.value = value;
        }

        /**
         * Returns an element after validating the value against the AI's format.
         *
         * @param ai a known AI code, not null
         * @param value the value, not null
         * @return the element, not null
         * @throws Gs1SyntaxException {@link Gs1ErrorCode#UNKNOWN_AI} for an unknown AI, or the
         *     codes of {@link ApplicationIdentifier#validate(CharSequence)}
         */
        public static Element of(String ai, String value) {
            ApplicationIdentifier.of(ai).validate(value);
            return new Element(ai, value);
        }

        static Element unchecked(String ai, String value) {
            return new Element(ai, value);
        }

        /**
         * Returns the AI code.
         *
         * @return the AI, not null
         */
        public String ai() {
            return ai;
        }

        /**
         * Returns the value.
         *
         * @return the value, not null
         */
        public String value() {
            return value;
        }

        /**
         * Returns the dictionary entry of the AI.
         *
         * @return the entry, or empty for an AI that is not in the dictionary (accepted only with
         *     {@link ParseOptions#withUnknownAis(boolean)})
         */
        public Optional<ApplicationIdentifier> applicationIdentifier() {
            return ApplicationIdentifier.find(ai);
        }

        /**
         * Compares AI and value.
         *
         * @param obj the object to compare with, may be null
         * @return true if {@code obj} is an element with the same AI and value
         */
        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Element)) {
                return false;
            }
            Element o = (Element) obj;
            return ai.equals(o.ai) && value.equals(o.value);
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return ai.hashCode() * 31 + value.hashCode();
        }

        /**
         * Returns the bracketed form of this element, for example {@code (10)ABC123}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "(" + ai + ")" + value.replace("(", "\\(");
        }
    }

    private final List<Element> elements;
    /** Index of the first element of the composite part, or -1. */
    private final int compositeStart;

    private ElementString(List<Element> elements, int compositeStart) {
        this.elements = elements;
        this.compositeStart = compositeStart;
    }

    /**
     * Returns an element string of these elements, validated as {@link #parse(CharSequence)}
     * validates.
     *
     * @param elements the elements in order, not null, not empty
     * @return the element string, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#EMPTY} for no elements, or an association
     *     rule failure
     */
    public static ElementString of(List<Element> elements) {
        Objects.requireNonNull(elements, "elements");
        if (elements.isEmpty()) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, -1,
                    "element string must have at least one element");
        }
        List<Element> copy = List.copyOf(elements);
        checkAssociations(copy, null);
        return new ElementString(copy, -1);
    }

    /** Wraps already validated elements. */
    static ElementString ofTrusted(List<ElementString.Element> elements) {
        return new ElementString(Collections.unmodifiableList(new ArrayList<>(elements)), -1);
    }

    /**
     * Parses an element string strictly (see the class documentation).
     *
     * @param text bracketed data starting with {@code (}, or unbracketed data starting with FNC1
     *     written as {@code ^} or GS (U+001D); not null
     * @return the element string, not null
     * @throws Gs1SyntaxException if the text is not a valid element string; the code says which
     *     rule failed and the position where
     */
    public static ElementString parse(CharSequence text) {
        return parse(text, ParseOptions.strict());
    }

    /**
     * Parses an element string with options.
     *
     * @param text bracketed or unbracketed data as {@link #parse(CharSequence)} takes it, not null
     * @param options the options, not null
     * @return the element string, not null
     * @throws Gs1SyntaxException if the text is not a valid element string under the options
     */
    public static ElementString parse(CharSequence text, ParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        try {
            return parseChecked(text, options);
        } catch (Gs1SyntaxException e) {
            throw Gs1SyntaxException.within(e, text.length());
        }
    }

    private static ElementString parseChecked(CharSequence text, ParseOptions options) {
        if (text.length() == 0) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, 0, "element string must not be empty");
        }
        char first = text.charAt(0);
        ElementString es;
        if (first == '(') {
            es = parseBracketed(text, options);
        } else if (first == '^' || first == GS) {
            es = parseUnbracketed(text, 1, first, options);
        } else {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_ELEMENT_STRING, 0,
                    "element string must start with '(' (bracketed) or FNC1 ('^' or GS) but was '"
                            + Excerpts.excerpt(text, 0) + "'");
        }
        if (options.checksAssociations()) {
            checkAssociations(es.elements, text);
        }
        return es;
    }

    /**
     * Parses unbracketed data as a scanner transmits it after a GS1 symbology identifier such as
     * {@code ]Q3}, {@code ]d2} or {@code ]C1}: no leading FNC1, GS (U+001D) as separator.
     *
     * @param data the data, not null
     * @param options the options, not null
     * @return the element string, not null
     * @throws Gs1SyntaxException if the data is not a valid element string
     */
    public static ElementString parseUnbracketed(CharSequence data, ParseOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(options, "options");
        try {
            ElementString es = parseUnbracketed(data, 0, GS, options);
            if (options.checksAssociations()) {
                checkAssociations(es.elements, data);
            }
            return es;
        } catch (Gs1SyntaxException e) {
            throw Gs1SyntaxException.within(e, data.length());
        }
    }

    private static ElementString parseBracketed(CharSequence s, ParseOptions options) {
        List<Element> out = new ArrayList<>();
        int composite = -1;
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) == '|' && composite < 0 && !out.isEmpty()) {
                composite = out.size();
                i++;
                if (i == n) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_ELEMENT_STRING, i,
                            "composite part after '|' must not be empty in '"
                                    + Excerpts.excerpt(s, i - 1) + "'");
                }
            }
            if (s.charAt(i) != '(') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_ELEMENT_STRING, i,
                        "expected '(' at position " + i + " in '" + Excerpts.excerpt(s, i) + "'");
            }
            int close = i + 1;
            while (close < n && close - i <= 5 && s.charAt(close) != ')') {
                close++;
            }
            if (close >= n || s.charAt(close) != ')') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_ELEMENT_STRING, i,
                        "AI at position " + i + " must be 2 to 4 digits closed by ')' in '"
                                + Excerpts.excerpt(s, i) + "'");
            }
            int aiFrom = i + 1;
            checkAiDigits(s, aiFrom, close);
            ApplicationIdentifier ai = AiTable.lookup(s, aiFrom, close);
            String code = s.subSequence(aiFrom, close).toString();
            if (ai == null && (!options.allowsUnknownAis() || contradictsPrefix(s, aiFrom, close))) {
                // an unknown AI must still have the length its two-digit prefix gives
                if (options.allowsUnknownAis()) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.UNKNOWN_AI, aiFrom, "AI (" + code
                            + ") at position " + aiFrom + " is unknown and its length contradicts"
                            + " the AI lengths by prefix of the GS1 General Specifications in '"
                            + Excerpts.excerpt(s, aiFrom) + "'");
                }
                throw unknown(s, aiFrom, code);
            }
            int v = close + 1;
            StringBuilder value = null;
            int j = v;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '(' || c == '|') {
                    break;
                }
                if (c == '\\' && j + 1 < n && s.charAt(j + 1) == '(') {
                    if (value == null) {
                        value = new StringBuilder();
                        value.append(s, v, j);
                    }
                    value.append('(');
                    j += 2;
                    continue;
                }
                if (value != null) {
                    value.append(c);
                }
                j++;
            }
            String val = value != null ? value.toString() : s.subSequence(v, j).toString();
            validate(ai, code, val, s, v);
            out.add(new Element(code, val));
            i = j;
        }
        return new ElementString(Collections.unmodifiableList(out), composite);
    }

    /**
     * Tells whether an AI's length contradicts the length the table of AI lengths by two-digit
     * prefix gives (a prefix with no AIs gives none).
     */
    static boolean contradictsPrefix(CharSequence s, int from, int to) {
        int expected = AiTable.prefixLength(s, from);
        return expected != 0 && expected != to - from;
    }

    private static void checkAiDigits(CharSequence s, int from, int to) {
        if (to - from < 2 || to - from > 4) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_ELEMENT_STRING, from,
                    "AI at position " + from + " must have 2 to 4 digits but had " + (to - from)
                            + " characters in '" + Excerpts.excerpt(s, from) + "'");
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, k,
                        "AI must hold only digits but had '" + Excerpts.printable(c) + "' at position "
                                + k + " in '" + Excerpts.excerpt(s, k) + "'");
            }
        }
    }

    private static Gs1SyntaxException unknown(CharSequence s, int at, String code) {
        return new Gs1SyntaxException(Gs1ErrorCode.UNKNOWN_AI, at,
                "AI (" + code + ") at position " + at + " is not in the GS1 Barcode Syntax"
                        + " Dictionary in '" + Excerpts.excerpt(s, at) + "'");
    }

    private static void validate(ApplicationIdentifier ai, String code, String value,
            CharSequence s, int at) {
        if (ai != null) {
            ai.validate(value, 0, value.length(), s, at);
            return;
        }
        if (value.isEmpty()) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, at,
                    "AI (" + code + ") value must not be empty at position " + at + " in '"
                            + Excerpts.excerpt(s, at) + "'");
        }
        if (value.length() > 90) {
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_LENGTH, at,
                    "unknown AI (" + code + ") value must have at most 90 characters but had "
                            + value.length() + " at position " + at);
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (!ApplicationIdentifier.CharacterSet.CSET82.contains(c)) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, at + k,
                        "unknown AI (" + code + ") value must hold only CSET 82 characters but had '"
                                + Excerpts.printable(c) + "' in '" + Excerpts.excerpt(s, at) + "'");
            }
        }
    }

    /**
     * Parses unbracketed data from {@code start}; {@code fnc1} is the character that stands for
     * FNC1 ('^' or GS).
     */
    private static ElementString parseUnbracketed(CharSequence s, int start, char fnc1,
            ParseOptions options) {
        List<Element> out = new ArrayList<>();
        int composite = -1;
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (c == fnc1 && !out.isEmpty()) {
                i++; // a superfluous separator
                continue;
            }
            if (c == '|' && composite < 0 && !out.isEmpty()) {
                composite = out.size();
                int bar = i;
                i++;
                if (i < n && s.charAt(i) == fnc1) {
                    i++;
                }
                if (i >= n) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_ELEMENT_STRING, bar,
                            "composite separator '|' at position " + bar + " must be followed by"
                                    + " the AIs of the 2D component in '" + Excerpts.excerpt(s, bar) + "'");
                }
                continue;
            }
            ApplicationIdentifier ai = null;
            int aiEnd = i + 2;
            for (int len = 2; len <= 4 && i + len <= n; len++) {
                ai = AiTable.lookup(s, i, i + len);
                if (ai != null) {
                    aiEnd = i + len;
                    break;
                }
            }
            if (ai == null && options.allowsUnknownAis()) {
                int len = AiTable.prefixLength(s, i);
                if (len > 0 && i + len <= n && isDigits(s, i, i + len)) {
                    int end = i + len;
                    while (end < n && s.charAt(end) != fnc1 && s.charAt(end) != '|') {
                        end++;
                    }
                    String code = s.subSequence(i, i + len).toString();
                    String value = s.subSequence(i + len, end).toString();
                    validate(null, code, value, s, i + len);
                    out.add(new Element(code, value));
                    i = end;
                    continue;
                }
            }
            if (ai == null) {
                int to = Math.min(n, i + 4);
                int k = i;
                while (k < to && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                    k++;
                }
                throw new Gs1SyntaxException(Gs1ErrorCode.UNKNOWN_AI, i,
                        "no known AI at position " + i + " ('" + Excerpts.truncate(
                                s.subSequence(i, Math.max(k, Math.min(n, i + 1))))
                                + "') in '" + Excerpts.excerpt(s, i) + "'");
            }
            int v = aiEnd;
            int end;
            if (ai.isPredefinedLength()) {
                end = v + ai.maxLength();
                if (end > n) {
                    end = n;
                }
                for (int k = v; k < end; k++) {
                    char ch = s.charAt(k);
                    if (ch == fnc1 || ch == '|') {
                        end = k;
                        break;
                    }
                }
            } else {
                end = v;
                while (end < n && s.charAt(end) != fnc1 && s.charAt(end) != '|') {
                    end++;
                }
            }
            String value = s.subSequence(v, end).toString();
            try {
                ai.validate(value, 0, value.length(), value, 0);
            } catch (Gs1SyntaxException e) {
                throw new Gs1SyntaxException(e.errorCode(), v + Math.max(0, e.position()),
                        e.getMessage() + " (value starts at position " + v + " in '"
                                + Excerpts.excerpt(s, v) + "')");
            }
            out.add(new Element(ai.code(), value));
            i = end;
        }
        if (out.isEmpty()) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, start,
                    "element string must hold at least one AI after FNC1 in '"
                            + Excerpts.excerpt(s, 0) + "'");
        }
        return new ElementString(Collections.unmodifiableList(out), composite);
    }

    private static boolean isDigits(CharSequence s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Repeats with different values, req/ex rules and the (8030) serialised-key rule. */
    static void checkAssociations(List<Element> elements, CharSequence input) {
        java.util.Map<String, String> seen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            String previous = seen.putIfAbsent(e.ai, e.value);
            if (previous != null && !previous.equals(e.value)) {
                throw new Gs1SyntaxException(Gs1ErrorCode.DUPLICATE_AI, -1,
                        "AI (" + e.ai + ") appears twice with different values '"
                                + Excerpts.truncate(previous) + "' and '" + Excerpts.truncate(e.value)
                                + "'" + (input == null ? "" : " in '" + Excerpts.truncate(input) + "'"));
            }
        }
        List<String> codes = new ArrayList<>(seen.keySet());
        Associations.check(codes, input);
        if (seen.containsKey("8030")) {
            for (Element e : elements) {
                boolean unserialised = ((e.ai.equals("253") || e.ai.equals("255"))
                        && e.value.length() <= 13) || (e.ai.equals("8003") && e.value.length() <= 14);
                if (unserialised) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_AI_COMBINATION, -1,
                            "a digital signature (8030) requires a serialised (" + e.ai
                                    + ") but its value '" + e.value + "' has no serial component");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------- accessors

    /**
     * Returns the elements in order (the composite part, if any, after the linear part).
     *
     * @return the elements, unmodifiable, not empty
     */
    public List<Element> elements() {
        return elements;
    }

    /**
     * Returns the value of the first element with this AI.
     *
     * @param ai the AI code, not null
     * @return the value, or empty
     */
    public Optional<String> value(String ai) {
        Objects.requireNonNull(ai, "ai");
        for (Element e : elements) {
            if (e.ai.equals(ai)) {
                return Optional.of(e.value);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the data has a 2D composite part ({@code |} in the text forms).
     *
     * @return true for composite data
     */
    public boolean isComposite() {
        return compositeStart >= 0;
    }

    /**
     * Returns the bracketed form, {@code (01)09506000134352(10)ABC123}, with {@code (} in values
     * escaped as {@code \(} and {@code |} before the composite part.
     *
     * @return the text, not null
     */
    public String toBracketedString() {
        StringBuilder sb = new StringBuilder(elements.size() * 20);
        for (int i = 0; i < elements.size(); i++) {
            if (i == compositeStart) {
                sb.append('|');
            }
            Element e = elements.get(i);
            sb.append('(').append(e.ai).append(')');
            for (int k = 0; k < e.value.length(); k++) {
                char c = e.value.charAt(k);
                if (c == '(') {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Returns the unbracketed form as transmitted by a scanner: no leading FNC1, GS (U+001D)
     * after each value of an AI without predefined length that is followed by another element;
     * for composite data the parts are joined with {@code |}.
     *
     * @return the text, not null
     */
    public String toUnbracketedString() {
        return unbracketed(GS, false);
    }

    /**
     * Returns the caret notation of the GS1 Barcode Syntax Engine: {@code ^} for FNC1 in first
     * position and as separator, {@code |^} before the composite part.
     *
     * @return the text, not null
     */
    public String toCaretNotation() {
        return unbracketed('^', true);
    }

    private String unbracketed(char fnc1, boolean leading) {
        StringBuilder sb = new StringBuilder(elements.size() * 20);
        if (leading) {
            sb.append(fnc1);
        }
        boolean separator = false;
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (i == compositeStart) {
                sb.append('|');
                if (leading) {
                    sb.append(fnc1);
                }
            } else if (separator) {
                sb.append(fnc1);
            }
            sb.append(e.ai).append(e.value);
            ApplicationIdentifier ai = AiTable.lookup(e.ai, 0, e.ai.length());
            separator = ai == null || ai.requiresFnc1();
        }
        return sb.toString();
    }

    /**
     * Returns the human-readable interpretation, one line per element: {@code (01) 09506000134352}.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<String> hri() {
        return hri(false);
    }

    /**
     * Returns the human-readable interpretation, optionally with the data titles of the
     * dictionary: {@code GTIN (01) 09506000134352}. Unknown AIs have no title.
     *
     * @param withDataTitles true to prefix each line with the AI's data title
     * @return the lines, unmodifiable, not null
     */
    public List<String> hri(boolean withDataTitles) {
        List<String> lines = new ArrayList<>(elements.size());
        for (Element e : elements) {
            ApplicationIdentifier ai = AiTable.lookup(e.ai, 0, e.ai.length());
            String title = withDataTitles && ai != null && !ai.title().isEmpty()
                    ? ai.title() + " " : "";
            lines.add(title + "(" + e.ai + ") " + e.value);
        }
        return Collections.unmodifiableList(lines);
    }

    /**
     * Compares the elements in order and the composite split.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} has the same elements in the same order
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ElementString)) {
            return false;
        }
        ElementString o = (ElementString) obj;
        return compositeStart == o.compositeStart && elements.equals(o.elements);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return elements.hashCode() * 31 + compositeStart;
    }

    /**
     * Returns the bracketed form, which {@link #parse(CharSequence)} takes back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toBracketedString();
    }
}
