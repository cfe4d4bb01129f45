package dev.pgsafety.bench.stall;

import java.util.List;

import dev.pgsafety.testkit.traffic.WindowStats;

/**
 * One scenario run one way, with the live traffic's figures for the migration's window.
 *
 * @param wallMillis   the migration's wall time (the tool's migrate call)
 * @param endStateOk   the schema change is there (an index valid, a constraint validated, ...)
 * @param lostUpdates  application updates that did not survive: committed UPDATEs missing from the rows'
 *                     version counters, plus rows whose values contradict what the application wrote
 * @param timeline     the traffic's latency over time, for the chart
 * @param slowOperations the window's operations over 50 ms with the wait events sampled while they ran; empty
 *                     unless the benchmark sampled them ({@code --sample-waits})
 */
public record RunResult(Scenario scenario, Variant variant, Outcome outcome, double wallMillis, WindowStats window,
                        boolean endStateOk, long lostUpdates, Timeline timeline, List<SlowOperation> slowOperations) {

    /** The migration did what it should: applied with its end state there, or rejected when pgsafety must reject. */
    public boolean succeeded() {
        return outcome.kind() == Outcome.Kind.APPLIED && endStateOk;
    }
}
