package dev.pgsafety.testkit.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every operation the live traffic ran, ordered by start time (nanoseconds since the traffic started), and the
 * questions asked of it: how did the operations that overlapped a migration's window fare, compared with before.
 */
public final class TrafficLog {

    private final long origin;
    private final long[] starts;
    private final long[] latencies;
    private final OperationKind[] kinds;
    private final boolean[] failed;
    private final short[] workers;
    private final List<String> workerNames;
    private final long updatesCommitted;
    private final List<String> errors;

    private TrafficLog(long origin, long[] starts, long[] latencies, OperationKind[] kinds, boolean[] failed,
                       short[] workers, List<String> workerNames, long updatesCommitted, List<String> errors) {
        this.origin = origin;
        this.starts = starts;
        this.latencies = latencies;
        this.kinds = kinds;
        this.failed = failed;
        this.workers = workers;
        this.workerNames = List.copyOf(workerNames);
        this.updatesCommitted = updatesCommitted;
        this.errors = List.copyOf(errors);
    }

    /** {@code names.get(k)} is the thread that wrote {@code logs.get(k)}. */
    static TrafficLog merge(long origin, List<OperationLog> logs, List<String> names, long updatesCommitted,
                            List<String> errors) {
        int total = logs.stream().mapToInt(OperationLog::size).sum();
        Integer[] order = new Integer[total];
        long[] rawStarts = new long[total];
        long[] rawLatencies = new long[total];
        OperationKind[] rawKinds = new OperationKind[total];
        boolean[] rawFailed = new boolean[total];
        short[] rawWorkers = new short[total];
        int n = 0;
        for (short w = 0; w < logs.size(); w++) {
            OperationLog log = logs.get(w);
            for (int i = 0; i < log.size(); i++, n++) {
                rawWorkers[n] = w;
                rawStarts[n] = log.start(i) - origin;
                rawLatencies[n] = log.latency(i);
                rawKinds[n] = log.kind(i);
                rawFailed[n] = log.failed(i);
                order[n] = n;
            }
        }
        Arrays.sort(order, (a, b) -> Long.compare(rawStarts[a], rawStarts[b]));
        long[] starts = new long[total];
        long[] latencies = new long[total];
        OperationKind[] kinds = new OperationKind[total];
        boolean[] failed = new boolean[total];
        short[] workers = new short[total];
        for (int i = 0; i < total; i++) {
            workers[i] = rawWorkers[order[i]];
            starts[i] = rawStarts[order[i]];
            latencies[i] = rawLatencies[order[i]];
            kinds[i] = rawKinds[order[i]];
            failed[i] = rawFailed[order[i]];
        }
        return new TrafficLog(origin, starts, latencies, kinds, failed, workers, names, updatesCommitted, errors);
    }

    public int size() {
        return starts.length;
    }

    /** Start of operation {@code i}, in nanoseconds since the traffic started. */
    public long startNanos(int i) {
        return starts[i];
    }

    public long latencyNanos(int i) {
        return latencies[i];
    }

    public OperationKind kind(int i) {
        return kinds[i];
    }

    public boolean failed(int i) {
        return failed[i];
    }

    /** The thread that ran operation {@code i}; its connection shows this name as application_name. */
    public String worker(int i) {
        return workerNames.get(workers[i]);
    }

    /** UPDATEs that reported a row changed: each added one to some row's {@code version}. */
    public long updatesCommitted() {
        return updatesCommitted;
    }

    /** The last error of each thread that had one (a thread that lost its connection stops). */
    public List<String> errors() {
        return errors;
    }

    /** A {@link System#nanoTime()} value as nanoseconds since the traffic started, the unit of this log. */
    public long relative(long nanoTime) {
        return nanoTime - origin;
    }

    /** The {@link System#nanoTime()} value {@code nanos} after the traffic started. */
    public long startedAtPlus(long nanos) {
        return origin + nanos;
    }

    /**
     * How the traffic fared during {@code [from, to]} ({@link System#nanoTime()} values, e.g. a migration's start
     * and end): every operation in flight at some moment of the window counts, so one that started before the
     * migration and waited through it is there. The baseline is the throughput of the {@code baselineNanos}
     * before the window.
     */
    public WindowStats window(long from, long to, long baselineNanos) {
        long start = relative(from);
        long end = relative(to);
        List<Long> reads = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        int failures = 0;
        long baselineOps = 0;
        long bucket = 250_000_000L;
        int buckets = (int) Math.max(1, (end - start + bucket - 1) / bucket);
        long[] completedPerBucket = new long[buckets];
        for (int i = 0; i < starts.length; i++) {
            long s = starts[i];
            long e = s + latencies[i];
            if (e >= start - baselineNanos && e < start) {
                baselineOps++;
            }
            if (s <= end && e >= start) {
                (kinds[i].isWrite() ? writes : reads).add(latencies[i]);
                if (failed[i]) {
                    failures++;
                }
            }
            if (e >= start && e < start + (long) buckets * bucket) {
                completedPerBucket[(int) ((e - start) / bucket)]++;
            }
        }
        double baselinePerSecond = baselineNanos == 0 ? 0 : baselineOps * 1e9 / baselineNanos;
        // The last bucket may be cut short by the window's end; judge it by the part that exists.
        double lowestPerSecond = Double.MAX_VALUE;
        for (int b = 0; b < buckets; b++) {
            long length = Math.min(bucket, end - (start + b * bucket));
            if (length < bucket / 5 && buckets > 1) {
                continue;
            }
            lowestPerSecond = Math.min(lowestPerSecond, completedPerBucket[b] * 1e9 / Math.max(length, 1));
        }
        if (lowestPerSecond == Double.MAX_VALUE) {
            lowestPerSecond = 0;
        }
        return new WindowStats(LatencyStats.of(reads), LatencyStats.of(writes), failures, baselinePerSecond,
                lowestPerSecond, end - start);
    }
}
