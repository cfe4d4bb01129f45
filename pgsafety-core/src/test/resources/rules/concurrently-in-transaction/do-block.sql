-- fixture: no-transaction
-- A DO block always runs as one transaction: PostgreSQL refuses concurrent statements inside it.
-- expect: concurrently-in-transaction
DO $$ BEGIN CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_note_idx ON orders (note); END $$;
