package dev.pgsafety.cli.demo;

import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import dev.pgsafety.core.report.MigrationReport;
import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.testkit.junit.PgDatabase;

/** Flyway on the demo's database with pgsafety's callback, the way an application project configures it. */
final class DemoFlyway {

    private final PgDatabase db;

    DemoFlyway(PgDatabase db) {
        this.db = db;
    }

    /** Marks the seeded schema as version 1, as for a project adopting Flyway on a live database. */
    void baseline() {
        flyway(null, new SafetyCallback()).baseline();
    }

    /** Migrates the scripts in {@code location}; a pgsafety rejection comes as Flyway's FlywayException. */
    MigrateResult migrate(Path location, SafetyCallback callback) {
        return flyway(location, callback).migrate();
    }

    /** Versions Flyway recorded as applied successfully, baseline included. */
    List<String> appliedVersions(Path location) {
        return java.util.Arrays.stream(flyway(location, new SafetyCallback()).info().applied())
                .filter(m -> m.getState().isApplied() && !m.getState().isFailed())
                .map(m -> m.getVersion().getVersion())
                .toList();
    }

    static String report(SafetyCallback callback) {
        List<MigrationReport> reports = callback.lastRunReports();
        return reports.isEmpty() ? "" : MigrationReport.format(reports);
    }

    private Flyway flyway(Path location, SafetyCallback callback) {
        var config = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .loggers(FlywayConsoleLog.class.getName())
                .baselineVersion("1")
                .baselineDescription("orders seeded by the demo")
                .callbacks(callback);
        if (location != null) {
            config.locations("filesystem:" + location);
        }
        // Flyway's default transactional lock keeps a transaction open for the whole run, and CREATE INDEX
        // CONCURRENTLY waits for every older transaction: it would wait forever (pgsafety's pre-flight says so too).
        // Set through the typed plugin, since configuration(Map) needs Jackson, which the CLI does not carry.
        config.getPluginRegister().getExact(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return config.load();
    }
}
