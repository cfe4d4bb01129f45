-- fixture: no-transaction
-- A DO block is one statement, so it is one transaction even in autocommit: the ALTER's lock is held
-- while the UPDATE after it runs.
-- expect: exclusive-lock-held
DO $$ BEGIN ALTER TABLE orders ADD COLUMN note text; UPDATE orders SET note = '' WHERE id < 100000; END $$;
