package dev.pgsafety.it.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The callback on each supported Flyway line. Surefire runs this class once per Flyway version
 * ({@code -Dflyway.expected.version}), with that version's jars instead of the one the adapter compiles against.
 */
class FlywayVersionsTest {

    @TempDir
    Path dir;

    @PostgresTest(newestOnly = true)
    void preflightRetryAndConcurrentBuildsOnThisFlywayVersion(PgDatabase db) throws Exception {
        String expected = System.getProperty("flyway.expected.version", "13.12.0");
        assertThat(Flyway.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .as("Flyway on the classpath").contains("flyway-core-" + expected);

        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.lockTimeout", "100ms")
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigserial PRIMARY KEY, total int);");
        run.migrate();

        run.script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        assertThatThrownBy(run::migrate).hasMessageContaining("[create-index-not-concurrent]");

        java.nio.file.Files.delete(dir.resolve("V2__index.sql"));
        run.script("V2__note.sql", "ALTER TABLE orders ADD COLUMN note text;")
                .script("V3__index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);");
        try (var holder = new Sessions.LockHolder(db, "SELECT count(*) FROM orders", 3000)) {
            assertThat(run.migrate().success).isTrue();
        }
        assertThat(run.callback.lastRunReports()).hasSize(2);
        assertThat(run.callback.lastRunReports().get(0).retries()).as("V2 retried behind the report query").isPositive();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).contains("orders_total_idx");
            assertThat(new Catalog(c).columns("orders")).contains("note text");
        }
    }
}
