package dev.pgsafety.bench.stall;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

import dev.pgsafety.liquibase.change.PgSafetyXml;
import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * Liquibase {@code update} through its command API. pgsafety's extension is on this class path, as it is for a
 * team that added it; the variants without pgsafety turn it off with {@code liquibase.safety.mode=off}.
 */
final class LiquibaseToolRun implements ToolRun {

    /** How pgsafety's validation error for a changeset starts. */
    static final String REJECTED = "pgsafety: unsafe statement in changeset";

    @Override
    public Outcome migrate(PgDatabase db, Path dir, Migration migration, Map<String, String> safetySettings) {
        try (Connection c = db.connect()) {
            Files.writeString(dir.resolve("changelog.xml"), PgSafetyXml.changelog(String.join("\n", migration.changeSets())));
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Map<String, Object> scope = new HashMap<>(safetySettings != null ? safetySettings
                    : Map.of("liquibase.safety.mode", "off"));
            scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
            // Liquibase's console summary would interleave with the benchmark's table.
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "changelog.xml")
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute());
            return Outcome.applied();
        } catch (Exception e) {
            String text = ToolRun.allMessages(e);
            return text.contains(REJECTED) ? Outcome.rejected(text) : Outcome.failed(Outcome.firstLine(e));
        }
    }
}
