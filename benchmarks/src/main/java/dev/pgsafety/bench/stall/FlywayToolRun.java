package dev.pgsafety.bench.stall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import dev.pgsafety.bench.MigrationStamps;
import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.testkit.junit.PgDatabase;

/** Plain Flyway through its Java API, with {@link SafetyCallback} when pgsafety is on. */
final class FlywayToolRun implements ToolRun {

    /** The message pgsafety's pre-flight starts with. */
    static final String REJECTED = "pgsafety stopped the migration before anything ran";

    @Override
    public Outcome migrate(PgDatabase db, Path dir, Migration migration, Map<String, String> safetySettings) {
        write(dir, migration);
        Map<String, String> settings = new HashMap<>();
        // Flyway's default keeps a transaction open for the whole run, which CREATE INDEX CONCURRENTLY waits for
        // forever; whoever hand-writes the safe script turns it off, and so does every variant here.
        settings.put("flyway.postgresql.transactional.lock", "false");
        FluentConfiguration config = Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + dir)
                // The application's tables exist already: the scripts start at V2 on top of them.
                .baselineOnMigrate(true)
                .configuration(settings);
        MigrationStamps stamps = new MigrationStamps();
        if (safetySettings != null) {
            config.callbacks(new SafetyCallback(safetySettings), stamps);
        } else {
            config.callbacks(stamps);
        }
        try {
            stamps.started();
            config.load().migrate();
            stamps.ended();
            return Outcome.applied(stamps.phases());
        } catch (RuntimeException e) {
            String text = ToolRun.allMessages(e);
            return text.contains(REJECTED) ? Outcome.rejected(text) : Outcome.failed(Outcome.firstLine(e));
        }
    }

    private static void write(Path dir, Migration migration) {
        try {
            for (Migration.Script s : migration.scripts()) {
                Files.writeString(dir.resolve(s.name()), s.sql());
                if (s.nonTransactional()) {
                    Files.writeString(dir.resolve(s.name() + ".conf"), "executeInTransaction=false\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
