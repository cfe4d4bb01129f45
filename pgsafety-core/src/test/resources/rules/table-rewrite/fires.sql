-- fixture: no-transaction
-- (each statement commits on its own: VACUUM refuses to run inside a transaction block)

-- expect: table-rewrite
VACUUM FULL orders;

-- expect: table-rewrite
-- expect: multiple-exclusive-locks
vacuum (analyze, full) app."Orders", audit_log;

-- expect: table-rewrite
VACUUM (FULL TRUE) orders;

-- The whole database
-- expect: table-rewrite
VACUUM FULL;

-- expect: table-rewrite
CLUSTER orders USING orders_created_at_idx;

-- expect: table-rewrite
cluster verbose app."Orders";

-- Every table clustered before
-- expect: table-rewrite
CLUSTER;

-- expect: table-rewrite
ALTER TABLE orders SET TABLESPACE fast_ssd;

-- expect: table-rewrite
ALTER TABLE IF EXISTS orders SET LOGGED;

-- expect: table-rewrite
alter table app."Orders" set unlogged;

-- expect: table-rewrite
ALTER TABLE orders SET ACCESS METHOD heap;
