package dev.pgsafety.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The whole demo on the embedded PostgreSQL the build copies to target/pg-binaries, on a small table (large enough for pgsafety to reject a plain index build on it) and at a
 * quicker pace, so that it cannot rot. Without the binaries it fails (exit 2), never skips.
 */
class DemoSmokeTest {

    @Test
    void naiveMigrationIsRejectedAndTheSafeOneRunsUnderTraffic() throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        // The report query outlasts the first lock timeout (500 ms) by far, so at least one retry shows.
        int exit = new DemoCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new DemoPace(300, 1_500))
                .run(new String[] {"--rows", "20000"});
        String output = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", output, err).isZero();
        assertThat(output).contains(
                "Rejected. pgsafety's message",
                "error [create-index-not-concurrent]",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);",
                "Checked: no index, no new column, no version 2 in flyway_schema_history. Nothing ran.",
                "lock-timeout-retry",
                "application 'long-report-query'",
                "Checked: column note exists, index orders_created_at_idx is valid.",
                "Max stall: ",
                "pgsafety run report:",
                "V2__add_order_note.sql: ok",
                "V3__index_orders_created_at.sql: ok",
                "Cleaned up: dropped database pgsafety_demo_",
                "Demo OK");
        assertThat(output).doesNotContain("NOT EXPECTED");
    }
}
