-- fixture: no-transaction
-- Each statement commits on its own: the lock of the ALTER is gone before the UPDATE starts.
ALTER TABLE orders ADD COLUMN note text;
UPDATE orders SET note = '' WHERE id <= 5000;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_note_idx ON orders (note);
