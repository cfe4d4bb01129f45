package dev.pgsafety.bench.stall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the verdict table states pgsafety's overhead from repeated runs. */
class ResultsTableTest {

    @Test
    void quantilesInterpolateBetweenTheNearestValues() {
        assertThat(ResultsTable.quantile(List.of(3.0, 1.0, 2.0), 0.5)).isEqualTo(2.0);
        assertThat(ResultsTable.quantile(List.of(4.0, 1.0, 2.0, 3.0), 0.5)).isEqualTo(2.5);
        assertThat(ResultsTable.quantile(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0.25)).isEqualTo(2.0);
        assertThat(ResultsTable.quantile(List.of(7.0), 0.75)).isEqualTo(7.0);
    }

    @Test
    void oneRoundGivesTheDifferenceOfItsTwoRuns() {
        assertThat(ResultsTable.overhead(rounds(new double[][] {{300, 315}})))
                .isEqualTo("+5.0% (+15 ms on 300 ms)");
    }

    @Test
    void repeatedRoundsArePairedSoThatOneSlowRoundDoesNotDecide() {
        // The third round was slow for both: a difference of medians would say +100 ms, the pairs say +10 ms.
        List<RunResult> runs = rounds(new double[][] {{300, 310}, {320, 330}, {1300, 1310}, {290, 300}});
        assertThat(ResultsTable.overhead(runs))
                .isEqualTo("+3.2% (+10 ms on 310 ms), median of 4 paired runs, too few for a 95% confidence interval");
    }

    @Test
    void sixOrMorePairsGiveAConfidenceIntervalOfTheMedianDifference() {
        List<RunResult> runs = rounds(new double[][] {{300, 290}, {300, 340}, {300, 305}, {300, 310}, {300, 420}, {300, 300}});
        assertThat(ResultsTable.overhead(runs))
                .isEqualTo("+2.5% (+8 ms on 300 ms), median of 6 paired runs, 95% confidence -10 to +120 ms");
    }

    @Test
    void theMedianIntervalWidensWithTheOrderStatisticsTheBinomialAllows() {
        List<Double> five = List.of(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(ResultsTable.medianInterval(five)).as("2 x 1/32 is over 5%").isEmpty();
        List<Double> eleven = new ArrayList<>();
        for (int i = 11; i >= 1; i--) {
            eleven.add((double) i);
        }
        // P(at most 1 of 11 below the median) = 12/2048 <= 2.5%, at most 2: 67/2048 > 2.5%: the 2nd and 10th values.
        assertThat(ResultsTable.medianInterval(eleven)).hasValueSatisfying(i -> assertThat(i).containsExactly(2.0, 10.0));
        List<Double> twentyFive = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            twentyFive.add((double) i);
        }
        // n = 25: P(X <= 7) = 2.16%, P(X <= 8) = 5.39%: the 8th and 18th values.
        assertThat(ResultsTable.medianInterval(twentyFive)).hasValueSatisfying(i -> assertThat(i).containsExactly(8.0, 18.0));
    }

    @Test
    void aRoundInWhichEitherFailedIsLeftOut() {
        List<RunResult> runs = rounds(new double[][] {{300, 320}, {310, -1}});
        assertThat(ResultsTable.overhead(runs)).isEqualTo("+6.7% (+20 ms on 300 ms)");
        assertThat(ResultsTable.overhead(rounds(new double[][] {{-1, 320}}))).isEqualTo("–");
    }

    @Test
    void thePhasesTableSplitsEachRunAtItsMigrations() {
        Scenario scenario = Scenarios.foreignKey();
        List<RunResult> runs = List.of(
                phased(scenario, Variant.FLYWAY_HAND_SAFE, 40, 200, 10),
                phased(scenario, Variant.FLYWAY_PGSAFETY_SAFE, 46, 201, 12),
                phased(scenario, Variant.FLYWAY_HAND_SAFE, 50, 300, 10),
                phased(scenario, Variant.FLYWAY_PGSAFETY_SAFE, 52, 299, 10));
        assertThat(ResultsTable.phases(runs)).isEqualTo("""
                | scenario | phase of `migrate` | Flyway alone | Flyway + pgsafety | paired difference | 95% confidence |
                |---|---|---:|---:|---:|---:|
                | foreign-key | until the first migration | 45.0 ms | 49.0 ms | +4.0 ms | – |
                | foreign-key | migration 1 | 250.0 ms | 250.0 ms | +0.0 ms | – |
                | foreign-key | after the last migration | 10.0 ms | 11.0 ms | +1.0 ms | – |
                | foreign-key | whole | 305.0 ms | 310.0 ms | +5.0 ms | – |
                """);
        assertThat(ResultsTable.phases(rounds(new double[][] {{300, 310}}))).as("no phases known").isEmpty();
    }

    private static RunResult phased(Scenario scenario, Variant variant, double before, double migration, double after) {
        var phases = new dev.pgsafety.bench.MigrationStamps.Phases(before, List.of(migration), after, before + migration + after);
        return new RunResult(scenario, variant, Outcome.applied(phases), phases.whole(), null, true, 0, null, List.of());
    }

    /** Per round {Flyway alone, Flyway + pgsafety} wall times; a negative one failed. */
    private static List<RunResult> rounds(double[][] walls) {
        Scenario scenario = Scenarios.foreignKey();
        List<RunResult> runs = new ArrayList<>();
        for (double[] round : walls) {
            runs.add(run(scenario, Variant.FLYWAY_HAND_SAFE, round[0]));
            runs.add(run(scenario, Variant.FLYWAY_PGSAFETY_SAFE, round[1]));
        }
        return runs;
    }

    private static RunResult run(Scenario scenario, Variant variant, double wall) {
        Outcome outcome = wall < 0 ? Outcome.failed("lock timeout") : Outcome.applied();
        return new RunResult(scenario, variant, outcome, Math.max(wall, 0), null, wall >= 0, 0, null, List.of());
    }
}
