package dev.pgsafety.bench.stall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.pgsafety.core.config.Durations;
import dev.pgsafety.testkit.PgServer;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.traffic.LiveTraffic;
import dev.pgsafety.testkit.traffic.OrdersTables;
import dev.pgsafety.testkit.traffic.TrafficLog;
import dev.pgsafety.testkit.traffic.TrafficOptions;
import dev.pgsafety.testkit.traffic.WindowStats;

/**
 * Runs one scenario one way on a copy of the seeded database: traffic starts, warms up, the migration runs (a
 * long report query holding its transaction first, in the lock-queue scenario), the traffic runs on a little, and
 * the window of the migration is measured. The copy is dropped afterwards.
 */
final class ScenarioRunner {

    static final String TEMPLATE = "stall_template";

    private final PgServer server;
    private final StallSettings settings;

    ScenarioRunner(PgServer server, StallSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** Creates the database every run copies: the application's tables with {@code rows} orders. */
    void seed() throws SQLException {
        server.dropDatabase(TEMPLATE);
        server.createDatabase(TEMPLATE);
        try (Connection c = server.connect(TEMPLATE)) {
            OrdersTables.create(c, settings.rows());
        }
    }

    RunResult run(Scenario scenario, Variant variant) throws Exception {
        String name = "stall_run";
        server.dropDatabase(name);
        try (Connection admin = server.connect(server.adminDatabase()); var st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            for (Map.Entry<String, String> setting : settings.serverSettings().entrySet()) {
                // Set on the copy, before any session connects: every session of the run gets it, nothing else.
                st.execute("ALTER DATABASE " + name + " SET " + setting.getKey() + " = '"
                        + setting.getValue().replace("'", "''") + "'");
            }
            checkpoint(st);
        }
        PgDatabase db = new PgDatabase(server, name);
        Path dir = Files.createTempDirectory("pgsafety-stall-");
        try {
            return measure(db, dir, scenario, variant);
        } finally {
            server.dropDatabase(name);
            deleteTree(dir);
        }
    }

    private RunResult measure(PgDatabase db, Path dir, Scenario scenario, Variant variant) throws Exception {
        long versionsBefore;
        try (Connection c = db.connect(); var st = c.createStatement()) {
            for (String sql : scenario.setup()) {
                st.execute(sql);
            }
            versionsBefore = OrdersTables.versionSum(c);
        }
        TrafficOptions options = scenario.traffic().apply(
                TrafficOptions.defaults(settings.rows()).withThreads(settings.writers(), settings.readers()));
        ToolRun tool = variant.liquibase() ? new LiquibaseToolRun() : new FlywayToolRun();
        Migration migration = scenario.migrations().get(variant);
        LiveTraffic traffic = LiveTraffic.start(db, options);
        WaitSampler sampler = WaitSampler.start(db, settings.sampleWaits());
        Outcome outcome;
        long start;
        long end;
        try {
            Thread.sleep(settings.warmup().toMillis());
            ReportQuery holder = scenario.holdLockMillis() > 0 ? new ReportQuery(db, scenario.holdLockMillis()) : null;
            try {
                start = System.nanoTime();
                outcome = tool.migrate(db, dir, migration, variant.pgsafety() ? safetySettings(variant) : null);
                end = System.nanoTime();
            } finally {
                if (holder != null) {
                    holder.close();
                }
            }
            Thread.sleep(settings.cooldown().toMillis());
        } finally {
            traffic.stop();
            if (sampler != null) {
                sampler.close();
            }
        }
        TrafficLog log = traffic.stop();
        WaitSampler.Samples samples = sampler == null ? WaitSampler.Samples.NONE : sampler.stop();
        if (!log.errors().isEmpty()) {
            throw new IllegalStateException("the live traffic failed during " + scenario.id() + " / " + variant
                    + ": " + log.errors());
        }
        // The baseline: the warm-up's second half, once connections and plans are warm.
        WindowStats window = log.window(start, end, settings.warmup().toNanos() / 2);
        boolean done;
        long lost;
        try (Connection c = db.connect()) {
            done = "t".equals(first(c, scenario.doneCheck())) || "true".equals(first(c, scenario.doneCheck()));
            lost = log.updatesCommitted() - (OrdersTables.versionSum(c) - versionsBefore);
            if (scenario.staleRowsCheck() != null && done) {
                lost += Long.parseLong(first(c, scenario.staleRowsCheck()));
            }
        }
        return new RunResult(scenario, variant, outcome, (end - start) / 1e6, window, done, lost,
                Timeline.of(log, start, end), sampler == null ? List.of() : SlowOperation.of(log, samples, start, end));
    }

    /** pgsafety's settings for the tool: every table counts as large, so a small smoke run behaves as a full one. */
    private Map<String, String> safetySettings(Variant variant) {
        String prefix = variant.liquibase() ? "liquibase.safety." : "flyway.safety.";
        Map<String, String> s = new HashMap<>();
        s.put(prefix + "lockTimeout", Durations.setting(settings.lockTimeout()));
        s.put(prefix + "lockTimeoutMax", Durations.setting(settings.lockTimeout()));
        s.put(prefix + "smallTableRows", "0");
        s.put(prefix + "smallTableBytes", "0");
        return s;
    }

    /**
     * From PostgreSQL 15 a database copy goes through the WAL, the whole database of it: without a checkpoint now,
     * one would start whenever max_wal_size fills up, in one run's migration window and not in another's. A server
     * given by URL may not let the benchmark's user run it (SUPERUSER or pg_checkpoint); then runs are noisier.
     */
    private static void checkpoint(java.sql.Statement st) throws SQLException {
        try {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
