package dev.pgsafety.core.backfill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import dev.pgsafety.core.config.Durations;
import dev.pgsafety.core.config.RuntimeSettings;
import dev.pgsafety.core.model.QualifiedName;
import dev.pgsafety.core.runtime.LockRetry;
import dev.pgsafety.core.runtime.LockWait;
import dev.pgsafety.core.runtime.RuntimeListener;

/**
 * Runs a {@link Backfill} over JDBC: keyset batches in key order, each its own short transaction with the
 * configured lock timeout and lock-timeout retry; rows are locked in key order (FOR UPDATE in the batch query)
 * so concurrent writers doing the same cannot deadlock with it; the predicate is checked again when a row is
 * updated, so a value the application wrote meanwhile is never overwritten. Stops cleanly between batches when
 * asked; a rerun continues where it stopped, and a rerun of a finished backfill does nothing.
 */
public final class BackfillRunner {

    private static final String DEADLOCK = "40P01";
    private static final int MIN_BATCH = 10;
    private static final int MAX_BATCH = 100_000;

    private final RuntimeListener log;
    private final LockRetry retry;

    public BackfillRunner(RuntimeSettings settings, RuntimeListener log) {
        this.log = log;
        this.retry = new LockRetry(settings, log);
    }

    /**
     * @param c    a connection for the backfill alone (its autocommit is switched off and restored)
     * @param stop checked between batches; true stops the backfill cleanly
     */
    public BackfillResult run(Connection c, Backfill backfill, BooleanSupplier stop) throws SQLException {
        long start = System.nanoTime();
        List<String> key = KeyColumns.of(c, backfill.table());
        long estimate = estimateRemaining(c, backfill);
        log.info("backfill " + backfill.table().sql() + ": about " + estimate + " row(s) to do, in key order ("
                + String.join(", ", key) + ")");
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long rows = 0;
        int batches = 0;
        int size = backfill.batchSize();
        Object[] last = null;
        List<LockWait> waits = new ArrayList<>();
        long lastProgress = System.nanoTime();
        try {
            while (true) {
                if (stop.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    log.warn("backfill " + backfill.table().sql() + ": stopped after " + rows + " row(s); run it again to continue");
                    return new BackfillResult(rows, batches, waits, Duration.ofNanos(System.nanoTime() - start), false);
                }
                long t0 = System.nanoTime();
                Batch batch = runBatch(c, backfill, key, last, size, batches + 1, waits);
                long batchNanos = System.nanoTime() - t0;
                if (batch == null) {
                    break;
                }
                batches++;
                rows += batch.updated();
                last = batch.lastKey();
                size = nextSize(backfill, size, batchNanos);
                if (System.nanoTime() - lastProgress >= backfill.progressInterval().toNanos()) {
                    lastProgress = System.nanoTime();
                    log.info(progress(backfill, rows, estimate, start, batch, batchNanos, waits.size()));
                }
                throttle(backfill, rows, start);
            }
        } finally {
            try {
                c.rollback();
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        BackfillResult result = new BackfillResult(rows, batches, waits, Duration.ofNanos(System.nanoTime() - start), true);
        log.info(String.format(Locale.ROOT, "backfill %s: done, %d row(s) in %d batch(es), %.0f rows/s, %d ms, %d lock wait(s)",
                backfill.table().sql(), rows, batches, result.rowsPerSecond(), result.elapsed().toMillis(), waits.size()));
        return result;
    }

    /** One batch's outcome: rows updated and the last key it covered. */
    private record Batch(long updated, long scanned, Object[] lastKey) {
    }

    /** Runs one batch in its own transaction; null when no row needs work any more. */
    private Batch runBatch(Connection c, Backfill backfill, List<String> key, Object[] last, int size, int number,
                           List<LockWait> waits) throws SQLException {
        String sql = batchSql(backfill, key, last != null);
        for (int deadlocks = 0; ; deadlocks++) {
            try {
                LockRetry.Outcome<Batch> outcome = retry.run(c, true, List.of(backfill.table()),
                        "backfill batch " + number + " of " + backfill.table().sql(), () -> query(c, sql, key, last, size));
                waits.addAll(outcome.lockWaits());
                c.commit();
                return outcome.value();
            } catch (SQLException e) {
                c.rollback();
                if (!DEADLOCK.equals(e.getSQLState()) || deadlocks >= 5) {
                    throw e;
                }
                log.warn("backfill batch " + number + " of " + backfill.table().sql() + " was chosen as a deadlock victim; retrying it");
            }
        }
    }

    private static Batch query(Connection c, String sql, List<String> key, Object[] last, int size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (last != null) {
                for (Object k : last) {
                    ps.setObject(i++, k);
                }
            }
            ps.setInt(i, size);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object[] lastKey = new Object[key.size()];
                for (int k = 0; k < key.size(); k++) {
                    lastKey[k] = rs.getObject(3 + k);
                }
                return new Batch(rs.getLong(1), rs.getLong(2), lastKey);
            }
        }
    }

