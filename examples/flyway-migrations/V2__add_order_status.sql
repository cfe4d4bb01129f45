-- Looks harmless; on a busy orders table each of these hurts.
ALTER TABLE orders ADD COLUMN status text NOT NULL;
CREATE INDEX orders_created_at_idx ON orders (created_at);
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2);
