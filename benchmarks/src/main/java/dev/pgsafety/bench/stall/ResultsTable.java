package dev.pgsafety.bench.stall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.pgsafety.bench.MigrationStamps;
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
            String overhead = s.staleRowsCheck() != null ? "–" : overhead(runs);
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

    /**
     * pgsafety's overhead over the same safe script run by Flyway alone. With {@code --repeat}, the runs of one round
     * are paired: the median of the paired differences is less thrown by a slow round than a difference of medians,
     * and its 95% confidence interval says whether the difference is told apart from the runs' own spread.
     */
    static String overhead(List<RunResult> runs) {
        List<RunResult[]> pairs = pairs(runs);
        if (pairs.isEmpty()) {
            return "–";
        }
        List<Double> differences = pairs.stream().map(p -> p[1].wallMillis() - p[0].wallMillis()).toList();
        double difference = quantile(differences, 0.5);
        double plain = quantile(pairs.stream().map(p -> p[0].wallMillis()).toList(), 0.5);
        String head = String.format(Locale.ROOT, "%+.1f%% (%s ms on %s)", 100 * difference / plain,
                signed(difference), millis(plain));
        if (differences.size() < 2) {
            return head;
        }
        return head + String.format(Locale.ROOT, ", median of %d paired runs, %s", differences.size(),
                medianInterval(differences).map(i -> "95% confidence " + signed(i[0]) + " to " + signed(i[1]) + " ms")
                        .orElse("too few for a 95% confidence interval"));
    }

    /**
     * A distribution-free confidence interval of at least 95% for the median: the order statistics k and n+1-k of the
     * values, with k the largest for which fewer than k values fall below the median with probability 2.5% or less
     * (each value falls below it with probability one half). Empty below six values, where no such k exists.
     */
    static Optional<double[]> medianInterval(List<Double> values) {
        int n = values.size();
        double tail = 0;
        double choose = 1; // C(n, i)
        int k = 0;
        for (int i = 0; i < n; i++) {
            tail += choose / Math.pow(2, n);
            if (tail > 0.025) {
                break;
            }
            k = i + 1;
            choose = choose * (n - i) / (i + 1);
        }
        if (k == 0) {
            return Optional.empty();
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Optional.of(new double[] {sorted[k - 1], sorted[n - k]});
    }

    /**
     * Where the overhead goes, per scenario with paired Flyway runs: the median of each phase of {@code migrate}
     * for Flyway alone and with pgsafety, and the median of the paired differences.
     */
    static String phases(List<RunResult> results) {
        StringBuilder b = new StringBuilder();
        for (String scenario : results.stream().map(r -> r.scenario().id()).distinct().toList()) {
            List<RunResult[]> pairs = pairs(results.stream().filter(r -> r.scenario().id().equals(scenario)).toList())
                    .stream().filter(p -> p[0].outcome().phases() != null && p[1].outcome().phases() != null
                            && p[0].outcome().phases().migrations().size() == p[1].outcome().phases().migrations().size())
                    .toList();
            if (pairs.isEmpty()) {
                continue;
            }
            if (b.isEmpty()) {
                b.append("| scenario | phase of `migrate` | Flyway alone | Flyway + pgsafety | paired difference |"
                        + " 95% confidence |\n");
                b.append("|---|---|---:|---:|---:|---:|\n");
            }
            phaseRow(b, scenario, "until the first migration", pairs, MigrationStamps.Phases::untilFirstMigration);
            for (int i = 0; i < pairs.get(0)[0].outcome().phases().migrations().size(); i++) {
                int index = i;
                phaseRow(b, scenario, "migration " + (i + 1), pairs, p -> p.migrations().get(index));
            }
            phaseRow(b, scenario, "after the last migration", pairs, MigrationStamps.Phases::afterLastMigration);
            phaseRow(b, scenario, "whole", pairs, MigrationStamps.Phases::whole);
        }
        return b.toString();
    }

    private static void phaseRow(StringBuilder b, String scenario, String phase, List<RunResult[]> pairs,
                                 java.util.function.ToDoubleFunction<MigrationStamps.Phases> value) {
        List<Double> plain = pairs.stream().map(p -> value.applyAsDouble(p[0].outcome().phases())).toList();
        List<Double> guarded = pairs.stream().map(p -> value.applyAsDouble(p[1].outcome().phases())).toList();
        List<Double> differences = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            differences.add(guarded.get(i) - plain.get(i));
        }
        b.append("| ").append(scenario).append(" | ").append(phase)
                .append(" | ").append(String.format(Locale.ROOT, "%.1f ms", quantile(plain, 0.5)))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f ms", quantile(guarded, 0.5)))
                .append(" | ").append(String.format(Locale.ROOT, "%+.1f ms", quantile(differences, 0.5)))
                .append(" | ").append(medianInterval(differences)
                        .map(i -> String.format(Locale.ROOT, "%+.1f to %+.1f ms", i[0], i[1])).orElse("–"))
                .append(" |\n");
    }

    /** The same safe script run by Flyway alone and with pgsafety in one round, where both succeeded. */
    private static List<RunResult[]> pairs(List<RunResult> runs) {
        List<RunResult> hand = runs.stream().filter(r -> r.variant() == Variant.FLYWAY_HAND_SAFE).toList();
        List<RunResult> guarded = runs.stream().filter(r -> r.variant() == Variant.FLYWAY_PGSAFETY_SAFE).toList();
        List<RunResult[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(hand.size(), guarded.size()); i++) {
            if (hand.get(i).succeeded() && guarded.get(i).succeeded()) {
                pairs.add(new RunResult[] {hand.get(i), guarded.get(i)});
            }
        }
        return pairs;
    }

    /** The q-quantile, interpolated between the two nearest values. */
    static double quantile(List<Double> values, double q) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static String signed(double ms) {
        return String.format(Locale.ROOT, "%+.0f", ms);
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
