-- The script also has a non-concurrent statement, so Flyway runs it in one transaction.
ALTER TABLE orders ADD COLUMN total_cents bigint;
-- expect: backfill-in-transaction
-- expect: exclusive-lock-held
-- pgsafety:backfill batch-size=5000
UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;
