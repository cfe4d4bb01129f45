package dev.pgsafety.core.backfill;

import java.time.Duration;
import java.util.List;

import dev.pgsafety.core.runtime.LockWait;

/**
 * How a backfill ended.
 *
 * @param completed false when it was stopped before every row was done (a rerun continues)
 */
public record BackfillResult(long rowsUpdated, int batches, List<LockWait> lockWaits, Duration elapsed, boolean completed) {

    public BackfillResult {
        lockWaits = List.copyOf(lockWaits);
    }

    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsUpdated / s;
    }
}
