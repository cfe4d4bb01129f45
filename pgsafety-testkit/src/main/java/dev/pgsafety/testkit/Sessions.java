package dev.pgsafety.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * Real concurrent sessions for lock tests: a session that holds a lock the way a long report query does, and
 * writers that measure how long they wait. Lock behaviour is proved with these, never by asserting on SQL text.
 */
public final class Sessions {

    /** The application_name the lock holder shows in pg_stat_activity. */
    public static final String HOLDER_APPLICATION = "long-report-query";

    private Sessions() {
    }

    public static void exec(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The first column of the first row, on a new connection. */
    public static String query(PgDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** A session that opens a transaction, runs {@code lockSql} and commits after {@code holdMillis}. */
    public static final class LockHolder implements AutoCloseable {
        private final Connection connection;
        private final Thread thread;
        private final CountDownLatch locked = new CountDownLatch(1);

        public LockHolder(PgDatabase db, String lockSql, long holdMillis) throws Exception {
            connection = db.connect();
            exec(connection, "SET application_name = '" + HOLDER_APPLICATION + "'");
            connection.setAutoCommit(false);
            thread = new Thread(() -> {
                try {
                    exec(connection, lockSql);
                    locked.countDown();
                    Thread.sleep(holdMillis);
                    connection.commit();
                } catch (Exception e) {
                    locked.countDown();
                }
            }, "lock-holder");
            thread.start();
            if (!locked.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("lock holder did not get its lock");
            }
        }

        @Override
        public void close() throws Exception {
            thread.join(30_000);
            connection.close();
        }
    }

    /** Runs {@code sql} in a loop on its own connection, recording the slowest execution. */
    public static final class Writer implements AutoCloseable {
        private final Connection connection;
        private final Thread thread;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong maxNanos = new AtomicLong();
        private final AtomicLong count = new AtomicLong();

        public Writer(PgDatabase db, String sql) throws Exception {
            connection = db.connect();
            thread = new Thread(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    try {
                        exec(connection, sql);
                    } catch (SQLException e) {
                        return;
                    }
                    maxNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
                    count.incrementAndGet();
                }
            }, "writer");
            thread.start();
        }

        public long maxMillis() {
            return maxNanos.get() / 1_000_000;
        }

        public long count() {
            return count.get();
        }

        @Override
        public void close() throws Exception {
            running.set(false);
            thread.join(30_000);
            connection.close();
        }
    }
}
