-- fixture: pg=12 no-transaction
-- From PostgreSQL 12 on the validated CHECK lets SET NOT NULL skip its scan.
ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
