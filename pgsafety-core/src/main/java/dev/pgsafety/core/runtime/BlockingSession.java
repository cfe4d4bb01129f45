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
        // pg_locks and pg_stat_activity are not read atomically: a short transaction can end between the two.
        String transaction = transactionAgeSeconds < 0 ? "its transaction just ended"
                : String.format(java.util.Locale.ROOT, "transaction open %.1f s", transactionAgeSeconds);
        return String.format(java.util.Locale.ROOT, "pid %d (application '%s', %s, %s, wait event %s) holds %s on %s: %s",
                pid, applicationName == null ? "" : applicationName, state,
                transaction, waitEvent == null ? "none" : waitEvent, lockMode, relation,
                query == null ? "" : query.replaceAll("\\s+", " ").strip());
    }
}
