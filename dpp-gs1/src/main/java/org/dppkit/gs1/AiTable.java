package org.dppkit.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The AI table, read from the bundled GS1 Barcode Syntax Dictionary when this class is
 * initialised; internal. Lookups index an array by AI length and numeric value, so they neither
 * allocate nor hash.
 */
final class AiTable {

    /** Name of the bundled dictionary, relative to this class. */
    static final String RESOURCE = "gs1-syntax-dictionary.txt";

    /** Index: (length - 2) * 10000 + numeric value, for AIs of 2 to 4 digits. */
    private static final ApplicationIdentifier[] BY_CODE = new ApplicationIdentifier[30000];
    private static final List<ApplicationIdentifier> ALL;

    static {
        List<ApplicationIdentifier> all = new ArrayList<>();
        try (InputStream in = AiTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                parseEntry(trimmed, number, all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        all.sort(null);
        for (ApplicationIdentifier ai : all) {
            BY_CODE[index(ai.code(), 0, ai.code().length())] = ai;
        }
        for (ApplicationIdentifier ai : all) {
            List<List<String>> sequences = ai.qualifierSequences();
            if (!ai.isPrimaryKey()) {
                continue;
            }
            boolean[][] valid = new boolean[sequences.size()][];
            for (int a = 0; a < sequences.size(); a++) {
                List<String> seq = sequences.get(a);
                valid[a] = new boolean[1 << seq.size()];
                for (int mask = 0; mask < valid[a].length; mask++) {
                    List<String> codes = new ArrayList<>();
                    codes.add(ai.code());
                    for (int q = 0; q < seq.size(); q++) {
                        if ((mask & (1 << q)) != 0) {
                            codes.add(seq.get(q));
                        }
                    }
                    valid[a][mask] = Associations.passes(codes);
                }
            }
            ai.qualifierCombinationValid = valid;
        }
        ALL = Collections.unmodifiableList(all);
    }

    /**
     * AI length by its first two digits (GS1 General Specifications 3.2, as tabulated by the
     * GS1 Barcode Syntax Engine); 0 where no AI is allocated. Used to delimit unknown AIs.
     */
    private static final byte[] PREFIX_LENGTH = new byte[100];

    static {
        String table = "00:2 01:2 02:2 10:2 11:2 12:2 13:2 15:2 16:2 17:2 20:2 21:2 22:2 23:3 24:3 "
                + "25:3 30:2 31:4 32:4 33:4 34:4 35:4 36:4 37:2 39:4 40:3 41:3 42:3 43:4 70:4 71:3 "
                + "72:4 80:4 81:4 82:4 90:2 91:2 92:2 93:2 94:2 95:2 96:2 97:2 98:2 99:2";
        for (int i = 0; i < table.length(); i += 5) {
            int prefix = (table.charAt(i) - '0') * 10 + (table.charAt(i + 1) - '0');
            PREFIX_LENGTH[prefix] = (byte) (table.charAt(i + 3) - '0');
        }
    }

    private AiTable() {
    }

    /**
     * Returns the length of an AI starting at {@code text[from]} by its two-digit prefix, or 0
     * if the prefix has no AIs.
     */
    static int prefixLength(CharSequence text, int from) {
        if (from + 2 > text.length()) {
            return 0;
        }
        char a = text.charAt(from);
        char b = text.charAt(from + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return 0;
        }
        return PREFIX_LENGTH[(a - '0') * 10 + (b - '0')];
    }

    static List<ApplicationIdentifier> all() {
        return ALL;
    }

    /**
     * Returns the AI spelled by {@code text[from, to)}, or null.
     */
    static ApplicationIdentifier lookup(CharSequence text, int from, int to) {
        int i = index(text, from, to);
        return i < 0 ? null : BY_CODE[i];
    }

    /** Returns the array index for an AI code, or -1 if it is not 2 to 4 digits. */
    static int index(CharSequence text, int from, int to) {
        int length = to - from;
        if (length < 2 || length > 4) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return (length - 2) * 10000 + value;
    }

    /**
     * Parses one dictionary line: {@code AIs [flags] spec... [attrs...] [# title]}.
     */
    private static void parseEntry(String line, int number, List<ApplicationIdentifier> out) {
        String title = "";
        int hash = line.indexOf('#');
        String body = line;
        if (hash >= 0) {
            title = line.substring(hash + 1).strip();
            body = line.substring(0, hash);
        }
        String[] tokens = body.strip().split("\\s+");
        String range = tokens[0];
        int t = 1;
        boolean predefined = false;
        boolean attribute = false;
        char first = tokens[t].charAt(0);
        if ("NXYZ[".indexOf(first) < 0) {
            predefined = tokens[t].indexOf('*') >= 0;
            attribute = tokens[t].indexOf('?') >= 0;
            t++;
        }
        List<ApplicationIdentifier.Component> components = new ArrayList<>();
        List<List<String>> qualifiers = null;
        List<String> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.startsWith("req=")) {
                requires.add(token.substring(4));
            } else if (token.startsWith("ex=")) {
                excludes.add(token.substring(3));
            } else if (token.equals("dlpkey")) {
                qualifiers = List.of(List.of());
            } else if (token.startsWith("dlpkey=")) {
                qualifiers = new ArrayList<>();
                for (String alternative : token.substring(7).split("\\|")) {
                    qualifiers.add(List.of(alternative.split(",")));
                }
            } else if (token.indexOf('=') >= 0) {
                continue; // other attributes are not used
            } else {
                components.add(parseComponent(token, number));
            }
        }
        int dash = range.indexOf('-');
        if (dash < 0) {
            out.add(new ApplicationIdentifier(range, title, predefined, attribute, qualifiers,
                    components, requires, excludes));
        } else {
            String from = range.substring(0, dash);
            String to = range.substring(dash + 1);
            int width = from.length();
            for (int v = Integer.parseInt(from); v <= Integer.parseInt(to); v++) {
                String code = String.format(java.util.Locale.ROOT, "%0" + width + "d", v);
                out.add(new ApplicationIdentifier(code, title, predefined, attribute, qualifiers,
                        components, requires, excludes));
            }
        }
    }

    private static ApplicationIdentifier.Component parseComponent(String token, int number) {
        boolean optional = token.indexOf('[') >= 0;
        String plain = token.replace("[", "").replace("]", "");
        String[] parts = plain.split(",");
        String type = parts[0];
        ApplicationIdentifier.CharacterSet set;
        switch (type.charAt(0)) {
            case 'N':
                set = ApplicationIdentifier.CharacterSet.NUMERIC;
                break;
            case 'X':
                set = ApplicationIdentifier.CharacterSet.CSET82;
                break;
            case 'Y':
                set = ApplicationIdentifier.CharacterSet.CSET39;
                break;
            case 'Z':
                set = ApplicationIdentifier.CharacterSet.CSET64;
                break;
            default:
                throw new IllegalStateException("bad component '" + token + "' on line " + number
                        + " of " + RESOURCE);
        }
        String length = type.substring(1);
        int min;
        int max;
        if (length.startsWith("..")) {
            min = 1;
            max = Integer.parseInt(length.substring(2));
        } else {
            min = Integer.parseInt(length);
            max = min;
        }
        List<String> linters = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            linters.add(parts[i]);
        }
        return new ApplicationIdentifier.Component(set, min, max, optional, linters);
    }
}
