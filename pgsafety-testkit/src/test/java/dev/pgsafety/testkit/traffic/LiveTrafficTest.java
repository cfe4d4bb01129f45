package dev.pgsafety.testkit.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

class LiveTrafficTest {

    @PostgresTest(newestOnly = true)
    void aStallBehindALockShowsInTheWindowAndNoUpdateIsLost(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            OrdersTables.create(c, 2_000);
        }
        long versionsBefore;
        try (Connection c = db.connect()) {
            versionsBefore = OrdersTables.versionSum(c);
        }
        LiveTraffic traffic = LiveTraffic.start(db, TrafficOptions.defaults(2_000).withThreads(2, 2));
        Thread.sleep(500);
        assertThat(Sessions.query(db, "SELECT string_agg(application_name, ',' ORDER BY application_name)"
                + " FROM pg_stat_activity WHERE application_name LIKE 'traffic-%'"))
                .as("each thread's connection is named after it")
                .isEqualTo("traffic-reader-0,traffic-reader-1,traffic-writer-0,traffic-writer-1");
        long from = System.nanoTime();
        // A migration stand-in: ACCESS EXCLUSIVE on orders for 600 ms stalls every reader and writer.
        try (var holder = new Sessions.LockHolder(db, "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE", 600)) {
            // closing waits for the commit
        }
        long to = System.nanoTime();
        Thread.sleep(300);
        TrafficLog log = traffic.stop();

        WindowStats window = log.window(from, to, 400_000_000L);
        assertThat(log.errors()).isEmpty();
        assertThat(window.reads().count()).isPositive();
        assertThat(window.writes().count()).isPositive();
        assertThat(window.writes().maxMillis()).isBetween(450.0, 2_000.0);
        assertThat(window.reads().maxMillis()).isBetween(450.0, 2_000.0);
        assertThat(window.writes().over100ms()).isPositive();
        assertThat(window.writes().over1s()).isZero();
        assertThat(window.baselinePerSecond()).isPositive();
        assertThat(window.throughputDipPercent()).as("nothing completes while the lock is held").isGreaterThan(90);

        assertThat(java.util.stream.IntStream.range(0, log.size()).mapToObj(log::worker).distinct().sorted())
                .containsExactly("traffic-reader-0", "traffic-reader-1", "traffic-writer-0", "traffic-writer-1");

        WindowStats before = log.window(log.startedAtPlus(100_000_000L), from - 50_000_000L, 0);
        assertThat(before.maxMillis()).as("no stall before the lock").isLessThan(100);

        try (Connection c = db.connect()) {
            assertThat(OrdersTables.versionSum(c) - versionsBefore).isEqualTo(log.updatesCommitted()).isPositive();
        }
    }
}
