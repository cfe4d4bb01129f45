package dev.pgsafety.core.runtime;

import java.time.Duration;
import java.util.List;

/** One attempt that hit lock_timeout, with whoever held the lock. */
public record LockWait(int attempt, Duration lockTimeout, List<BlockingSession> blockers) {

    public LockWait {
        blockers = List.copyOf(blockers);
    }

    public String describe() {
        String who = blockers.isEmpty() ? "the blocking session was already gone when checked"
                : String.join("; ", blockers.stream().map(BlockingSession::describe).toList());
        return "attempt " + attempt + " (lock_timeout " + lockTimeout.toMillis() + "ms): " + who;
    }
}
