package dev.pgsafety.it.flyway;

import static dev.pgsafety.testkit.Sessions.exec;
import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.it.Catalog;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** The callback at run time, with real concurrent sessions. */
class FlywayRuntimeTest {

    @TempDir
    Path dir;

    @PostgresTest
    void retriesBehindALongQueryWhileWritersNeverWaitLongerThanTheLockTimeout(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.lockTimeout", "100ms")
                .set("flyway.safety.lockTimeoutMax", "200ms")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigserial PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__note.sql", "ALTER TABLE orders ADD COLUMN note text;");
        try (var writer = new Sessions.Writer(db, "INSERT INTO orders (total) VALUES (1)")) {
            Thread.sleep(200);
            try (var holder = new Sessions.LockHolder(db, "SELECT count(*) FROM orders", 2000)) {
                assertThat(run.migrate().success).isTrue();
            }
            Thread.sleep(200);
            // The writers queue behind the waiting ALTER for at most one lock timeout (200 ms at most here),
            // never for the 2 s the report query held its lock. Margin for a busy 2-core machine.
            assertThat(writer.maxMillis()).as("slowest insert (ms) while the migration retried").isLessThan(200 + 700);
            assertThat(writer.count()).isGreaterThan(10);
        }
        var report = run.callback.lastRunReports().get(0);
        assertThat(report.retries()).isPositive();
        assertThat(report.lockWaits()).allSatisfy(w -> assertThat(w.describe()).contains("long-report-query", "AccessShareLock"));
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).columns("orders")).contains("note text");
        }
    }

    @PostgresTest
    void aConcurrentIndexBuildWaitsOutAnOldTransactionInsteadOfFailingOnTheShortLockTimeout(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.lockTimeout", "50ms")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);"
                        + "INSERT INTO orders SELECT g, g FROM generate_series(1, 1000) g;");
        run.migrate();
        run.script("V2__index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);");
        try (var holder = new Sessions.LockHolder(db, "SELECT txid_current()", 1500)) {
            assertThat(run.migrate().success).isTrue();
        }
        try (Connection c = db.connect()) {
            assertThat(new Catalog(c).validIndexes("orders")).contains("orders_total_idx");
        }
    }

    @PostgresTest
    void aFailedConcurrentBuildLeavesNoInvalidIndexAfterTheNextSuccessfulRun(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);"
                        + "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com');");
        run.migrate();
        run.script("V2__unique_email.sql", "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);");
        assertThatThrownBy(run::migrate).hasMessageContaining("users_email_key");
        assertThat(query(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'users_email_key'::regclass"))
                .as("the failed build left an INVALID index").isEqualTo("false");
        try (Connection c = db.connect()) {
            exec(c, "DELETE FROM users WHERE id = 2");
        }
        run.configure().load().repair();
        assertThat(run.migrate().success).isTrue();
        assertThat(query(db, "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'users_email_key'::regclass"))
                .isEqualTo("true");
    }

    /**
     * The run report is logged once per run: at AFTER_MIGRATE_OPERATION_FINISH when the run succeeds (Flyway
     * opens no connection for that event) and at AFTER_MIGRATE_ERROR when it fails.
     */
    @PostgresTest(newestOnly = true)
    void theRunReportIsLoggedAfterASuccessfulRunAndAfterAFailedOne(PgDatabase db) throws Exception {
        List<String> logged = RecordingLogCreator.INFO;
        logged.clear();
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.loggers", RecordingLogCreator.class.getName())
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.migrate();
        assertThat(logged.stream().filter(m -> m.startsWith("pgsafety run report:")))
                .singleElement().asString().contains("V1__orders.sql: ok");

        logged.clear();
        run.script("V2__fails.sql", "ALTER TABLE no_such_table ADD COLUMN note text;");
        assertThatThrownBy(run::migrate).hasMessageContaining("no_such_table");
        assertThat(logged.stream().filter(m -> m.startsWith("pgsafety run report:")))
                .singleElement().asString().contains("V2__fails.sql: FAILED");
    }

    @PostgresTest
    void sessionSettingsNeverLeakFromOneMigrationToTheNext(PgDatabase db) throws Exception {
        List<String> seen = new ArrayList<>();
        Callback probe = new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                try (var st = context.getConnection().createStatement();
                     var rs = st.executeQuery("SELECT current_setting('lock_timeout') || '/' || current_setting('statement_timeout')")) {
                    rs.next();
                    seen.add(event + " " + rs.getString(1));
                } catch (Exception e) {
                    seen.add(event + " " + e);
                }
            }

            @Override
            public String getCallbackName() {
                return "a-probe"; // Flyway orders callbacks by name: this one runs before "pgsafety"
            }
        };
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.initSql", "SET lock_timeout = '7s'; SET statement_timeout = '9s'")
                .set("flyway.safety.statementTimeout", "30s")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);")
                .script("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);")
                .script("V3__note.sql", "ALTER TABLE orders ADD COLUMN note text;");
        // The probe runs before pgsafety at each migration's start: it sees what the previous migration left behind
        // (SET LOCAL ends with a transactional migration; a non-transactional one is restored explicitly).
        run.configure().callbacks(probe, run.callback).load().migrate();
        assertThat(seen).containsExactly("beforeEachMigrate 7s/9s", "beforeEachMigrate 7s/9s", "beforeEachMigrate 7s/9s",
                "afterMigrate 7s/9s");
    }

    @PostgresTest
    void scriptsMixingConcurrentAndTransactionalStatementsAreStoppedWithWhatToDo(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__total.sql", "ALTER TABLE orders ADD COLUMN discount int;")
                .script("V3__mixed.sql", "ALTER TABLE orders ADD COLUMN note text;\n"
                        + "CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("V3__mixed.sql:2:1: error [concurrently-in-transaction]")
                .hasMessageContaining("V3__mixed.sql.conf");
        assertThat(query(db, "SELECT count(*)::text FROM flyway_schema_history WHERE version IN ('2', '3')")).isEqualTo("0");
    }

    /**
     * As the first pending script, a mixed one meets Flyway's own check (mixed=false) before the first migration's
     * callbacks: Flyway's message then, and still nothing applied.
     */
    @PostgresTest(newestOnly = true)
    void aMixedFirstPendingScriptIsStoppedByFlywaysOwnCheckWithNothingApplied(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);");
        run.migrate();
        run.script("V2__mixed.sql", "ALTER TABLE orders ADD COLUMN note text;\n"
                + "CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);");
        assertThatThrownBy(run::migrate).hasMessageContaining("non-transactional");
        assertThat(query(db, "SELECT count(*)::text FROM flyway_schema_history WHERE version = '2'")).isEqualTo("0");
        assertThat(query(db, "SELECT count(*)::text FROM information_schema.columns WHERE column_name = 'note'")).isEqualTo("0");
    }

    @PostgresTest(min = 12)
    void reindexConcurrentlyNeedsTheScriptConfBecauseFlywayDoesNotRecogniseIt(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);"
                        + "CREATE INDEX orders_total_idx ON orders (total);");
        run.migrate();
        run.script("V2__reindex.sql", "REINDEX INDEX CONCURRENTLY orders_total_idx;");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("[concurrently-in-transaction]")
                .hasMessageContaining("Flyway does not recognise this statement")
                .hasMessageContaining("V2__reindex.sql.conf");
        Files.writeString(dir.resolve("V2__reindex.sql.conf"), "executeInTransaction=false\n");
        assertThat(run.migrate().success).isTrue();
    }

    @PostgresTest(newestOnly = true)
    void theTransactionalLockSettingIsCaughtBeforeAConcurrentBuildWaitsForever(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.postgresql.transactional.lock", "true")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total int);")
                .script("V2__index.sql", "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("postgresql.transactional.lock is true")
                .hasMessageContaining("flyway.postgresql.transactional.lock=false")
                .hasMessageContaining("FLYWAY_POSTGRESQL_TRANSACTIONAL_LOCK=false")
                .hasMessageContaining("spring.flyway.postgresql.transactional-lock=false");
    }

    @PostgresTest(newestOnly = true)
    void badConfigurationIsAClearErrorNamingTheKey(PgDatabase db) throws Exception {
        FlywayRun run = new FlywayRun(db, dir)
                .set("flyway.safety.lockTimeout", "fast")
                .script("V1__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);");
        assertThatThrownBy(run::migrate)
                .hasMessageContaining("pgsafety configuration error")
                .hasMessageContaining("flyway.safety.lockTimeout=fast")
                .hasMessageContaining("500ms");
        FlywayRun rules = new FlywayRun(db, dir).set("flyway.safety.rules.no-such-rule", "off");
        assertThatThrownBy(rules::migrate).hasMessageContaining("no rule 'no-such-rule'");
    }
}
