package dev.pgsafety.bench.stall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.pgsafety.testkit.traffic.OperationKind;
import dev.pgsafety.testkit.traffic.TrafficLog;

/**
 * A traffic operation of the migration's window that took longer than the threshold, with what the wait sampler
 * saw while it ran: its own backend's wait events, and every other active backend (the migration, parallel
 * workers, autovacuum). Read with {@link WaitSampler}'s three cases in mind: a wait event names what the server
 * waited on; "none" means running or queued for a CPU; polls that did not see the operation at all mean the time
 * went outside the server.
 *
 * @param atMillis     start, in milliseconds from the migration's start (negative: started before it)
 * @param polls        polls of pg_stat_activity made while it ran
 * @param own          its backend's wait events, counted over those polls (absent: not active on the server)
 * @param others       other active backends over those polls, "session: wait event (query)" counted
 */
record SlowOperation(String worker, OperationKind kind, double atMillis, double latencyMillis, int polls,
                     Map<String, Integer> own, Map<String, Integer> others) {

    static final long THRESHOLD_NANOS = 50_000_000L;

    /** The operations over the threshold in flight during {@code [from, to]} ({@link System#nanoTime()} values). */
    static List<SlowOperation> of(TrafficLog log, WaitSampler.Samples samples, long from, long to) {
        List<SlowOperation> slow = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            long start = log.startedAtPlus(log.startNanos(i));
            long end = start + log.latencyNanos(i);
            if (log.latencyNanos(i) <= THRESHOLD_NANOS || end < from || start > to) {
                continue;
            }
            String worker = log.worker(i);
            Map<String, Integer> own = new TreeMap<>();
            Map<String, Integer> others = new TreeMap<>();
            for (WaitSampler.Sample s : samples.samples()) {
                if (s.nanoTime() < start || s.nanoTime() > end) {
                    continue;
                }
                if (s.session().equals(worker)) {
                    own.merge(s.waitEvent(), 1, Integer::sum);
                } else if (!s.isTraffic()) {
                    others.merge(s.session() + ": " + s.waitEvent() + " (" + oneLine(s.query()) + ")", 1,
                            Integer::sum);
                }
            }
            slow.add(new SlowOperation(worker, log.kind(i), (start - from) / 1e6, log.latencyNanos(i) / 1e6,
                    samples.pollsBetween(start, end), own, others));
        }
        return slow;
    }

    /** One line for the report, e.g. {@code read 297 ms at +70 ms (traffic-reader-2): on the server in 25 of 28 polls: ...}. */
    String describe() {
        int seen = own.values().stream().mapToInt(Integer::intValue).sum();
        String where = polls == 0 ? "no poll while it ran"
                : String.format(Locale.ROOT, "active on the server in %d of %d polls%s", seen, polls,
                seen == 0 ? "" : " (" + counts(own) + ")");
        return String.format(Locale.ROOT, "%s %s at %+.0f ms (%s): %s; meanwhile %s", kind.name().toLowerCase(Locale.ROOT),
                ResultsTable.millis(latencyMillis), atMillis, worker, where,
                others.isEmpty() ? "no other backend active" : counts(others));
    }

    private static String counts(Map<String, Integer> counted) {
        return counted.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String oneLine(String query) {
        return query == null ? "" : query.replaceAll("\\s+", " ").strip();
    }
}
