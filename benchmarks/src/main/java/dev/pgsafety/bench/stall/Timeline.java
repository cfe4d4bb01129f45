package dev.pgsafety.bench.stall;

import java.util.ArrayList;
import java.util.List;

import dev.pgsafety.testkit.traffic.TrafficLog;

/**
 * The traffic's latency over time for a chart: the slowest operation started in each bucket, in milliseconds, at
 * the bucket's time in seconds from the migration's start. Buckets where no operation started (every thread
 * stalled) are left out, so a stall shows as one tall point.
 */
public record Timeline(double[] seconds, double[] maxMillis, double migrationSeconds) {

    static final long BUCKET_NANOS = 50_000_000L;

    static Timeline of(TrafficLog log, long migrationStart, long migrationEnd) {
        long origin = log.relative(migrationStart);
        List<double[]> points = new ArrayList<>();
        long currentBucket = Long.MIN_VALUE;
        double currentMax = 0;
        for (int i = 0; i < log.size(); i++) {
            long bucket = Math.floorDiv(log.startNanos(i) - origin, BUCKET_NANOS);
            if (bucket != currentBucket) {
                if (currentBucket != Long.MIN_VALUE) {
                    points.add(new double[] {currentBucket * BUCKET_NANOS / 1e9, currentMax});
                }
                currentBucket = bucket;
                currentMax = 0;
            }
            currentMax = Math.max(currentMax, log.latencyNanos(i) / 1e6);
        }
        if (currentBucket != Long.MIN_VALUE) {
            points.add(new double[] {currentBucket * BUCKET_NANOS / 1e9, currentMax});
        }
        double[] seconds = new double[points.size()];
        double[] max = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            seconds[i] = points.get(i)[0];
            max[i] = points.get(i)[1];
        }
        return new Timeline(seconds, max, (migrationEnd - migrationStart) / 1e9);
    }
}
