package dev.pgsafety.testkit.traffic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import dev.pgsafety.testkit.Sessions;
import dev.pgsafety.testkit.junit.PgDatabase;

/**
 * Application traffic on its own connections while a migration runs: writers doing single-row INSERTs and UPDATEs,
 * readers doing point SELECTs, each operation's start and latency recorded. Operations have no timeout of their
 * own, so a stall behind a lock shows as the full time it lasted. {@link #stop()} ends it and returns the record.
 */
public final class LiveTraffic implements AutoCloseable {

    private final List<Worker> workers = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong referenceSequence = new AtomicLong();
    private final long startedAt = System.nanoTime();
    private TrafficLog log;

    private LiveTraffic(PgDatabase db, TrafficOptions options) throws SQLException {
        CountDownLatch connected = new CountDownLatch(options.writers() + options.readers());
        try {
            for (int i = 0; i < options.writers(); i++) {
                workers.add(new Worker(db.connect(), options, true, "writer-" + i, connected));
            }
            for (int i = 0; i < options.readers(); i++) {
                workers.add(new Worker(db.connect(), options, false, "reader-" + i, connected));
            }
        } catch (SQLException e) {
            stop();
            throw e;
        }
        workers.forEach(w -> w.thread.start());
        try {
            connected.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the traffic; it runs until {@link #stop()}. */
    public static LiveTraffic start(PgDatabase db, TrafficOptions options) throws SQLException {
        return new LiveTraffic(db, options);
    }

    /** Operations completed so far, all threads. */
    public long operations() {
        return workers.stream().mapToLong(w -> w.completed).sum();
    }

    /** The slowest operation so far, in milliseconds; cheap enough to poll for a progress line. */
    public long maxLatencyMillis() {
        return workers.stream().mapToLong(w -> w.maxLatency).max().orElse(0) / 1_000_000;
    }

    /** Stops every thread (waiting for operations still in flight) and returns what was recorded. */
    public synchronized TrafficLog stop() {
        if (log == null) {
            running.set(false);
            List<OperationLog> logs = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Worker w : workers) {
                names.add(w.thread.getName());
                try {
                    w.thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                logs.add(w.log);
                if (w.lastError != null) {
                    errors.add(w.thread.getName() + ": " + w.lastError);
                }
            }
            log = TrafficLog.merge(startedAt, logs, names, workers.stream().mapToLong(w -> w.updated).sum(), errors);
        }
        return log;
    }

    @Override
    public void close() {
        stop();
    }

    private final class Worker implements Runnable {
        final Thread thread;
        final OperationLog log = new OperationLog();
        private final Connection connection;
        private final TrafficOptions options;
        private final boolean writer;
        private final CountDownLatch connected;
        volatile long completed;
        volatile long maxLatency;
        volatile long updated;
        private volatile String lastError;

        Worker(Connection connection, TrafficOptions options, boolean writer, String name, CountDownLatch connected) {
            this.connection = connection;
            this.options = options;
            this.writer = writer;
            this.connected = connected;
            this.thread = new Thread(this, "traffic-" + name);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try (Connection c = connection;
                 PreparedStatement insert = c.prepareStatement(options.insertSql());
                 PreparedStatement update = c.prepareStatement(options.updateSql());
                 PreparedStatement read = c.prepareStatement(options.readSql())) {
                // Named, so that pg_stat_activity (and pgsafety's blocker report) says which thread is which.
                Sessions.exec(c, "SET application_name = '" + thread.getName() + "'");
                connected.countDown();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                boolean insertNext = random.nextBoolean();
                while (running.get()) {
                    OperationKind kind = !writer ? OperationKind.READ
                            : insertNext ? OperationKind.INSERT : OperationKind.UPDATE;
                    insertNext = !insertNext;
                    long id = 1 + random.nextLong(options.orderIds());
                    long t0 = System.nanoTime();
                    boolean ok = execute(kind, id, insert, update, read);
                    long latency = System.nanoTime() - t0;
                    log.record(kind, t0, latency, ok);
                    completed++;
                    if (latency > maxLatency) {
                        maxLatency = latency;
                    }
                    if (options.pauseMicros() > 0) {
                        LockSupport.parkNanos(options.pauseMicros() * 1_000);
                    }
                }
            } catch (SQLException e) {
                lastError = e.getMessage();
                connected.countDown();
            }
        }

        private boolean execute(OperationKind kind, long id, PreparedStatement insert, PreparedStatement update,
                                PreparedStatement read) {
            try {
                switch (kind) {
                    case READ -> {
                        read.setLong(1, id);
                        try (var rs = read.executeQuery()) {
                            rs.next();
                        }
                    }
                    case UPDATE -> {
                        update.setLong(1, id);
                        updated += update.executeUpdate();
                    }
                    case INSERT -> {
                        insert.setLong(1, 1 + id % OrdersTables.customersFor(options.orderIds()));
                        insert.setString(2, "LIVE-" + referenceSequence.incrementAndGet());
                        insert.setLong(3, 1000 + id % 1000);
                        insert.executeUpdate();
                    }
                }
                return true;
            } catch (SQLException e) {
                lastError = e.getMessage();
                return false;
            }
        }
    }
}
