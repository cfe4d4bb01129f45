package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.pgsafety.core.analysis.Locks;
import dev.pgsafety.core.analysis.NonTransactional;
import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.core.config.Durations;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.model.Statement;

/**
 * Executes one migration statement the safe way:
 * <ul>
 *   <li>with lock_timeout/statement_timeout (SET LOCAL inside a transaction, session SET otherwise; the caller
 *       restores session values after the migration with {@link SessionTimeouts});</li>
 *   <li>lock-timeout-retry: on SQLSTATE 55P03 it logs who held the lock, waits with backoff and tries again with
 *       a longer lock_timeout, inside a transaction through a savepoint so earlier statements stay;</li>
 *   <li>concurrent-timeout-policy: concurrent operations get their own timeouts (none by default) instead of the
 *       short lock timeout, and invalid-index-cleanup around CREATE INDEX CONCURRENTLY.</li>
 * </ul>
 */
public final class StatementRunner {

    static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String SAVEPOINT = "pgsafety_attempt";

    private final RuntimeSettings settings;
    private final RetryPolicy policy;
    private final RuntimeListener log;
    private final Sleeper sleeper;

    public StatementRunner(RuntimeSettings settings, RuntimeListener log) {
        this(settings, log, new Random(), Thread::sleep);
    }

    StatementRunner(RuntimeSettings settings, RuntimeListener log, Random random, Sleeper sleeper) {
        this.settings = settings;
        this.policy = new RetryPolicy(settings, random);
        this.log = log;
        this.sleeper = sleeper;
    }

    /** How to wait between attempts; replaceable so tests need not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * @param inTransaction whether the connection is inside a transaction block (the tool's migration transaction)
     */
    public StatementOutcome execute(Connection c, SqlStatement statement, boolean inTransaction) throws SQLException {
        long start = System.nanoTime();
        if (NonTransactional.isConcurrentOperation(statement.model())) {
            return executeConcurrent(c, statement, start);
        }
        List<LockWait> waits = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Duration lockTimeout = policy.lockTimeout(attempt);
            try {
                if (inTransaction) {
                    run(c, "SAVEPOINT " + SAVEPOINT);
                }
                SessionTimeouts.set(c, "lock_timeout", Durations.setting(lockTimeout), inTransaction);
                SessionTimeouts.set(c, "statement_timeout", Durations.setting(settings.statementTimeout()), inTransaction);
                run(c, statement.text());
                if (inTransaction) {
                    run(c, "RELEASE SAVEPOINT " + SAVEPOINT);
                }
                return new StatementOutcome(attempt, waits, Duration.ofNanos(System.nanoTime() - start));
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw e;
                }
                if (inTransaction) {
                    run(c, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                }
                LockWait wait = new LockWait(attempt, lockTimeout,
                        BlockingSessions.holding(c, Locks.lockedRelations(statement.model())));
                waits.add(wait);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                if (!policy.mayRetry(attempt, elapsed)) {
                    throw new LockRetriesExhaustedException(statement.text(), waits, e);
                }
                Duration backoff = policy.backoff(attempt);
                log.warn("lock-timeout-retry: line " + statement.line() + " timed out waiting for a lock, "
                        + wait.describe() + "; retrying in " + backoff.toMillis() + "ms");
                pause(backoff);
            }
        }
    }

    private StatementOutcome executeConcurrent(Connection c, SqlStatement statement, long start) throws SQLException {
        SessionTimeouts.set(c, "lock_timeout", Durations.setting(settings.concurrentLockTimeout()), false);
        SessionTimeouts.set(c, "statement_timeout", Durations.setting(settings.concurrentStatementTimeout()), false);
        Statement.CreateIndex index = statement.model() instanceof Statement.CreateIndex ci ? ci : null;
        if (index != null) {
            ConcurrentIndexGuard.dropInvalidLeftover(c, index, log);
        }
        run(c, statement.text());
        if (index != null) {
            ConcurrentIndexGuard.checkValid(c, index);
        }
        return new StatementOutcome(1, List.of(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void pause(Duration d) throws SQLException {
        try {
            sleeper.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to retry a lock timeout", "57014", e);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
