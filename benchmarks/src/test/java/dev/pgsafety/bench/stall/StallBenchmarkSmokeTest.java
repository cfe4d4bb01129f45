package dev.pgsafety.bench.stall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.pgsafety.testkit.PgServer;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/**
 * The whole benchmark on a tiny table, so that it cannot rot: every scenario, every variant, real Flyway and
 * Liquibase runs under live traffic. Its figures are not the benchmark's (2,000 rows take no time to index); what is
 * checked is what must hold at any size.
 */
class StallBenchmarkSmokeTest {

    @TempDir
    Path out;

    @PostgresTest(newestOnly = true)
    void everyScenarioRunsEveryWayAndPgsafetyKeepsItsPromises(PgDatabase db) throws Exception {
        PgServer server = db.server();
        List<String> args = new java.util.ArrayList<>(List.of(
                "--rows", "2000", "--url", server.jdbcUrl(server.adminDatabase()), "--user", server.user(),
                "--out", out.toString(), "--writers", "1", "--readers", "1",
                "--warmup", "300ms", "--cooldown", "100ms", "--hold", "2s", "--lock-timeout", "300ms",
                "--sample-waits", "10ms", "--set", "work_mem=8MB"));
        if (server.password() != null) {
            args.addAll(List.of("--password", server.password()));
        }
        StallSettings settings = StallSettings.parse(args.toArray(String[]::new));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<RunResult> results = StallBenchmark.run(settings, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(results).as("5 ways for the lock queue, 7 for each other scenario").hasSize(40);
        for (RunResult r : results) {
            assertThat(r.lostUpdates()).as("lost updates in %s / %s", r.scenario().id(), r.variant()).isZero();
            if (r.scenario().showsPgsafety(r.variant())) {
                assertThat(r.succeeded()).as("%s / %s: %s", r.scenario().id(), r.variant(), r.outcome()).isTrue();
            }
            if (r.variant() == Variant.FLYWAY_NAIVE || r.variant() == Variant.LIQUIBASE_NAIVE) {
                assertThat(r.succeeded()).as("%s / %s: %s", r.scenario().id(), r.variant(), r.outcome()).isTrue();
            }
        }
        for (String id : List.of("index", "foreign-key", "not-null", "unique")) {
            assertThat(find(results, id, Variant.FLYWAY_PGSAFETY_NAIVE).outcome().kind()).isEqualTo(Outcome.Kind.REJECTED);
            assertThat(find(results, id, Variant.LIQUIBASE_PGSAFETY_NAIVE).outcome().kind()).isEqualTo(Outcome.Kind.REJECTED);
        }
        // The lock queue, proved with the live traffic: behind a naive ALTER every operation waits for the report
        // query (2 s); with pgsafety an attempt gives up after its 300 ms lock timeout and the traffic moves on.
        RunResult naive = find(results, "lock-queue", Variant.FLYWAY_NAIVE);
        RunResult guarded = find(results, "lock-queue", Variant.FLYWAY_PGSAFETY_NAIVE);
        assertThat(naive.window().maxMillis()).isGreaterThan(1_800);
        assertThat(guarded.window().maxMillis()).isLessThan(1_500);
        // The wait sampler says why: the stalled operations waited on a lock, behind the migration's ALTER.
        assertThat(naive.slowOperations()).filteredOn(slow -> slow.latencyMillis() > 1_000).isNotEmpty().allSatisfy(slow -> {
            assertThat(slow.own()).containsKey("Lock:relation");
            assertThat(slow.others().keySet()).anyMatch(other -> other.contains("ALTER TABLE orders ADD COLUMN note"));
        });
        assertThat(find(results, "lock-queue", Variant.FLYWAY_HAND_SAFE).outcome().kind())
                .as("a lock timeout without retry fails the migration").isEqualTo(Outcome.Kind.FAILED);

        String table = Files.readString(out.resolve("results.md"));
        assertThat(table).contains("| lock-queue | Flyway + pgsafety, naive script | applied |");
        assertThat(table).contains("| index | Flyway + pgsafety, naive script | rejected before anything ran |");
        for (String id : List.of("lock-queue", "index", "foreign-key", "not-null", "unique", "backfill")) {
            assertThat(out.resolve(id + ".png")).isNotEmptyFile();
        }
        assertThat(table).contains("Server settings for every run: work_mem = 8MB.")
                .contains("### Operations over 50 ms").contains("lock-queue, Flyway, naive script, run 1: ");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("seeding 2,000 orders");
    }

    private static RunResult find(List<RunResult> results, String scenario, Variant variant) {
        return results.stream().filter(r -> r.scenario().id().equals(scenario) && r.variant() == variant)
                .findFirst().orElseThrow();
    }
}
