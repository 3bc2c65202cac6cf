package org.dppkit.gs1;

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
        for (int i = 0, n = codes.size(); i < n; i++) {
            String code = codes.get(i);
            ApplicationIdentifier ai = AiTable.lookup(code, 0, code.length());
            if (ai == null) {
                continue;
            }
            List<String> excludes = ai.excludes();
            for (int e = 0; e < excludes.size(); e++) {
                for (String pattern : excludes.get(e).split(",")) {
                    for (String other : codes) {
                        if (!other.equals(code) && matches(pattern, other)) {
                            throw new Gs1SyntaxException(Gs1ErrorCode.BAD_AI_COMBINATION, -1,
                                    "AI (" + code + ") must not appear together with (" + other
                                            + ")" + where(input));
                        }
                    }
                }
            }
            List<String> requires = ai.requires();
            for (int r = 0; r < requires.size(); r++) {
                String rule = requires.get(r);
                if (!satisfied(rule, codes)) {
                    throw new Gs1SyntaxException(Gs1ErrorCode.BAD_AI_COMBINATION, -1,
                            "AI (" + code + ") requires " + describe(rule) + where(input));
                }
            }
        }
    }

    private static String where(CharSequence input) {
        return input == null ? "" : " in '" + Texts.truncate(input) + "'";
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

    private static boolean satisfied(String rule, List<String> codes) {
        for (String alternative : rule.split(",")) {
            boolean all = true;
            for (String pattern : alternative.split("\\+")) {
                boolean found = false;
                for (String code : codes) {
                    if (matches(pattern, code)) {
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
