package dev.pgsafety.core.runtime;

/**
 * A session holding a lock that a migration statement waited for, as pg_stat_activity describes it.
 *
 * @param transactionAgeSeconds how long its transaction has been open (-1 when not in a transaction)
 * @param lockMode              the lock it holds, e.g. AccessShareLock
 * @param relation              the table (or index) it holds the lock on
 */
public record BlockingSession(int pid, String applicationName, String state, double transactionAgeSeconds,
                              String waitEvent, String query, String lockMode, String relation) {

    /** One line for logs: who, doing what, for how long. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "pid %d (application '%s', %s, transaction open %.1f s, wait event %s) holds %s on %s: %s",
                pid, applicationName == null ? "" : applicationName, state,
                transactionAgeSeconds, waitEvent == null ? "none" : waitEvent, lockMode, relation,
                query == null ? "" : query.replaceAll("\\s+", " ").strip());
    }
}
