-- fixture: no-transaction drop-table=off truncate-table=off
-- Each statement is its own transaction here, but one statement can still lock several tables at once.
-- expect: multiple-exclusive-locks
DROP TABLE legacy_a, legacy_b;

-- expect: multiple-exclusive-locks
truncate table app.events, "Event Log" restart identity cascade;

-- A DO block is one statement: one transaction for everything in it
-- expect: multiple-exclusive-locks
DO $$ BEGIN ALTER TABLE orders ADD COLUMN note text; ALTER TABLE customers ADD COLUMN note text; END $$;

-- One table per statement: each lock is released before the next is taken
DROP TABLE legacy_c;
DROP TABLE legacy_d;
ALTER TABLE orders ADD COLUMN note2 text;
ALTER TABLE customers ADD COLUMN note2 text;
