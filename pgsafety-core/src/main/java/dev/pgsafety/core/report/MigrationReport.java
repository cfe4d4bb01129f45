package dev.pgsafety.core.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.core.analysis.Finding;
import dev.pgsafety.core.runtime.LockWait;
import dev.pgsafety.core.runtime.StatementOutcome;

/** What happened while one migration ran: for the run report at the end. */
public final class MigrationReport {

    private final String migration;
    private final List<Finding> suppressed;
    private int statements;
    private int retries;
    private final List<LockWait> lockWaits = new ArrayList<>();
    private Duration elapsed = Duration.ZERO;
    private boolean failed;

    public MigrationReport(String migration, List<Finding> suppressed) {
        this.migration = migration;
        this.suppressed = List.copyOf(suppressed);
    }

    public void record(StatementOutcome outcome) {
        statements++;
        retries += outcome.attempts() - 1;
        lockWaits.addAll(outcome.lockWaits());
    }

    public void finish(Duration duration, boolean failed) {
        this.elapsed = duration;
        this.failed = failed;
    }

    public String migration() {
        return migration;
    }

    public int statements() {
        return statements;
    }

    public int retries() {
        return retries;
    }

    public List<LockWait> lockWaits() {
        return List.copyOf(lockWaits);
    }

    public List<Finding> suppressed() {
        return suppressed;
    }

    public Duration elapsed() {
        return elapsed;
    }

    public boolean failed() {
        return failed;
    }

    /** The run report: one line per migration, then the lock waits and suppressed findings worth knowing about. */
    public static String format(List<MigrationReport> reports) {
        StringBuilder b = new StringBuilder("pgsafety run report:\n");
        for (MigrationReport r : reports) {
            b.append(String.format(java.util.Locale.ROOT, "  %s: %s, %d statement(s) run by pgsafety, %d lock wait(s), %d retr%s, %d ms%s%n",
                    r.migration, r.failed ? "FAILED" : "ok", r.statements, r.lockWaits.size(), r.retries,
                    r.retries == 1 ? "y" : "ies", r.elapsed.toMillis(),
                    r.suppressed.isEmpty() ? "" : ", " + r.suppressed.size() + " finding(s) suppressed"));
            for (LockWait w : r.lockWaits) {
                b.append("      lock wait: ").append(w.describe()).append('\n');
            }
            for (Finding f : r.suppressed) {
                b.append("      suppressed: ").append(f.rule()).append(" at line ").append(f.line()).append('\n');
            }
        }
        return b.toString();
    }
}
