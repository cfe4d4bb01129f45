package dev.pgsafety.it.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.flyway.SafetyCallback;
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

    /**
     * The catalog is skipped when the analysis without it finds nothing, except after CREATE TABLE IF NOT EXISTS:
     * a table that already exists (with rows) is not new, and an index on it must be built concurrently.
     */
    @PostgresTest(newestOnly = true)
    void createTableIfNotExistsOfAnExistingTableStillReadsTheCatalog(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);"
                        + " INSERT INTO orders VALUES (1, 10);");
        run.migrate();
        run.script("V2__orders_again.sql", "CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, total int);")
                .script("V3__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);");
    }

    /** Flyway's built-in placeholders whose values come from the server (here the default schema) are replaced too. */
    @PostgresTest(newestOnly = true)
    void builtInPlaceholdersAreReplacedWithTheServersValues(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__index.sql", "CREATE INDEX orders_total_idx ON ${flyway:defaultSchema}.orders (total);");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON public.orders (total);");
    }

    /**
     * The pre-flight reads on the connection Flyway hands the callback: no connection of its own (a pool of one
     * would otherwise wait forever), and the user's callbacks see exactly
     * the events they see without pgsafety (no second afterConnect, no afterInfo). Both with Flyway's
     * transactional lock (two connections) and without it (one).
     */
    @PostgresTest(newestOnly = true)
    void thePreflightOpensNoConnectionAndFiresNoCallbackOfItsOwn(PgDatabase db) throws Exception {
        for (String transactionalLock : List.of("false", "true")) {
            new FlywayRun(db, dir).script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);")
                    // Not a concurrent index build: without pgsafety, Flyway's transactional lock would make it wait forever.
                    .script("V2__note.sql", "ALTER TABLE orders ADD COLUMN note text;")
                    .script("V2__note.sql.conf", "executeInTransaction=false\n");
            Map<Boolean, CountingDataSource> connections = new HashMap<>();
            Map<Boolean, List<Event>> events = new HashMap<>();
            for (boolean guarded : List.of(false, true)) {
                CountingDataSource dataSource = new CountingDataSource(db);
                List<Event> seen = new ArrayList<>();
                List<Callback> callbacks = new ArrayList<>(List.of(new Recording(seen)));
                if (guarded) {
                    callbacks.add(new SafetyCallback());
                }
                Flyway.configure().dataSource(dataSource).locations("filesystem:" + dir)
                        .schemas((guarded ? "guarded_" : "plain_") + transactionalLock)
                        .configuration(Map.of("flyway.postgresql.transactional.lock", transactionalLock))
                        .callbacks(callbacks.toArray(Callback[]::new)).load().migrate();
                connections.put(guarded, dataSource);
                events.put(guarded, seen);
            }
            assertThat(connections.get(true).opened()).as("connections opened, transactional lock " + transactionalLock)
                    .isEqualTo(connections.get(false).opened());
            assertThat(connections.get(true).mostOpenAtOnce()).isEqualTo(connections.get(false).mostOpenAtOnce());
            // Statement events are the exception: for a statement pgsafety runs itself, Flyway skips its own.
            Set<Event> statementEvents = EnumSet.of(Event.BEFORE_EACH_MIGRATE_STATEMENT, Event.AFTER_EACH_MIGRATE_STATEMENT);
            events.values().forEach(seen -> seen.removeAll(statementEvents));
            assertThat(events.get(true)).as("the user's callback events").isEqualTo(events.get(false));
        }
    }

    /**
     * With plain SQL locations the pre-flight lists pending scripts itself, at the first migration and on Flyway's
     * migration connection: no BEFORE_MIGRATE connection, no second Flyway.
     */
    @PostgresTest
    void aRunWithPlainSqlLocationsOpensNoMoreConnectionsThanPlainFlyway(PgDatabase db) throws Exception {
        new FlywayRun(db, dir).script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        assertThat(connectionsOpened(db, true)).isEqualTo(connectionsOpened(db, false));
    }

    /**
     * A repeatable migration is listed by Flyway's own info(), on the connection Flyway opens for each
     * BEFORE_MIGRATE event a callback takes. The run report goes out at AFTER_MIGRATE_OPERATION_FINISH, on the
     * connection Flyway already has, not at AFTER_MIGRATE, which would cost another.
     */
    @PostgresTest
    void aRunThatNeedsFlywaysOwnListingOpensOneConnectionMoreForThePreflightAndNoneAfter(PgDatabase db) throws Exception {
        new FlywayRun(db, dir).script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);")
                .script("R__orders_view.sql", "CREATE OR REPLACE VIEW orders_view AS SELECT id FROM orders;");
        assertThat(connectionsOpened(db, true)).isEqualTo(connectionsOpened(db, false) + 1);
    }

    /**
     * A history that marks a removed migration as deleted (what a Flyway Teams repair writes) is one the
     * pre-flight's own listing does not model: Flyway's info() lists the pending scripts instead, at the first
     * migration. They are still all checked before anything runs.
     */
    @PostgresTest(newestOnly = true)
    void aHistoryWithADeletedMigrationIsListedByFlywayAndStillChecked(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir).set("flyway.safety.smallTableRows", "0")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);")
                .script("V2__note.sql", "ALTER TABLE orders ADD COLUMN note text;");
        run.migrate();
        java.nio.file.Files.delete(dir.resolve("V2__note.sql"));
        try (Connection c = db.connect()) {
            dev.pgsafety.testkit.Sessions.exec(c, "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, installed_by, execution_time, success) VALUES (3, '2', 'note', 'DELETE', 'V2__note.sql',"
                    + " current_user, 0, true)");
        }
        run.script("V3__discount.sql", "ALTER TABLE orders ADD COLUMN discount int;")
                .script("V4__index.sql", "CREATE INDEX orders_total_idx ON orders (total);");
        assertThatThrownBy(run::migrate).hasMessageContaining("V4__index.sql:1:1: error [create-index-not-concurrent]");
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).strings("SELECT count(*)::text FROM flyway_schema_history WHERE version = ?", "3"))
                    .as("nothing applied").containsExactly("0");
        }
        run.script("V4__index.sql", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);");
        assertThat(run.migrate().migrationsExecuted).isEqualTo(2);
    }

    /**
     * The pre-flight runs when Flyway is about to apply the first pending migration. When that one runs outside a
     * transaction, a rejection must still leave nothing applied and no failed row in the history, which would
     * make the next run fail until a repair.
     */
    @PostgresTest(newestOnly = true)
    void aRejectionAtANonTransactionalFirstMigrationLeavesNoFailedRow(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);")
                .script("V3__rename.sql", "ALTER TABLE orders RENAME COLUMN total TO amount;");
        assertThatThrownBy(run::migrate).hasMessageContaining("V3__rename.sql:1:1: error [rename-column]");
        try (Connection c = db.connect()) {
            Catalog catalog = new Catalog(c);
            assertThat(catalog.strings("SELECT count(*)::text FROM flyway_schema_history WHERE version <> ?", "1"))
                    .as("no row for V2 or V3, failed or not").containsExactly("0");
            assertThat(catalog.strings("SELECT count(*)::text FROM pg_indexes WHERE indexname = ?", "orders_total_idx"))
                    .as("V2 did not run").containsExactly("0");
        }
        run.script("V3__rename.sql", "ALTER TABLE orders ADD COLUMN amount int;");
        assertThat(run.migrate().migrationsExecuted).isEqualTo(2);
    }

    private int connectionsOpened(PgDatabase db, boolean guarded) {
        CountingDataSource dataSource = new CountingDataSource(db);
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + dir)
                .schemas(guarded ? "guarded" : "plain")
                .callbacks(guarded ? new Callback[] {new SafetyCallback()} : new Callback[0]).load().migrate();
        return dataSource.opened();
    }

    /** A user's callback: notes every event it is given. */
    private record Recording(List<Event> seen) implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return true;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            seen.add(event);
        }

        @Override
        public String getCallbackName() {
            return "recording";
        }
    }
}
