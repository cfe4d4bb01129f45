package dev.pgsafety.cli.demo;

import dev.pgsafety.cli.OptionValues;
import dev.pgsafety.cli.UsageException;
import dev.pgsafety.core.analysis.AnalysisOptions;

/** The parsed command line of {@code pgsafety demo}. */
record DemoArguments(long rows, String url, String user, String password, int pgVersion, boolean help) {

    static final long DEFAULT_ROWS = 200_000;
    static final int DEFAULT_PG_VERSION = 18;
    /**
     * pgsafety only warns about small tables (a plain index build on them is over in a moment), so a smaller
     * orders table would not show the rejection.
     */
    static final long MIN_ROWS = 2 * AnalysisOptions.SmallTableThreshold.DEFAULT.rows();
    private static final long MAX_ROWS = 100_000_000;

    static final String HELP = """
            Usage: pgsafety demo [--rows N] [--pg-version N] [--url JDBC_URL --user U --password P]

            Shows what pgsafety does, on a real PostgreSQL under live traffic, in under a minute: seeds an
            orders table, starts application traffic (writers and readers), then migrates it through Flyway
            with pgsafety twice. The naive migration is rejected before anything runs, with the reason and
            the safe SQL; the safe one runs while a long report query holds a lock on the table, and
            pgsafety's lock timeout and retry keep the traffic moving. Prints the traffic's longest stall and
            pgsafety's run report, then drops everything it created.

            Options:
              --rows N          orders to seed (default 200000, at least 20000: pgsafety only warns
                                about smaller tables)
              --pg-version N    embedded PostgreSQL major (default 18; the build brings only 18)
              --url JDBC_URL    use this running server instead of an embedded one, e.g.
                                jdbc:postgresql://localhost:5432/postgres; the demo creates and drops
                                a database pgsafety_demo_<random> on it (needs CREATEDB)
              --user U          user for --url
              --password P      password for --url
              -h, --help        this help

            Exit codes: 0 the demo showed what it should, 1 it did not (or PostgreSQL failed),
            2 usage problem or no embedded PostgreSQL binaries.
            """;

    static DemoArguments parse(String[] args) throws UsageException {
        long rows = DEFAULT_ROWS;
        String url = null;
        String user = null;
        String password = null;
        Integer pgVersion = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            OptionValues.Option option = OptionValues.Option.of(a);
            String name = option.name();
            String value = option.inlineValue();
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--rows" -> rows = rows(value != null ? value : OptionValues.next(args, ++i, name, "demo"));
                case "--url" -> url = value != null ? value : OptionValues.next(args, ++i, name, "demo");
                case "--user" -> user = value != null ? value : OptionValues.next(args, ++i, name, "demo");
                case "--password" -> password = value != null ? value : OptionValues.next(args, ++i, name, "demo");
                case "--pg-version" -> pgVersion = OptionValues.pgMajor(value != null ? value : OptionValues.next(args, ++i, name, "demo"));
                default -> throw new UsageException("unknown " + (a.startsWith("-") ? "option " : "argument ") + a
                        + "; see `pgsafety demo --help`");
            }
        }
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            throw new UsageException("--url " + url + ": use a PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/postgres");
        }
        if (url == null && (user != null || password != null)) {
            throw new UsageException("--user and --password go with --url (the embedded server needs neither)");
        }
        if (url != null && pgVersion != null) {
            throw new UsageException("--pg-version chooses the embedded server; with --url the server's own version is used");
        }
        return new DemoArguments(rows, url, user, password, pgVersion == null ? DEFAULT_PG_VERSION : pgVersion, help);
    }

    boolean embedded() {
        return url == null;
    }

    private static long rows(String value) throws UsageException {
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n >= MIN_ROWS && n <= MAX_ROWS) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--rows " + value + ": use a number of orders from " + MIN_ROWS + " to " + MAX_ROWS);
    }
}
