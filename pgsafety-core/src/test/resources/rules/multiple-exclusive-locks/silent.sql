-- fixture: drop-table=off
-- Tables created in this migration are not in use: locking them blocks nobody
CREATE TABLE staging_a (id bigint PRIMARY KEY);
CREATE TABLE staging_b (id bigint PRIMARY KEY);
ALTER TABLE staging_a ADD COLUMN note text;
ALTER TABLE staging_b ADD COLUMN note text;

-- One existing table, any number of statements on it, plus new tables
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
ALTER TABLE staging_a ADD COLUMN extra text;
DROP TABLE staging_a, staging_b;

-- Weaker locks on other tables
ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE customers ALTER COLUMN name SET STATISTICS 1000;
ALTER TABLE customers SET (fillfactor = 90);

-- Text that merely looks like a lock
SELECT 'DROP TABLE a, b';
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE customers ADD COLUMN x int'; END $$;

-- Suppressed
-- pgsafety:allow multiple-exclusive-locks reason: both tables are only used by the nightly batch, which is stopped
ALTER TABLE customers ADD COLUMN note text;
