package dev.pgsafety.cli.demo;

import java.nio.file.Path;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;

import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.traffic.LiveTraffic;

/**
 * Step: the safe version runs through Flyway with pgsafety under live traffic, while a long report query holds a
 * lock on orders, so that pgsafety's lock timeout and retry have something to do.
 */
final class SafeMigrationStep {

    private final PgDatabase db;
    private final DemoFlyway flyway;
    private final Console console;
    private final long reportQueryMillis;

    /** What the step did: whether it succeeded, when the migration ran (nanoTime), and pgsafety's run report. */
    record Outcome(boolean ok, long from, long to, String report) {
    }

    SafeMigrationStep(PgDatabase db, DemoFlyway flyway, Console console, long reportQueryMillis) {
        this.db = db;
        this.flyway = flyway;
        this.console = console;
        this.reportQueryMillis = reportQueryMillis;
    }

    // The report query and the progress line only need to live as long as the migration: resources never referenced.
    @SuppressWarnings("try")
    Outcome run(Path workDir, LiveTraffic traffic) throws Exception {
        Path location = DemoMigrations.write(DemoMigrations.SAFE, workDir.resolve("safe"));
        ScriptListing.print(console, DemoMigrations.SAFE);
        String held = Console.seconds(reportQueryMillis * 1_000_000);
        console.say("Meanwhile a report query (application_name " + Sessions.HOLDER_APPLICATION + ") reads orders in a\n"
                + "transaction that stays open for " + held + ". ALTER TABLE must wait for it, and every query on\n"
                + "orders queues behind the waiting ALTER TABLE: without a lock timeout, for all " + held + ".");
        console.say("flyway migrate:");
        SafetyCallback callback = new SafetyCallback();
        long from;
        long to;
        boolean migrated;
        try (var reportQuery = new Sessions.LockHolder(db, "SELECT count(*) FROM orders", reportQueryMillis);
             var ticker = TrafficTicker.start(traffic, console)) {
            from = System.nanoTime();
            migrated = migrate(location, callback);
            to = System.nanoTime();
        }
        if (migrated) {
            console.say("Applied in " + Console.seconds(to - from) + ", while the traffic ran.");
        }
        return new Outcome(migrated && verified(), from, to, DemoFlyway.report(callback));
    }

    private boolean migrate(Path location, SafetyCallback callback) {
        try {
            flyway.migrate(location, callback);
            return true;
        } catch (FlywayException e) {
            console.say("NOT EXPECTED: the safe migration failed:\n" + e.getMessage());
            return false;
        }
    }

    private boolean verified() throws SQLException {
        OrdersCatalogState state = OrdersCatalogState.read(db);
        if (state.complete()) {
            console.say("Checked: column " + DemoMigrations.COLUMN + " exists, index " + DemoMigrations.INDEX + " is valid.");
            return true;
        }
        console.say("NOT EXPECTED: after the safe migration the catalog shows " + state);
        return false;
    }
}
