-- fixture: no-transaction transaction-control=off
-- Autocommit, but an explicit transaction block keeps the lock until COMMIT.
BEGIN;

ALTER TABLE app."Orders" ADD COLUMN note text;

-- expect: exclusive-lock-held
UPDATE app."Orders" SET note = 'n/a' WHERE id BETWEEN 1 AND 5000;

-- expect: exclusive-lock-held
-- expect: create-index-not-concurrent
CREATE INDEX "Orders_note_idx" ON app."Orders" (note);

COMMIT;

-- After COMMIT the lock is gone: each statement is its own transaction again
UPDATE app."Orders" SET note = 'n/a' WHERE id BETWEEN 5001 AND 10000;
