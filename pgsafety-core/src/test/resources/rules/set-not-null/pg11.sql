-- fixture: pg=11 no-transaction
-- PostgreSQL 11 scans for SET NOT NULL even with a validated CHECK (col IS NOT NULL).
ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;
-- expect: set-not-null
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
