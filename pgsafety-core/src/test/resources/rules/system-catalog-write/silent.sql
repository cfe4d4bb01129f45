-- fixture: no-transaction
-- fixture: unbatched-backfill=off
-- pg_settings is a view whose UPDATE is the documented equivalent of set_config()
UPDATE pg_settings SET setting = '5s' WHERE name = 'lock_timeout';
-- Tables of other schemas, and a quoted name that is not pg_... as folded
UPDATE public.pg_stats_history SET note = 'x' WHERE id = 1;
INSERT INTO audit.pg_events (id) VALUES (1);
DELETE FROM "PG_CLASS_COPY" WHERE id = 1;
-- Reading the catalogs is fine
SELECT relname FROM pg_catalog.pg_class WHERE relname = 'orders';
INSERT INTO orders_snapshot (relname) SELECT relname FROM pg_catalog.pg_class;
-- Look-alike text
SELECT 'UPDATE pg_catalog.pg_index SET indisvalid = true';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$UPDATE pg_catalog.pg_class SET relname = x$x$;
DO $$ BEGIN RAISE NOTICE 'UPDATE pg_catalog.pg_class SET relname = x;'; END $$;
