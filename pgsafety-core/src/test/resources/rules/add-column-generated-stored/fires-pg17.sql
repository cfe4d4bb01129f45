-- fixture: pg=17
-- Before PostgreSQL 18 there are no virtual generated columns: the fix is a trigger-kept column.
-- expect: add-column-generated-stored
ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS ((price * 100)::bigint) STORED;
