package dev.pgsafety.cli.demo;

import java.nio.file.Path;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;

import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.testkit.junit.PgDatabase;

/** Step: the change as it is usually written goes through Flyway with pgsafety, which must stop it unrun. */
final class NaiveMigrationStep {

    private final PgDatabase db;
    private final DemoFlyway flyway;
    private final Console console;

    NaiveMigrationStep(PgDatabase db, DemoFlyway flyway, Console console) {
        this.db = db;
        this.flyway = flyway;
        this.console = console;
    }

    /** True when pgsafety rejected the migration and the database shows nothing of it. */
    boolean run(Path workDir) throws Exception {
        Path location = DemoMigrations.write(DemoMigrations.NAIVE, workDir.resolve("naive"));
        ScriptListing.print(console, DemoMigrations.NAIVE);
        console.say("flyway migrate:");
        String rejection;
        try {
            flyway.migrate(location, new SafetyCallback());
            console.say("NOT EXPECTED: Flyway applied the naive migration; pgsafety should have stopped it.");
            return false;
        } catch (FlywayException e) {
            rejection = e.getMessage();
        }
        console.say("Rejected. pgsafety's message, as Flyway reports it:");
        console.say(quoted(rejection));
        return nothingApplied(location);
    }

    private boolean nothingApplied(Path location) throws SQLException {
        OrdersCatalogState state = OrdersCatalogState.read(db);
        boolean noVersion2 = !flyway.appliedVersions(location).contains("2");
        if (state.untouched() && noVersion2) {
            console.say("Checked: no index, no new column, no version 2 in flyway_schema_history. Nothing ran.");
            return true;
        }
        console.say("NOT EXPECTED: the rejected migration left changes behind: " + state
                + (noVersion2 ? "" : ", version 2 recorded as applied"));
        return false;
    }

    private static String quoted(String message) {
        return "  | " + message.stripTrailing().replace("\n", "\n  | ");
    }
}
