-- fixture: no-transaction
-- pgsafety:backfill
UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;
