-- fixture: pg=18 no-transaction
-- PostgreSQL 18's NOT NULL constraint without NOT VALID scans under ACCESS EXCLUSIVE like SET NOT NULL.
-- expect: set-not-null
ALTER TABLE orders ADD CONSTRAINT orders_status_not_null NOT NULL status;

-- expect: set-not-null
alter table public."Orders" add not null "Status";

-- The PostgreSQL 18 pattern: NOT VALID, then VALIDATE; SET NOT NULL afterwards has nothing to scan.
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null NOT NULL region NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;
