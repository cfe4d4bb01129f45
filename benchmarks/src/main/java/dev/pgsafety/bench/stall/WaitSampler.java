package dev.pgsafety.bench.stall;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * Polls pg_stat_activity on its own connection while a scenario runs, so that a slow operation can be told apart:
 * waiting on the server (a lock, I/O, an LWLock: the wait event says which), running on the server (no wait event:
 * on a CPU or queued for one), or not on the server at all (the time went in the client, or in between).
 * A diagnosis aid, off by default: the polling itself costs some CPU on a small machine.
 */
final class WaitSampler implements AutoCloseable {

    /** One active backend seen by one poll; {@code nanoTime} is the poll's midpoint. */
    record Sample(long nanoTime, String session, String waitEvent, String query) {

        boolean isTraffic() {
            return session.startsWith("traffic-");
        }
    }

    /** What the polls saw; {@code polls} are the midpoints of every poll, with or without an active backend. */
    record Samples(List<Sample> samples, long[] polls) {

        static final Samples NONE = new Samples(List.of(), new long[0]);

        int pollsBetween(long from, long to) {
            int n = 0;
            for (long p : polls) {
                if (p >= from && p <= to) {
                    n++;
                }
            }
            return n;
        }
    }

    // backend_type names the sessions without an application_name: parallel workers, autovacuum, the checkpointer.
    private static final String SQL = """
            SELECT coalesce(nullif(application_name, ''), backend_type),
                   coalesce(wait_event_type || ':' || wait_event, 'none'), left(query, 80)
            FROM pg_stat_activity
            WHERE state = 'active' AND pid <> pg_backend_pid()
              AND (datname = current_database() OR backend_type <> 'client backend')""";

    private final Connection connection;
    private final Duration period;
    private final Thread thread;
    private final List<Sample> samples = new ArrayList<>();
    private final List<Long> polls = new ArrayList<>();
    private volatile boolean running = true;
    private volatile SQLException error;

    private WaitSampler(PgDatabase db, Duration period) throws SQLException {
        this.connection = db.connect();
        this.period = period;
        try (var st = connection.createStatement()) {
            st.execute("SET application_name = 'pgsafety-bench-wait-sampler'");
        }
        this.thread = new Thread(this::poll, "wait-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Starts polling every {@code period}; null or zero starts nothing and {@link #stop()} returns no samples. */
    static WaitSampler start(PgDatabase db, Duration period) throws SQLException {
        return period == null || period.isZero() ? null : new WaitSampler(db, period);
    }

    private void poll() {
        try (PreparedStatement st = connection.prepareStatement(SQL)) {
            while (running) {
                long before = System.nanoTime();
                List<Sample> seen = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    long at = before + (System.nanoTime() - before) / 2;
                    while (rs.next()) {
                        seen.add(new Sample(at, rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                    synchronized (this) {
                        samples.addAll(seen);
                        polls.add(at);
                    }
                }
                LockSupport.parkNanos(Math.max(0, period.toNanos() - (System.nanoTime() - before)));
            }
        } catch (SQLException e) {
            error = e;
        }
    }

    /** Stops polling and returns what was seen. */
    Samples stop() throws SQLException {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        if (error != null) {
            throw error;
        }
        synchronized (this) {
            return new Samples(List.copyOf(samples), polls.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Override
    public void close() throws SQLException {
        if (running) {
            stop();
        }
    }
}
