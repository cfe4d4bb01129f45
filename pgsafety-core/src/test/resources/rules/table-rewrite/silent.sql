-- fixture: no-transaction
-- Plain VACUUM and ANALYZE do not block reads or writes.
VACUUM orders;
VACUUM (ANALYZE, VERBOSE) orders;
VACUUM (FULL FALSE) orders;
VACUUM ANALYZE;
ANALYZE orders;
-- Storage parameters and other settings are not rewrites
ALTER TABLE orders SET (fillfactor = 80);
ALTER TABLE orders SET WITHOUT CLUSTER;
ALTER TABLE orders CLUSTER ON orders_created_at_idx;
-- A table created earlier in the same migration is not in use yet.
CREATE TABLE staging (id bigint PRIMARY KEY);
VACUUM FULL staging;
CLUSTER staging USING staging_pkey;
ALTER TABLE staging SET UNLOGGED;
-- Look-alike text
SELECT 'VACUUM FULL orders', 'CLUSTER orders';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$VACUUM FULL orders$x$;
DO $$ BEGIN RAISE NOTICE 'VACUUM FULL orders;'; END $$;
