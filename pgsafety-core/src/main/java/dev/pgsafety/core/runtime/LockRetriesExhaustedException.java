package dev.pgsafety.core.runtime;

import java.sql.SQLException;
import java.util.List;

/** A statement kept hitting lock_timeout until the retry budget ran out; the message says what blocked it each time. */
public final class LockRetriesExhaustedException extends SQLException {

    private final transient List<LockWait> waits;

    public LockRetriesExhaustedException(String what, List<LockWait> waits, SQLException last) {
        super(message(what, waits), "55P03", last);
        this.waits = List.copyOf(waits);
    }

    public List<LockWait> waits() {
        return waits;
    }

    private static String message(String what, List<LockWait> waits) {
        StringBuilder b = new StringBuilder("pgsafety gave up after ").append(waits.size())
                .append(" attempt(s) at ").append(firstLine(what))
                .append(": each timed out waiting for a lock (lock-timeout-retry), so nothing waited long"
                        + " enough to stall the application.\nWhat blocked it:");
        for (LockWait w : waits) {
            b.append("\n  - ").append(w.describe());
        }
        b.append("\nEnd or wait out the blocking session(s) and run the migration again, or raise")
                .append(" lockTimeout/retries if a longer stall is acceptable.");
        return b.toString();
    }

    private static String firstLine(String s) {
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
