-- Tables created earlier in the same migration are not in use yet.
CREATE TABLE import_batch (id bigint PRIMARY KEY, payload text);
DROP TABLE import_batch;
CREATE TEMP TABLE ids (id bigint);
DROP TABLE IF EXISTS ids;
-- Other objects, look-alike text
DROP VIEW IF EXISTS orders_summary;
DROP SEQUENCE IF EXISTS orders_legacy_seq;
SELECT 'DROP TABLE orders';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$DROP TABLE orders$x$;
DO $$ BEGIN RAISE NOTICE 'DROP TABLE orders;'; END $$;
