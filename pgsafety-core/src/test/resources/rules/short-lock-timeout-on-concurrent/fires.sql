-- fixture: no-transaction
SET lock_timeout = '5s';
-- expect: short-lock-timeout-on-concurrent warning
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);

-- still in force for the following statements
-- expect: short-lock-timeout-on-concurrent warning
DROP INDEX CONCURRENTLY IF EXISTS orders_old_idx;

-- expect: short-lock-timeout-on-concurrent warning
REINDEX INDEX CONCURRENTLY orders_pkey;

-- expect: short-lock-timeout-on-concurrent warning
ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;

-- a new value, other spellings
set lock_timeout to 3000;
-- expect: short-lock-timeout-on-concurrent warning
create unique index concurrently if not exists "Orders_Email_Key" on public."Orders" (lower(email));
