-- The safe pattern: NOT VALID here, VALIDATE in a later migration
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
alter table public."Orders" add foreign key ("CustId") references "Customers" on delete cascade not valid;

-- Text that merely looks like the statement
SELECT 'ALTER TABLE orders ADD FOREIGN KEY (a) REFERENCES b';
DO $$ BEGIN RAISE NOTICE 'ALTER TABLE orders ADD FOREIGN KEY (a) REFERENCES b'; END $$;

-- pgsafety:allow add-foreign-key-validating reason: orders has a few hundred rows in every environment
ALTER TABLE orders ADD FOREIGN KEY (region_id) REFERENCES regions (id);
