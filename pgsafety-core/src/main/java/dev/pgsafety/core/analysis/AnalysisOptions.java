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
 */
public record AnalysisOptions(int pgMajor, Map<String, Severity> severities, boolean strict, boolean pendingRun,
                              SmallTableThreshold smallTable) {

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
        return new AnalysisOptions(NEWEST_MAJOR, Map.of(), false, false, SmallTableThreshold.DEFAULT);
    }

    public AnalysisOptions withPgMajor(int major) {
        return new AnalysisOptions(major, severities, strict, pendingRun, smallTable);
    }

    public AnalysisOptions withSeverities(Map<String, Severity> overrides) {
        return new AnalysisOptions(pgMajor, overrides, strict, pendingRun, smallTable);
    }

    public AnalysisOptions withStrict(boolean value) {
        return new AnalysisOptions(pgMajor, severities, value, pendingRun, smallTable);
    }

    public AnalysisOptions withPendingRun(boolean value) {
        return new AnalysisOptions(pgMajor, severities, strict, value, smallTable);
    }

    public AnalysisOptions withSmallTable(SmallTableThreshold value) {
        return new AnalysisOptions(pgMajor, severities, strict, pendingRun, value);
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
