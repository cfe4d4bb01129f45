-- fixture: no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);

CREATE UNIQUE INDEX CONCURRENTLY orders_email_key ON orders (email);

-- Text that merely looks like the statement
SELECT 'CREATE INDEX x ON orders (a)';
DO $$ BEGIN RAISE NOTICE 'CREATE INDEX x ON orders (a);'; END $$;
