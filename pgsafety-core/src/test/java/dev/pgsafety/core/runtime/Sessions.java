package dev.pgsafety.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.pgsafety.core.analysis.AnalysisOptions;
import dev.pgsafety.core.analysis.Analyzer;
import dev.pgsafety.core.analysis.MigrationSource;
import dev.pgsafety.core.analysis.SqlStatement;
import dev.pgsafety.testkit.junit.PgDatabase;

/** Real concurrent sessions for lock tests: a lock holder, and writers that measure how long they wait. */
final class Sessions {

    private Sessions() {
    }

    static SqlStatement statement(String sql) {
        List<SqlStatement> statements = new Analyzer(AnalysisOptions.defaults())
                .analyze(List.of(MigrationSource.script("test.sql", sql))).migrations().get(0).statements();
        return statements.get(0);
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A session that opens a transaction, takes a lock with {@code lockSql}, and commits after {@code holdMillis}. */
    static final class LockHolder implements AutoCloseable {
        private final Connection connection;
        private final Thread thread;
        private final CountDownLatch locked = new CountDownLatch(1);

        LockHolder(PgDatabase db, String lockSql, long holdMillis) throws Exception {
            connection = db.connect();
            exec(connection, "SET application_name = 'long-report-query'");
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

    /** A writer inserting rows in a loop on its own connection, recording its slowest insert. */
    static final class Writer implements AutoCloseable {
        private final Connection connection;
        private final Thread thread;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong maxNanos = new AtomicLong();
        private final AtomicLong count = new AtomicLong();

        Writer(PgDatabase db, String insertSql) throws Exception {
            connection = db.connect();
            thread = new Thread(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    try {
                        exec(connection, insertSql);
                    } catch (SQLException e) {
                        return;
                    }
                    maxNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
                    count.incrementAndGet();
                }
            }, "writer");
            thread.start();
        }

        long maxMillis() {
            return maxNanos.get() / 1_000_000;
        }

        long writes() {
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
