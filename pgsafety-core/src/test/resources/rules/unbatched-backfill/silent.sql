-- fixture: system-catalog-write=off
-- Bounded by key, key range or LIMIT
UPDATE orders SET total_cents = total * 100 WHERE id = 42;
UPDATE orders SET total_cents = total * 100 WHERE id BETWEEN 1 AND 5000;
UPDATE orders SET total_cents = total * 100 WHERE id IN (SELECT id FROM orders WHERE total_cents IS NULL ORDER BY id LIMIT 5000);
DELETE FROM sessions WHERE id IN (1, 2, 3);
DELETE FROM events WHERE created_at < now() - interval '90 days';

-- A table created in this migration is empty or being filled by it
CREATE TABLE import_rows (id bigint PRIMARY KEY, payload text);
INSERT INTO import_rows (id, payload) VALUES (1, 'x');
UPDATE import_rows SET payload = upper(payload);
DELETE FROM import_rows WHERE payload IS NULL;

-- The system catalogs are system-catalog-write's business
UPDATE pg_catalog.pg_attribute SET attnotnull = true WHERE attname = 'x';

-- Text that merely looks like a backfill
SELECT 'UPDATE orders SET x = 1';
DO $$ BEGIN RAISE NOTICE 'DELETE FROM orders'; END $$;
CREATE FUNCTION purge() RETURNS void LANGUAGE sql AS $$ DELETE FROM sessions $$;

-- Suppressed
-- pgsafety:allow unbatched-backfill reason: feature_flags has a dozen rows
UPDATE feature_flags SET enabled = false;
