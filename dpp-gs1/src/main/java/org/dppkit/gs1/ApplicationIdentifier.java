package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GS1 Application Identifier (AI): one entry of the GS1 Barcode Syntax Dictionary that this
 * module bundles (release 2026-01-27, Apache-2.0, see the NOTICE next to it).
 *
 * <p>An entry knows the format of its value as a list of {@linkplain Component components}
 * (numeric, CSET 82, CSET 39 or CSET 64, each with its length and its content rules such as a
 * check digit or a date), whether the AI has a predefined length (then no FNC1 separator follows
 * it in an element string), and its role in GS1 Digital Link URIs: primary key with its permitted
 * key-qualifier sequences, permitted data attribute, or neither.
 * <pre>{@code
 * ApplicationIdentifier gtin = ApplicationIdentifier.of("01");
 * gtin.title();                 // "GTIN"
 * gtin.isPrimaryKey();          // true
 * gtin.qualifierSequences();    // [[22, 10, 21], [235]]
 * gtin.validate("09506000134352");              // passes
 * ApplicationIdentifier.of("17").validate("271332");  // throws Gs1SyntaxException (month 13)
 * ApplicationIdentifier.find("89");             // Optional.empty(): not a known AI
 * }</pre>
 *
 * <p>The table is read once, when this class is initialised, into immutable structures; lookups
 * do no allocation. Content rules that need external code lists (ISO 3166 country codes, ISO 4217
 * currency codes, IBAN and so on) are checked as far as {@link Component#linters()} documents.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe. There is exactly one instance per AI, so instances may
 * be compared with {@code ==} as well as {@code equals}.
 */
public final class ApplicationIdentifier implements Comparable<ApplicationIdentifier> {

    /**
     * The character set of a component of an AI value (GS1 General Specifications 7.11).
     * <pre>{@code
     * ApplicationIdentifier.CharacterSet.CSET82.contains('/');  // true
     * ApplicationIdentifier.CharacterSet.CSET82.contains(' ');  // false
     * }</pre>
     * This enum is immutable and thread-safe.
     */
    public enum CharacterSet {
        /** Digits {@code 0-9} ("N" in the dictionary). */
        NUMERIC,
        /**
         * GS1 AI encodable character set 82 ("X"): {@code A-Z a-z 0-9} and
         * {@code ! " % & ' ( ) * + , - . / : ; < = > ? _}.
         */
        CSET82,
        /** GS1 AI encodable character set 39 ("Y"): {@code # - / 0-9 A-Z}. */
        CSET39,
        /** GS1 AI encodable character set 64 ("Z"), base64url: {@code A-Z a-z 0-9 - _ =}. */
        CSET64;

        /**
         * Tells whether the character belongs to this set.
         *
         * @param c the character
         * @return true if {@code c} is in the set
         */
        public boolean contains(char c) {
            return c < 128 && (CHARSETS[c] & (1 << ordinal())) != 0;
        }
    }

    /** Bit i set when the ASCII character belongs to CharacterSet ordinal i. */
    private static final byte[] CHARSETS = new byte[128];

    static {
        String cset82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
                + "abcdefghijklmnopqrstuvwxyz";
        String cset39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String cset64 = "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
        for (char c = '0'; c <= '9'; c++) {
            CHARSETS[c] |= 1;
        }
        for (int i = 0; i < cset82.length(); i++) {
            CHARSETS[cset82.charAt(i)] |= 2;
        }
        for (int i = 0; i < cset39.length(); i++) {
            CHARSETS[cset39.charAt(i)] |= 4;
        }
        for (int i = 0; i < cset64.length(); i++) {
            CHARSETS[cset64.charAt(i)] |= 8;
        }
    }

    /**
     * One component of an AI's value format, such as {@code N13,csum} or {@code [X..17]}.
     * <pre>{@code
     * Component c = ApplicationIdentifier.of("253").components().get(1);
     * c.isOptional();    // true
     * c.maxLength();     // 17
     * c.characterSet();  // CSET82
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Component {
        private final CharacterSet characterSet;
        private final int minLength;
        private final int maxLength;
        private final boolean optional;
        private final List<String> linters;
        private final String[] linterArray;
        private final int[] linterIds;

        Component(CharacterSet characterSet, int minLength, int maxLength, boolean optional,
                List<String> linters) {
            this.characterSet = characterSet;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.optional = optional;
            this.linters = List.copyOf(linters);
            this.linterArray = linters.toArray(new String[0]);
            this.linterIds = new int[linterArray.length];
            for (int i = 0; i < linterArray.length; i++) {
                linterIds[i] = Linters.id(linterArray[i]);
            }
        }

        /**
         * Returns the character set.
         *
         * @return the character set, not null
         */
        public CharacterSet characterSet() {
            return characterSet;
        }

        /**
         * Returns the least number of characters.
         *
         * @return the minimum length, at least 1
         */
        public int minLength() {
            return minLength;
        }

        /**
         * Returns the greatest number of characters.
         *
         * @return the maximum length
         */
        public int maxLength() {
            return maxLength;
        }

        /**
         * Tells whether the component may be absent (written {@code [...]} in the dictionary).
         *
         * @return true if optional
         */
        public boolean isOptional() {
            return optional;
        }

        /**
         * Returns the names of the dictionary's content rules ("linters") for this component, in
         * order, for example {@code [csum, gcppos2]} or {@code [yymmd0]}.
         *
         * <p>This module checks {@code csum}, {@code csumalpha}, the date and time rules
         * ({@code yymmd0}, {@code yymmdd}, {@code yyyymmdd}, {@code yyyymmd0}, {@code hhmi},
         * {@code hh}, {@code mi}, {@code ss}), {@code nonzero}, {@code zero},
         * {@code nozeroprefix}, {@code hasnondigit}, {@code yesno}, {@code hyphen},
         * {@code winding}, {@code pcenc}, {@code pieceoftotal}, {@code posinseqslash},
         * {@code latitude}, {@code longitude}, {@code iso5218}, {@code gcppos1}/{@code gcppos2}
         * (digits only) and the shape of {@code iso3166} (three digits), {@code iso3166999},
         * {@code iso3166alpha2} (two letters) and {@code iso4217} (three digits); the other rules
         * need external code lists and are not checked.
         *
         * @return the linter names, unmodifiable, not null
         */
        public List<String> linters() {
            return linters;
        }

        /**
         * Returns the component as the dictionary writes it, for example {@code N13,csum}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(optional ? "[" : "").append("NXYZ".charAt(characterSet.ordinal()));
            if (minLength == maxLength) {
                sb.append(maxLength);
            } else {
                sb.append("..").append(maxLength);
            }
            sb.append(optional ? "]" : "");
            for (String linter : linters) {
                sb.append(',').append(linter);
            }
            return sb.toString();
        }
    }

    private final String code;
    private final String title;
    private final boolean predefinedLength;
    private final boolean dataAttribute;
    private final boolean primaryKey;
    private final List<List<String>> qualifierSequences;
    private final List<Component> components;
    private final Component[] componentArray;
    private final List<String> requires;
    private final List<String> excludes;
    private final int minLength;
    private final int maxLength;
    private final boolean checkDigit;
    private final boolean date;
    /** The req= rules, parsed: rule, alternative, AI patterns that must all be present. */
    final String[][][] requireRules;
    /** The ex= rules, parsed: AI patterns that must not be present. */
    final String[] excludePatterns;
    /**
     * For a primary key: per qualifier alternative, per subset (bit i = i-th qualifier present),
     * whether key plus those qualifiers pass the association rules. Set once by {@link AiTable}
     * during its class initialisation, before any instance is published.
     */
    boolean[][] qualifierCombinationValid;

    ApplicationIdentifier(String code, String title, boolean predefinedLength,
            boolean dataAttribute, List<List<String>> qualifierSequences,
            List<Component> components, List<String> requires, List<String> excludes) {
        this.code = code;
        this.title = title;
        this.predefinedLength = predefinedLength;
        this.dataAttribute = dataAttribute;
        this.primaryKey = qualifierSequences != null;
        List<List<String>> seqs = new ArrayList<>();
        if (qualifierSequences != null) {
            for (List<String> s : qualifierSequences) {
                seqs.add(List.copyOf(s));
            }
        }
        this.qualifierSequences = Collections.unmodifiableList(seqs);
        this.components = List.copyOf(components);
        this.componentArray = components.toArray(new Component[0]);
        this.requires = List.copyOf(requires);
        this.excludes = List.copyOf(excludes);
        this.requireRules = new String[requires.size()][][];
        for (int r = 0; r < requires.size(); r++) {
            String[] alternatives = requires.get(r).split(",");
            requireRules[r] = new String[alternatives.length][];
            for (int a = 0; a < alternatives.length; a++) {
                requireRules[r][a] = alternatives[a].split("\\+");
            }
        }
        List<String> ex = new ArrayList<>();
        for (String e : excludes) {
            ex.addAll(List.of(e.split(",")));
        }
        this.excludePatterns = ex.toArray(new String[0]);
        int min = 0;
        int max = 0;
        boolean csum = false;
        boolean isDate = false;
        for (Component c : components) {
            if (!c.isOptional()) {
                min += c.minLength();
            }
            max += c.maxLength();
            for (String l : c.linters()) {
                csum |= l.equals("csum") || l.equals("csumalpha");
                isDate |= l.startsWith("yymmd") || l.startsWith("yyyymmd");
            }
        }
        this.minLength = min;
        this.maxLength = max;
        this.checkDigit = csum;
        this.date = isDate;
    }

    /**
     * Returns the AI with this code.
     *
     * @param code the AI, two to four digits, not null
     * @return the AI, not null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#UNKNOWN_AI} if the dictionary has no such AI
     */
    public static ApplicationIdentifier of(String code) {
        Objects.requireNonNull(code, "code");
        ApplicationIdentifier ai = AiTable.lookup(code, 0, code.length());
        if (ai == null) {
            throw new Gs1SyntaxException(Gs1ErrorCode.UNKNOWN_AI, 0,
                    "AI '" + Excerpts.truncate(code) + "' is not in the GS1 Barcode Syntax Dictionary");
        }
        return ai;
    }

    /**
     * Finds the AI with this code.
     *
     * @param code the AI, not null
     * @return the AI, or empty if the dictionary has none with this code
     */
    public static Optional<ApplicationIdentifier> find(CharSequence code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(AiTable.lookup(code, 0, code.length()));
    }

    /**
     * Returns every AI of the dictionary, ordered by code (as text: "00" before "01" before
     * "235" before "3100").
     *
     * @return the AIs, unmodifiable, not null
     */
    public static List<ApplicationIdentifier> all() {
        return AiTable.all();
    }

    /**
     * Returns the AI code, for example {@code "01"} or {@code "8200"}.
     *
     * @return the digits, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the data title, for example {@code "GTIN"} or {@code "BATCH/LOT"}.
     *
     * @return the title, not null (empty if the dictionary gives none)
     */
    public String title() {
        return title;
    }

    /**
     * Returns the components of the value format in order.
     *
     * @return the components, unmodifiable, not empty
     */
    public List<Component> components() {
        return components;
    }

    /**
     * Returns the format as the dictionary writes it, for example {@code N14,csum,gcppos2} or
     * {@code N13,csum,gcppos1 [X..17]}.
     *
     * @return the format, not null
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Component c : components) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Returns the least length of a value.
     *
     * @return the minimum length
     */
    public int minLength() {
        return minLength;
    }

    /**
     * Returns the greatest length of a value.
     *
     * @return the maximum length
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Tells whether the AI has a predefined length (dictionary flag {@code *}, GS1 General
     * Specifications figure 7.8.5-2), so that no FNC1 separator follows it in an element string.
     *
     * @return true if no separator is needed
     */
    public boolean isPredefinedLength() {
        return predefinedLength;
    }

    /**
     * Tells whether an FNC1 separator must follow a value of this AI when another element follows.
     *
     * @return {@code !isPredefinedLength()}
     */
    public boolean requiresFnc1() {
        return !predefinedLength;
    }

    /**
     * Tells whether a component carries a check digit ({@code csum}) or check character pair
     * ({@code csumalpha}).
     *
     * @return true if the value has a check digit or pair
     */
    public boolean hasCheckDigit() {
        return checkDigit;
    }

    /**
     * Tells whether the value starts with a date ({@code YYMMDD} or {@code YYYYMMDD}).
     *
     * @return true for date AIs such as (11), (17), (7006)
     */
    public boolean isDate() {
        return date;
    }

    /**
     * Tells whether the AI may be the primary key of a GS1 Digital Link URI (dictionary attribute
     * {@code dlpkey}), as (01) GTIN, (00) SSCC or (414) GLN.
     *
     * @return true for a primary key
     */
    public boolean isPrimaryKey() {
        return primaryKey;
    }

    /**
     * Returns the permitted key-qualifier sequences of a primary key: one list per alternative,
     * each in path order; any order-preserving subset of one alternative may follow the key. For
     * (01) this is {@code [[22, 10, 21], [235]]}; for (00) it is {@code [[]]}.
     *
     * @return the sequences, unmodifiable; empty if this AI is not a primary key
     */
    public List<List<String>> qualifierSequences() {
        return qualifierSequences;
    }

    /**
     * Tells whether the AI may travel as a data attribute in the query of a Digital Link URI
     * (dictionary flag {@code ?}).
     *
     * @return true for a permitted data attribute
     */
    public boolean isDataAttribute() {
        return dataAttribute;
    }

    /**
     * Returns the dictionary's {@code req=} rules: each entry is one rule, a comma-separated list
     * of alternatives, each alternative one AI or several joined by {@code +}; an {@code n}
     * stands for any digit. Each rule must be met by one alternative present in the same data.
     *
     * @return the rules, unmodifiable, not null
     */
    public List<String> requires() {
        return requires;
    }

    /**
     * Returns the dictionary's {@code ex=} rules: comma-separated AIs (an {@code n} stands for
     * any digit) that must not appear together with this AI.
     *
     * @return the rules, unmodifiable, not null
     */
    public List<String> excludes() {
        return excludes;
    }

    /**
     * Checks a value against the format: length, character set of each component, and the
     * component rules (check digits, dates, ...).
     *
     * @param value the value, not null
     * @throws Gs1SyntaxException if the value is empty ({@link Gs1ErrorCode#EMPTY}), too short or
     *     too long ({@link Gs1ErrorCode#BAD_LENGTH}), holds a character outside its component's
     *     set ({@link Gs1ErrorCode#BAD_CHARACTER}), has a wrong check digit
     *     ({@link Gs1ErrorCode#BAD_CHECK_DIGIT}) or breaks another content rule
     *     ({@link Gs1ErrorCode#BAD_VALUE}); positions are offsets in {@code value}
     */
    public void validate(CharSequence value) {
        Objects.requireNonNull(value, "value");
        validate(value, 0, value.length(), value, 0);
    }

    /**
     * Tells whether {@link #validate(CharSequence)} would pass.
     *
     * @param value the value, not null
     * @return true if the value is valid for this AI
     */
    public boolean isValid(CharSequence value) {
        try {
            validate(value);
            return true;
        } catch (Gs1SyntaxException e) {
            return false;
        }
    }

    /**
     * Validates {@code text[from, to)}; messages show {@code input} and positions are
     * {@code offset + index in the value}.
     */
    void validate(CharSequence text, int from, int to, CharSequence input, int offset) {
        int length = to - from;
        if (length == 0) {
            throw new Gs1SyntaxException(Gs1ErrorCode.EMPTY, offset,
                    "AI (" + code + ") value must not be empty at position " + offset
                            + " in '" + Excerpts.excerpt(input, offset) + "'");
        }
        if (length < minLength || length > maxLength) {
            String range = minLength == maxLength ? "exactly " + maxLength
                    : minLength + " to " + maxLength;
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_LENGTH, offset,
                    "AI (" + code + ") value must have " + range + " characters (format "
                            + format() + ") but had " + length + ": '"
                            + Excerpts.truncate(text.subSequence(from, to)) + "' at position "
                            + offset);
        }
        int pos = from;
        Component[] parts = componentArray;
        for (int k = 0; k < parts.length; k++) {
            Component c = parts[k];
            if (pos >= to) {
                // lengths were checked: only optional components remain
                break;
            }
            int end = Math.min(to, pos + c.maxLength);
            if (end - pos < c.minLength) {
                throw new Gs1SyntaxException(Gs1ErrorCode.BAD_LENGTH, offset + (pos - from),
                        "AI (" + code + ") component " + c + " needs " + c.minLength
                                + " characters but had " + (end - pos) + " in '"
                                + Excerpts.truncate(text.subSequence(from, to)) + "'");
            }
            int mask = 1 << c.characterSet.ordinal();
            for (int i = pos; i < end; i++) {
                char ch = text.charAt(i);
                if (ch >= 128 || (CHARSETS[ch] & mask) == 0) {
                    int p = offset + (i - from);
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, p,
                            "AI (" + code + ") value must hold only " + describe(c.characterSet)
                                    + " but had '" + Excerpts.printable(ch) + "' at position " + p
                                    + " in '" + Excerpts.truncate(text.subSequence(from, to)) + "'");
                }
            }
            if (c.characterSet == CharacterSet.CSET64) {
                checkPadding(text, pos, end, from, input, offset);
            }
            String[] linterNames = c.linterArray;
            int[] linterIds = c.linterIds;
            for (int l = 0; l < linterNames.length; l++) {
                Linters.check(linterIds[l], linterNames[l], this, text, pos, end, from, offset);
            }
            pos = end;
        }
    }

    /** Base64url padding: at most two trailing '=', only when the length is a multiple of 3. */
    private void checkPadding(CharSequence text, int from, int to, int valueFrom,
            CharSequence input, int offset) {
        int pads = 0;
        while (pads < to - from && text.charAt(to - 1 - pads) == '=') {
            pads++;
        }
        boolean bad = pads > 2 || (pads > 0 && (to - from) % 3 != 0);
        for (int i = from; i < to - pads && !bad; i++) {
            bad = text.charAt(i) == '=';
        }
        if (bad) {
            int p = offset + (to - pads - valueFrom);
            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_CHARACTER, p,
                    "AI (" + code + ") value has '=' padding that base64url does not allow at"
                            + " position " + p + " in '" + Excerpts.excerpt(text, to - pads) + "'");
        }
    }

    private static String describe(CharacterSet set) {
        switch (set) {
            case NUMERIC:
                return "digits 0-9";
            case CSET82:
                return "GS1 CSET 82 characters";
            case CSET39:
                return "GS1 CSET 39 characters";
            default:
                return "GS1 CSET 64 (base64url) characters";
        }
    }

    /**
     * Orders AIs by code as text.
     *
     * @param other the other AI, not null
     * @return negative, zero or positive as this code sorts before, equal to or after the other
     */
    @Override
    public int compareTo(ApplicationIdentifier other) {
        return code.compareTo(other.code);
    }

    /**
     * Compares codes.
     *
     * @param obj the object to compare with, may be null
     * @return true if {@code obj} is an AI with the same code
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ApplicationIdentifier
                && code.equals(((ApplicationIdentifier) obj).code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the AI in brackets with its title and format, for example
     * {@code (01) GTIN N14,csum,gcppos2}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "(" + code + ") " + title + " " + format();
    }
}
