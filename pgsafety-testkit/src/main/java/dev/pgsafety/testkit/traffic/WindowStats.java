package dev.pgsafety.testkit.traffic;

/**
 * The live traffic during one window (a migration).
 *
 * @param reads              point SELECTs in flight during the window
 * @param writes             INSERTs and UPDATEs in flight during the window
 * @param failed             of those, operations that failed
 * @param baselinePerSecond  operations completed per second just before the window
 * @param lowestPerSecond    the fewest operations completed per second in any 250 ms of the window
 * @param windowNanos        the window's length
 */
public record WindowStats(LatencyStats reads, LatencyStats writes, long failed, double baselinePerSecond,
                          double lowestPerSecond, long windowNanos) {

    /** The slowest operation of either kind, in milliseconds. */
    public double maxMillis() {
        return Math.max(reads.maxMillis(), writes.maxMillis());
    }

    /** How far throughput fell below the baseline at its lowest, in percent (0 when it never fell). */
    public double throughputDipPercent() {
        if (baselinePerSecond <= 0) {
            return 0;
        }
        return Math.max(0, 100 * (1 - lowestPerSecond / baselinePerSecond));
    }
}
