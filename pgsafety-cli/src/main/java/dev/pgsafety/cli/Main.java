package dev.pgsafety.cli;

import java.io.PrintStream;
import java.util.Arrays;

import dev.pgsafety.cli.demo.DemoCommand;
import dev.pgsafety.cli.lint.LintCommand;

/** {@code pgsafety <command> ...}: the entry point of the executable jar. */
public final class Main {

    static final String USAGE = """
            Usage: pgsafety <command> [options]

            Commands:
              lint    Check PostgreSQL migrations (SQL files or folders) for unsafe schema changes.
                      pgsafety lint [--pg-version N] [--format text|json|sarif] [--no-transaction]
                                    [--config FILE] [--strict] PATH...
              demo    Watch pgsafety reject a naive migration and run the safe one under live traffic,
                      on an embedded PostgreSQL (or --url); under a minute.
                      pgsafety demo [--rows N] [--pg-version N] [--url JDBC_URL --user U --password P]
              help    Show this help; `pgsafety <command> --help` shows the options of a command.

            Exit codes of lint: 0 no error-severity finding, 1 at least one, 2 usage or input problem.
            Exit codes of demo: 0 it showed what it should, 1 it did not, 2 usage problem.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command and returns the exit code; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "lint" -> new LintCommand(out, err).run(rest);
                case "demo" -> new DemoCommand(out, err).run(rest);
                case "--version", "version" -> {
                    out.println("pgsafety " + Version.get());
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'; run `pgsafety help`");
            };
        } catch (UsageException e) {
            err.println("pgsafety: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("pgsafety: internal error: " + e + " (please report it with the input that caused it)");
            return 2;
        }
    }
}
