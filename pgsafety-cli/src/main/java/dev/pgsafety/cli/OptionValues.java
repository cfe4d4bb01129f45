package dev.pgsafety.cli;

/** Option values every command reads the same way, with the same messages. */
public final class OptionValues {

    private OptionValues() {
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
