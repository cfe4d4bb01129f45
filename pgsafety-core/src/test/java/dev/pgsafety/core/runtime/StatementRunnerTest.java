package dev.pgsafety.core.runtime;

import static dev.pgsafety.core.runtime.TestStatements.statement;
import static dev.pgsafety.testkit.Sessions.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** The runtime against real PostgreSQL with real concurrent sessions. */
class StatementRunnerTest {

    static RuntimeSettings settings(int lockMs, int lockMaxMs, int retries) {
        return new RuntimeSettings(RuntimeSettings.Mode.ENFORCE, Duration.ofMillis(lockMs), Duration.ofMillis(lockMaxMs),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, retries, Duration.ofMinutes(1), Duration.ofMillis(100),
                Duration.ofMillis(400));
    }

    record Log(List<String> lines) implements RuntimeListener {
        Log() {
            this(new ArrayList<>());
        }

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }
    }

    @PostgresTest
    void retriesPastALongQueryWhileWritersNeverWaitLongerThanTheLockTimeout(PgDatabase db) throws Exception {
        try (Connection setup = db.connect()) {
            exec(setup, "CREATE TABLE orders (id bigserial PRIMARY KEY, note text)");
        }
        Log log = new Log();
        var runner = new StatementRunner(settings(100, 200, 30), log);
        try (Connection migration = db.connect();
             var writer = new dev.pgsafety.testkit.Sessions.Writer(db, "INSERT INTO orders (note) VALUES ('x')")) {
            Thread.sleep(200);
            try (var holder = new dev.pgsafety.testkit.Sessions.LockHolder(db, "SELECT count(*) FROM orders", 1500)) {
                migration.setAutoCommit(false);
                exec(migration, "CREATE TABLE side_effect (id int)");
                StatementOutcome outcome = runner.execute(migration, statement("ALTER TABLE orders ADD COLUMN status text"), true);
                migration.commit();
                assertThat(outcome.attempts()).isGreaterThan(1);
                assertThat(outcome.lockWaits().get(0).blockers())
                        .anySatisfy(b -> {
                            assertThat(b.applicationName()).isEqualTo("long-report-query");
                            assertThat(b.query()).contains("SELECT count(*) FROM orders");
                            assertThat(b.lockMode()).isEqualTo("AccessShareLock");
                        });
            }
            Thread.sleep(200);
            // Writers queue behind the waiting ALTER for at most one lock timeout (200 ms max here), never for the
            // 1.5 s the report query held its lock. Generous margin for a busy CI machine.
            assertThat(writer.maxMillis()).as("slowest insert (ms)").isLessThan(200 + 700);
            assertThat(writer.count()).isGreaterThan(10);
        }
        try (Connection check = db.connect(); var rs = check.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'status'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        try (Connection check = db.connect(); var rs = check.createStatement().executeQuery("SELECT to_regclass('side_effect') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the earlier statement of the transaction survived the retries").isTrue();
        }
        assertThat(log.lines()).anyMatch(l -> l.contains("lock-timeout-retry") && l.contains("long-report-query"));
    }

    @PostgresTest
    void whenRetriesRunOutTheErrorSaysWhatBlockedEachTime(PgDatabase db) throws Exception {
        try (Connection setup = db.connect()) {
            exec(setup, "CREATE TABLE orders (id bigint PRIMARY KEY)");
        }
        var runner = new StatementRunner(settings(50, 50, 3), RuntimeListener.SILENT);
        try (Connection migration = db.connect();
             var holder = new dev.pgsafety.testkit.Sessions.LockHolder(db, "SELECT count(*) FROM orders", 3000)) {
            assertThatThrownBy(() -> runner.execute(migration, statement("ALTER TABLE orders ADD COLUMN x int"), false))
                    .isInstanceOf(LockRetriesExhaustedException.class)
                    .hasMessageContaining("gave up after 3 attempt(s)")
                    .hasMessageContaining("long-report-query")
                    .hasMessageContaining("AccessShareLock on orders")
                    .satisfies(e -> assertThat(((LockRetriesExhaustedException) e).getSQLState()).isEqualTo("55P03"));
        }
    }

    @PostgresTest
    void concurrentIndexBuildsDoNotInheritTheShortLockTimeout(PgDatabase db) throws Exception {
        try (Connection setup = db.connect()) {
            exec(setup, "CREATE TABLE orders (id bigint PRIMARY KEY, total int)");
            exec(setup, "INSERT INTO orders SELECT g, g FROM generate_series(1, 1000) g");
        }
        var runner = new StatementRunner(settings(50, 50, 1), RuntimeListener.SILENT);
        try (Connection migration = db.connect()) {
            exec(migration, "SET lock_timeout = '50ms'");
            // An older transaction that a concurrent build has to wait for, for longer than the lock timeout.
            try (var holder = new dev.pgsafety.testkit.Sessions.LockHolder(db, "SELECT txid_current()", 1500)) {
                // Control: with the inherited 50 ms lock_timeout the build fails and leaves an INVALID index.
                assertThatThrownBy(() -> exec(migration, "CREATE INDEX CONCURRENTLY orders_total_plain_idx ON orders (total)"))
                        .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("55P03"));
                assertThat(ConcurrentIndexGuard.valid(migration, dev.pgsafety.core.model.QualifiedName.of("orders_total_plain_idx")))
                        .contains(false);
                StatementOutcome outcome = runner.execute(migration,
                        statement("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total)"), false);
                assertThat(outcome.attempts()).isEqualTo(1);
            }
            assertThat(ConcurrentIndexGuard.valid(migration, dev.pgsafety.core.model.QualifiedName.of("orders_total_idx")))
                    .contains(true);
        }
    }

    @PostgresTest
    void anInvalidLeftoverIsDroppedBeforeTheNextBuild(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            exec(c, "CREATE TABLE users (id bigint PRIMARY KEY, email text)");
            exec(c, "INSERT INTO users VALUES (1, 'a@x'), (2, 'a@x')");
            // A failed concurrent build (duplicates) leaves an INVALID index behind.
            assertThatThrownBy(() -> exec(c, "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)"));
            assertThat(ConcurrentIndexGuard.valid(c, dev.pgsafety.core.model.QualifiedName.of("users_email_key"))).contains(false);
            exec(c, "DELETE FROM users WHERE id = 2");
            Log log = new Log();
            new StatementRunner(RuntimeSettings.DEFAULTS, log).execute(c,
                    statement("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email)"), false);
            assertThat(ConcurrentIndexGuard.valid(c, dev.pgsafety.core.model.QualifiedName.of("users_email_key"))).contains(true);
            assertThat(log.lines()).anyMatch(l -> l.contains("invalid-index-cleanup"));
        }
    }

    @PostgresTest
    void sessionTimeoutsAreRestoredAfterANonTransactionalMigration(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            exec(c, "CREATE TABLE t (id int)");
            exec(c, "SET lock_timeout = '7s'");
            SessionTimeouts saved = SessionTimeouts.capture(c);
            new StatementRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT).execute(c, statement("ALTER TABLE t ADD COLUMN x int"), false);
            assertThat(SessionTimeouts.show(c, "lock_timeout")).isEqualTo("500ms");
            saved.restore(c);
            assertThat(SessionTimeouts.show(c, "lock_timeout")).isEqualTo("7s");
        }
    }

    /**
     * In a transaction the savepoint, the timeouts, the statement and the release go to the server as one string,
     * in one execution; whatever the statement's text ends with (a line comment, a semicolon) or holds (a ?
     * operator, which a prepared statement would take for a parameter), it runs as written and leaves no
     * savepoint behind.
     */
    @PostgresTest
    void inATransactionTheStatementRunsInOneExecutionWithItsTimeoutsAndLeavesNoSavepoint(PgDatabase db) throws Exception {
        var runner = new StatementRunner(settings(150, 300, 3), RuntimeListener.SILENT);
        try (Connection c = db.connect()) {
            exec(c, "CREATE TABLE docs (id int, data jsonb)");
            c.setAutoCommit(false);
            int[] executions = {0};
            Connection counted = countingExecutions(c, executions);
            runner.execute(counted, exactly("ALTER TABLE docs ADD CONSTRAINT has_key CHECK (data ? 'key') NOT VALID"
                    + " -- why: see ticket"), true);
            runner.execute(counted, exactly("ALTER TABLE docs ADD COLUMN note text;"), true);
            assertThat(executions[0]).as("statements sent to the server for two migration statements").isEqualTo(2);
            assertThat(SessionTimeouts.show(c, "lock_timeout")).isEqualTo("150ms");
            assertThatThrownBy(() -> exec(c, "RELEASE SAVEPOINT pgsafety_attempt"))
                    .hasMessageContaining("savepoint \"pgsafety_attempt\" does not exist");
            c.rollback();
        }
    }

    @PostgresTest
    void aFailingStatementInATransactionReportsTheServersErrorForIt(PgDatabase db) throws Exception {
        var runner = new StatementRunner(settings(150, 300, 3), RuntimeListener.SILENT);
        try (Connection c = db.connect()) {
            exec(c, "CREATE TABLE t (id int)");
            c.setAutoCommit(false);
            assertThatThrownBy(() -> runner.execute(c, statement("ALTER TABLE t ADD COLUMN id int"), true))
                    .isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("column \"id\" of relation \"t\" already exists")
                    .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).isEqualTo("42701"));
            c.rollback();
        }
    }

    /** The statement parsed from {@code sql}, with exactly that text (the splitter may trim a comment or semicolon). */
    private static SqlStatement exactly(String sql) {
        SqlStatement s = statement(sql);
        return new SqlStatement(s.model(), sql, s.line(), s.column(), s.leadingComments(), s.inDoBlock());
    }

    /** {@code c}, counting every execution of a statement it creates (each one round trip with pgJDBC). */
    private static Connection countingExecutions(Connection c, int[] executions) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, c, args);
                    if (result instanceof java.sql.Statement st) {
                        Class<?> type = result instanceof java.sql.PreparedStatement
                                ? java.sql.PreparedStatement.class : java.sql.Statement.class;
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type},
                                (p, m, a) -> {
                                    if (m.getName().startsWith("execute")) {
                                        executions[0]++;
                                    }
                                    return invoke(m, st, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
