-- All statements are concurrent, so Flyway runs this script outside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
