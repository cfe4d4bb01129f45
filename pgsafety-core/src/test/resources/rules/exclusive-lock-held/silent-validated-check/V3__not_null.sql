-- With a validated CHECK (note IS NOT NULL), SET NOT NULL skips its scan (PostgreSQL 12+): quick after the lock.
ALTER TABLE orders ADD COLUMN flag boolean;
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;
