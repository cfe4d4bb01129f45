package dev.pgsafety.bench.stall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.pgsafety.testkit.traffic.LatencyStats;

/** The benchmark's results as markdown: one row per run, then each scenario's verdict against the targets. */
final class ResultsTable {

    private ResultsTable() {
    }

    static String render(List<RunResult> results, StallSettings settings) {
        StringBuilder b = new StringBuilder();
        b.append("| scenario | how | outcome | migration | reads max / p99.9 | writes max / p99.9 | ops > 100 ms | ops > 1 s"
                + " | throughput dip | lost updates |\n");
        b.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : results) {
            var w = r.window();
            b.append("| ").append(r.scenario().id())
                    .append(" | ").append(r.variant().label())
                    .append(" | ").append(outcome(r))
                    .append(" | ").append(r.outcome().kind() == Outcome.Kind.REJECTED ? "–" : millis(r.wallMillis()))
                    .append(" | ").append(latency(w.reads()))
                    .append(" | ").append(latency(w.writes()))
                    .append(" | ").append(w.reads().over100ms() + w.writes().over100ms())
                    .append(" | ").append(w.reads().over1s() + w.writes().over1s())
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f%%", w.throughputDipPercent()))
                    .append(" | ").append(r.lostUpdates())
                    .append(" |\n");
        }
        return b.toString();
    }

    /**
     * Per scenario: the worst stall with pgsafety against its target (the lock timeout plus 100 ms when the change
     * has to wait for a lock, else 100 ms), the naive run's stall, and pgsafety's overhead over the same safe script
     * run by Flyway alone.
     */
    static String verdicts(List<RunResult> results, StallSettings settings) {
        StringBuilder b = new StringBuilder();
        b.append("| scenario | worst stall, naive Flyway | worst stall with pgsafety | target | met | pgsafety's overhead |\n");
        b.append("|---|---:|---:|---:|---|---:|\n");
        for (String scenario : results.stream().map(r -> r.scenario().id()).distinct().toList()) {
            List<RunResult> runs = results.stream().filter(r -> r.scenario().id().equals(scenario)).toList();
            Scenario s = runs.get(0).scenario();
            double target = s.stallTargetMillis(settings.lockTimeout());
            Optional<RunResult> naive = runs.stream().filter(r -> r.variant() == Variant.FLYWAY_NAIVE)
                    .max(java.util.Comparator.comparingDouble(r -> r.window().maxMillis()));
            List<RunResult> withPgsafety = runs.stream().filter(r -> s.showsPgsafety(r.variant())).toList();
            double worst = withPgsafety.stream().mapToDouble(r -> r.window().maxMillis()).max().orElse(Double.NaN);
            boolean allSucceeded = withPgsafety.stream().allMatch(RunResult::succeeded)
                    && withPgsafety.stream().allMatch(r -> r.lostUpdates() == 0);
            double hand = medianWall(runs, Variant.FLYWAY_HAND_SAFE);
            double guarded = medianWall(runs, Variant.FLYWAY_PGSAFETY_SAFE);
            String overhead = Double.isNaN(hand) || Double.isNaN(guarded) || s.staleRowsCheck() != null ? "–"
                    : String.format(Locale.ROOT, "%+.1f%% (%s vs %s)", 100 * (guarded / hand - 1), millis(guarded), millis(hand));
            b.append("| ").append(scenario)
                    .append(" | ").append(naive.map(r -> millis(r.window().maxMillis())).orElse("–"))
                    .append(" | ").append(withPgsafety.isEmpty() ? "–" : millis(worst))
                    .append(" | ").append(millis(target))
                    .append(" | ").append(!withPgsafety.isEmpty() && worst <= target && allSucceeded ? "yes" : "**no**")
                    .append(" | ").append(overhead)
                    .append(" |\n");
        }
        return b.toString();
    }

    /** The median wall time of a variant's successful runs, NaN when there is none. */
    private static double medianWall(List<RunResult> runs, Variant variant) {
        double[] walls = runs.stream().filter(r -> r.variant() == variant && r.succeeded())
                .mapToDouble(RunResult::wallMillis).sorted().toArray();
        if (walls.length == 0) {
            return Double.NaN;
        }
        return walls.length % 2 == 1 ? walls[walls.length / 2] : (walls[walls.length / 2 - 1] + walls[walls.length / 2]) / 2;
    }

    private static String outcome(RunResult r) {
        return switch (r.outcome().kind()) {
            case APPLIED -> r.endStateOk() ? "applied" : "applied, **end state missing**";
            case REJECTED -> "rejected before anything ran";
            case FAILED -> "**failed**: " + r.outcome().detail().replace("|", "\\|");
        };
    }

    private static String latency(LatencyStats s) {
        return s.count() == 0 ? "–" : millis(s.maxMillis()) + " / " + millis(s.p999Millis());
    }

    static String millis(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
    }
}
