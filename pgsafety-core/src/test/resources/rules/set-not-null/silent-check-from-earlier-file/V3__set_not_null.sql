-- Schema knowledge from the earlier files: the validated CHECK lets SET NOT NULL skip the scan.
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_status_not_null;
