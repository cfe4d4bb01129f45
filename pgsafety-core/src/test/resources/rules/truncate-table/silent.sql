-- Tables created earlier in the same migration are not in use yet.
CREATE TABLE staging_orders (id bigint PRIMARY KEY, payload text);
INSERT INTO staging_orders (id, payload) VALUES (1, 'x');
TRUNCATE staging_orders;
CREATE TEMP TABLE ids (id bigint);
TRUNCATE TABLE ids;
-- Look-alike text
SELECT 'TRUNCATE orders';
-- Dollar-quoted look-alikes; a DO block that only mentions it
SELECT $x$TRUNCATE orders$x$;
DO $$ BEGIN RAISE NOTICE 'TRUNCATE orders;'; END $$;
