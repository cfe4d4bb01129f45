CREATE TABLE audit_events (id bigint PRIMARY KEY, at timestamptz);
-- pgsafety:allow concurrently-in-transaction reason: this changeset is switched to runInTransaction=false by our wrapper
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);
