package dev.pgsafety.bench.stall;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.pgsafety.bench.MigrationStamps;
import dev.pgsafety.testkit.PgServer;
import dev.pgsafety.testkit.StandaloneServer;

/**
 * The live-traffic stall benchmark: for each scenario and each way of running it, how the application's reads and
 * writes fared while the migration ran. Prints a markdown table and writes it, with one latency chart per
 * scenario, to the output folder. See docs/performance.md.
 */
public final class StallBenchmark {

    private StallBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StallSettings settings;
        try {
            settings = StallSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<RunResult> results = run(settings, System.out);
        boolean met = results.stream().filter(r -> r.scenario().showsPgsafety(r.variant()))
                .allMatch(r -> r.succeeded() && r.lostUpdates() == 0);
        System.exit(met ? 0 : 1);
    }

    /** Runs the selected scenarios and variants; {@code progress} gets a line per run and the tables. */
    public static List<RunResult> run(StallSettings settings, PrintStream progress) throws Exception {
        // Liquibase logs every changeset at INFO; the benchmark's own lines are what matter here.
        // Both tools log every step at INFO (Liquibase through java.util.logging, Flyway too when SLF4J has no
        // binding); warnings, such as pgsafety's lock waits naming the blocker, still show.
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.setLevel(Level.WARNING);
        }
        List<RunResult> results = new ArrayList<>();
        try (PgServer server = StandaloneServer.start(settings.url(), settings.user(), settings.password(),
                settings.binaries(), settings.pgVersion())) {
            ScenarioRunner runner = new ScenarioRunner(server, settings);
            long t0 = System.nanoTime();
            progress.printf(Locale.ROOT, "PostgreSQL %d (%s): seeding %,d orders...%n", server.major(), server.origin(),
                    settings.rows());
            runner.seed();
            progress.printf(Locale.ROOT, "seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            Files.createDirectories(settings.out());
            for (Scenario scenario : Scenarios.all(settings.hold().toMillis())) {
                if (!settings.scenarios().isEmpty() && !settings.scenarios().contains(scenario.id())) {
                    continue;
                }
                List<Variant> variants = scenario.migrations().keySet().stream()
                        .filter(v -> settings.variants().isEmpty() || settings.variants().contains(v)).toList();
                if (settings.repeat() > 1) {
                    // Timed runs compared with each other: a first round, not counted, loads and compiles both
                    // tools' code and warms the server, so that no variant pays for that alone.
                    for (Variant variant : variants) {
                        print(progress, scenario, variant, runner.run(scenario, variant), " (warm-up, not counted)");
                    }
                }
                List<RunResult> runs = new ArrayList<>();
                for (int repetition = 0; repetition < settings.repeat(); repetition++) {
                    // Every other round in reverse order, so that a drift over time favours no variant.
                    List<Variant> order = new ArrayList<>(variants);
                    if (repetition % 2 == 1) {
                        java.util.Collections.reverse(order);
                    }
                    for (Variant variant : order) {
                        RunResult r = runner.run(scenario, variant);
                        print(progress, scenario, variant, r, "");
                        runs.add(r);
                    }
                }
                results.addAll(runs);
                // One run per variant: with --repeat, the one whose traffic stalled longest.
                List<RunResult> charted = runs.stream().filter(r -> r.variant() == Variant.FLYWAY_NAIVE
                                || scenario.showsPgsafety(r.variant()))
                        .collect(java.util.stream.Collectors.toMap(RunResult::variant, r -> r,
                                (a, b) -> b.window().maxMillis() > a.window().maxMillis() ? b : a,
                                () -> new java.util.EnumMap<Variant, RunResult>(Variant.class)))
                        .values().stream().toList();
                if (!charted.isEmpty()) {
                    LatencyChart.write(scenario.id() + ": " + scenario.title() + ", " + String.format(Locale.ROOT,
                            "%,d orders", settings.rows()), charted, settings.out().resolve(scenario.id() + ".png"));
                }
            }
            String report = report(results, settings, server);
            progress.println();
            progress.println(report);
            Files.writeString(settings.out().resolve("results.md"), report);
        }
        return results;
    }

    private static void print(PrintStream progress, Scenario scenario, Variant variant, RunResult r, String note) {
        MigrationStamps.Phases p = r.outcome().phases();
        String phases = p == null || p.migrations().isEmpty() ? "" : String.format(Locale.ROOT, " (before %.0f ms, %s, after %.0f ms)",
                p.untilFirstMigration(), p.migrations().stream().map(m -> String.format(Locale.ROOT, "%.0f", m))
                        .collect(java.util.stream.Collectors.joining(" + ", "migrations ", " ms")), p.afterLastMigration());
        progress.printf(Locale.ROOT, "%-12s %-45s %-9s migration %9s, max stall %9s%s%s%n", scenario.id(), variant.label(),
                r.outcome().kind(), ResultsTable.millis(r.wallMillis()), ResultsTable.millis(r.window().maxMillis()),
                phases, note);
        for (SlowOperation slow : r.slowOperations()) {
            progress.println("    slow " + slow.describe());
        }
    }

    private static String report(List<RunResult> results, StallSettings settings, PgServer server) {
        String phases = ResultsTable.phases(results);
        return String.format(Locale.ROOT, "Stall benchmark, %s: PostgreSQL %d (%s), %,d orders, %d writers and %d readers,"
                        + " pgsafety lock timeout %s, report query held for %s in lock-queue; %d cores, Java %s.%n%n",
                LocalDate.now(), server.major(), server.origin(), settings.rows(), settings.writers(), settings.readers(),
                human(settings.lockTimeout()), human(settings.hold()), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"))
                + ResultsTable.render(results, settings) + "\n" + ResultsTable.verdicts(results, settings)
                + (phases.isEmpty() ? "" : "\n" + phases) + serverSettings(settings) + slowOperations(results, settings);
    }

    private static String serverSettings(StallSettings settings) {
        return settings.serverSettings().isEmpty() ? "" : "\nServer settings for every run: " + settings.serverSettings()
                .entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).sorted()
                .collect(java.util.stream.Collectors.joining(", ")) + ".\n";
    }

    private static String slowOperations(List<RunResult> results, StallSettings settings) {
        if (settings.sampleWaits() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n### Operations over 50 ms, with what"
                + " pg_stat_activity showed while they ran (polled every %s)%n%n", human(settings.sampleWaits())));
        java.util.Map<String, Integer> runs = new java.util.HashMap<>();
        for (RunResult r : results) {
            String way = r.scenario().id() + ", " + r.variant().label();
            int run = runs.merge(way, 1, Integer::sum);
            for (SlowOperation slow : r.slowOperations()) {
                out.append("- ").append(way).append(", run ").append(run).append(": ").append(slow.describe())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String human(Duration d) {
        return ResultsTable.millis(d.toMillis());
    }

}
