-- fixture: no-transaction
-- An index on a table that existed before this migration: ACCESS EXCLUSIVE on that table.
-- expect: drop-index-not-concurrent
DROP INDEX orders_created_at_idx;

-- Quoted and schema-qualified names, several indexes, CASCADE
-- expect: drop-index-not-concurrent
drop index if exists public."Orders_Email_Key", app.orders_customer_idx cascade;

-- Odd whitespace and a comment where CONCURRENTLY would go
-- expect: drop-index-not-concurrent
DROP
    /* CONCURRENTLY */ INDEX
	IF EXISTS   idx_a   ;

-- An index built earlier in this migration, on an existing table: the table is known and in use
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
-- expect: drop-index-not-concurrent
DROP INDEX orders_status_idx;
