-- No lock held yet: long statements alone are other rules' business
UPDATE orders SET note = '' WHERE id = 1;
INSERT INTO orders_archive SELECT * FROM orders WHERE id < 1000;

-- A table created in this migration is not in use: its locks block nobody
CREATE TABLE invoices (id bigint PRIMARY KEY, note text);
ALTER TABLE invoices ADD COLUMN customer_id bigint;
UPDATE invoices SET note = '' WHERE note IS NULL;
CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);

-- Lock taken on an existing table; what follows is quick
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx;
INSERT INTO order_events (order_id, kind) VALUES (1, 'migrated');
UPDATE invoices SET note = 'x' WHERE id = 1;

-- Text that merely looks like a long statement
SELECT 'UPDATE orders SET note = 1';
DO $$ BEGIN RAISE NOTICE 'CREATE INDEX x ON orders (a)'; END $$;
-- UPDATE orders SET note = '';

-- Suppressed
-- pgsafety:allow exclusive-lock-held reason: orders_archive gets at most a few hundred rows, measured
INSERT INTO orders_archive SELECT * FROM orders WHERE id < 1000;
