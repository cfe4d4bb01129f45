package dev.pgsafety.testkit.traffic;

import java.util.List;

/**
 * Latencies of one kind of operation in a window.
 *
 * @param count       operations
 * @param maxMillis   the slowest
 * @param p999Millis  99.9th percentile (nearest rank)
 * @param over100ms   operations that took more than 100 ms
 * @param over1s      operations that took more than 1 s
 */
public record LatencyStats(long count, double maxMillis, double p999Millis, long over100ms, long over1s) {

    static LatencyStats of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new LatencyStats(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(0.999 * sorted.length) - 1;
        long over100 = 0;
        long over1000 = 0;
        for (long n : sorted) {
            if (n > 100_000_000L) {
                over100++;
            }
            if (n > 1_000_000_000L) {
                over1000++;
            }
        }
        return new LatencyStats(sorted.length, sorted[sorted.length - 1] / 1e6, sorted[Math.max(0, rank)] / 1e6,
                over100, over1000);
    }
}
