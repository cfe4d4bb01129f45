package dev.pgsafety.core.analysis;

import java.util.Map;

/**
 * What the analyzer needs to know besides the SQL.
 *
 * @param pgMajor       the target server's major version (11 to 18)
 * @param severities    per-rule severity overrides by rule id
 * @param strict        report statements the analyzer could not parse as errors instead of warnings
 * @param pendingRun    the migrations are about to run (runtime pre-flight), not a static lint of history: a
 *                      table created by an earlier migration of the run that is still empty counts as new
 * @param smallTable    below these sizes a table counts as small (rules marked size-sensitive drop to warnings)
 * @param autoTransactionRule for {@link TransactionMode#AUTO}: which statements make the tool run a script outside a
 *                      transaction (all of them must be such); PostgreSQL's own list by default, Flyway's parser for Flyway
 */
public record AnalysisOptions(int pgMajor, Map<String, Severity> severities, boolean strict, boolean pendingRun,
                              SmallTableThreshold smallTable, AutoTransactionRule autoTransactionRule) {

    public static final int NEWEST_MAJOR = 18;
    public static final int OLDEST_MAJOR = 11;

    public AnalysisOptions {
        if (pgMajor < OLDEST_MAJOR || pgMajor > NEWEST_MAJOR) {
            throw new IllegalArgumentException("PostgreSQL " + pgMajor + " is not supported: pgsafety supports "
                    + OLDEST_MAJOR + " to " + NEWEST_MAJOR);
        }
        severities = Map.copyOf(severities);
    }

    /** Static lint defaults: newest major, catalogue severities. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(NEWEST_MAJOR, Map.of(), false, false, SmallTableThreshold.DEFAULT,
                NonTransactional::refusedInTransaction);
    }

    public AnalysisOptions withPgMajor(int major) {
        return new AnalysisOptions(major, severities, strict, pendingRun, smallTable, autoTransactionRule);
    }

    public AnalysisOptions withSeverities(Map<String, Severity> overrides) {
        return new AnalysisOptions(pgMajor, overrides, strict, pendingRun, smallTable, autoTransactionRule);
    }

    public AnalysisOptions withStrict(boolean value) {
        return new AnalysisOptions(pgMajor, severities, value, pendingRun, smallTable, autoTransactionRule);
    }

    public AnalysisOptions withPendingRun(boolean value) {
        return new AnalysisOptions(pgMajor, severities, strict, value, smallTable, autoTransactionRule);
    }

    public AnalysisOptions withSmallTable(SmallTableThreshold value) {
        return new AnalysisOptions(pgMajor, severities, strict, pendingRun, value, autoTransactionRule);
    }

    public AnalysisOptions withAutoTransactionRule(AutoTransactionRule value) {
        return new AnalysisOptions(pgMajor, severities, strict, pendingRun, smallTable, value);
    }

    /** Whether the tool runs {@code statement} outside a transaction when a script consists only of such statements. */
    @FunctionalInterface
    public interface AutoTransactionRule {
        boolean runsOutsideTransaction(dev.pgsafety.core.model.Statement statement, int pgMajor);
    }

    /**
     * A table is small when both its estimated rows and its total size (heap, indexes, TOAST) are below these.
     * Defaults: 10,000 rows and 10 MiB, where even a full scan or rewrite under lock takes well under a
     * second on ordinary hardware, so the lock is held about as long as the default lock timeout.
     */
    public record SmallTableThreshold(long rows, long bytes) {
        public static final SmallTableThreshold DEFAULT = new SmallTableThreshold(10_000, 10L * 1024 * 1024);

        public boolean isSmall(long estimatedRows, long totalBytes) {
            return estimatedRows >= 0 && estimatedRows < rows && totalBytes < bytes;
        }
    }
}
