package dev.pgsafety.cli.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.cli.OptionValues;
import dev.pgsafety.cli.UsageException;

/** The parsed command line of {@code pgsafety lint}. */
record LintArguments(Integer pgVersion, Format format, boolean noTransaction, Path config, boolean strict,
                     long maxFileBytes, List<String> paths, boolean help) {

    enum Format { TEXT, JSON, SARIF }

    static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    static final String HELP = """
            Usage: pgsafety lint [options] PATH...

            Checks PostgreSQL migrations for schema changes that block or break a live application.
            PATH is a .sql file, a folder (its .sql files, Flyway V/R scripts in version order, others by
            name), a Liquibase changelog (.xml, .yaml, .json, or formatted .sql; read offline with its
            includes), or - for standard input. All PATHs form one run: tables from earlier files are known
            to later ones (and are never treated as new).

            Options:
              --pg-version N        target PostgreSQL major, 11 to 18 (default 18)
              --format FORMAT       text (default), json, or sarif (SARIF 2.1.0 for code scanning)
              --no-transaction      treat every statement as autocommitted (default: Flyway's rule, one
                                    transaction per file unless every statement must run outside one;
                                    a V..__x.sql.conf with executeInTransaction=false is honoured)
              --config FILE         properties file: pgsafety.pgVersion, pgsafety.strict,
                                    pgsafety.rules.<rule-id>=error|warning|off (flyway.safety.* and
                                    liquibase.safety.* keys are read too)
              --strict              statements pgsafety cannot parse are errors, not warnings
              --max-file-size SIZE  refuse larger files (default 64MB)
              -h, --help            this help

            Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or input problem.
            """;

    static LintArguments parse(String[] args) throws UsageException {
        Integer pgVersion = null;
        Format format = Format.TEXT;
        boolean noTransaction = false;
        boolean strict = false;
        boolean help = false;
        Path config = null;
        long maxBytes = DEFAULT_MAX_FILE_BYTES;
        List<String> paths = new ArrayList<>();
        boolean onlyPaths = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyPaths || a.equals("-") || !a.startsWith("-")) {
                paths.add(a);
                continue;
            }
            OptionValues.Option option = OptionValues.Option.of(a);
            String name = option.name();
            String value = option.inlineValue();
            switch (name) {
                case "--" -> onlyPaths = true;
                case "-h", "--help" -> help = true;
                case "--no-transaction" -> noTransaction = true;
                case "--strict" -> strict = true;
                case "--pg-version" -> {
                    value = value != null ? value : OptionValues.next(args, ++i, name, "lint");
                    pgVersion = OptionValues.pgMajor(value);
                }
                case "--format" -> {
                    value = value != null ? value : OptionValues.next(args, ++i, name, "lint");
                    format = switch (value.toLowerCase(java.util.Locale.ROOT)) {
                        case "text" -> Format.TEXT;
                        case "json" -> Format.JSON;
                        case "sarif" -> Format.SARIF;
                        default -> throw new UsageException("--format " + value + ": use text, json or sarif");
                    };
                }
                case "--config" -> config = Path.of(value != null ? value : OptionValues.next(args, ++i, name, "lint"));
                case "--max-file-size" -> maxBytes = size(value != null ? value : OptionValues.next(args, ++i, name, "lint"));
                default -> throw new UsageException("unknown option " + a + "; see `pgsafety lint --help`");
            }
        }
        if (!help && paths.isEmpty()) {
            throw new UsageException("lint needs at least one PATH (a .sql file, a folder, or - for stdin); "
                    + "see `pgsafety lint --help`");
        }
        return new LintArguments(pgVersion, format, noTransaction, config, strict, maxBytes, paths, help);
    }

    private static long size(String value) throws UsageException {
        var m = java.util.regex.Pattern.compile("(?i)(\\d+)\\s*(b|kb|mb|gb)?").matcher(value.trim());
        if (!m.matches()) {
            throw new UsageException("--max-file-size " + value + ": use a size like 64MB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "kb" -> n << 10;
            case "mb" -> n << 20;
            case "gb" -> n << 30;
            default -> n;
        };
    }
}
