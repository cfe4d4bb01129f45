-- A normal statement makes this Flyway script transactional, so the concurrent ones run in its transaction.
CREATE TABLE audit_events (id bigint PRIMARY KEY, at timestamptz);

-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);

-- expect: concurrently-in-transaction
create unique index concurrently "Orders_Email_Key" on public."Orders" (lower(email));

-- expect: concurrently-in-transaction
DROP INDEX CONCURRENTLY IF EXISTS app.orders_old_idx;

-- expect: concurrently-in-transaction
REINDEX INDEX CONCURRENTLY orders_pkey;

-- expect: concurrently-in-transaction
REINDEX (VERBOSE, CONCURRENTLY) TABLE orders;

-- expect: concurrently-in-transaction
ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;
