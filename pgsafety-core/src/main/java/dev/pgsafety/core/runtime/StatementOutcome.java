package dev.pgsafety.core.runtime;

import java.time.Duration;
import java.util.List;

/** How one statement went: attempts made, lock waits hit, time spent. */
public record StatementOutcome(int attempts, List<LockWait> lockWaits, Duration elapsed) {

    public StatementOutcome {
        lockWaits = List.copyOf(lockWaits);
    }
}
