-- A table created earlier in the same migration is not in use yet.
CREATE TABLE staging (id bigint PRIMARY KEY);
LOCK TABLE staging IN ACCESS EXCLUSIVE MODE;
-- Look-alike text; row locks are not table locks
SELECT 'LOCK TABLE orders';
SELECT id FROM orders WHERE id = 1 FOR UPDATE;
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$LOCK TABLE orders$x$;
DO $$ BEGIN RAISE NOTICE 'LOCK TABLE orders;'; END $$;
