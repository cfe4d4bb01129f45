package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import dev.pgsafety.core.analysis.Locks;
import dev.pgsafety.core.analysis.NonTransactional;
import dev.pgsafety.core.analysis.SqlStatement;
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

    private final RuntimeSettings settings;
    private final RuntimeListener log;
    private final LockRetry retry;

    public StatementRunner(RuntimeSettings settings, RuntimeListener log) {
        this.settings = settings;
        this.log = log;
        this.retry = new LockRetry(settings, log);
    }

    /**
     * @param inTransaction whether the connection is inside a transaction block (the tool's migration transaction)
     */
    public StatementOutcome execute(Connection c, SqlStatement statement, boolean inTransaction) throws SQLException {
        long start = System.nanoTime();
        if (NonTransactional.isConcurrentOperation(statement.model())) {
            return executeConcurrent(c, statement, start);
        }
        LockRetry.Outcome<Void> outcome = retry.runStatement(c, inTransaction, Locks.lockedRelations(statement.model()),
                "line " + statement.line() + " (" + statement.text().strip().split("\\R", 2)[0] + ")", statement.text());
        return new StatementOutcome(outcome.attempts(), outcome.lockWaits(), Duration.ofNanos(System.nanoTime() - start));
    }

    private StatementOutcome executeConcurrent(Connection c, SqlStatement statement, long start) throws SQLException {
        SessionTimeouts.set(c, settings.concurrentLockTimeout(), settings.concurrentStatementTimeout(), false);
        Statement.CreateIndex index = statement.model() instanceof Statement.CreateIndex ci ? ci : null;
        if (index != null) {
            ConcurrentIndexGuard.dropInvalidLeftover(c, index, log);
        }
        LockRetry.execute(c, statement.text());
        if (index != null) {
            ConcurrentIndexGuard.checkValid(c, index);
        }
        return new StatementOutcome(1, List.of(), Duration.ofNanos(System.nanoTime() - start));
    }
}
