package dev.pgsafety.it.flyway;

import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.core.backfill.Backfill;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.flyway.BackfillMigration;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** Backfills through Flyway: the SQL directive and the Java migration base class. */
class FlywayBackfillTest {

    @TempDir
    Path dir;

    @PostgresTest
    void anUpdateMarkedAsBackfillRunsInBatchesOutsideTheTransaction(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL);"
                        + "INSERT INTO orders SELECT g, g FROM generate_series(1, 20000) g;")
                .script("V2__total_cents.sql", "ALTER TABLE orders ADD COLUMN total_cents bigint;")
                .script("V3__backfill.sql", "-- pgsafety:backfill batch-size=1000\n"
                        + "UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;");
        Files.writeString(dir.resolve("V3__backfill.sql.conf"), "executeInTransaction=false\n");
        assertThat(run.migrate().success).isTrue();
        assertThat(query(db, "SELECT count(*) FROM orders WHERE total_cents IS DISTINCT FROM total * 100")).isEqualTo("0");
        // 20 batches of 1000 plus the final empty one, each its own transaction: the xmin values differ per batch.
        assertThat(Integer.parseInt(query(db, "SELECT count(DISTINCT xmin::text) FROM orders"))).isGreaterThanOrEqualTo(20);
    }

    @PostgresTest(newestOnly = true)
    void aBackfillDirectiveInATransactionalScriptStopsThePreflight(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL);")
                .script("V2__backfill.sql", "ALTER TABLE orders ADD COLUMN total_cents bigint;\n"
                        + "-- pgsafety:backfill\nUPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;");
        assertThatThrownBy(run::migrate).hasMessageContaining("[backfill-in-transaction]")
                .hasMessageContaining("V2__backfill.sql.conf");
    }

    /** A Java migration backfill, as users write one. */
    public static class V3__Backfill_total_cents extends BackfillMigration {
        @Override
        protected Backfill backfill() {
            return Backfill.of(QualifiedName.of("orders"), "total_cents = total * 100", "total_cents IS NULL").withBatchSize(500);
        }
    }

    @PostgresTest(newestOnly = true)
    void aJavaBackfillMigrationRunsInBatches(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int NOT NULL, total_cents bigint);"
                        + "INSERT INTO orders SELECT g, g FROM generate_series(1, 5000) g;");
        assertThat(run.configure().javaMigrations(new V3__Backfill_total_cents()).callbacks(run.callback).load().migrate().success)
                .isTrue();
        assertThat(query(db, "SELECT count(*) FROM orders WHERE total_cents IS DISTINCT FROM total * 100")).isEqualTo("0");
        assertThat(Integer.parseInt(query(db, "SELECT count(DISTINCT xmin::text) FROM orders"))).isGreaterThanOrEqualTo(10);
    }
}
