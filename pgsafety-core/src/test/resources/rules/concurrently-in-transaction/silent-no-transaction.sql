-- fixture: no-transaction
-- executeInTransaction=false / runInTransaction="false": each statement commits on its own.
CREATE TABLE audit_events (id bigint PRIMARY KEY, at timestamptz);
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);

-- Look-alike text inside a transaction is not a statement
BEGIN;
SELECT 'CREATE INDEX CONCURRENTLY x ON orders (a)';
COMMIT;
