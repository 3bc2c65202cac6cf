package org.dppkit.examples;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line options of the examples: {@code --name value} or {@code --name=value}, plus the
 * flag {@code --help} ({@code -h}). Each example says which options it takes; an unknown option,
 * a missing value, a repeated option or a positional argument is a {@link UsageException} whose
 * message names it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Arguments {

    /** A wrong command line; the message names the option and the problem. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> values;
    private final boolean help;

    private Arguments(Map<String, String> values, boolean help) {
        this.values = values;
        this.help = help;
    }

    /**
     * Parses the arguments.
     *
     * @param args the command line, not null
     * @param allowed the option names this example takes, without {@code --}
     * @return the options
     * @throws UsageException if an argument is not one of the allowed options
     */
    static Arguments parse(String[] args, Set<String> allowed) {
        Objects.requireNonNull(args, "args");
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = Objects.requireNonNull(args[i], "args[" + i + "]");
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "': options are "
                        + options(allowed));
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    if (!allowed.contains(name)) {
                        throw unknown(name, allowed);
                    }
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args[++i];
            }
            if (!allowed.contains(name)) {
                throw unknown(name, allowed);
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        return new Arguments(Map.copyOf(values), help);
    }

    private static UsageException unknown(String name, Set<String> allowed) {
        return new UsageException("unknown option --" + name + ": options are "
                + options(allowed));
    }

    private static String options(Set<String> allowed) {
        StringBuilder sb = new StringBuilder();
        allowed.stream().sorted().forEach(o -> sb.append("--").append(o).append(", "));
        return sb.append("--help").toString();
    }

    /** Tells whether {@code --help} was given. */
    boolean help() {
        return help;
    }

    /** Returns an option's text, if given. */
    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Returns a path option, or the default. */
    Path path(String name, String defaultPath) {
        String text = get(name).orElse(defaultPath);
        if (text.isBlank()) {
            throw new UsageException("option --" + name + " needs a non-empty path");
        }
        try {
            return Paths.get(text);
        } catch (RuntimeException e) {
            throw new UsageException("option --" + name + ": '" + text + "' is not a path ("
                    + e.getMessage() + ")");
        }
    }

    /** Returns a whole-number option within bounds, or the default. */
    int count(String name, int defaultValue, int min, int max) {
        Optional<String> text = get(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " must be a whole number but was '"
                    + RowError.truncate(text.get()) + "'");
        }
        if (value < min || value > max) {
            throw new UsageException("option --" + name + " must be between " + min + " and "
                    + max + " but was " + value);
        }
        return value;
    }

    /** Returns an option that must be one of some words (case-insensitive), or the default. */
    String choice(String name, List<String> choices, String defaultValue) {
        Optional<String> text = get(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        String value = text.get().trim().toLowerCase(Locale.ROOT);
        if (!choices.contains(value)) {
            throw new UsageException("option --" + name + " must be one of "
                    + String.join(", ", choices) + " but was '"
                    + RowError.truncate(text.get()) + "'");
        }
        return value;
    }
}
