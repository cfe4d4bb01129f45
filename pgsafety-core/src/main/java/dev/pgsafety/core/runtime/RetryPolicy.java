package dev.pgsafety.core.runtime;

import java.time.Duration;
import java.util.Random;

import dev.pgsafety.core.config.RuntimeSettings;

/** Lock timeouts that grow per attempt, and exponential backoff with jitter between attempts. */
public final class RetryPolicy {

    private final RuntimeSettings settings;
    private final Random random;

    public RetryPolicy(RuntimeSettings settings, Random random) {
        this.settings = settings;
        this.random = random;
    }

    /** lock_timeout for attempt 1, 2, ...: doubling from lockTimeout up to lockTimeoutMax. */
    public Duration lockTimeout(int attempt) {
        return min(scaled(settings.lockTimeout(), attempt), settings.lockTimeoutMax());
    }

    /** Pause after failed attempt {@code attempt}: doubling from retryBackoff up to retryMaxBackoff, half of it random. */
    public Duration backoff(int attempt) {
        Duration full = min(scaled(settings.retryBackoff(), attempt), settings.retryMaxBackoff());
        long ms = full.toMillis();
        return Duration.ofMillis(ms / 2 + (ms > 1 ? (long) (random.nextDouble() * (ms - ms / 2)) : 0));
    }

    /** Whether another attempt may follow attempt {@code attempt}, given the time spent since the first. */
    public boolean mayRetry(int attempt, Duration elapsed) {
        return attempt < settings.retries() && elapsed.compareTo(settings.retryMaxTime()) < 0;
    }

    private static Duration scaled(Duration base, int attempt) {
        int shift = Math.min(attempt - 1, 20);
        return base.multipliedBy(1L << shift);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
