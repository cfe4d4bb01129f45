package dev.pgsafety.core.backfill;

import static dev.pgsafety.testkit.Sessions.exec;
import static dev.pgsafety.testkit.Sessions.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.runtime.RuntimeListener;
import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;
import dev.pgsafety.testkit.junit.PostgresTest;

/** The backfill runner on real PostgreSQL, with real concurrent writers. */
class BackfillRunnerTest {

    /** Rows of the big test; -Dpgsafety.backfill.rows to change it. */
    private static final int ROWS = Integer.getInteger("pgsafety.backfill.rows", 1_000_000);

    private static final Backfill DOUBLE_V = Backfill.of(QualifiedName.of("items"), "v2 = v * 2", "v2 IS NULL")
            .withBatchSize(2000).withTargetBatchTime(Duration.ofMillis(100));

    record Log(List<String> lines) implements RuntimeListener {
        Log() {
            this(java.util.Collections.synchronizedList(new ArrayList<>()));
        }

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }
    }

    private static void items(PgDatabase db, int rows) throws Exception {
        try (Connection c = db.connect()) {
            exec(c, "CREATE TABLE items (id bigint PRIMARY KEY, v int NOT NULL, v2 int)");
            exec(c, "INSERT INTO items SELECT g, g % 1000 FROM generate_series(1, " + rows + ") g");
            exec(c, "ANALYZE items");
        }
    }

    /**
     * Application code during the backfill: increments v and, being new code, writes v2 = v * 2 itself. Counts its
     * committed updates so lost ones show in the final sum.
     */
    private static final class AppWriter implements AutoCloseable {
        private final Connection connection;
        private final Thread thread;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicLong updates = new AtomicLong();
        final AtomicLong maxNanos = new AtomicLong();

        AppWriter(PgDatabase db, int rows) throws Exception {
            connection = db.connect();
            thread = new Thread(() -> {
                while (running.get()) {
                    long id = ThreadLocalRandom.current().nextLong(1, rows + 1);
                    long t0 = System.nanoTime();
                    try (var ps = connection.prepareStatement("UPDATE items SET v = v + 1, v2 = (v + 1) * 2 WHERE id = ?")) {
                        ps.setLong(1, id);
                        updates.addAndGet(ps.executeUpdate());
                    } catch (Exception e) {
                        return;
                    }
                    maxNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
                }
            }, "app-writer");
            thread.start();
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            thread.join(30_000);
            connection.close();
        }
    }

    @PostgresTest
    void backfillsAMillionRowsUnderConcurrentWritersWithoutLosingOrOverwritingTheirUpdates(PgDatabase db) throws Exception {
        items(db, ROWS);
        long sumBefore = Long.parseLong(query(db, "SELECT sum(v) FROM items"));
        Log log = new Log();
        BackfillResult result;
        List<AppWriter> writers = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (int i = 0; i < 3; i++) {
                writers.add(new AppWriter(db, ROWS));
            }
            result = new BackfillRunner(RuntimeSettings.DEFAULTS, log).run(c, DOUBLE_V, () -> false);
        } finally {
            for (AppWriter w : writers) {
                w.close();
            }
        }
        long appUpdates = writers.stream().mapToLong(w -> w.updates.get()).sum();
        long slowest = writers.stream().mapToLong(w -> w.maxNanos.get()).max().orElse(0) / 1_000_000;
        assertThat(result.completed()).isTrue();
        assertThat(appUpdates).as("the writers ran during the backfill").isPositive();
        // Row by row: every row was backfilled or written by the application, and never overwritten.
        assertThat(query(db, "SELECT count(*) FROM items WHERE v2 IS DISTINCT FROM v * 2")).isEqualTo("0");
        // No lost or double-applied application update.
        assertThat(Long.parseLong(query(db, "SELECT sum(v) FROM items")) - sumBefore).isEqualTo(appUpdates);
        assertThat(result.rowsUpdated()).isBetween(ROWS - appUpdates, (long) ROWS);
        // A writer waits for at most about one batch (target 100 ms); margin for a busy 2-core machine.
        assertThat(slowest).as("slowest application update (ms)").isLessThan(2_000);
        assertThat(log.lines()).anyMatch(l -> l.contains("done, ") && l.contains("rows/s"));
        assertThat(log.lines()).as("no batch was a deadlock victim").noneMatch(l -> l.contains("deadlock"));
    }

    @PostgresTest(newestOnly = true)
    void killedMidWayItFinishesOnTheNextRunAndARerunIsANoOp(PgDatabase db) throws Exception {
        items(db, 200_000);
        Backfill slow = DOUBLE_V.withBatchSize(1000).withTargetBatchTime(Duration.ZERO);
        try (Connection c = db.connect()) {
            AtomicLong batches = new AtomicLong();
            RuntimeListener killer = new RuntimeListener() {
                @Override
                public void info(String message) {
                }

                @Override
                public void warn(String message) {
                }
            };
            // Close the runner's connection from outside after a few batches, as a crash would.
            Thread kill = new Thread(() -> {
                try {
                    while (Long.parseLong(query(db, "SELECT count(*) FROM items WHERE v2 IS NOT NULL")) < 20_000) {
                        Thread.sleep(20);
                    }
                    c.abort(Runnable::run);
                } catch (Exception ignored) {
                    // the test checks the outcome below
                }
            });
            kill.start();
            assertThatThrownBy(() -> new BackfillRunner(RuntimeSettings.DEFAULTS, killer).run(c, slow, () -> false));
            kill.join();
            batches.incrementAndGet();
        }
        long done = Long.parseLong(query(db, "SELECT count(*) FROM items WHERE v2 IS NOT NULL"));
        assertThat(done).isBetween(1L, 199_999L);
        try (Connection c = db.connect()) {
            BackfillResult second = new BackfillRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT).run(c, slow, () -> false);
            assertThat(second.rowsUpdated()).isEqualTo(200_000 - done);
            BackfillResult third = new BackfillRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT).run(c, slow, () -> false);
            assertThat(third.rowsUpdated()).isZero();
            assertThat(third.batches()).isZero();
        }
        assertThat(query(db, "SELECT count(*) FROM items WHERE v2 IS DISTINCT FROM v * 2")).isEqualTo("0");
    }

    @PostgresTest(newestOnly = true)
    void stopsCleanlyWhenAskedAndContinuesLater(PgDatabase db) throws Exception {
        items(db, 50_000);
        AtomicLong checks = new AtomicLong();
        try (Connection c = db.connect()) {
            BackfillResult first = new BackfillRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT)
                    .run(c, DOUBLE_V.withTargetBatchTime(Duration.ZERO).withBatchSize(1000), () -> checks.incrementAndGet() > 5);
            assertThat(first.completed()).isFalse();
            assertThat(first.rowsUpdated()).isEqualTo(5000);
            BackfillResult rest = new BackfillRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT).run(c, DOUBLE_V, () -> false);
            assertThat(rest.rowsUpdated()).isEqualTo(45_000);
        }
    }

    @PostgresTest(newestOnly = true)
    void aBlockingSessionTriggersRetriesAndIsLogged(PgDatabase db) throws Exception {
        items(db, 10_000);
        RuntimeSettings quick = new RuntimeSettings(RuntimeSettings.Mode.ENFORCE, Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ZERO, Duration.ZERO, Duration.ZERO, 30, Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofMillis(300));
        Log log = new Log();
        try (var holder = new Sessions.LockHolder(db, "UPDATE items SET v = v WHERE id = 1", 1500);
             Connection c = db.connect()) {
            BackfillResult result = new BackfillRunner(quick, log).run(c, DOUBLE_V, () -> false);
            assertThat(result.completed()).isTrue();
            assertThat(result.lockWaits()).isNotEmpty();
        }
        assertThat(log.lines()).anyMatch(l -> l.contains("lock-timeout-retry") && l.contains(Sessions.HOLDER_APPLICATION));
        assertThat(query(db, "SELECT count(*) FROM items WHERE v2 IS NULL")).isEqualTo("0");
    }

    @PostgresTest(newestOnly = true)
    void compositeKeysWorkAndATableWithoutAKeyIsAClearError(PgDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            exec(c, "CREATE TABLE lines (order_id bigint, line_no int, qty int NOT NULL, total int, PRIMARY KEY (order_id, line_no))");
            exec(c, "INSERT INTO lines SELECT g / 10, g % 10, g % 7, NULL FROM generate_series(1, 25000) g");
            exec(c, "CREATE TABLE heap_only (v int, w int)");
            BackfillResult r = new BackfillRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT).run(c,
                    Backfill.of(QualifiedName.of("lines"), "total = qty * 3", "total IS NULL").withBatchSize(777)
                            .withTargetBatchTime(Duration.ZERO), () -> false);
            assertThat(r.rowsUpdated()).isEqualTo(25_000);
            assertThat(r.batches()).isEqualTo(33);
            assertThatThrownBy(() -> new BackfillRunner(RuntimeSettings.DEFAULTS, RuntimeListener.SILENT).run(c,
                    Backfill.of(QualifiedName.of("heap_only"), "w = v", "w IS NULL"), () -> false))
                    .hasMessageContaining("heap_only has no primary key");
        }
        assertThat(query(db, "SELECT count(*) FROM lines WHERE total IS DISTINCT FROM qty * 3")).isEqualTo("0");
    }
}
