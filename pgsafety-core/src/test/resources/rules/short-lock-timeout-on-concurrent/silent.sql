-- fixture: no-transaction
-- No lock_timeout set in the script: the runtime chooses the timeout.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);

-- Zero means no timeout
SET lock_timeout = 0;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
SET lock_timeout TO '0ms';
DROP INDEX CONCURRENTLY IF EXISTS orders_old_idx;
SET lock_timeout TO DEFAULT;
REINDEX INDEX CONCURRENTLY orders_pkey;

-- Reset before the concurrent statement
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
RESET lock_timeout;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_note_idx ON orders (note);

SET lock_timeout = '2s';
RESET ALL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_region_idx ON orders (region);

-- A short timeout before a normal statement is good practice, not a problem
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN region SET DEFAULT 'eu';

-- pgsafety:allow short-lock-timeout-on-concurrent reason: orders_archive has no traffic, fail fast is wanted
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_archive_idx ON orders_archive (created_at);
