-- fixture: no-transaction
-- pgsafety:backfill batch-size=5000 pause=50ms max-rows-per-second=20000
UPDATE orders SET total_cents = total * 100 WHERE total_cents IS NULL;
-- pgsafety:backfill target-batch-time=300ms
UPDATE app."Orders" AS o SET note = upper(note) WHERE note <> upper(note);
