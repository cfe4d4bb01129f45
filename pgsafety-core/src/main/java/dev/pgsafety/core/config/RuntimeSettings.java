package dev.pgsafety.core.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How pgsafety runs migrations: timeouts, lock-timeout retries, and what an error finding does. The same keys
 * serve Flyway ({@code flyway.safety.*}) and Liquibase ({@code liquibase.safety.*}).
 *
 * <p>Defaults, and why: a DDL statement waiting for its lock makes every later query on that table queue
 * behind it, so {@code lockTimeout} bounds how long the application can stall: 500 ms at first, doubling on
 * each retry up to {@code lockTimeoutMax} 1 s (GitLab starts at 100 ms, pgroll uses 500 ms). Between attempts
 * the lock queue drains; backoff starts at 200 ms, doubles with jitter up to 10 s, for at most
 * {@code retries} 10 attempts and {@code retryMaxTime} 2 min: enough to get past a blocker that holds its
 * lock for several seconds. No statement timeout by default (long backfills are batched, not cut off).
 * Concurrent operations wait for old transactions by design, so by default they get no lock timeout at all.
 *
 * @param mode                       enforce (error findings stop the run), warn (they are logged), off
 * @param lockTimeout                first lock_timeout for each statement
 * @param lockTimeoutMax             lock_timeout grows to at most this on retries
 * @param statementTimeout           statement_timeout for each statement (0 = none)
 * @param concurrentLockTimeout      lock_timeout for CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY,
 *                                   DETACH ... CONCURRENTLY (0 = none)
 * @param concurrentStatementTimeout statement_timeout for those (0 = none)
 * @param retries                    attempts in all, the first included (1 = no retry)
 * @param retryMaxTime               give up retrying once this much time has passed since the first attempt
 * @param retryBackoff               first pause between attempts
 * @param retryMaxBackoff            longest pause between attempts
 */
public record RuntimeSettings(Mode mode, Duration lockTimeout, Duration lockTimeoutMax, Duration statementTimeout,
                              Duration concurrentLockTimeout, Duration concurrentStatementTimeout, int retries,
                              Duration retryMaxTime, Duration retryBackoff, Duration retryMaxBackoff) {

    public enum Mode { ENFORCE, WARN, OFF }

    public static final RuntimeSettings DEFAULTS = new RuntimeSettings(Mode.ENFORCE, Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO, Duration.ZERO, 10, Duration.ofMinutes(2),
            Duration.ofMillis(200), Duration.ofSeconds(10));

    /** Keys (after the prefix) this record reads. */
    public static final Set<String> KEYS = Set.of("mode", "lockTimeout", "lockTimeoutMax", "statementTimeout",
            "concurrentLockTimeout", "concurrentStatementTimeout", "retries", "retryMaxTime", "retryBackoff",
            "retryMaxBackoff");

    public RuntimeSettings {
        if (retries < 1) {
            throw new ConfigException("retries must be at least 1 (1 = no retry), not " + retries);
        }
        if (lockTimeoutMax.compareTo(lockTimeout) < 0) {
            lockTimeoutMax = lockTimeout;
        }
    }

    /** Applies the runtime keys found under {@code prefix}; other keys are left to {@link LintSettings}. */
    public static RuntimeSettings read(RuntimeSettings base, Map<String, String> values, String prefix, String source) {
        Mode mode = base.mode;
        Duration lock = base.lockTimeout;
        Duration lockMax = base.lockTimeoutMax;
        Duration statement = base.statementTimeout;
        Duration concLock = base.concurrentLockTimeout;
        Duration concStatement = base.concurrentStatementTimeout;
        int retries = base.retries;
        Duration retryMax = base.retryMaxTime;
        Duration backoff = base.retryBackoff;
        Duration maxBackoff = base.retryMaxBackoff;
        boolean lockMaxSet = false;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String key = e.getKey().substring(prefix.length());
            String v = e.getValue() == null ? "" : e.getValue().trim();
            String full = e.getKey();
            switch (key) {
                case "mode" -> mode = mode(full, v, source);
                case "lockTimeout" -> lock = Durations.parse(full, v, source);
                case "lockTimeoutMax" -> {
                    lockMax = Durations.parse(full, v, source);
                    lockMaxSet = true;
                }
                case "statementTimeout" -> statement = Durations.parse(full, v, source);
                case "concurrentLockTimeout" -> concLock = Durations.parse(full, v, source);
                case "concurrentStatementTimeout" -> concStatement = Durations.parse(full, v, source);
                case "retries" -> {
                    long n = LintSettings.number(full, v, source);
                    if (n < 1 || n > 1000) {
                        throw new ConfigException(full + "=" + v + " (" + source + "): use 1 (no retry) to 1000");
                    }
                    retries = (int) n;
                }
                case "retryMaxTime" -> retryMax = Durations.parse(full, v, source);
                case "retryBackoff" -> backoff = Durations.parse(full, v, source);
                case "retryMaxBackoff" -> maxBackoff = Durations.parse(full, v, source);
                default -> {
                    // not a runtime key: LintSettings checks the rest
                }
            }
        }
        if (!lockMaxSet && lockMax.compareTo(lock) < 0) {
            lockMax = lock;
        }
        if (lock.isZero()) {
            throw new ConfigException(prefix + "lockTimeout=0 (" + source + "): a migration without a lock timeout can stall "
                    + "every query on its table behind it; use e.g. 500ms, or set " + prefix + "mode=off to disable pgsafety");
        }
        return new RuntimeSettings(mode, lock, lockMax, statement, concLock, concStatement, retries, retryMax, backoff, maxBackoff);
    }

    private static Mode mode(String key, String value, String source) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "enforce" -> Mode.ENFORCE;
            case "warn" -> Mode.WARN;
            case "off" -> Mode.OFF;
            default -> throw new ConfigException(key + "=" + value + " (" + source + "): use enforce, warn or off");
        };
    }
}
