package org.dppkit.gs1;

import org.dppkit.gs1.internal.Excerpts;

import java.util.List;

/**
 * The AI association rules of the GS1 Barcode Syntax Dictionary ({@code req=} and {@code ex=});
 * internal.
 */
final class Associations {

    private Associations() {
    }

    /**
     * Checks the rules over the AIs present.
     *
     * @param codes the AI codes present, in order (unknown AIs are skipped)
     * @param input the input for messages, or null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_AI_COMBINATION} if a rule fails
     */
    static void check(List<String> codes, CharSequence input) {
        check(codes.toArray(new String[0]), input);
    }

    /**
     * Checks the rules over the AIs present.
     *
     * @param codes the AI codes present (unknown AIs are skipped)
     * @param input the input for messages, or null
     * @throws Gs1SyntaxException {@link Gs1ErrorCode#BAD_AI_COMBINATION} if a rule fails
     */
    static void check(String[] codes, CharSequence input) {
        for (int i = 0, n = codes.length; i < n; i++) {
            String code = codes[i];
            ApplicationIdentifier ai = AiTable.lookup(code, 0, code.length());
            if (ai == null) {
                continue;
            }
            String[] excludes = ai.excludePatterns;
            for (int e = 0; e < excludes.length; e++) {
                for (int j = 0; j < n; j++) {
                    String other = codes[j];
                    if (j != i && !other.equals(code) && matches(excludes[e], other)) {
                        throw new Gs1SyntaxException(Gs1ErrorCode.BAD_AI_COMBINATION, -1,
                                "AI (" + code + ") must not appear together with (" + other
                                        + ")" + where(input));
                    }
                }
            }
            String[][][] rules = ai.requireRules;
            for (int r = 0; r < rules.length; r++) {
                if (!satisfied(rules[r], codes)) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_AI_COMBINATION, -1,
                            "AI (" + code + ") requires " + describe(ai.requires().get(r))
                                    + where(input));
                }
            }
        }
    }

    /** Tells whether the rules pass; used once per key and qualifier combination at start-up. */
    static boolean passes(List<String> codes) {
        try {
            check(codes, null);
            return true;
        } catch (Gs1SyntaxException e) {
            return false;
        }
    }

    private static String where(CharSequence input) {
        return input == null ? "" : " in '" + Excerpts.truncate(input) + "'";
    }

    private static String describe(String rule) {
        StringBuilder sb = new StringBuilder();
        String[] alternatives = rule.split(",");
        for (int i = 0; i < alternatives.length; i++) {
            if (i > 0) {
                sb.append(i == alternatives.length - 1 ? " or " : ", ");
            }
            sb.append('(').append(alternatives[i].replace("+", ") with (")).append(')');
        }
        return sb.toString();
    }

    private static boolean satisfied(String[][] alternatives, String[] codes) {
        for (String[] alternative : alternatives) {
            boolean all = true;
            for (String pattern : alternative) {
                boolean found = false;
                for (int i = 0, n = codes.length; i < n; i++) {
                    if (matches(pattern, codes[i])) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
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

    /** A pattern is an AI where 'n' stands for any digit. */
    static boolean matches(String pattern, String code) {
        if (pattern.length() != code.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'n' && p != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
