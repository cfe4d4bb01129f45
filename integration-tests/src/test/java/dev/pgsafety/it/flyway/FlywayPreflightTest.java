package dev.pgsafety.it.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

class FlywayPreflightTest {

    @TempDir
    Path dir;

    @PostgresTest
    void anUnsafePendingScriptStopsTheWholeRunBeforeAnythingIsApplied(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                // No table counts as small here: orders is empty, which would make size-aware rules warn only.
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);")
                .script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        run.migrate();
        run.script("V3__note.sql", "ALTER TABLE orders ADD COLUMN note text;")
                .script("V4__index_again.sql", "CREATE INDEX orders_note_idx ON orders (note);\nALTER TABLE orders RENAME COLUMN total TO amount;");
        assertThatThrownBy(run::migrate)
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("pgsafety stopped the migration before anything ran: 2 unsafe statement(s) in 2 pending migration(s)")
                .hasMessageContaining("V4__index_again.sql:1:1: error [create-index-not-concurrent]")
                .hasMessageContaining("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_note_idx ON orders (note);")
                .hasMessageContaining("V4__index_again.sql:2:1: error [rename-column]")
                .hasMessageContaining("-- pgsafety:allow create-index-not-concurrent reason:")
                .hasMessageNotContaining("V2__index.sql");
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.columns("orders")).as("V3 did not run either").containsExactly("id bigint not null", "total integer");
            assertThat(catalog.strings("SELECT count(*)::text FROM flyway_schema_history WHERE version = ?", "3")).containsExactly("0");
        }
    }

    @PostgresTest
    void sizeAwareRulesOnlyWarnForASmallTable(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__countries.sql", "CREATE TABLE countries (code text PRIMARY KEY, name text);"
                        + "INSERT INTO countries VALUES ('fr', 'France'), ('de', 'Germany');");
        run.migrate();
        try (Connection c = db.connect()) {
            c.createStatement().execute("ANALYZE countries");
        }
        run.script("V2__index.sql", "CREATE INDEX countries_name_idx ON countries (name);");
        assertThat(run.migrate().success).as("a 2-row table: create-index-not-concurrent is only a warning").isTrue();

        FlywayRun strict = new FlywayRun(db, dir).set("flyway.safety.smallTableRows", "0")
                .script("V3__index.sql", "CREATE INDEX countries_code_name_idx ON countries (code, name);");
        assertThatThrownBy(strict::migrate).hasMessageContaining("[create-index-not-concurrent]");
    }

    @PostgresTest
    void aSuppressedFindingRuns(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__index.sql", "-- pgsafety:allow create-index-not-concurrent reason: orders has 12 rows in every environment\n"
                + "CREATE INDEX orders_total_idx ON orders (total);");
        assertThat(run.migrate().success).isTrue();
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).contains("orders_total_idx");
        }
        assertThat(run.callback.lastRunReports()).singleElement()
                .satisfies(r -> assertThat(r.suppressed()).extracting(f -> f.rule()).containsExactly("create-index-not-concurrent"));
    }

    @PostgresTest(newestOnly = true)
    void wiredByClassNameInTheConfigurationItStillStopsUnsafeScripts(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.callbacks", "dev.pgsafety.flyway.SafetyCallback")
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.configure().load().migrate();
        run.script("V2__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        assertThatThrownBy(() -> run.configure().load().migrate()).hasMessageContaining("[create-index-not-concurrent]");
    }

    @PostgresTest(newestOnly = true)
    void aTableCreatedByAnEarlierPendingMigrationAndStillEmptyCountsAsNew(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__invoices.sql", "CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);")
                .script("V2__index.sql", "CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);");
        assertThat(run.migrate().success).as("both pending: V1's table is new and empty when V2 runs").isTrue();
        run.script("V3__rows.sql", "CREATE TABLE payments (id bigint PRIMARY KEY, invoice_id bigint);"
                        + "INSERT INTO payments VALUES (1, 1);")
                .script("V4__index.sql", "CREATE INDEX payments_invoice_id_idx ON payments (invoice_id);");
        assertThatThrownBy(run::migrate).as("V3 put rows in it: not empty, so not new")
                .hasMessageContaining("V4__index.sql:1:1: error [create-index-not-concurrent]");
    }

    @PostgresTest(newestOnly = true)
    void placeholdersAreReplacedBeforeTheAnalysis(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.placeholders.ordersTable", "orders")
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE ${ordersTable} (id bigint PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__index.sql", "CREATE INDEX orders_total_idx ON ${ordersTable} (total);");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);");
    }
}
