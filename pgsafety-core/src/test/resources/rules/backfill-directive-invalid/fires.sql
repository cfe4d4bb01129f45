-- fixture: no-transaction
-- No WHERE: nothing tells the runtime which rows are still to do.
-- expect: backfill-directive-invalid
-- pgsafety:backfill
UPDATE orders SET total_cents = total * 100;

-- expect: backfill-directive-invalid
-- pgsafety:backfill batch-size=lots
UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;

-- expect: backfill-directive-invalid
-- pgsafety:backfill
DELETE FROM orders WHERE archived;
