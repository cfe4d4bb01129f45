package dev.pgsafety.core.backfill;

import java.time.Duration;
import java.util.Objects;

import dev.pgsafety.core.model.QualifiedName;

/**
 * A batched backfill: {@code UPDATE table SET set WHERE predicate}, done in keyset batches in key order, each
 * its own short transaction. The predicate selects the rows that still need work, which makes the backfill
 * resumable and safe to rerun, and keeps rows the application wrote meanwhile from being overwritten.
 *
 * @param table             the table
 * @param set               the SET list as SQL, e.g. {@code total_cents = total * 100}
 * @param predicate         rows still needing work, as SQL, e.g. {@code total_cents IS NULL}
 * @param batchSize         rows per batch (the first batch, when {@code targetBatchTime} adapts it)
 * @param targetBatchTime   adapt the batch size so a batch takes about this long (0 = fixed size)
 * @param pause             sleep between batches (0 = none)
 * @param maxRowsPerSecond  cap the rate (0 = no cap)
 * @param progressInterval  how often progress is logged
 */
public record Backfill(QualifiedName table, String set, String predicate, int batchSize, Duration targetBatchTime,
                       Duration pause, long maxRowsPerSecond, Duration progressInterval) {

    public Backfill {
        Objects.requireNonNull(table, "table");
        if (set == null || set.isBlank()) {
            throw new IllegalArgumentException("a backfill needs a SET list, e.g. total_cents = total * 100");
        }
        if (predicate == null || predicate.isBlank()) {
            throw new IllegalArgumentException("a backfill needs a predicate selecting the rows still to do, e.g. "
                    + "total_cents IS NULL: it is what makes the backfill resumable and safe to rerun");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
    }

    /** Defaults: batches of 1000 adapted to about 200 ms, no pause, no rate cap, progress every 10 s. */
    public static Backfill of(QualifiedName table, String set, String predicate) {
        return new Backfill(table, set, predicate, 1000, Duration.ofMillis(200), Duration.ZERO, 0, Duration.ofSeconds(10));
    }

    /** A fixed batch size (adaptation off; set a target batch time after this to adapt from this size). */
    public Backfill withBatchSize(int size) {
        return new Backfill(table, set, predicate, size, Duration.ZERO, pause, maxRowsPerSecond, progressInterval);
    }

    public Backfill withTargetBatchTime(Duration d) {
        return new Backfill(table, set, predicate, batchSize, d, pause, maxRowsPerSecond, progressInterval);
    }

    public Backfill withPause(Duration d) {
        return new Backfill(table, set, predicate, batchSize, targetBatchTime, d, maxRowsPerSecond, progressInterval);
    }

    public Backfill withMaxRowsPerSecond(long rate) {
        return new Backfill(table, set, predicate, batchSize, targetBatchTime, pause, rate, progressInterval);
    }

    public Backfill withProgressInterval(Duration d) {
        return new Backfill(table, set, predicate, batchSize, targetBatchTime, pause, maxRowsPerSecond, d);
    }
}
