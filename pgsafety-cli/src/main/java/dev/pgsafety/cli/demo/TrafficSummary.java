package dev.pgsafety.cli.demo;

import dev.pgsafety.core.config.Durations;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.testkit.traffic.LatencyStats;
import dev.pgsafety.testkit.traffic.WindowStats;

/** How the application's traffic fared while the migration ran, in a few lines. */
final class TrafficSummary {

    /** What the numbers mean, with pgsafety's default timeouts (the demo does not change them). */
    static final String WHY_THE_STALL_IS_BOUNDED = "While ALTER TABLE waits for its lock, every query on orders queues behind it."
            + " pgsafety bounds that\nwait with lock_timeout (" + Durations.human(RuntimeSettings.DEFAULTS.lockTimeout())
            + ", growing to " + Durations.human(RuntimeSettings.DEFAULTS.lockTimeoutMax()) + "), then steps out of the"
            + " queue, lets the traffic through and retries.\nWithout it, the traffic would have waited for the whole"
            + " report query.";

    private TrafficSummary() {
    }

    static String format(WindowStats w) {
        return line("reads ", w.reads()) + "\n" + line("writes", w.writes()) + "\n"
                + "failed: " + w.failed() + "\n"
                + "Max stall: " + Console.millis(w.maxMillis()) + " (reads " + Console.millis(w.reads().maxMillis())
                + ", writes " + Console.millis(w.writes().maxMillis()) + ")";
    }

    private static String line(String what, LatencyStats s) {
        return what + ": " + Console.count(s.count()) + " in flight, slowest " + Console.millis(s.maxMillis())
                + ", p99.9 " + Console.millis(s.p999Millis()) + ", " + s.over100ms() + " over 100 ms, "
                + s.over1s() + " over 1 s";
    }
}
