package dev.pgsafety.cli;

/** Option values every command reads the same way, with the same messages. */
public final class OptionValues {

    private OptionValues() {
    }

    /** An option as given: {@code --name=value} carries its value; otherwise a value is the next argument. */
    public record Option(String name, String inlineValue) {

        public static Option of(String arg) {
            int eq = arg.indexOf('=');
            return arg.startsWith("--") && eq > 0 ? new Option(arg.substring(0, eq), arg.substring(eq + 1)) : new Option(arg, null);
        }
    }

    /** {@code args[i]}, the value of {@code option}, or a usage error naming the command's help. */
    public static String next(String[] args, int i, String option, String command) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value; see `pgsafety " + command + " --help`");
        }
        return args[i];
    }

    /** A supported PostgreSQL major given to {@code --pg-version}. */
    public static int pgMajor(String value) throws UsageException {
        try {
            int v = Integer.parseInt(value);
            if (v >= 11 && v <= 18) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--pg-version " + value + ": use a PostgreSQL major from 11 to 18");
    }
}
