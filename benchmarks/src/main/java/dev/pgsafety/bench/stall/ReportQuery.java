package dev.pgsafety.bench.stall;

import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * A long report query: a transaction that has read {@code orders} (so it holds ACCESS SHARE on it) and stays open
 * until {@code holdMillis} after the first session started waiting for a lock on {@code orders}, which is when the
 * migration's ALTER has queued behind it. Timing it from that moment, not from when the tool was started, keeps
 * the tool's start-up time out of the measured stall.
 */
final class ReportQuery implements AutoCloseable {

    private static final long GIVE_UP_MILLIS = 60_000;

    private final Connection connection;
    private final Connection watcher;
    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception failure;

    ReportQuery(PgDatabase db, long holdMillis) throws Exception {
        connection = db.connect();
        watcher = db.connect();
        Sessions.exec(connection, "SET application_name = '" + Sessions.HOLDER_APPLICATION + "'");
        connection.setAutoCommit(false);
        thread = new Thread(() -> {
            try {
                Sessions.exec(connection, "SELECT count(*) FROM orders");
                started.countDown();
                long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
                while (!someoneWaits() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(holdMillis);
                connection.commit();
            } catch (Exception e) {
                failure = e;
                started.countDown();
            }
        }, "report-query");
        thread.start();
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the report query did not start");
        }
    }

    private boolean someoneWaits() throws Exception {
        try (var st = watcher.createStatement(); var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_locks"
                + " WHERE NOT granted AND locktype = 'relation' AND relation = 'orders'::regclass)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public void close() throws Exception {
        thread.join(GIVE_UP_MILLIS + 30_000);
        connection.close();
        watcher.close();
        if (failure != null) {
            throw failure;
        }
    }
}
