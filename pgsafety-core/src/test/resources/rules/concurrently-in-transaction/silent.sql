-- Only concurrent statements: Flyway runs this script outside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);
DROP INDEX CONCURRENTLY IF EXISTS orders_old_idx;
REINDEX INDEX CONCURRENTLY orders_pkey;
ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;