    /**
     * Locks the next batch of rows still needing work in key order, updates those that still match the predicate,
     * and returns (updated, scanned, last key); no row when the batch is empty.
     */
    static String batchSql(Backfill backfill, List<String> key, boolean after) {
        String table = backfill.table().sql();
        List<String> cols = key.stream().map(k -> QualifiedName.Identifiers.quote(k)).toList();
        List<String> aliased = new ArrayList<>();
        List<String> batchCols = new ArrayList<>();
        List<String> tableCols = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            aliased.add(cols.get(i) + " AS pgsafety_k" + i);
            batchCols.add("b.pgsafety_k" + i);
            tableCols.add("t." + cols.get(i));
        }
        String keyList = String.join(", ", cols);
        String lower = after ? "(" + keyList + ") > (" + String.join(", ", cols.stream().map(x -> "?").toList()) + ") AND " : "";
        String descending = String.join(", ", batchCols.stream().map(b -> b.substring(2) + " DESC").toList());
        return "WITH batch AS (SELECT " + String.join(", ", aliased) + " FROM " + table
                + " WHERE " + lower + "(" + backfill.predicate() + ") ORDER BY " + keyList + " LIMIT ? FOR UPDATE),"
                + " done AS (UPDATE " + table + " AS t SET " + backfill.set() + " FROM batch b WHERE ("
                + String.join(", ", tableCols) + ") = (" + String.join(", ", batchCols) + ") AND (" + backfill.predicate()
                + ") RETURNING 1)"
                + " SELECT (SELECT count(*) FROM done), (SELECT count(*) FROM batch), "
                + String.join(", ", batchCols.stream().map(b -> "l." + b.substring(2)).toList())
                + " FROM (SELECT * FROM batch ORDER BY " + descending + " LIMIT 1) l";
    }

    private static int nextSize(Backfill backfill, int size, long batchNanos) {
        if (backfill.targetBatchTime().isZero() || batchNanos <= 0) {
            return size;
        }
        double factor = (double) backfill.targetBatchTime().toNanos() / batchNanos;
        factor = Math.max(0.5, Math.min(2.0, factor));
        return (int) Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.round(size * factor)));
    }

    private static void throttle(Backfill backfill, long rows, long start) throws SQLException {
        long sleepMillis = backfill.pause().toMillis();
        if (backfill.maxRowsPerSecond() > 0) {
            long due = rows * 1000 / backfill.maxRowsPerSecond();
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            sleepMillis = Math.max(sleepMillis, due - elapsed);
        }
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String progress(Backfill backfill, long rows, long estimate, long start, Batch batch, long batchNanos,
                                   int lockWaits) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? rows / seconds : 0;
        long remaining = Math.max(0, estimate - rows);
        String eta = rate > 0 ? Durations.human(Duration.ofSeconds((long) (remaining / rate))) : "unknown";
        return String.format(Locale.ROOT, "backfill %s: %d row(s) done, about %d to go, %.0f rows/s, ETA %s, last batch %d "
                        + "row(s) in %d ms, %d lock wait(s)", backfill.table().sql(), rows, remaining, rate, eta,
                batch.updated(), batchNanos / 1_000_000, lockWaits);
    }

    /** The planner's estimate of the rows still needing work: cheap even on a 100M-row table. */
    private static long estimateRemaining(Connection c, Backfill backfill) {
        try (var st = c.createStatement();
             var rs = st.executeQuery("EXPLAIN (FORMAT JSON) SELECT 1 FROM " + backfill.table().sql() + " WHERE ("
                     + backfill.predicate() + ")")) {
            rs.next();
            String plan = rs.getString(1);
            var m = java.util.regex.Pattern.compile("\"Plan Rows\":\\s*(\\d+)").matcher(plan);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }
}
