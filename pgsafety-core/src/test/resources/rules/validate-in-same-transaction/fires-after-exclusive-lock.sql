-- fixture: exclusive-lock-held=off
-- Any earlier ACCESS EXCLUSIVE lock on the table in the same transaction: the scan runs under it.
ALTER TABLE orders ALTER COLUMN amount SET DEFAULT 0;
-- expect: validate-in-same-transaction
ALTER TABLE orders VALIDATE CONSTRAINT orders_old_check;
