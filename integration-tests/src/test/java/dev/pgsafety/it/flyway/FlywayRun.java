package dev.pgsafety.it.flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import dev.pgsafety.flyway.SafetyCallback;
import dev.pgsafety.testkit.junit.PgDatabase;

/** A Flyway project in a temporary folder, migrated with the pgsafety callback. */
final class FlywayRun {

    private final PgDatabase db;
    private final Path dir;
    private final Map<String, String> config = new HashMap<>();

    FlywayRun(PgDatabase db, Path dir) {
        this.db = db;
        this.dir = dir;
        // CREATE INDEX CONCURRENTLY would wait forever on Flyway's transactional lock.
        config.put("flyway.postgresql.transactional.lock", "false");
    }

    FlywayRun script(String name, String sql) throws IOException {
        Files.writeString(dir.resolve(name), sql);
        return this;
    }

    FlywayRun set(String key, String value) {
        config.put(key, value);
        return this;
    }

    FluentConfiguration configure() {
        return Flyway.configure()
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + dir)
                .configuration(config);
    }

    SafetyCallback callback = new SafetyCallback();

    org.flywaydb.core.api.output.MigrateResult migrate() {
        return configure().callbacks(callback).load().migrate();
    }
}
