package dev.pgsafety.testkit.traffic;

import java.util.Arrays;

/**
 * Every operation one traffic thread ran: start ({@link System#nanoTime()}), latency and kind, in primitive arrays
 * so that recording a million operations does not disturb the latencies it measures. One thread writes it; it is
 * read after that thread has ended.
 */
final class OperationLog {

    private long[] starts = new long[1 << 14];
    private long[] latencies = new long[1 << 14];
    private byte[] kinds = new byte[1 << 14];
    private boolean[] failed = new boolean[1 << 14];
    private int size;

    void record(OperationKind kind, long startNanos, long latencyNanos, boolean ok) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            latencies = Arrays.copyOf(latencies, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            failed = Arrays.copyOf(failed, capacity);
        }
        starts[size] = startNanos;
        latencies[size] = latencyNanos;
        kinds[size] = (byte) kind.ordinal();
        failed[size] = !ok;
        size++;
    }

    int size() {
        return size;
    }

    long start(int i) {
        return starts[i];
    }

    long latency(int i) {
        return latencies[i];
    }

    OperationKind kind(int i) {
        return OperationKind.values()[kinds[i]];
    }

    boolean failed(int i) {
        return failed[i];
    }
}
