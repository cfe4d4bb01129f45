package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.model.QualifiedName;

/**
 * lock-timeout-retry for any unit of work: runs it with a lock_timeout (growing per attempt) and the statement
 * timeout; on SQLSTATE 55P03 logs who held the lock, waits with backoff and tries again, inside a transaction
 * through a savepoint so the transaction's earlier work stays.
 */
public final class LockRetry {

    static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String SAVEPOINT = "pgsafety_attempt";

    /** One attempt of the work, after the timeouts are set. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** How to wait between attempts; replaceable so tests need not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** The work's result and the lock waits it went through. */
    public record Outcome<T>(T value, int attempts, List<LockWait> lockWaits) {
    }

    private final RuntimeSettings settings;
    private final RetryPolicy policy;
    private final RuntimeListener log;
    private final Sleeper sleeper;

    public LockRetry(RuntimeSettings settings, RuntimeListener log) {
        this(settings, log, new Random(), Thread::sleep);
    }

    LockRetry(RuntimeSettings settings, RuntimeListener log, Random random, Sleeper sleeper) {
        this.settings = settings;
        this.policy = new RetryPolicy(settings, random);
        this.log = log;
        this.sleeper = sleeper;
    }

    /**
     * @param inTransaction whether the connection is inside a transaction block (then SET LOCAL and a savepoint)
     * @param relations     where to look for the sessions that held the lock
     * @param what          the work, for messages ("line 12", "backfill batch 40")
     */
    public <T> Outcome<T> run(Connection c, boolean inTransaction, Collection<QualifiedName> relations, String what,
                              Work<T> work) throws SQLException {
        return attempts(c, inTransaction, relations, what, lockTimeout -> {
            if (inTransaction) {
                SessionTimeouts.savepointAndSetLocal(c, SAVEPOINT, lockTimeout, settings.statementTimeout());
            } else {
                SessionTimeouts.set(c, lockTimeout, settings.statementTimeout(), false);
            }
            T value = work.run();
            if (inTransaction) {
                execute(c, "RELEASE SAVEPOINT " + SAVEPOINT);
            }
            return value;
        });
    }

    /**
     * One SQL statement, as {@link #run} would run it. Inside a transaction the savepoint, the timeouts, the
     * statement and the release go to the server together, in one round trip: a statement that needs no retry
     * then costs what it would cost without pgsafety. Should the statement fail, the server skips what follows it.
     */
    public Outcome<Void> runStatement(Connection c, boolean inTransaction, Collection<QualifiedName> relations,
                                      String what, String sql) throws SQLException {
        return attempts(c, inTransaction, relations, what, lockTimeout -> {
            if (inTransaction) {
                // The newline ends a trailing line comment of the statement.
                execute(c, SessionTimeouts.savepointAndSetLocalSql(SAVEPOINT, lockTimeout, settings.statementTimeout())
                        + sql + "\n;RELEASE SAVEPOINT " + SAVEPOINT);
            } else {
                SessionTimeouts.set(c, lockTimeout, settings.statementTimeout(), false);
                execute(c, sql);
            }
            return null;
        });
    }

    /** One attempt with the given lock timeout. */
    @FunctionalInterface
    private interface Attempt<T> {
        T run(Duration lockTimeout) throws SQLException;
    }

    private <T> Outcome<T> attempts(Connection c, boolean inTransaction, Collection<QualifiedName> relations, String what,
                                    Attempt<T> attempt) throws SQLException {
        long start = System.nanoTime();
        List<LockWait> waits = new ArrayList<>();
        for (int number = 1; ; number++) {
            Duration lockTimeout = policy.lockTimeout(number);
            try {
                return new Outcome<>(attempt.run(lockTimeout), number, waits);
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw e;
                }
                if (inTransaction) {
                    execute(c, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                }
                LockWait wait = new LockWait(number, lockTimeout, BlockingSessions.holding(c, relations));
                waits.add(wait);
                if (!policy.mayRetry(number, Duration.ofNanos(System.nanoTime() - start))) {
                    throw new LockRetriesExhaustedException(what, waits, e);
                }
                Duration backoff = policy.backoff(number);
                log.warn("lock-timeout-retry: " + what + " timed out waiting for a lock, " + wait.describe()
                        + "; retrying in " + backoff.toMillis() + "ms");
                pause(backoff);
            }
        }
    }

    private void pause(Duration d) throws SQLException {
        try {
            sleeper.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to retry a lock timeout", "57014", e);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
