-- fixture: no-transaction
-- Each statement commits on its own, but an explicit BEGIN opens a transaction block.
BEGIN;
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
COMMIT;

-- After the COMMIT it runs on its own: fine.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_region_idx ON orders (region);

start transaction;
-- expect: concurrently-in-transaction
drop index concurrently if exists orders_status_idx;
end;
